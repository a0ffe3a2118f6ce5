"""Settings → Team: the shared team folder, and the roles of this workstation's user.

The team folder (typically a network share) is where each workstation
publishes its own journal and reads everyone else's (:mod:`assistant.team.sync`).
The roles decide which views the user gets: Review for managers and the
information unit (:mod:`ui.window.role_views`). A change of roles is recorded as a
new version of the person, so it reaches the other workstations too. Those two
roles count once granted by someone who holds them (or taken first, in a team
where nobody does: :mod:`assistant.rules.role_grants`); the tab says which of
the user's roles wait, and lets a holder grant the colleagues who wait.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.records import People, Person, Role
from ui.common.labels import role_label
from ui.common.widgets import hint_label, named


class TeamFolderField(QWidget):
    """The team folder's path, with a Browse button: in Settings and at first start."""

    def __init__(self, team_folder: str = "") -> None:
        super().__init__()
        self.line = named(
            QLineEdit(team_folder),
            "settingsTeamFolder",
            QCoreApplication.translate("SettingsDialog", "Team folder"),
        )
        self.line.setPlaceholderText(
            QCoreApplication.translate(
                "SettingsDialog", "No team folder: this workstation works alone"
            )
        )
        self.line.setClearButtonEnabled(True)
        browse = named(
            QPushButton(QCoreApplication.translate("SettingsDialog", "&Browse…")),
            "settingsTeamBrowse",
        )
        browse.setAutoDefault(False)
        browse.clicked.connect(lambda: self.browse())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(browse)
        self.setFocusProxy(self.line)

    def browse(self, chosen: Path | None = None) -> None:
        if chosen is None:
            picked = QFileDialog.getExistingDirectory(
                self,
                QCoreApplication.translate("SettingsDialog", "Choose the team folder"),
                self.line.text() or str(Path.home()),
            )
            if not picked:
                return
            chosen = Path(picked)
        self.line.setText(str(chosen))

    def text(self) -> str:
        return self.line.text().strip()


def team_folder_problem(text: str, data_dir: Path) -> str | None:
    """What is wrong with a team folder's path, in the user's language; None if it may be used.

    A folder that cannot be reached now is accepted: a share may be down for a
    while, and Kontokoll catches up once it is back.
    """
    if not text:
        return None
    folder = Path(text).expanduser()
    if not folder.is_absolute():
        return QCoreApplication.translate(
            "SettingsDialog",
            "Write the team folder's whole path, such as \\\\server\\share\\kontokoll "
            "or /mnt/kontokoll, or choose it with Browse.",
        )
    # Not resolved: on a share that does not answer, that could hang the window.
    try:
        inside = Path(os.path.abspath(folder)).is_relative_to(data_dir.resolve())
    except OSError:
        inside = False
    if inside:
        return QCoreApplication.translate(
            "SettingsDialog",
            "The team folder cannot be inside this workstation's own data folder. "
            "Choose a folder on a share the whole team can reach.",
        )
    return None


