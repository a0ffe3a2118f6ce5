"""The recurring duties on screen: Today's duty list, the reminders, the tray, the dialogs.

Built by the main window once Today is showing. It reads every duty of the
workstation's user (:func:`assistant.workspace.reading.my_duties`), lists the
ones beside the daily checks on Today, runs the reminder clock, and opens
the right dialog for a duty chosen in the list, the tray menu or a reminder.
With no system tray the reminders go to the banner in the window.

Signals:
    saved(str): a duty was logged; the text says so, for the status bar.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from assistant.clock import Clock, today
from assistant.pack.reader import GuidelinePack
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
from ui.duties.scheduler import ReminderScheduler
from ui.duties.text import duty_line
from ui.duties.tray import DutyMenu, TrayIcon, tray_available
from ui.my_day.duty_panel import DutyPanel

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


class DutyDesk(QObject):
    saved = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        workspace: Workspace,
        clock: Clock,
        language: str,
        use_tray: bool | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.clock = clock
        self.language = language
        self.panel = DutyPanel()
        self.panel.dutyChosen.connect(self.open_duty)
        self.banner = ReminderBanner()
        self.menu = DutyMenu(self.menu_duties, window)
        self.menu.dutyChosen.connect(self.open_duty)
        self.menu.openRequested.connect(window.bring_forward)
        self.menu.quitRequested.connect(window.quit_app)
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
        self.banner.showRequested.connect(self._show_duties)
        available = tray_available() if use_tray is None else use_tray
        self.tray = TrayIcon(self.menu, window.bring_forward) if available else None
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

    def install(self) -> None:
        """Put the duty list on Today and the banner above every view; start reminding."""
        self.window.today_view.add_duties(self.panel)
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        views = self.window.takeCentralWidget()
        assert views is not None
        layout.addWidget(views)
        self.window.setCentralWidget(container)
        container.show()  # a widget added to a shown window stays hidden until shown
        self.refresh()
        self.start()

    def start(self) -> None:
        """Start the reminder clock; a reminder owed since Kontokoll last ran comes at once."""
        self.scheduler.start()

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

    def _show_duties(self) -> None:
        self.window.bring_forward()
        self.window.show_overview()
        target = self.panel.table if self.panel.isVisible() else self.window.today_view.table
        target.setFocus()

    # -- doing a duty ------------------------------------------------------------

    def open_duty(self, item: DutyItem) -> None:
        """Open the dialog that logs ``item``."""
        self.window.bring_forward()
        account_id = item.account.account_id if item.account else None
        if item.kind in (DutyKind.DAILY_CHECK, DutyKind.MISSED_CHECKS):
            self.window.log_check(account_id, item.days[0] if item.days else None)
            return
        if item.kind is DutyKind.STALE_CHECKLIST and account_id:
            self.window.open_checklist(account_id, item.checklist_id)
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
        dialog.setParent(self.window, dialog.windowFlags())
        dialog.saved.connect(self.saved.emit)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
