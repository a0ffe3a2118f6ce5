"""First start: who uses this workstation, in which roles, and the team folder if there is one."""

from __future__ import annotations

import ctypes
import getpass
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock
from assistant.messages import UserError
from assistant.records import Role
from assistant.rules.accounts import is_email
from assistant.settings import Settings, save_settings
from assistant.workspace import identity
from assistant.workspace.data_folder import Workspace
from ui.common.i18n import translate
from ui.common.labels import role_label
from ui.common.widgets import hint_label, named, problem_label
from ui.settings.team_tab import TeamFolderField, team_folder_problem

NAME_DISPLAY = 3
"""``EXTENDED_NAME_FORMAT.NameDisplay``: the name Windows shows for the user, "Åsa Öberg"."""

GetUserNameEx = Callable[[int, Any, Any], int]
"""``GetUserNameExW(format, buffer, pointer to its size)``, as ctypes calls it."""

PasswordLookup = Callable[[str], Any]
"""``pwd.getpwnam``: the password database's entry of a login."""


def windows_display_name(get_user_name_ex: GetUserNameEx) -> str:
    """The display name Windows keeps for the user (from the domain), or "" if it has none."""
    room = 256
    for _attempt in range(2):
        buffer = ctypes.create_unicode_buffer(room)
        size = ctypes.c_ulong(room)
        if get_user_name_ex(NAME_DISPLAY, buffer, ctypes.pointer(size)):
            return buffer.value.strip()
        if size.value <= room:
            return ""  # no display name, not merely too little room
        room = size.value
    return ""


def gecos_name(login: str, getpwnam: PasswordLookup) -> str:
    """The full name in the GECOS field of the login's entry, or "" if it has none."""
    try:
        return str(getpwnam(login).pw_gecos).split(",")[0].strip()
    except (KeyError, AttributeError):
        return ""


def _windows_call() -> GetUserNameEx | None:
    """Secur32's ``GetUserNameExW``; None where there is no Windows library to load."""
    windll: Any = getattr(ctypes, "windll", None)  # only on Windows
    try:
        call: GetUserNameEx = windll.secur32.GetUserNameExW
    except (AttributeError, OSError):
        return None
    return call


def _password_lookup() -> PasswordLookup | None:
    try:
        import pwd
    except ImportError:
        return None
    return pwd.getpwnam


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def proposed_name(
    *,
    platform: str = sys.platform,
    login: str | None = None,
    windows: GetUserNameEx | None = None,
    getpwnam: PasswordLookup | None = None,
) -> str:
    """The person's real name as the system knows it, or "" (never their login id).

    A login id such as "asaobe" is not a name to put in every entry of the
    log: if that is all the system knows, the field is left for the person.
    """
    login = _login() if login is None else login
    if platform == "win32":
        call = windows or _windows_call()
        name = windows_display_name(call) if call is not None else ""
    else:
        lookup = getpwnam or _password_lookup()
        name = gecos_name(login, lookup) if lookup is not None and login else ""
    return "" if name.casefold() == login.casefold() else name


class FirstStartDialog(QDialog):
    """Asks for name, work e-mail, roles and the team folder; records the person as the user.

    The team folder is optional. Chosen here, it is saved in the settings
    before the person is recorded, and :attr:`settings` then holds it: the
    first read of the folder brings the team's register, and the team's
    record of the same work e-mail becomes this workstation's user
    (:mod:`assistant.team.identity`).
    """

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        settings: Settings,
        parent: QWidget | None = None,
        propose_name: Callable[[], str] = proposed_name,
    ) -> None:
        """``propose_name`` gives the name the field starts with, "" for none."""
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.workspace = workspace
        self.clock = clock
        self.data_dir = workspace.data_dir
        self.settings = settings
        self._quit_confirmed = False
        self.setWindowTitle(self.tr("Welcome to Kontokoll"))
        intro = QLabel(
            self.tr(
                "Kontokoll keeps the log of your social media accounts: the daily checks, "
                "what was removed and why, with screenshots as proof. First, tell it who "
                "you are. Your name goes into every entry you make."
            )
        )
        intro.setWordWrap(True)
        self.name = named(QLineEdit(propose_name()), "personName")
        self.name.setPlaceholderText(self.tr("Firstname Lastname"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.email = named(QLineEdit(), "personEmail")
        self.email.setPlaceholderText(self.tr("firstname.lastname@municipality.se"))
        self.email.setAccessibleName(self.tr("Your work e-mail address"))
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles = QVBoxLayout()
        for role in Role:
            box = named(QCheckBox(role_label(role)), f"role_{role.value}")
            box.setAccessibleName(role_label(role))
            box.setChecked(role == Role.OFFICER)
            self.role_boxes[role] = box
            roles.addWidget(box)
        self.team_folder = TeamFolderField(settings.team_folder)
        self.team_folder.line.setPlaceholderText(self.tr("None: this workstation works alone"))
        team_note = hint_label(
            self.tr(
                "If your team shares a folder for Kontokoll, choose it now: the accounts "
                "and your colleagues' work then appear here. You can also choose it later "
                "under File → Settings → Team."
            )
        )
        self.problem = problem_label("personProblem")

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Work &e-mail:"), self.email)
        form.addRow(self.tr("Roles:"), roles)
        form.addRow(self.tr("&Team folder:"), self.team_folder)
        form.addRow("", team_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("personOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _problem_text(self) -> str:
        if not self.name.text().strip():
            self.name.setFocus()
            return self.tr("Enter your name.")
        if not is_email(self.email.text()):
            self.email.setFocus()
            return self.tr("Enter your work e-mail address, for example anna.andersson@lidingo.se.")
        if not any(box.isChecked() for box in self.role_boxes.values()):
            return self.tr("Tick at least one role.")
        folder_problem = team_folder_problem(self.team_folder.text(), self.data_dir)
        if folder_problem:
            self.team_folder.setFocus()
            return folder_problem
        return ""

    def _save_team_folder(self) -> bool:
        """Keep the chosen team folder in the settings; False (and said) if it could not be."""
        chosen = replace(self.settings, team_folder=self.team_folder.text())
        if chosen == self.settings:
            return True
        try:
            save_settings(self.data_dir, chosen)
        except OSError as error:
            self.problem.setText(
                self.tr(
                    "The team folder could not be kept in the settings ({reason}). Leave "
                    "it empty for now and choose it later under File → Settings → Team."
                ).format(reason=error.strerror or str(error))
            )
            self.problem.show()
            return False
        self.settings = chosen
        return True

    def reject(self) -> None:
        """Esc, Cancel or closing: ask first, as Kontokoll cannot start without a name."""
        if self._quit_confirmed:
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Quit Kontokoll?"),
            self.tr("Quit Kontokoll without saving?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Kontokoll needs your name and work e-mail address: they go into every "
                "entry you make. Quit now and it asks again the next time it starts."
            )
        )
        box.setObjectName("quitFirstStartBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Quit"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Go back"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._quit_answered)
        box.open()

    def _quit_answered(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self._quit_confirmed = True
            self.reject()
        else:
            self.name.setFocus()

    def accept(self) -> None:
        problem = self._problem_text()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        if not self._save_team_folder():
            return
        try:
            identity.introduce(
                self.workspace,
                self.clock.now(),
                name=self.name.text(),
                email=self.email.text(),
                roles=frozenset(role for role, box in self.role_boxes.items() if box.isChecked()),
            )
        except UserError as error:
            self.problem.setText(error.render(translate))
            self.problem.show()
            return
        super().accept()
