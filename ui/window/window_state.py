"""The main window's size, place and dividers, kept from one run to the next.

Kept as a small JSON file in the data folder (each user's own, and a test's
temporary one), beside the settings: Qt's own byte strings for the window's
geometry and each named splitter, in base64. A file that is missing, damaged
or from another screen is ignored: the window then opens at its first size,
most of the screen it is on. Nothing is written beside a log opened
read-only. Splitters that are built later (Review, an account's page) are
given their saved state when they are built
(:meth:`WindowState.restore_splitters`); one never built this run keeps what
was saved before.
"""

from __future__ import annotations

import binascii
import json
from base64 import b64decode, b64encode
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from assistant.files import PRIVATE, write_json_atomically
from ui.common.widgets import STATE_RESTORED

STATE_NAME = "window-state.json"
FIRST_SHARE = 0.8
"""The first size: this share of the screen's free area, each way."""
LEAST_SIZE = QSize(1000, 640)
SEEN = "kontokollStateSeen"
"""A splitter's dynamic property, true once it was offered its saved state."""


def first_geometry(available: QRect, least: QSize = LEAST_SIZE) -> QRect:
    """The window's first place: centred, most of ``available``, at least ``least`` (if it fits)."""
    width = min(max(round(available.width() * FIRST_SHARE), least.width()), available.width())
    height = min(max(round(available.height() * FIRST_SHARE), least.height()), available.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def _decoded(value: object) -> QByteArray | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return QByteArray(b64decode(value.encode("ascii"), validate=True))
    except (ValueError, binascii.Error):
        return None


def _encoded(data: QByteArray) -> str:
    return b64encode(data.data()).decode("ascii")


class WindowState:
    """What was saved of the window in ``data_dir``: read once, written at closing."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / STATE_NAME
        self.geometry: QByteArray | None = None
        self.maximised = False
        self.splitters: dict[str, str] = {}
        self.writable = False
        """Whether to save at closing: only into a data folder opened for writing,
        never beside a log opened read-only (or not opened at all)."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):  # a damaged file: the first size
            return
        if not isinstance(raw, dict):
            return
        self.geometry = _decoded(raw.get("geometry"))
        self.maximised = raw.get("maximised") is True
        splitters = raw.get("splitters")
        if isinstance(splitters, dict):
            self.splitters = {
                name: value
                for name, value in splitters.items()
                if isinstance(name, str) and _decoded(value) is not None
            }

    def restore_window(self, window: QMainWindow) -> None:
        """Put the window where it was, or at its first size; a bad saved geometry is ignored."""
        restored = self.geometry is not None and window.restoreGeometry(self.geometry)
        if not restored:
            screen = window.screen()
            window.setGeometry(first_geometry(screen.availableGeometry()))
        if self.maximised:
            # Here, not at the top: the window imports this module before its first
            # paint, and Qt's namespace takes longer to build than the paint.
            from PySide6.QtCore import Qt

            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    def restore_splitters(self, root: QWidget) -> None:
        """Give each named splitter under ``root`` not yet restored its saved state."""
        for splitter in root.findChildren(QSplitter):
            name = splitter.objectName()
            if not name or splitter.property(SEEN):
                continue
            splitter.setProperty(SEEN, True)
            data = _decoded(self.splitters.get(name))
            if data is None:
                continue
            if splitter.restoreState(data):
                splitter.setProperty(STATE_RESTORED, True)  # the screen leaves it so
            else:
                self.splitters.pop(name, None)  # damaged: the splitter keeps its own sizes

    def save(self, window: QMainWindow) -> None:
        """Remember the window and its splitters; a folder that cannot be written is no error."""
        if not self.writable:
            return
        self.geometry = window.saveGeometry()
        self.maximised = window.isMaximized()
        for splitter in window.findChildren(QSplitter):
            if splitter.objectName():
                self.splitters[splitter.objectName()] = _encoded(splitter.saveState())
        payload = {
            "geometry": _encoded(self.geometry),
            "maximised": self.maximised,
            "splitters": dict(sorted(self.splitters.items())),
        }
        # A read-only or vanished folder is no error: the next start opens at the first size.
        with suppress(OSError):
            write_json_atomically(self.path, payload, mode=PRIVATE)
