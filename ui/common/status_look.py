"""How a check's state looks in a table cell: an icon and a word, in colours any palette reads.

Colour alone tells nothing to someone who sees red and green alike, nor on a
palette it was not chosen for. So a status cell always carries its icon (the
kept set in ``resources/icons/status``: a tick, a clock, a cross, a ring) next
to its word, and its colours come as a pair, the background *and* the text on
it, chosen for the application's palette: light pastels under dark text, or,
when the palette's window is dark (as Windows 11 in dark mode gives it), deep
tones under light text. Every pair keeps a contrast of at least 4.5:1, WCAG's
measure for text; the icon takes the text's colour.

Table models ask :func:`status_data` for a cell's roles. It reads the
application's palette on every call, so a table repainted after the palette
changed shows the new colours without being told.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib.resources import files
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from assistant.rules.check_days import DayState


class Status(Enum):
    """What a status cell says about a day's check."""

    CHECKED = "checked"
    LATE = "late"
    MISSED = "missed"
    DUE = "due"


DAY_STATUS = {
    DayState.CHECKED: Status.CHECKED,
    DayState.LATE: Status.LATE,
    DayState.MISSED: Status.MISSED,
    DayState.DUE: Status.DUE,
}
"""The states of a day that a status cell shows; the others (a day off, one to come) show none."""

# Backgrounds that stay apart in grey too: in light, the lighter the better the day went.
_LIGHT = {
    Status.CHECKED: "#d9efdc",
    Status.LATE: "#fbe7b5",
    Status.MISSED: "#f4c7c3",
    Status.DUE: "#dde8f6",
}
_LIGHT_TEXT = "#1a1a1a"
_DARK = {
    Status.CHECKED: "#2a5a36",
    Status.LATE: "#634a08",
    Status.MISSED: "#7a2626",
    Status.DUE: "#27466e",
}
_DARK_TEXT = "#f2f2f2"
_ICON_SIZES = (16, 20, 24, 32, 48)

LEAST_CONTRAST = 4.5
"""WCAG 2's least contrast for text (level AA): every status cell's text and background keep it."""


@dataclass(frozen=True)
class StatusLook:
    """A status cell's look in one palette: its text colour, its background and its icon."""

    foreground: QColor
    background: QColor
    icon: QIcon


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's by default) is dark: its window colour is."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def status_look(status: Status, palette: QPalette | None = None) -> StatusLook:
    """How ``status`` looks in ``palette`` (the application's by default)."""
    return _look(status, is_dark(palette))


def status_data(status: Status | None, role: int, palette: QPalette | None = None) -> Any:
    """What a status cell gives a view for ``role``: background, text colour, icon; else None."""
    if status is None:
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return status_look(status, palette).background
    if role == Qt.ItemDataRole.ForegroundRole:
        return status_look(status, palette).foreground
    if role == Qt.ItemDataRole.DecorationRole:
        return status_look(status, palette).icon
    return None


def relative_luminance(colour: QColor) -> float:
    """A colour's relative luminance as WCAG 2 defines it: 0 for black, 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    rgb = colour.toRgb()
    return (
        0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2's contrast ratio of two colours: from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@cache
def _look(status: Status, dark: bool) -> StatusLook:
    foreground = QColor(_DARK_TEXT if dark else _LIGHT_TEXT)
    background = QColor((_DARK if dark else _LIGHT)[status])
    return StatusLook(foreground, background, _tinted_icon(status, foreground))


def _tinted_icon(status: Status, colour: QColor) -> QIcon:
    """The status's icon drawn in ``colour``: the kept icons are shapes, coloured here."""
    shape = QIcon(str(files("resources") / "icons" / "status" / f"{status.value}.svg"))
    icon = QIcon()
    for size in _ICON_SIZES:
        pixmap: QPixmap = shape.pixmap(size, size)
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), colour)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
