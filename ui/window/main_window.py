"""The main window: Today, the account register and an account's page, with the menus.

The window paints first and opens the data folder right after, so a person
sees Kontokoll at once even when the log is large.

Signals:
    firstPainted(): the window has been painted for the first time.
    todayFilled(): Today shows the log's contents for the first time.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from assistant.clock import Clock, today, until_next_day
from assistant.messages import UserError
from assistant.settings import Settings
from ui.common.i18n import choose_language, translate
from ui.common.widgets import named
from ui.window import actions as window_actions
from ui.window.menus import build_menus
from ui.window.role_views import RoleViews, View

if TYPE_CHECKING:
    # Imported late at run time: they pull in the database and holiday modules.
    from assistant.records import Account
    from assistant.workspace.data_folder import Workspace
    from ui.account.page import AccountPage
    from ui.duties.desk import DutyDesk
    from ui.my_day.view import TodayView
    from ui.register.account_dialog import AccountDialog
    from ui.register.view import RegisterView
    from ui.window.team_sync import TeamSync


class MainWindow(QMainWindow):
    firstPainted = Signal()
    todayFilled = Signal()

    today_view: TodayView
    tabs: QTabWidget
    # The menu actions tests and other screens trigger (see ui.window.menus).
    import_action: QAction
    settings_action: QAction
    log_action: QAction
    plan_action: QAction
    new_action: QAction
    review_action: QAction

    def __init__(
        self, data_dir: Path, settings: Settings, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self.settings = settings
        self.clock = clock
        self.language = choose_language(settings)
        self.workspace: Workspace | None = None
        self._painted = False
        self._filled = False
        self._shown_day: date | None = None
        self._day_timer = QTimer(self)
        self._day_timer.setSingleShot(True)
        self._day_timer.timeout.connect(self.refresh)
        self.setWindowTitle(self.tr("Kontokoll"))
        self.resize(1000, 640)

        # Until the data folder is open, a line says so; the views are built after
        # the first paint, so the window appears at once.
        # (HTML centres the text: importing Qt's Qt namespace here would cost a tenth
        # of the start-up time, as it builds every one of its enums.)
        opening = named(
            QLabel(f'<p align="center">{self.tr("Opening the log…")}</p>'), "openingLabel"
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(opening)
        self.setCentralWidget(self.stack)
        self.register_view: RegisterView | None = None
        self.account_page: AccountPage | None = None
        self.duty_desk: DutyDesk | None = None
        self.role_views = RoleViews(self)
        self.team_sync: TeamSync | None = None
        self._quitting = False
        self._shortcuts = build_menus(self)
        self.statusBar().showMessage(self.tr("Data folder: {path}").format(path=data_dir))

    # -- start-up ---------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()
            QTimer.singleShot(0, self.open_workspace)

    def _assign_shortcuts(self) -> None:
        # Once Today is filled: making key sequences builds all of Qt's key enums,
        # which takes longer than painting the window or filling Today.
        for item, shortcut in self._shortcuts:
            item.setShortcut(QKeySequence(shortcut))
        self._shortcuts.clear()

    def open_workspace(self) -> None:
        """Open the data folder (after the first paint: it imports the heavier modules)."""
        if self.workspace is not None:
            return
        from assistant.workspace.data_folder import open_workspace

        try:
            self.workspace = open_workspace(self.data_dir)
        except UserError as error:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                self.tr("The log cannot be opened"),
                error.render(translate),
                parent=self,
            )
            box.setObjectName("openErrorBox")
            box.finished.connect(self.close)
            box.open()
            return
        self.workspace.apply_settings(self.settings)
        self._build_views()
        if self.workspace.pack_problem is not None:
            self._refuse(
                self.tr("The loaded guideline pack cannot be used"),
                self.workspace.pack_problem.render(translate)
                + "\n\n"
                + self.tr(
                    "Kontokoll uses its built-in pack for now. Load the pack again under "
                    "File → Settings."
                ),
            )
        from assistant.workspace import reading

        if not reading.my_id(self.workspace):
            self.ask_who_i_am()
        else:
            self.refresh()

    def _build_views(self) -> None:
        from ui.my_day.view import TodayView

        assert self.workspace is not None
        from PySide6.QtCore import Qt  # not at the top: see the opening label

        # Precise: a coarse timer may fire over an hour late on a 24-hour interval.
        self._day_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.today_view = TodayView()
        self.today_view.logCheckRequested.connect(self.log_check)
        self.today_view.openAccountRequested.connect(self.open_account)
        self.today_view.importRequested.connect(self.import_accounts)
        self.today_view.newAccountRequested.connect(self.new_account)
        self.today_view.showAllChanged.connect(lambda _checked: self.refresh())
        self.tabs = named(QTabWidget(), "mainTabs")
        self.tabs.addTab(self.today_view, self.tr("&My day"))
        self.stack.addWidget(self.tabs)
        self.stack.setCurrentWidget(self.tabs)

    def _build_later(self) -> None:
        """What Today's first showing need not wait for: shortcuts, checklists, the register."""
        from ui.my_day.checklist_panel import ChecklistPanel

        self._assign_shortcuts()
        if self.workspace is None or self.today_view.checklists is not None:
            return
        panel = ChecklistPanel()
        panel.continueRequested.connect(self.open_checklist)
        self.today_view.add_checklists(panel)
        from assistant.workspace import reading

        panel.refresh(
            reading.checklists_now(self.workspace, self.today_view.show_all.isChecked()),
            self.workspace.pack,
            self.language,
        )
        if panel.model.rowCount() and not self.today_view.model.rowCount():
            self.refresh()  # Today's empty state then points to the checklists
        self._build_register()
        self.role_views.install()
        self._build_duty_desk()
        self._build_team_sync()
        self.role_views.show(self.role_views.first_view())

    def _build_duty_desk(self, use_tray: bool | None = None) -> None:
        """Today's other duties, the reminders and the tray icon, once Today is showing."""
        from ui.duties.desk import DutyDesk

        if self.workspace is None or self.duty_desk is not None:
            return
        self.duty_desk = DutyDesk(self, self.workspace, self.clock, self.language, use_tray)
        self.duty_desk.saved.connect(self._duty_saved)
        self.duty_desk.install()

    def _build_team_sync(self) -> None:
        """Publish and read the team folder from now on, with its line in the status bar."""
        from ui.window.team_sync import TeamSync

        if self.workspace is None or self.team_sync is not None:
            return
        self.team_status = named(QLabel(), "teamStatus")
        self.statusBar().addPermanentWidget(self.team_status)
        sync = TeamSync(self.workspace, self.clock, "", self)
        sync.statusChanged.connect(self._team_status_changed)
        sync.merged.connect(lambda _added: self.refresh())
        self.team_sync = sync
        sync.use_folder(self.settings.team_folder)

    def _team_status_changed(self, text: str) -> None:
        if self.team_sync is not None:
            self.team_status.setText(text)
            self.team_status.setToolTip(self.team_sync.problem_details())

    def settings_changed(self) -> None:
        if self.team_sync is not None:
            self.team_sync.use_folder(self.settings.team_folder)

    def _log_duty_for(self, kind: str, account_id: str) -> None:
        if self.duty_desk is not None:
            self.duty_desk.log(kind, account_id)

    def _duty_saved(self, message: str) -> None:
        self.changed_elsewhere(message)

    def changed_elsewhere(self, message: str) -> None:
        """Something was saved outside the main window's own dialogs: say so and show it."""
        self.statusBar().showMessage(message, 8000)
        self.refresh()

    def _build_register(self) -> None:
        """The register tab, built once Today is showing."""
        from ui.register.view import RegisterView

        if self.workspace is None or self.register_view is not None:
            return
        self.register_view = RegisterView(self.workspace, self.language)
        self.tabs.addTab(self.register_view, self.tr("Re&gister"))
        self.register_view.openAccountRequested.connect(self.open_account)
        self.register_view.newAccountRequested.connect(self.new_account)
        self.register_view.planAccountRequested.connect(self.plan_account)
        self.register_view.editAccountRequested.connect(self.edit_account)
        self.register_view.importRequested.connect(self.import_accounts)
        self.register_view.refresh()

    def _build_account_page(self) -> AccountPage:
        from ui.account.page import AccountPage

        assert self.workspace is not None
        page = AccountPage(self.workspace, self.clock, self.language)
        page.backRequested.connect(self.show_overview)
        page.logCheckRequested.connect(self.log_check)
        page.editRequested.connect(self.edit_account)
        page.checklistRequested.connect(self.open_checklist)
        page.dutyRequested.connect(self._log_duty_for)
        page.planExported.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("The plan was saved as {path}.").format(path=path), 10000
            )
        )
        self.stack.addWidget(page)
        self.account_page = page
        return page

    def ask_who_i_am(self) -> None:
        self.today_view.summary.setText(self.tr("Tell Kontokoll who you are to begin."))
        window_actions.ask_who_i_am(self)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Back at the window after sleep or overnight: show the new day at once.
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self._shown_day is not None
            and self._shown_day != self.today()
        ):
            self.refresh()

    def close_workspace(self) -> None:
        if self.team_sync is not None:
            self.team_sync.stop()  # the last changes go to the team before closing
            self.team_sync = None
        if self.duty_desk is not None:
            self.duty_desk.stop()
            self.duty_desk = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    def closeEvent(self, event: QCloseEvent) -> None:
        desk = self.duty_desk
        if desk and desk.tray and self.settings.close_to_tray and not self._quitting:
            # Kontokoll keeps reminding from the tray; File → Quit ends it.
            event.ignore()
            self.hide()
            desk.tray.notify(
                self.tr("Kontokoll is still running"),
                self.tr("Reminders keep coming from the tray. Quit from its menu to stop them."),
            )
            return
        self.close_workspace()
        super().closeEvent(event)
        from PySide6.QtWidgets import QApplication

        if not QApplication.quitOnLastWindowClosed():
            QApplication.quit()  # the tray kept Kontokoll alive until now

    def bring_forward(self) -> None:
        """Show the window again (from the tray), in front, as big as it was."""
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        """End Kontokoll, tray and all."""
        self._quitting = True
        self.close()

    # -- showing ----------------------------------------------------------------

    def today(self) -> date:
        return today(self.clock)

    def refresh(self) -> None:
        """Show the log as it is now, on every screen."""
        from assistant.workspace import reading

        workspace = self.workspace
        if workspace is None:
            return
        day = self.today()
        self._shown_day = day
        # Today must turn into tomorrow at midnight even if nobody touches the app.
        self._day_timer.start(int(until_next_day(self.clock.now()) * 1000) + 1000)
        show_all = self.today_view.show_all.isChecked()
        panel = self.today_view.checklists
        if panel is not None:
            panel.refresh(
                reading.checklists_now(workspace, show_all), workspace.pack, self.language
            )
        self.today_view.show_day(
            reading.my_day(workspace, day, show_all), workspace.pack, self.language
        )
        if self.register_view is not None:
            self.register_view.refresh()
        self.role_views.refresh()
        if self.team_sync is not None:
            self.team_sync.local_change()
        if self.duty_desk is not None:
            self.duty_desk.refresh()
        if self.account_page is not None and self.stack.currentWidget() is self.account_page:
            self.account_page.refresh(day)
        if not self._filled:
            self._filled = True
            self.todayFilled.emit()
            QTimer.singleShot(0, self._build_later)

    def show_overview(self) -> None:
        if self.workspace is None:
            return
        self.stack.setCurrentWidget(self.tabs)
        self.refresh()

    def open_account(self, account_id: str) -> None:
        if self.workspace is None:
            return
        page = self.account_page or self._build_account_page()
        page.show_account(account_id, self.today())
        self.stack.setCurrentWidget(page)

    # -- actions ----------------------------------------------------------------

    def show_view(self, view: View) -> None:
        self.role_views.show(view)

    def log_check(self, account_id: str | None = None, day: date | None = None) -> None:
        from ui.checks.check_dialog import CheckDialog

        if self.workspace is None:
            return
        from assistant.workspace import reading

        if not reading.accounts(self.workspace):
            QMessageBox.information(
                self,
                self.tr("No accounts yet"),
                self.tr("Add an account or import the register first; then log its checks."),
            )
            return
        account_id = account_id or self.today_view.selected_account_id()
        account = reading.accounts(self.workspace).get(account_id or "")
        if account is not None and self._refused(account, self.tr("No check can be logged")):
            return
        dialog = CheckDialog(self.workspace, self.clock, self.language, account_id, day, self)
        dialog.saved.connect(self._saved_check)
        dialog.open()

    def _saved_check(self, message: str) -> None:
        self.changed_elsewhere(message)

    def new_account(self) -> None:
        self._account_dialog(None)

    def plan_account(self) -> None:
        """A new account: into the register as planned, then on to *before you start*."""
        dialog = self._account_dialog(None, planned=True)
        if dialog is not None:
            dialog.accepted.connect(lambda: self._plan_saved(dialog))

    def _plan_saved(self, dialog: AccountDialog) -> None:
        if dialog.saved_account is not None:
            self.open_checklist(dialog.saved_account.account_id, "before_start")

    def edit_account(self, account_id: str) -> None:
        if self.workspace is None:
            return
        from assistant.workspace import reading

        account = reading.accounts(self.workspace).get(account_id)
        if account is not None and account.closed_on is not None:
            self._refused(account, self.tr("The account is closed"))
            return
        self._account_dialog(account_id)

    def _account_dialog(
        self, account_id: str | None, planned: bool = False
    ) -> AccountDialog | None:
        from ui.register.account_dialog import AccountDialog

        if self.workspace is None:
            return None
        dialog = AccountDialog(
            self.workspace, self.clock, self.language, account_id, self, planned=planned
        )
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def open_checklist(self, account_id: str, checklist_id: str) -> None:
        """Continue the account's run of a checklist, or start one; refused with the reason."""
        from ui.checklists.wizard import open_wizard

        if self.workspace is None:
            return
        wizard = open_wizard(
            self.workspace, self.clock, self.language, account_id, checklist_id, self
        )
        if wizard is None:
            return
        wizard.changed.connect(self.refresh)
        wizard.finishedRun.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.refresh()

    def _refused(self, account: Account, title: str) -> bool:
        """Say why nothing can be logged or changed for an account not open today, if so."""
        return window_actions.refused(self, account, title)

    def _refuse(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setObjectName("refusedBox")
        box.open()

    # -- the File, Duties and Help menus (ui.window.actions) ---------------------

    def log_duty(self, kind: str) -> None:
        window_actions.log_duty(self, kind)

    def export_calendar(self, path: Path | None = None) -> None:
        window_actions.export_calendar(self, path)

    def import_accounts(self, path: Path | None = None) -> None:
        window_actions.import_accounts(self, path)

    def edit_settings(self) -> None:
        window_actions.edit_settings(self)

    def about(self) -> None:
        window_actions.about(self)
