"""The system tray: an icon whose menu lists today's duties, and the notifications.

The menu is rebuilt each time it is about to show, so it is never stale,
and each duty in it opens the right dialog. Without a system tray (some
desktops, the offscreen tests) :class:`TrayIcon` is simply not created and
reminders go to the window's banner instead; the menu itself is a plain
:class:`DutyMenu` that tests open directly.

Signals (DutyMenu):
    dutyChosen(DutyItem): do this duty now.
    openRequested(): show the main window.
    snoozeHourRequested(), snoozeTomorrowRequested(): hold the reminders.
    quitRequested(): end Kontokoll, tray and all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from assistant.pack.model import GuidelinePack
from assistant.rules.duties import DutyItem
from ui.common.icons import app_icon
from ui.duties.text import duty_line

MENU_DUTIES = 12
"""At most this many duties in the menu; the rest are one click away in the window."""


class DutyMenu(QMenu):
    dutyChosen = Signal(object)
    openRequested = Signal()
    snoozeHourRequested = Signal()
    snoozeTomorrowRequested = Signal()
    quitRequested = Signal()

    def __init__(
        self,
        duties: Callable[[], tuple[list[DutyItem], GuidelinePack, str, date]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trayMenu")
        self._duties = duties
        self.aboutToShow.connect(self.rebuild)  # read only when it opens

    def rebuild(self) -> None:
        """List the duties as they stand now, then the app's own actions."""
        self.clear()
        items, pack, language, day = self._duties()
        if items:
            heading = self.addAction(self.tr("Your duties now and coming up"))
            heading.setEnabled(False)
            for item in items[:MENU_DUTIES]:
                action = self.addAction(duty_line(item, pack, language, day))
                action.setObjectName(f"duty:{item.key}")
                action.triggered.connect(lambda _checked=False, i=item: self.dutyChosen.emit(i))
            if len(items) > MENU_DUTIES:
                more = self.addAction(
                    self.tr("…and {count} more: open Kontokoll").format(
                        count=len(items) - MENU_DUTIES
                    )
                )
                more.triggered.connect(self.openRequested.emit)
        else:
            nothing = self.addAction(self.tr("Nothing due: all done for now"))
            nothing.setEnabled(False)
        self.addSeparator()
        self.addAction(self.tr("&Open Kontokoll")).triggered.connect(self.openRequested.emit)
        self.addAction(self.tr("Snooze reminders for an &hour")).triggered.connect(
            self.snoozeHourRequested.emit
        )
        self.addAction(self.tr("Snooze reminders until &tomorrow")).triggered.connect(
            self.snoozeTomorrowRequested.emit
        )
        self.addSeparator()
        self.addAction(self.tr("&Quit Kontokoll")).triggered.connect(self.quitRequested.emit)


class TrayIcon(QSystemTrayIcon):
    """Kontokoll's icon in the tray; a click shows the window."""

    def __init__(self, menu: DutyMenu, open_window: Callable[[], None]) -> None:
        super().__init__(app_icon())
        self.setObjectName("trayIcon")
        self.setToolTip("Kontokoll")
        self.setContextMenu(menu)
        self._open_window = open_window
        self.activated.connect(self._activated)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self._open_window()

    def notify(self, title: str, text: str) -> None:
        self.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()
