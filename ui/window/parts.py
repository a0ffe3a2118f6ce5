"""The main window's parts built once My day is showing: the register, the duty desk, the
team folder's sync, the account page.

Each is made, wired to the window and placed in it here, so the window itself
reads as what it does rather than how its parts are joined. Imported late, as
the parts are: nothing of this is needed for the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject
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
    from ui.window.menus import Menus
    from ui.window.role_views import RoleViews, View
    from ui.window.team_sync import TeamSync
    from ui.window.window_state import WindowState


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


class LaterWindow(MainWindow, Protocol):
    """What the parts built after My day's rows need of the window besides."""

    menus: Menus
    register_view: RegisterView | None
    role_views: RoleViews
    window_state: WindowState
    duty_desk: DutyDesk | None
    team_sync: TeamSync | None
    log_watch: LogWatch | None

    def help_desk(self) -> object: ...
    def today(self) -> date: ...
    def show_view(self, view: View) -> None: ...


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


# -- after My day's rows are on screen ---------------------------------------------------

PAINT_WAIT_MS = 200
"""How long the rest waits for My day's rows to be painted before it is built anyway."""


def when_rows_painted(today_view: TodayView, then: Callable[[], None]) -> None:
    """Call ``then`` once My day's rows have been painted (at once if it shows none), so
    nothing built after them delays them on screen."""
    from PySide6.QtCore import QTimer

    table = today_view.table
    if today_view.model.rowCount() == 0 or not table.isVisible():
        QTimer.singleShot(0, today_view, then)  # not once My day has gone with its window
        return
    _AfterPaint(table.viewport(), then)


class _AfterPaint(QObject):
    """Watches a widget for its next paint, then runs ``then`` once, after the paint; if no
    paint comes soon (a window covered, minimised, or not yet exposed), it runs anyway."""

    def __init__(self, watched: QWidget, then: Callable[[], None]) -> None:
        from PySide6.QtCore import QTimer

        super().__init__(watched)
        self._then: Callable[[], None] | None = then
        self._watched = watched
        watched.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            from PySide6.QtCore import QTimer

            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after this paint is done
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._watched.removeEventFilter(self)
            then()
            self.deleteLater()


def run_in_slices(
    steps: list[Callable[[], None]], done: Callable[[], None], context: QObject
) -> None:
    """Run ``steps`` one per turn of the event loop, so input is answered between them;
    what is left is dropped once ``context`` (the window) is gone."""
    from PySide6.QtCore import QTimer

    def next_step() -> None:
        if not steps:
            done()
            return
        steps.pop(0)()
        QTimer.singleShot(0, context, next_step)

    next_step()


def later_steps(window: LaterWindow) -> list[Callable[[], None]]:
    """What My day's first showing need not wait for, in the order it is built: shortcuts
    and help, the checklists, the register, Review and Covering, the reminders, the team."""

    def keys() -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        # Making key sequences builds all of Qt's key enums, which takes longer than
        # painting the window or filling My day.
        for item, shortcut in window.menus.shortcuts:
            item.setShortcut(QKeySequence(shortcut))
        window.menus.shortcuts.clear()
        # F1 also over the help and the other windows of ours, and in the dialogs.
        window.menus.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        window.help_desk()

    def checklists() -> None:
        from ui.my_day.checklist_panel import ChecklistPanel

        if window.workspace is None or window.today_view.checklists is not None:
            return
        panel = ChecklistPanel()
        panel.continueRequested.connect(window.commands.open_checklist)
        window.today_view.add_checklists(panel)
        # Shown again with them: an empty My day then points to the checklists.
        window.today_view.refresh(window.workspace, window.today(), window.language)

    def register() -> None:
        if window.workspace is None or window.register_view is not None:
            return
        window.register_view = build_register(window)
        window.role_views.install(
            window.workspace, window.clock, window.language, window.register_view, window.today()
        )
        window.window_state.restore_splitters(window.window())

    def reminders() -> None:
        if window.workspace is not None and window.workspace.read_only is None:
            window.duty_desk = build_duty_desk(window)

    def team() -> None:
        if window.workspace is not None and window.workspace.read_only is None:
            window.team_sync, window.log_watch = build_team_sync(window)

    def first_view() -> None:
        # The main role's view, unless the person has already gone to another one, or
        # to an account's page (a double-click on My day in the first second).
        untouched = (
            window.stack.currentWidget() is window.tabs
            and window.tabs.currentWidget() is window.today_view
        )
        if window.workspace is not None and window.register_view is not None and untouched:
            window.show_view(window.role_views.first_view())

    return [keys, checklists, register, reminders, team, first_view]
