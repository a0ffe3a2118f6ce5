"""The main window's actions behind the File, Duties and Help menus.

Functions of the :class:`ui.window.main_window.MainWindow`, kept apart so the
window's module stays about its screens. Texts keep the window's
translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from assistant import __version__
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.pack.reader import GuidelinePack
    from assistant.records import Account
    from ui.window.main_window import MainWindow


def log_duty(window: MainWindow, kind: str) -> None:
    """Log a culling, documentation, revision or larger change, for the account in view."""
    if window.duty_desk is None:
        return
    account_id = None
    if window.account_page is not None and window.stack.currentWidget() is window.account_page:
        account_id = window.account_page.account.account_id if window.account_page.account else None
    elif window.tabs.currentWidget() is window.today_view:
        account_id = window.today_view.selected_account_id()
    window.duty_desk.log(kind, account_id)


def refused(window: MainWindow, account: Account, title: str) -> bool:
    """Say why nothing can be logged or changed for an account not open today, if so."""
    if account.is_active_on(window.today()) and account.closed_on is None:
        return False
    if account.closed_on is not None:
        text = QCoreApplication.translate(
            "MainWindow",
            "“{account}” was closed on {day}. Its history can be read but no longer changed.",
        ).format(account=account.name, day=account.closed_on.isoformat())
    else:
        text = QCoreApplication.translate(
            "MainWindow",
            "“{account}” is not open yet: its daily checks begin once “Getting started” "
            "is finished.",
        ).format(account=account.name)
    window._refuse(title, text)
    return True


def export_calendar(window: MainWindow, path: Path | None = None) -> None:
    from ui.duties.calendar import export_calendar

    if window.workspace is None:
        return
    export_calendar(
        window,
        window.workspace,
        window.clock,
        window.language,
        lambda message: window.statusBar().showMessage(message, 10000),
        path,
    )


def import_accounts(window: MainWindow, path: Path | None = None) -> None:
    from ui.register.importing import import_accounts

    if window.workspace is None:
        return
    message = import_accounts(window, window.workspace, window.clock, path)
    if message:
        window.statusBar().showMessage(message, 10000)
        window.refresh()


def edit_settings(window: MainWindow) -> None:
    from ui.settings.dialog import SettingsDialog

    workspace = window.workspace
    dialog = SettingsDialog(
        window.data_dir,
        window.settings,
        window,
        workspace.pack if workspace else None,
        workspace=workspace,
        clock=window.clock,
    )
    dialog.saved.connect(lambda settings: settings_saved(window, settings))
    dialog.packChanged.connect(lambda pack: pack_changed(window, pack))
    dialog.open()


def ask_who_i_am(window: MainWindow) -> None:
    """First start: who uses this workstation (and the team folder, if chosen there)."""
    from ui.settings.first_start import FirstStartDialog

    assert window.workspace is not None
    dialog = FirstStartDialog(window.workspace, window.clock, window.settings, window)

    def started() -> None:
        if dialog.settings != window.settings:
            settings_saved(window, dialog.settings)  # the team folder: read it at once
        else:
            window.refresh()

    dialog.accepted.connect(started)
    dialog.rejected.connect(window.close)
    dialog.open()


def settings_saved(window: MainWindow, settings: Settings) -> None:
    window.settings = settings
    if window.workspace is not None:
        window.workspace.apply_settings(settings)
    window.role_views.sync_roles()
    window.settings_changed()
    window.refresh()


def pack_changed(window: MainWindow, pack: GuidelinePack) -> None:
    if window.workspace is not None:
        window.workspace.use_pack(pack)
        window.refresh()
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "MainWindow", "The guideline pack “{name}”, version {version}, is now in force."
        ).format(name=pack.name.in_language(window.language), version=pack.version),
        10000,
    )


def about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About Kontokoll"),
        QCoreApplication.translate(
            "MainWindow",
            "Kontokoll {version}\n\nDaily checks, checklists and proof for the "
            "municipality's social media accounts.\n\nData folder: {path}",
        ).format(version=__version__, path=window.data_dir),
    )
