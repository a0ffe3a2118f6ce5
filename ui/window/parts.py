"""The main window's parts built once My day is showing: the register, the duty desk, the
team folder's sync, the account page.

Each is made, wired to the window and placed in it here, so the window itself
reads as what it does rather than how its parts are joined. Imported late, as
the parts are: nothing of this is needed for the first paint.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QStatusBar, QTabWidget, QWidget

if TYPE_CHECKING:
    from assistant.clock import Clock
    from assistant.settings import Settings
    from assistant.workspace.data_folder import Workspace
    from ui.account.page import AccountPage
    from ui.duties.desk import DutyDesk
    from ui.my_day.view import TodayView
    from ui.register.view import RegisterView
    from ui.window.commands import Commands
    from ui.window.log_watch import LogWatch
    from ui.window.team_sync import TeamSync


class MainWindow(Protocol):
    """What the parts are joined to: the main window (:mod:`ui.window.main_window`)."""

    workspace: Workspace | None
    clock: Clock
    language: str
    settings: Settings
    commands: Commands
    tabs: QTabWidget
    stack: QStackedWidget
    today_view: TodayView
    account_page: AccountPage | None

    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...
    def add_banner(self, banner: QWidget) -> None: ...
    def open_account(self, account_id: str) -> None: ...
    def log_check(self, account_id: str | None = None, day: date | None = None) -> None: ...
    def log_duty_for(self, kind: str, account_id: str) -> None: ...
    def changed_elsewhere(self, message: str) -> None: ...
    def bring_forward(self) -> None: ...
    def quit_app(self) -> None: ...
    def show_duties(self) -> None: ...
    def show_overview(self) -> None: ...
    def refresh(self) -> None: ...


def build_register(window: MainWindow) -> RegisterView:
    """The Register tab, its buttons wired to the window's commands."""
    from ui.register.view import RegisterView

    assert window.workspace is not None
    view = RegisterView(window.workspace, window.language)
    window.tabs.addTab(view, QCoreApplication.translate("MainWindow", "Re&gister"))
    view.openAccountRequested.connect(window.open_account)
    view.newAccountRequested.connect(window.commands.register_account)
    view.planAccountRequested.connect(window.commands.plan_account)
    view.editAccountRequested.connect(window.commands.edit_account)
    view.importRequested.connect(window.commands.import_accounts)
    view.refresh()
    return view


def build_duty_desk(window: MainWindow) -> DutyDesk:
    """Today's other duties, the reminders and the tray icon, once Today is showing."""
    from ui.duties.desk import DutyDesk

    assert window.workspace is not None
    desk = DutyDesk(window.workspace, window.clock, window.language, window.window())
    desk.saved.connect(window.changed_elsewhere)
    desk.openRequested.connect(window.bring_forward)
    desk.quitRequested.connect(window.quit_app)
    desk.logCheckRequested.connect(lambda account_id, day: window.log_check(account_id, day))
    desk.checklistRequested.connect(window.commands.open_checklist)
    desk.showDutiesRequested.connect(window.show_duties)
    window.today_view.add_duties(desk.panel)
    window.add_banner(desk.banner)
    desk.refresh()
    desk.start()
    return desk


def build_team_sync(window: MainWindow) -> tuple[TeamSync, LogWatch]:
    """Publish and read the team folder from now on, with its line in the status bar, and
    the watch on the log's file beside it."""
    from ui.window.log_watch import LogWatch
    from ui.window.team_sync import TeamSync

    assert window.workspace is not None
    sync = TeamSync(window.workspace, window.clock, "", window.window())
    window.statusBar().addPermanentWidget(sync.status)
    sync.merged.connect(lambda _added: window.refresh())
    sync.use_folder(window.settings.team_folder)
    watch = LogWatch(window.workspace.data_dir, window.window())
    window.statusBar().addPermanentWidget(watch.status)
    sync.merged.connect(lambda _added: watch.check())
    watch.check()
    return sync, watch


def build_account_page(window: MainWindow) -> AccountPage:
    """The account page, made when an account is first opened and kept for the next."""
    from ui.account.page import AccountPage

    assert window.workspace is not None
    page = AccountPage(window.workspace, window.clock, window.language)
    page.backRequested.connect(window.show_overview)
    page.logCheckRequested.connect(window.log_check)
    page.editRequested.connect(window.commands.edit_account)
    page.checklistRequested.connect(window.commands.open_checklist)
    page.dutyRequested.connect(window.log_duty_for)
    page.withdrawn.connect(window.changed_elsewhere)
    page.planExported.connect(
        lambda path: window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "The plan was saved as {path}.").format(
                path=path
            ),
            10000,
        )
    )
    window.stack.addWidget(page)
    window.account_page = page
    return page
