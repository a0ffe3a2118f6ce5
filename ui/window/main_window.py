"""The main window: My day, the other views, an account's page, the menus, the status bar.

The window paints first and opens the data folder right after, so a person
sees Kontokoll at once even when the log is large. What it holds is built
from parts that know nothing of it: the menus (given the window's commands),
the views for the roles, the duty desk and the team folder's sync each get
what they need passed in and talk back by signals, which the window connects.

Signals:
    firstPainted(): the window has been painted for the first time.
    todayFilled(): Today shows the log's contents for the first time.
    rowsShown(): My day's rows have been painted (or it has none to show).
    settled(): everything built after My day is built: register, Review, reminders, team.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock, today
from assistant.messages import UserError
from assistant.settings import Settings
from ui.common.i18n import choose_language
from ui.common.widgets import bring_forward, named
from ui.window import actions, parts
from ui.window.commands import Commands
from ui.window.day_turn import DayTurn
from ui.window.menus import build_menus
from ui.window.read_only import offer_read_only, open_read_only, show_read_only
from ui.window.role_views import RoleViews, View
from ui.window.window_state import WindowState

if TYPE_CHECKING:
    # Imported late at run time: they pull in the database and holiday modules.
    from assistant.pack.model import GuidelinePack
    from assistant.workspace.data_folder import Workspace
    from ui.account.page import AccountPage
    from ui.duties.desk import DutyDesk
    from ui.help.desk import HelpDesk
    from ui.my_day.view import TodayView
    from ui.register.view import RegisterView
    from ui.window.log_watch import LogWatch
    from ui.window.team_sync import TeamSync


class MainWindow(QMainWindow):
    firstPainted = Signal()
    todayFilled = Signal()
    rowsShown = Signal()
    settled = Signal()

    today_view: TodayView

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
        self._shown_as: tuple[date, tuple[int, int]] | None = None
        """The day and the log's generation the screens last showed."""
        self.day_turn = DayTurn(clock, self)
        self.day_turn.turned.connect(self.refresh)
        self.setWindowTitle(self.tr("Kontokoll"))
        self.window_state = WindowState(data_dir)  # as big as it was, or most of the screen
        self.window_state.restore_window(self)

        # Until the data folder is open, a line says so; the views are built after
        # the first paint, so the window appears at once.
        # (HTML centres the text: importing Qt's Qt namespace here would cost a tenth
        # of the start-up time, as it builds every one of its enums.)
        opening = named(
            QLabel(f'<p align="center">{self.tr("Opening the log…")}</p>'), "openingLabel"
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(opening)
        # A frame for the views, and above them the reminder banner once there is one.
        frame = QWidget()
        self._frame = QVBoxLayout(frame)
        self._frame.setContentsMargins(0, 0, 0, 0)
        self._frame.addWidget(self.stack)
        self.setCentralWidget(frame)
        self.register_view: RegisterView | None = None
        self.account_page: AccountPage | None = None
        self.duty_desk: DutyDesk | None = None
        self.team_sync: TeamSync | None = None
        self.log_watch: LogWatch | None = None
        self.commands = Commands(self, data_dir, clock, self.language)
        self.commands.saved.connect(self.changed_elsewhere)
        self.commands.changed.connect(self.refresh)
        self.commands.said.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.commands.settingsSaved.connect(self.settings_saved)
        self.commands.packChanged.connect(self.pack_changed)
        self.commands.declined.connect(self.close)
        self.commands.introduced.connect(lambda: self.help_desk().after_first_start())
        self._help_desk: HelpDesk | None = None
        self._quitting = False
        self.menus = build_menus(self.menuBar(), self, self, self.commands)
        self.tabs = named(QTabWidget(), "mainTabs")
        self.role_views = RoleViews(self.tabs, self.menus.review_action, self)
        self.role_views.logCheckRequested.connect(self.log_check)
        self.role_views.openAccountRequested.connect(self.open_account)
        self.role_views.saved.connect(self.changed_elsewhere)
        self.role_views.exported.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.statusBar().showMessage(self.tr("Data folder: {path}").format(path=data_dir))

    # -- start-up ---------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()
            QTimer.singleShot(0, self.open_workspace)

    def open_workspace(self, read_only: bool = False) -> None:
        """Open the data folder (after the first paint); ``read_only``, what can be read of it."""
        if self.workspace is not None:
            return
        from assistant.workspace.data_folder import open_workspace

        if read_only:  # read off the GUI thread: a big damaged log takes a while
            open_read_only(self, self.data_dir, self._use, self.close)
            return
        try:
            workspace = open_workspace(self.data_dir)
        except UserError as error:  # a damaged log is offered read-only
            offer_read_only(self, error, lambda: self.open_workspace(read_only=True), self.close)
            return
        self._use(workspace)

    def _use(self, workspace: Workspace) -> None:
        from assistant.workspace import reading

        self.workspace = workspace
        self.window_state.writable = workspace.read_only is None
        workspace.apply_settings(self.settings)
        self.commands.workspace = workspace
        self._build_views()
        if workspace.read_only is not None:  # said plainly, in the title and a banner
            review = partial(self.show_view, View.REVIEW)
            show_read_only(self, self._frame, workspace.read_only, self.menus.recording, review)
        if workspace.pack_problem is not None:
            actions.refuse_pack(self, workspace.pack_problem)
        if not reading.my_id(workspace) and workspace.read_only is None:
            self.ask_who_i_am()
        else:
            self.refresh()

    def _build_views(self) -> None:
        from ui.my_day.view import TodayView

        self.day_turn.precise()
        self.today_view = TodayView()
        self.today_view.logCheckRequested.connect(self.log_check)
        self.today_view.openAccountRequested.connect(self.open_account)
        self.today_view.importRequested.connect(self.commands.import_accounts)
        self.today_view.newAccountRequested.connect(self.commands.register_account)
        self.today_view.showAllChanged.connect(lambda _checked: self.refresh())
        self.tabs.addTab(self.today_view, self.tr("&My day"))
        self.role_views.my_day = self.today_view
        self.stack.addWidget(self.tabs)
        self.stack.setCurrentWidget(self.tabs)

    def _build_later(self) -> None:
        """What My day's first showing need not wait for, built once its rows are on screen,
        a part at a time so the window answers between them (:func:`parts.later_steps`)."""
        self.rowsShown.emit()
        parts.run_in_slices(parts.later_steps(self), self.settled.emit, self)

    def ask_who_i_am(self) -> None:
        self.today_view.summary.setText(self.tr("Tell Kontokoll who you are to begin."))
        self.commands.first_start(self.settings)

    # -- the window's life ------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Back at the window after sleep or overnight: show the new day at once.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.day_turn.look()

    def close_workspace(self) -> None:
        if self.team_sync is not None:
            self.team_sync.stop()  # the last changes go to the team before closing
            self.team_sync = None
        if self.duty_desk is not None:
            self.duty_desk.stop()
            self.duty_desk = None
        if self.account_page is not None:
            self.account_page.reader.forget()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
            self.commands.workspace = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._painted:  # a window started in the tray was never placed
            self.window_state.save(self)
        desk = self.duty_desk
        if desk and self.settings.close_to_tray and not self._quitting and desk.stays_in_tray():
            event.ignore()  # Kontokoll keeps reminding from the tray; File → Quit ends it
            self.hide()
            return
        self.close_workspace()
        super().closeEvent(event)
        from PySide6.QtWidgets import QApplication

        if not QApplication.quitOnLastWindowClosed():
            QApplication.quit()  # the tray kept Kontokoll alive until now

    def bring_forward(self) -> None:
        """Show the window again (from the tray), in front, as big as it was."""
        bring_forward(self)

    def quit_app(self) -> None:
        """End Kontokoll, tray and all."""
        self._quitting = True
        self.close()

    # -- showing ----------------------------------------------------------------

    def today(self) -> date:
        return today(self.clock)

    def refresh(self) -> None:
        """Show the log as it is now, on every screen."""
        workspace = self.workspace
        if workspace is None:
            return
        day = self.today()
        self.day_turn.showing(day)  # Today turns into tomorrow even if nobody touches it
        self.today_view.refresh(workspace, day, self.language)
        if self.register_view is not None:
            self.register_view.refresh()
        self.role_views.refresh(day)
        self.window_state.restore_splitters(self)  # Review may have come with a role
        if self.team_sync is not None:
            self.team_sync.local_change()
        if self.duty_desk is not None:
            self.duty_desk.refresh()
        if self.account_page is not None and self.stack.currentWidget() is self.account_page:
            self.account_page.refresh(day)
        if not self._filled:
            self._filled = True
            self.todayFilled.emit()
            parts.when_rows_painted(self.today_view, self._build_later)
        self._shown_as = (day, workspace.store.generation())

    def changed_elsewhere(self, message: str) -> None:
        """Something was saved outside the main window's own dialogs: say so and show it."""
        self.statusBar().showMessage(message, 8000)
        self.refresh()

    def show_overview(self) -> None:
        if self.workspace is None:
            return
        self.stack.setCurrentWidget(self.tabs)
        # Every save and every day's turn refreshes every screen: back from an account
        # page, My day is read again only if the log or the day changed meanwhile.
        if self._shown_as != (self.today(), self.workspace.store.generation()):
            self.refresh()

    def show_view(self, view: View) -> None:
        if self.workspace is None:
            return
        if self.role_views.widget_of(view) is not None:
            self.stack.setCurrentWidget(self.tabs)
            self.role_views.show(view)

    def add_banner(self, banner: QWidget) -> None:
        """Place the reminder banner above every view."""
        self._frame.insertWidget(0, banner)

    def show_duties(self) -> None:
        """From the reminder banner: My day, with the duty list (or the accounts) in focus."""
        self.bring_forward()
        self.show_overview()
        desk = self.duty_desk
        if desk is not None and desk.panel.isVisible():
            desk.panel.table.setFocus()
        else:
            self.today_view.table.setFocus()

    def open_account(self, account_id: str) -> None:
        if self.workspace is None:
            return
        page = self.account_page or parts.build_account_page(self)
        page.show_account(account_id, self.today())
        self.stack.setCurrentWidget(page)

    # -- the menus' commands that depend on what is in view ---------------------------

    def log_check(self, account_id: str | None = None, day: date | None = None) -> None:
        if self.workspace is not None:  # My day exists once the log is open
            self.commands.log_check(account_id or self.today_view.selected_account_id(), day)

    def log_duty(self, kind: str) -> None:
        """Log a culling, documentation, revision or larger change, for the account in view."""
        if self.duty_desk is None:
            return
        account_id = None
        page = self.account_page
        if page is not None and self.stack.currentWidget() is page:
            account_id = page.account.account_id if page.account else None
        elif self.tabs.currentWidget() is self.today_view:
            account_id = self.today_view.selected_account_id()
        self.duty_desk.log(kind, account_id)

    def log_duty_for(self, kind: str, account_id: str) -> None:
        if self.duty_desk is not None:
            self.duty_desk.log(kind, account_id)

    def edit_settings(self) -> None:
        self.commands.edit_settings(self.settings)

    def settings_saved(self, settings: Settings) -> None:
        self.settings = settings
        if self.workspace is not None:
            self.workspace.apply_settings(settings)
        self.role_views.sync_roles()
        if self.team_sync is not None:
            self.team_sync.use_folder(settings.team_folder)
        self.refresh()

    def help_desk(self) -> HelpDesk:
        """The help window and the introduction (made when first asked for)."""
        from ui.help.desk import HelpDesk

        if self._help_desk is None:
            self._help_desk = HelpDesk(self, self, partial(self.show_view, View.REGISTER))
        return self._help_desk

    def show_help(self) -> None:
        self.help_desk().show_help()

    def show_introduction(self) -> None:
        self.help_desk().show_introduction()

    def pack_changed(self, pack: GuidelinePack) -> None:
        if self.workspace is not None:
            self.workspace.use_pack(pack)
            self.refresh()
        self.statusBar().showMessage(actions.pack_in_force(pack, self.language), 10000)
