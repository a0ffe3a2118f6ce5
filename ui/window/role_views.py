"""The views for the roles: My day, Covering, Review, Register, switched by tab or View menu.

Everybody has *My day* (their own accounts and those they cover), *Covering*
(absences, handover notes, the accounts they are deputy for) and the
*Register*. Managers and the information unit also get *Review*. A person
with several roles switches with the tabs or Ctrl+1 … Ctrl+4; the first view
shown follows their main role (a manager who is not an officer starts on
Review, the information unit on the Register).

:class:`RoleViews` is given the main window's tabs and the View menu's
Review action (and My day, once it is built), builds Covering and Review beside them and keeps them
current; what their screens ask for goes back by its signals.

Signals (RoleViews):
    logCheckRequested(str): log a check of this account id (from Covering).
    openAccountRequested(str): open this account's page (from Covering or Review).
    saved(str): something was recorded from Covering; the text says so.
    exported(str): the review was saved; the text says where.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    # Not at run time: the main window imports this module before its first paint.
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QTabWidget, QWidget

    from assistant.clock import Clock
    from assistant.records import Role
    from assistant.workspace.data_folder import Workspace
    from ui.covering.view import CoveringView
    from ui.review.view import ReviewView


class View(StrEnum):
    MY_DAY = "my_day"
    COVERING = "covering"
    REVIEW = "review"
    REGISTER = "register"


class RoleViews(QObject):
    """Builds Covering and Review beside My day and the register, and keeps them current."""

    logCheckRequested = Signal(str)
    openAccountRequested = Signal(str)
    saved = Signal(str)
    exported = Signal(str)

    def __init__(self, tabs: QTabWidget, review_action: QAction, parent: QObject) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.my_day: QWidget | None = None
        self.review_action = review_action
        self.register: QWidget | None = None
        self.workspace: Workspace | None = None
        self.clock: Clock | None = None
        self.language = "sv"
        self.covering: CoveringView | None = None
        self.review: ReviewView | None = None

    def roles(self) -> frozenset[Role]:
        if self.workspace is None:
            return frozenset()
        from assistant.workspace import reading

        me = reading.me(self.workspace)
        return me.roles if me else frozenset()

    def install(
        self,
        workspace: Workspace,
        clock: Clock,
        language: str,
        register: QWidget,
        today: date,
    ) -> None:
        """Add Covering, and Review where the user's roles call for it (after My day shows)."""
        from ui.covering.view import CoveringView

        if self.covering is not None:
            return
        self.workspace, self.clock, self.language, self.register = (
            workspace,
            clock,
            language,
            register,
        )
        self.covering = CoveringView(workspace, clock, language)
        self.covering.logCheckRequested.connect(self.logCheckRequested)
        self.covering.openAccountRequested.connect(self.openAccountRequested)
        self.covering.saved.connect(self.saved)
        self.tabs.insertTab(1, self.covering, self.tr("&Covering"))
        self.covering.refresh(today)
        self.sync_roles()
        self.tabs.currentChanged.connect(lambda _index: self._tab_changed())

    def sync_roles(self) -> None:
        """Show Review to managers and the information unit, and only to them; and to
        anyone looking at a log open read-only, which is there to be looked at and exported."""
        if self.workspace is None or self.clock is None:
            return
        from assistant.records import Role

        wants_review = self.workspace.read_only is not None or bool(
            self.roles() & {Role.MANAGER, Role.INFORMATION_UNIT}
        )
        if wants_review and self.review is None:
            from ui.review.view import ReviewView

            self.review = ReviewView(self.workspace, self.clock, self.language)
            self.review.openAccountRequested.connect(self.openAccountRequested)
            self.review.exported.connect(self.exported)
            self.tabs.insertTab(2, self.review, self.tr("&Review"))
        elif not wants_review and self.review is not None:
            self.tabs.removeTab(self.tabs.indexOf(self.review))
            self.review.deleteLater()
            self.review = None
        self.review_action.setVisible(wants_review)

    def first_view(self) -> View:
        """Where this user starts: their main role's view."""
        from assistant.records import Role

        roles = self.roles()
        if Role.OFFICER in roles or Role.DEPUTY in roles or not roles:
            return View.MY_DAY
        if Role.MANAGER in roles:
            return View.REVIEW
        return View.REGISTER

    def widget_of(self, view: View) -> QWidget | None:
        return {
            View.MY_DAY: self.my_day,
            View.COVERING: self.covering,
            View.REVIEW: self.review,
            View.REGISTER: self.register,
        }[view]

    def show(self, view: View) -> bool:
        """Bring the view's tab to the front; False when the user has no such view."""
        widget = self.widget_of(view)
        index = self.tabs.indexOf(widget) if widget is not None else -1
        if index >= 0:
            self.tabs.setCurrentIndex(index)
        return index >= 0

    def refresh(self, today: date) -> None:
        """Show the log as it is now; Review reads the log only while it is in view."""
        if self.covering is None:
            return  # not built yet: My day is shown first, on its own
        self.sync_roles()  # the roles may have come with the team's records
        self.covering.refresh(today)
        if self.review is not None and self.tabs.currentWidget() is self.review:
            self.review.refresh()

    def _tab_changed(self) -> None:
        if self.review is not None and self.tabs.currentWidget() is self.review:
            self.review.refresh()
