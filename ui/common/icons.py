"""Icons: the app's own, and the few standard ones the screens use."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QIcon


def app_icon() -> QIcon:
    return QIcon(str(files("resources") / "icons" / "kontokoll.svg"))
