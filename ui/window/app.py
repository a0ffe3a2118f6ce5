"""Starting the app: one QApplication, one lock per data folder, one main window.

The app object stays thin: the data folder, the settings and the clock are
passed to the window, so tests build windows the same way without globals.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from assistant import __version__
from assistant.clock import Clock, SystemClock
from assistant.messages import UserError
from assistant.paths import LOCK_NAME, ensure_writable, resolve_data_dir
from assistant.settings import load_settings
from ui.common.i18n import choose_language, install_translators, translate
from ui.common.icons import app_icon
from ui.window.main_window import MainWindow


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName("Kontokoll")
    app.setApplicationDisplayName("Kontokoll")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Kontokoll")
    app.setWindowIcon(app_icon())
    return app


def acquire_lock(data_dir: Path) -> QLockFile | None:
    """The data folder's lock, or None when another Kontokoll holds it."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # a crashed instance is still detected by its process id
    return lock if lock.tryLock(200) else None


def run_gui(
    args: argparse.Namespace,
    clock: Clock | None = None,
    window_created: Callable[[MainWindow], None] | None = None,
) -> int:
    """Start the app; ``window_created`` sees the main window before it is shown."""
    app = make_application(sys.argv[:1])
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    settings = load_settings(data_dir)
    translators = install_translators(app, choose_language(settings))
    try:
        ensure_writable(data_dir)
    except UserError as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Kontokoll cannot start"),
            error.render(translate),
        )
        return 2
    lock = acquire_lock(data_dir)
    if lock is None:
        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "Kontokoll is already running"),
            QCoreApplication.translate(
                "App",
                "Kontokoll is already open with the data folder {path}. Switch to that "
                "window, or to Kontokoll's icon in the system tray, or quit it before "
                "starting Kontokoll again.",
            ).format(path=data_dir),
        )
        return 1
    window = MainWindow(data_dir, settings, clock or SystemClock())
    # What the start built lives as long as the window: set aside from Python's garbage
    # collector, whose full passes would otherwise walk it all while a worker reads the
    # log, holding up the window for tens of milliseconds each time.
    window.settled.connect(gc.freeze)
    if window_created is not None:
        window_created(window)
    # With a tray, Kontokoll lives on when its windows close; Quit in the menus ends it.
    in_tray = QSystemTrayIcon.isSystemTrayAvailable()
    app.setQuitOnLastWindowClosed(not in_tray)
    if getattr(args, "background", False) and in_tray:
        QTimer.singleShot(0, window.open_workspace)  # started at login: only the tray icon
    else:
        window.show()
    try:
        return app.exec()
    finally:
        window.close_workspace()
        lock.unlock()
        del translators
