"""The main window's menus: File, Account, Duties, View, Help, each action named for tests.

The menus are given the menu bar and what their actions do: the window's
own commands (a :class:`WindowTarget`) and the dialogs a person opens from it
(a :class:`CommandTarget`, :class:`ui.window.commands.Commands`); they hold no
state of their own. Key shortcuts are returned rather than set: making key sequences builds
all of Qt's key enums, so the window assigns them after its first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

from ui.window.role_views import View

Shortcut = QKeySequence | QKeySequence.StandardKey | str


class WindowTarget(Protocol):
    """What the menus ask of the main window itself: what is in view, and its life."""

    def edit_settings(self) -> None: ...
    def quit_app(self) -> None: ...
    def log_check(self) -> None: ...
    def log_duty(self, kind: str) -> None: ...
    def show_view(self, view: View) -> None: ...
    def refresh(self) -> None: ...
    def show_help(self) -> None: ...
    def show_introduction(self) -> None: ...


class CommandTarget(Protocol):
    """The dialogs the menus open, whatever is in view."""

    def import_accounts(self) -> object: ...
    def plan_account(self) -> object: ...
    def register_account(self) -> object: ...
    def export_calendar(self) -> object: ...
    def show_workstations(self) -> object: ...
    def about(self) -> object: ...


@dataclass
class Menus:
    """The actions other screens and tests trigger, and the shortcuts to give them later."""

    import_action: QAction
    settings_action: QAction
    workstations_action: QAction
    log_action: QAction
    plan_action: QAction
    new_action: QAction
    review_action: QAction
    help_action: QAction
    shortcuts: list[tuple[QAction, Shortcut]] = field(default_factory=list)
    recording: list[QAction] = field(default_factory=list)
    """The commands that record something (or change the settings), switched off when the
    log is open read-only."""


def build_menus(
    menu_bar: QMenuBar, owner: QObject, target: WindowTarget, commands: CommandTarget
) -> Menus:
    """Add the menus to ``menu_bar``; their actions belong to ``owner`` and call ``target``
    or ``commands``."""

    def action(
        text: str,
        name: str,
        shortcut: Shortcut | None,
        slot: Callable[[], object],
    ) -> QAction:
        # Commands with optional arguments are wrapped in a lambda: triggered's
        # "checked" flag must not arrive as their first argument.
        item = QAction(text, owner)
        item.setObjectName(name)
        if shortcut is not None:
            shortcuts.append((item, shortcut))
        item.triggered.connect(slot)
        return item

    shortcuts: list[tuple[QAction, Shortcut]] = []

    file_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    import_action = action(
        QCoreApplication.translate("MainWindow", "&Import accounts from CSV or Excel…"),
        "importAccountsAction",
        "Ctrl+I",
        lambda: commands.import_accounts(),
    )
    file_menu.addAction(import_action)
    settings_action = action(
        QCoreApplication.translate("MainWindow", "&Settings…"),
        "settingsAction",
        QKeySequence.StandardKey.Preferences,
        target.edit_settings,
    )
    file_menu.addAction(settings_action)
    workstations_action = action(
        QCoreApplication.translate("MainWindow", "Team &workstations…"),
        "workstationsAction",
        None,
        lambda: commands.show_workstations(),
    )
    file_menu.addAction(workstations_action)
    file_menu.addSeparator()
    file_menu.addAction(
        action(
            QCoreApplication.translate("MainWindow", "&Quit"),
            "quitAction",
            QKeySequence.StandardKey.Quit,
            target.quit_app,
        )
    )

    account_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Account"))
    log_action = action(
        QCoreApplication.translate("MainWindow", "&Log check…"),
        "logCheckAction",
        "Ctrl+L",
        lambda: target.log_check(),
    )
    account_menu.addAction(log_action)
    plan_action = action(
        QCoreApplication.translate("MainWindow", "&Plan a new account…"),
        "planAccountAction",
        QKeySequence.StandardKey.New,
        commands.plan_account,
    )
    account_menu.addAction(plan_action)
    new_action = action(
        QCoreApplication.translate("MainWindow", "&Register an existing account…"),
        "newAccountAction",
        "Ctrl+Shift+N",
        commands.register_account,
    )
    account_menu.addAction(new_action)

    duty_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Duties"))
    recording = [import_action, settings_action, log_action, plan_action, new_action]
    for text, name, shortcut, kind in (
        (
            QCoreApplication.translate("MainWindow", "Log a &culling…"),
            "logCullingAction",
            "Ctrl+Shift+G",
            "culling",
        ),
        (
            QCoreApplication.translate("MainWindow", "Log &documentation…"),
            "logDocumentationAction",
            "Ctrl+Shift+D",
            "documentation",
        ),
        (
            QCoreApplication.translate("MainWindow", "Log a &revision of the rules…"),
            "logRevisionAction",
            None,
            "revision",
        ),
        (
            QCoreApplication.translate("MainWindow", "Record a larger c&hange…"),
            "recordChangeAction",
            None,
            "change",
        ),
    ):
        recording.append(action(text, name, shortcut, partial(target.log_duty, kind)))
        duty_menu.addAction(recording[-1])
    duty_menu.addSeparator()
    duty_menu.addAction(
        action(
            QCoreApplication.translate("MainWindow", "&Export duty calendar…"),
            "exportCalendarAction",
            "Ctrl+E",
            lambda: commands.export_calendar(),
        )
    )

    view_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    views = {}
    for text, name, shortcut, view in (
        (
            QCoreApplication.translate("MainWindow", "&My day"),
            "showMyDayAction",
            "Ctrl+1",
            View.MY_DAY,
        ),
        (
            QCoreApplication.translate("MainWindow", "C&overing"),
            "showCoveringAction",
            "Ctrl+2",
            View.COVERING,
        ),
        (
            QCoreApplication.translate("MainWindow", "&Review"),
            "showReviewAction",
            "Ctrl+3",
            View.REVIEW,
        ),
        (
            QCoreApplication.translate("MainWindow", "Re&gister"),
            "showRegisterAction",
            "Ctrl+4",
            View.REGISTER,
        ),
    ):
        views[view] = action(text, name, shortcut, partial(target.show_view, view))
        view_menu.addAction(views[view])
    review_action = views[View.REVIEW]
    review_action.setVisible(False)
    view_menu.addSeparator()
    view_menu.addAction(
        action(
            QCoreApplication.translate("MainWindow", "Re&fresh"),
            "refreshAction",
            QKeySequence.StandardKey.Refresh,
            target.refresh,
        )
    )

    help_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_action = action(
        QCoreApplication.translate("MainWindow", "Kontokoll &help"),
        "helpAction",
        "F1",
        target.show_help,
    )
    help_menu.addAction(help_action)
    help_menu.addAction(
        action(
            QCoreApplication.translate("MainWindow", "Show the &introduction again"),
            "introductionAction",
            None,
            target.show_introduction,
        )
    )
    help_menu.addSeparator()
    help_menu.addAction(
        action(
            QCoreApplication.translate("MainWindow", "&About Kontokoll"),
            "aboutAction",
            None,
            commands.about,
        )
    )
    return Menus(
        import_action,
        settings_action,
        workstations_action,
        log_action,
        plan_action,
        new_action,
        review_action,
        help_action,
        shortcuts,
        recording,
    )
