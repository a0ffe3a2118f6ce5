"""The views for the roles: My day, Covering, Review, Register, switched by tab or View menu.

Everybody has *My day* (their own accounts and those they cover), *Covering*
(absences, handover notes, the accounts they are deputy for) and the
*Register*. Managers and the information unit also get *Review*. A person
with several roles switches with the tabs or Ctrl+1 … Ctrl+4; the first view
shown follows their main role (a manager who is not an officer starts on
Review, the information unit on the Register).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    # Not at run time: the main window imports this module before its first paint.
    from assistant.records import Role
    from ui.covering.view import CoveringView
    from ui.review.view import ReviewView
    from ui.window.main_window import MainWindow


class View(StrEnum):
    MY_DAY = "my_day"
    COVERING = "covering"
    REVIEW = "review"
    REGISTER = "register"


class RoleViews(QObject):
    """Builds Covering and Review beside My day and the register, and keeps them current."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.covering: CoveringView | None = None
        self.review: ReviewView | None = None

    def roles(self) -> frozenset[Role]:
        workspace = self.window.workspace
        if workspace is None:
            return frozenset()
        from assistant.workspace import reading

        me = reading.me(workspace)
        return me.roles if me else frozenset()

    def install(self) -> None:
        """Add the views this user's roles call for (after My day is showing)."""
        from ui.covering.view import CoveringView

        window = self.window
        if window.workspace is None or self.covering is not None:
            return
        self.covering = CoveringView(window.workspace, window.clock, window.language)
        self.covering.logCheckRequested.connect(window.log_check)
        self.covering.openAccountRequested.connect(window.open_account)
        self.covering.saved.connect(window.changed_elsewhere)
        window.tabs.insertTab(1, self.covering, self.tr("&Covering"))
        self.covering.refresh(window.today())
        self.sync_roles()
        window.tabs.currentChanged.connect(lambda _index: self._tab_changed())

    def sync_roles(self) -> None:
        """Show Review to managers and the information unit, and only to them."""
        window = self.window
        if window.workspace is None:
            return
        from assistant.records import Role

        wants_review = bool(self.roles() & {Role.MANAGER, Role.INFORMATION_UNIT})
        if wants_review and self.review is None:
            from ui.review.view import ReviewView

            self.review = ReviewView(window.workspace, window.clock, window.language)
            self.review.openAccountRequested.connect(window.open_account)
            self.review.exported.connect(lambda text: window.statusBar().showMessage(text, 10000))
            window.tabs.insertTab(2, self.review, self.tr("&Review"))
        elif not wants_review and self.review is not None:
            window.tabs.removeTab(window.tabs.indexOf(self.review))
            self.review.deleteLater()
            self.review = None
        window.review_action.setVisible(wants_review)

    def first_view(self) -> View:
        """Where this user starts: their main role's view."""
        from assistant.records import Role

        roles = self.roles()
        if Role.OFFICER in roles or Role.DEPUTY in roles or not roles:
            return View.MY_DAY
        if Role.MANAGER in roles:
            return View.REVIEW
        return View.REGISTER

    def widget_of(self, view: View) -> object:
        window = self.window
        return {
            View.MY_DAY: window.today_view,
            View.COVERING: self.covering,
            View.REVIEW: self.review,
            View.REGISTER: window.register_view,
        }[view]

    def show(self, view: View) -> None:
        window = self.window
        widget = self.widget_of(view)
        if window.workspace is None or widget is None:
            return
        window.stack.setCurrentWidget(window.tabs)
        index = window.tabs.indexOf(widget)  # type: ignore[arg-type]
        if index >= 0:
            window.tabs.setCurrentIndex(index)

    def refresh(self) -> None:
        """Show the log as it is now; Review reads the log only while it is in view."""
        if self.covering is None:
            return  # not built yet: My day is shown first, on its own
        self.sync_roles()  # the roles may have come with the team's records
        self.covering.refresh(self.window.today())
        if self.review is not None and self.window.tabs.currentWidget() is self.review:
            self.review.refresh()

    def _tab_changed(self) -> None:
        if self.review is not None and self.window.tabs.currentWidget() is self.review:
            self.review.refresh()
