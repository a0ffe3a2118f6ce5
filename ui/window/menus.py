"""The main window's menus: File, Account, Duties, View, Help, each action named for tests.

Key shortcuts are returned rather than set: making key sequences builds all of
Qt's key enums, so the window assigns them after its first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def build_menus(window: MainWindow) -> list[tuple[QAction, Shortcut]]:
    """Add the menus to ``window``; the actions and the shortcuts to give them later."""

    def action(
        text: str,
        name: str,
        shortcut: Shortcut | None,
        slot: Callable[[], object],
    ) -> QAction:
        item = QAction(text, window)
        item.setObjectName(name)
        if shortcut is not None:
            shortcuts.append((item, shortcut))
        item.triggered.connect(slot)
        return item

    shortcuts: list[tuple[QAction, Shortcut]] = []

    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.import_action = action(
        QCoreApplication.translate("MainWindow", "&Import accounts from CSV…"),
        "importAccountsAction",
        "Ctrl+I",
        lambda: window.import_accounts(),
    )
    file_menu.addAction(window.import_action)
    window.settings_action = action(
        QCoreApplication.translate("MainWindow", "&Settings…"),
        "settingsAction",
        QKeySequence.StandardKey.Preferences,
        window.edit_settings,
    )
    file_menu.addAction(window.settings_action)
    file_menu.addSeparator()
    file_menu.addAction(
        action(
            QCoreApplication.translate("MainWindow", "&Quit"),
            "quitAction",
            QKeySequence.StandardKey.Quit,
            window.quit_app,
        )
    )

    account_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Account"))
    window.log_action = action(
        QCoreApplication.translate("MainWindow", "&Log check…"),
        "logCheckAction",
        "Ctrl+L",
        lambda: window.log_check(),
    )
    account_menu.addAction(window.log_action)
    window.plan_action = action(
        QCoreApplication.translate("MainWindow", "&Plan a new account…"),
        "planAccountAction",
        QKeySequence.StandardKey.New,
        window.plan_account,
    )
    account_menu.addAction(window.plan_action)
    window.new_action = action(
        QCoreApplication.translate("MainWindow", "&Register an existing account…"),
        "newAccountAction",
        "Ctrl+Shift+N",
        window.new_account,
    )
    account_menu.addAction(window.new_action)

    duty_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Duties"))
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
        duty_menu.addAction(action(text, name, shortcut, partial(window.log_duty, kind)))
    duty_menu.addSeparator()
    duty_menu.addAction(
        action(
            QCoreApplication.translate("MainWindow", "&Export duty calendar…"),
            "exportCalendarAction",
            "Ctrl+E",
            lambda: window.export_calendar(),
        )
    )

    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    from ui.window.role_views import View

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
        views[view] = action(text, name, shortcut, partial(window.show_view, view))
        view_menu.addAction(views[view])
    window.review_action = views[View.REVIEW]
    window.review_action.setVisible(False)
    view_menu.addSeparator()
    view_menu.addAction(
        action(
            QCoreApplication.translate("MainWindow", "Re&fresh"),
            "refreshAction",
            QKeySequence.StandardKey.Refresh,
            window.refresh,
        )
    )

    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(
        action(
            QCoreApplication.translate("MainWindow", "&About Kontokoll"),
            "aboutAction",
            None,
            window.about,
        )
    )
    return shortcuts
