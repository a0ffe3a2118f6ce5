"""The recurring duties on screen: Today's duty list, the reminders, the tray, the dialogs.

Built by the main window once Today is showing, which places its duty list
(:attr:`DutyDesk.panel`) on My day and its banner (:attr:`DutyDesk.banner`)
above every view. It reads every duty of the workstation's user
(:func:`assistant.workspace.reading.my_duties`), runs the reminder clock, and
opens the right dialog for a duty chosen in the list, the tray menu or a
reminder. With no system tray the reminders go to the banner in the window.

Signals:
    saved(str): a duty was logged; the text says so, for the status bar.
    openRequested(): show the window, in front (from the tray).
    quitRequested(): end Kontokoll (from the tray menu).
    logCheckRequested(str, object): log the check of this account id for this day
        (a date, or None for today).
    checklistRequested(str, str): continue this account's run of this checklist id.
    showDutiesRequested(): show My day with the duty list, from the banner.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from assistant.clock import Clock, today
from assistant.pack.model import GuidelinePack
from assistant.rules.duties import DutyItem, DutyKind
from assistant.rules.reminders import Moment
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from ui.duties.banner import ReminderBanner
from ui.duties.dialogs import (
    CullingDialog,
    DocumentationDialog,
    DutyDialog,
    LargerChangeDialog,
    RevisionDialog,
)
from ui.duties.panel import DutyPanel
from ui.duties.scheduler import ReminderScheduler
from ui.duties.text import duty_line
from ui.duties.tray import DutyMenu, TrayIcon, tray_available


class DutyDesk(QObject):
    saved = Signal(str)
    openRequested = Signal()
    quitRequested = Signal()
    logCheckRequested = Signal(str, object)
    checklistRequested = Signal(str, str)
    showDutiesRequested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        language: str,
        dialog_parent: QWidget,
        use_tray: bool | None = None,
    ) -> None:
        """``dialog_parent`` is the window the duty dialogs open over."""
        super().__init__(dialog_parent)
        self.dialog_parent = dialog_parent
        self.workspace = workspace
        self.clock = clock
        self.language = language
        self.panel = DutyPanel()
        self.panel.dutyChosen.connect(self.open_duty)
        self.banner = ReminderBanner()
        self.menu = DutyMenu(self.menu_duties, dialog_parent)
        self.menu.dutyChosen.connect(self.open_duty)
        self.menu.openRequested.connect(self.openRequested)
        self.menu.quitRequested.connect(self.quitRequested)
        self.scheduler = ReminderScheduler(
            clock,
            workspace.data_dir,
            lambda: workspace.settings,
            lambda day: workspace.calendar.is_working_day(day),
            self.items,
            self,
        )
        self.scheduler.remind.connect(self.remind)
        for source in (self.menu, self.banner):
            source.snoozeHourRequested.connect(self._snooze_hour)
            source.snoozeTomorrowRequested.connect(self._snooze_tomorrow)
        self.banner.showRequested.connect(self.showDutiesRequested)
        available = tray_available() if use_tray is None else use_tray
        self.tray = TrayIcon(self.menu, self.openRequested.emit) if available else None
        if self.tray is not None:
            self.tray.show()
            # The tray may have come up after start (at login): from now on closing the
            # last window must not end Kontokoll, whatever was decided then.
            QApplication.setQuitOnLastWindowClosed(False)
        self.dialog: DutyDialog | None = None

    # -- what is due -------------------------------------------------------------

    def today(self) -> date:
        return today(self.clock)

    def items(self) -> list[DutyItem]:
        """Every duty of the workstation's user due, due soon or overdue today."""
        return reading.my_duties(self.workspace, self.today(), self.language)

    def menu_duties(self) -> tuple[list[DutyItem], GuidelinePack, str, date]:
        return self.items(), self.workspace.pack, self.language, self.today()

    def refresh(self) -> None:
        """Show the duties as the log has them now, and arm the reminders afresh."""
        self.panel.show_items(self.items(), self.workspace.pack, self.language, self.today())
        self.scheduler.sync()

    def start(self) -> None:
        """Start the reminder clock; a reminder owed since Kontokoll last ran comes at once."""
        self.scheduler.start()

    def stays_in_tray(self) -> bool:
        """Whether Kontokoll can go on from the tray when its window closes; if so, say so."""
        if self.tray is None:
            return False
        self.tray.notify(
            QCoreApplication.translate("MainWindow", "Kontokoll is still running"),
            QCoreApplication.translate(
                "MainWindow",
                "Reminders keep coming from the tray. Quit from its menu to stop them.",
            ),
        )
        return True

    def stop(self) -> None:
        self.scheduler.stop()
        if self.tray is not None:
            self.tray.hide()

    # -- reminding ---------------------------------------------------------------

    def remind(self, items: list[DutyItem], moment: str) -> None:
        if Moment(moment) is Moment.AFTERNOON:
            title = self.tr("Still to check today")
        else:
            title = self.tr("Duties for today")
        self._announce(title, items)

    def _announce(self, title: str, items: list[DutyItem]) -> None:
        pack, day = self.workspace.pack, self.today()
        lines = [duty_line(item, pack, self.language, day) for item in items]
        self.banner.show_reminder(title, lines)
        if self.tray is not None:
            self.tray.notify(title, "\n".join(lines[:4]))

    def _snooze_hour(self) -> None:
        self.scheduler.snooze_for_an_hour()
        self.saved.emit(self.tr("Reminders are snoozed for an hour."))

    def _snooze_tomorrow(self) -> None:
        self.scheduler.snooze_until_tomorrow()
        self.saved.emit(self.tr("Reminders are snoozed until tomorrow morning."))

    # -- doing a duty ------------------------------------------------------------

    def open_duty(self, item: DutyItem) -> None:
        """Open the dialog that logs ``item``."""
        self.openRequested.emit()
        account_id = item.account.account_id if item.account else None
        if item.kind in (DutyKind.DAILY_CHECK, DutyKind.MISSED_CHECKS):
            self.logCheckRequested.emit(account_id or "", item.days[0] if item.days else None)
            return
        if item.kind is DutyKind.STALE_CHECKLIST and account_id:
            self.checklistRequested.emit(account_id, item.checklist_id)
            return
        if item.kind is DutyKind.CULLING:
            self.open_dialog(CullingDialog(self.workspace, self.clock, self.language, account_id))
        elif item.kind is DutyKind.DOCUMENTATION:
            self.open_dialog(
                DocumentationDialog(self.workspace, self.clock, self.language, account_id)
            )
        elif item.kind is DutyKind.REVISION:
            self.open_dialog(RevisionDialog(self.workspace, self.clock, self.language))

    def log(self, kind: str, account_id: str | None = None) -> None:
        """Open the dialog for a "culling", "documentation", "revision" or "change"."""
        args = (self.workspace, self.clock, self.language)
        if kind == "revision":
            self.open_dialog(RevisionDialog(*args))
            return
        dialog_class: type[CullingDialog | DocumentationDialog | LargerChangeDialog] = {
            "culling": CullingDialog,
            "documentation": DocumentationDialog,
            "change": LargerChangeDialog,
        }[kind]
        self.open_dialog(dialog_class(*args, account_id))

    def open_dialog(self, dialog: DutyDialog) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            # One at a time: the tray menu is not blocked by an open dialog.
            dialog.deleteLater()
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog.setParent(self.dialog_parent, dialog.windowFlags())
        dialog.saved.connect(self.saved.emit)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: DutyDialog) -> None:
        # Forgotten before it is deleted: the next duty's dialog must not ask a
        # deleted one whether it is still open.
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
