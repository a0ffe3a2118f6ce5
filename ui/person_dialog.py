"""First start: who uses this workstation, and in which roles."""

from __future__ import annotations

import getpass
import os

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

from assistant.accounts import is_email, workstation_user
from assistant.clock import Clock
from assistant.messages import UserError
from assistant.records import Role
from assistant.store import Store
from ui.i18n import translate
from ui.labels import role_label
from ui.widgets import named, problem_label


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
    """Asks for name, work e-mail and roles, and records the person as this workstation's user."""

    def __init__(self, store: Store, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.store = store
        self.clock = clock
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
        self.problem = problem_label("personProblem")

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Work &e-mail:"), self.email)
        form.addRow(self.tr("Roles:"), roles)

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
        return ""

    def accept(self) -> None:
        problem = self._problem_text()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        try:
            person = workstation_user(
                self.store.people(),
                self.name.text(),
                self.email.text(),
                frozenset(role for role, box in self.role_boxes.items() if box.isChecked()),
                self.clock.now(),
            )
            self.store.add_people([person], me=person.person_id)
        except UserError as error:
            self.problem.setText(error.render(translate))
            self.problem.show()
            return
        super().accept()
