"""First start: who uses this workstation, in which roles, and the team folder if there is one."""

from __future__ import annotations

import getpass
import os
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
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


def os_user_name() -> str:
    """The person's full name as the operating system knows it, else their login."""
    login = getpass.getuser()
    try:
        import pwd

        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):
        full = os.environ.get("USERNAME", "")
    return full or login


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
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.workspace = workspace
        self.clock = clock
        self.data_dir = workspace.data_dir
        self.settings = settings
        self.setWindowTitle(self.tr("Welcome to Kontokoll"))
        intro = QLabel(
            self.tr(
                "Kontokoll keeps the log of your social media accounts: the daily checks, "
                "what was removed and why, with screenshots as proof. First, tell it who "
                "you are. Your name goes into every entry you make."
            )
        )
        intro.setWordWrap(True)
        self.name = named(QLineEdit(os_user_name()), "personName")
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