class TeamTab(QWidget):
    """The Team tab's fields; the settings dialog reads them when it saves.

    ``people`` (the team as the log has it) shows which of the user's roles
    await a grant, and to a holder the colleagues awaiting one, each with a
    *Grant* button that calls ``grant`` at once; ``grant`` returns the
    refusal's text, or None once granted.
    """

    def __init__(
        self,
        team_folder: str,
        me: Person | None,
        people: People | None = None,
        grant: Callable[[str, Role], str | None] | None = None,
    ) -> None:
        super().__init__()
        self.me = me
        self.people = people if people is not None else People({}, {})
        self.grant = grant
        awaiting = self.people.awaiting.get(me.person_id, frozenset()) if me else frozenset()
        asked = (me.roles | awaiting) if me else frozenset()
        self.folder_field = TeamFolderField(team_folder)
        self.folder = self.folder_field.line
        note = hint_label(
            QCoreApplication.translate(
                "SettingsDialog",
                "Choose a folder every workstation of the team can reach, such as a network "
                "share. Kontokoll writes only its own journal and evidence there and reads "
                "everyone else's, so absences, checks and the register are shared without a "
                "server. When the folder cannot be reached, you go on working here and "
                "Kontokoll catches up later.",
            )
        )

        self.roles: dict[Role, QCheckBox] = {}
        roles = QVBoxLayout()
        for role in Role:
            box = named(QCheckBox(role_label(role)), f"settingsRole_{role.value}")
            box.setChecked(role in asked)
            box.setEnabled(me is not None)
            self.roles[role] = box
            roles.addWidget(box)
        roles_note = hint_label(
            QCoreApplication.translate(
                "SettingsDialog",
                "Managers and the information unit also get the Review of the checks.",
            )
        )
        roles.addWidget(roles_note)
        if awaiting:
            waiting = named(hint_label(self._awaiting_text(awaiting)), "settingsRolesAwaiting")
            roles.addWidget(waiting)
        self.grants = self._grants_box(me)

        form = QFormLayout(self)
        # The label's Alt+T reaches the path through the field's focus proxy.
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "&Team folder:"), self.folder_field
        )
        form.addRow("", note)
        form.addRow(QCoreApplication.translate("SettingsDialog", "Your roles:"), roles)
        if self.grants is not None:
            form.addRow(
                QCoreApplication.translate("SettingsDialog", "Awaiting your grant:"), self.grants
            )

    def _awaiting_text(self, awaiting: frozenset[Role]) -> str:
        parts = []
        for role in sorted(awaiting):
            names = sorted(
                self.people[h].name for h in self.people.holders.get(role, ()) if h in self.people
            )
            parts.append(
                QCoreApplication.translate(
                    "SettingsDialog",
                    "{role}: not yours until someone who holds it grants it to you "
                    "(here under Settings → Team). Ask {names}.",
                ).format(role=role_label(role), names=", ".join(names) or "?")
            )
        return " ".join(parts)

    def _grants_box(self, me: Person | None) -> QWidget | None:
        """For a holder: each colleague awaiting a role they hold, with a button to grant it."""
        if me is None or self.grant is None:
            return None
        mine = {role for role, held in self.people.holders.items() if me.person_id in held}
        asking = [
            (person_id, role)
            for person_id, roles in self.people.awaiting.items()
            for role in sorted(roles & mine)
            if person_id in self.people
        ]
        if not asking:
            return None
        box = QWidget()
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        for person_id, role in asking:
            row = QHBoxLayout()
            text = QCoreApplication.translate("SettingsDialog", "{name} – {role}").format(
                name=self.people[person_id].name, role=role_label(role)
            )
            label = QLabel(text)
            button = named(
                QPushButton(QCoreApplication.translate("SettingsDialog", "Grant")),
                f"settingsGrant_{role.value}_{person_id}",
                QCoreApplication.translate("SettingsDialog", "Grant {text}").format(text=text),
            )
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _checked=False, p=person_id, r=role, b=button, t=label: self._grant(
                    p, r, b, t
                )
            )
            row.addWidget(label, 1)
            row.addWidget(button)
            rows.addLayout(row)
        return box

    def _grant(self, person_id: str, role: Role, button: QPushButton, label: QLabel) -> None:
        assert self.grant is not None
        refusal = self.grant(person_id, role)
        if refusal is not None:
            label.setText(refusal)
            label.setWordWrap(True)
            return
        button.setEnabled(False)
        button.setText(QCoreApplication.translate("SettingsDialog", "Granted"))

    def browse(self, chosen: Path | None = None) -> None:
        self.folder_field.browse(chosen)

    def team_folder(self) -> str:
        return self.folder.text().strip()

    def chosen_roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.roles.items() if box.isChecked())

    def problem(self, data_dir: Path) -> str | None:
        """What is wrong with the tab's choices, in the user's language; None if they may be used.

        A folder that cannot be reached now is accepted: a share may be down for a
        while, and Kontokoll catches up once it is back.
        """
        problem = team_folder_problem(self.team_folder(), data_dir)
        if problem:
            return problem
        if self.me is not None and not self.chosen_roles():
            return QCoreApplication.translate(
                "SettingsDialog", "Tick at least one role: the one you have in the team."
            )
        return None
