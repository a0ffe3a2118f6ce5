"""What Help does in the main window: F1 at the screen in front, and the introduction.

:class:`HelpDesk` is given the main window (as a :class:`HelpHost`) and
keeps its one help window and its introduction. F1 opens the guide at the
section of what is in front: a dialog of ours if one is active, else the
main window's screen (:func:`section_in_view`). Our dialogs are modal to the
main window, so each of them gets its own F1 when it first takes the focus,
and its own help window, which the dialog does not block. The introduction is shown
once after the first start (remembered in the data folder by
:mod:`assistant.introduction`) and whenever Help asks for it; its setup
buttons take the information unit to the register and to Settings → Team.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QTabWidget, QWidget

from assistant.introduction import introduction_seen, mark_introduction_seen
from ui.help.guide import ROUTINE
from ui.help.tour import IntroductionDialog
from ui.help.window import HelpWindow

if TYPE_CHECKING:
    from assistant.settings import Settings
    from assistant.workspace.data_folder import Workspace
    from ui.settings.dialog import SettingsDialog

DIALOG_SECTIONS = {
    "checkDialog": "check",
    "removalDialog": "check",
    "checklistWizard": "checklists",
    "absenceDialog": "covering",
    "settingsDialog": "settings",
    "firstStartDialog": "start",
    "workstationsDialog": "team",
    "accountDialog": "register",
    "culling": "duties",
    "documentation": "duties",
    "revision": "duties",
    "change": "duties",
}
"""The guide's section for each of our dialogs, by object name."""

VIEW_SECTIONS = {
    "todayView": "my_day",
    "coveringView": "covering",
    "reviewView": "review",
    "registerView": "register",
    "accountPage": "account",
}
"""The guide's section for each of the main window's screens, by object name."""


class SettingsOpener(Protocol):
    def edit_settings(self, settings: Settings) -> SettingsDialog | None: ...


class HelpHost(Protocol):
    """What the help asks of the main window."""

    data_dir: Path
    language: str
    settings: Settings
    workspace: Workspace | None
    stack: QStackedWidget
    tabs: QTabWidget

    @property
    def register_view(self) -> QWidget | None: ...

    @property
    def commands(self) -> SettingsOpener: ...


def section_in_view(window: QWidget, stack: QStackedWidget, tabs: QTabWidget) -> str:
    """The section of the guide about what is in front of the person."""
    active = QApplication.activeModalWidget() or QApplication.activeWindow()
    if active is not None and active is not window:
        name = active.objectName()
        if name in DIALOG_SECTIONS:
            return DIALOG_SECTIONS[name]
    page = stack.currentWidget()
    if page is tabs:
        page = tabs.currentWidget()
    return VIEW_SECTIONS.get(page.objectName() if page else "", ROUTINE)


def _opened_over(dialog: QWidget, window: QWidget) -> bool:
    parent = dialog.parentWidget()
    while parent is not None and parent is not window:
        parent = parent.parentWidget()
    return parent is window


class HelpDesk(QObject):
    """The main window's help window and introduction."""

    def __init__(self, host: HelpHost, window: QWidget, show_register: Callable[[], None]) -> None:
        """``show_register`` brings the register's tab to the front."""
        super().__init__(window)
        self.host = host
        self.show_register = show_register
        self.window = window
        self.help_window: HelpWindow | None = None
        self.introduction: IntroductionDialog | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusWindowChanged.connect(self._focus_changed)

    def _focus_changed(self, _focused: QWindow | None) -> None:
        """Give one of our dialogs, as it takes the focus, an F1 of its own."""
        dialog = QApplication.activeWindow()
        if (
            not isinstance(dialog, QDialog)
            or dialog.objectName() not in DIALOG_SECTIONS
            or dialog.property("helpOnF1")
            or not _opened_over(dialog, self.window)
        ):
            return
        dialog.setProperty("helpOnF1", True)
        QShortcut(QKeySequence(Qt.Key.Key_F1), dialog, lambda: self.show_help_over(dialog))

    def show_help_over(self, dialog: QDialog) -> HelpWindow:
        """The guide at a dialog's section, in a help window of the dialog's own."""
        help_window = dialog.findChild(HelpWindow)
        if help_window is None:
            help_window = HelpWindow(self.host.language, dialog)
        help_window.show_section(DIALOG_SECTIONS.get(dialog.objectName(), ROUTINE))
        return help_window

    def show_help(self, section: str | None = None) -> HelpWindow:
        """Open the guide at ``section``, or at the screen in front."""
        if section is None:
            section = section_in_view(self.window, self.host.stack, self.host.tabs)
        if self.help_window is None:
            self.help_window = HelpWindow(self.host.language, self.window)
        self.help_window.show_section(section)
        return self.help_window

    def after_first_start(self) -> None:
        """The introduction, unless it was shown from this data folder before."""
        if not introduction_seen(self.host.data_dir):
            self.show_introduction()

    def show_introduction(self) -> IntroductionDialog:
        """Show the introduction for the user's roles, and keep that it was seen."""
        from assistant.workspace import identity

        workspace = self.host.workspace
        roles = identity.asked_roles(workspace) if workspace is not None else frozenset()
        if self.introduction is not None:
            self.introduction.close()
            self.introduction.deleteLater()
        dialog = IntroductionDialog(roles, self.window)
        dialog.importRequested.connect(self.go_to_import)
        dialog.teamFolderRequested.connect(lambda: self.go_to_team(roles=False))
        dialog.rolesRequested.connect(lambda: self.go_to_team(roles=True))
        dialog.helpRequested.connect(lambda: self.show_help("routine"))
        self.introduction = dialog
        # A folder that cannot be written shows it again next time: no harm.
        with contextlib.suppress(OSError):
            mark_introduction_seen(self.host.data_dir)
        dialog.show()
        return dialog

    def go_to_import(self) -> None:
        """The register, with its import button in focus."""
        self.show_register()
        register = self.host.register_view
        button = register.findChild(QWidget, "registerImport") if register else None
        if button is not None:
            button.setFocus()

    def go_to_team(self, roles: bool) -> SettingsDialog | None:
        """Settings → Team, at the team folder or at the roles."""
        dialog = self.host.commands.edit_settings(self.host.settings)
        if dialog is None:
            return None
        dialog.tabs.setCurrentWidget(dialog.team)
        target: QWidget = dialog.team.folder
        if roles:
            boxes = list(dialog.team.roles.values())
            target = dialog.team.grants or (boxes[0] if boxes else target)
        target.setFocus()
        return dialog
