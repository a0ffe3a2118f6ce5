"""Settings → Team: the shared team folder, and the roles of this workstation's user.

The team folder (typically a network share) is where each workstation
publishes its own journal and reads everyone else's (:mod:`assistant.team.sync`).
The roles decide which views the user gets: Review for managers and the
information unit (:mod:`ui.window.role_views`). A change of roles is recorded as a
new version of the person, so it reaches the other workstations too.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.records import Person, Role
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
    """The Team tab's fields; the settings dialog reads them when it saves."""

    def __init__(self, team_folder: str, me: Person | None) -> None:
        super().__init__()
        self.me = me
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
            box.setChecked(me is not None and role in me.roles)
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

        form = QFormLayout(self)
        # The label's Alt+T reaches the path through the field's focus proxy.
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "&Team folder:"), self.folder_field
        )
        form.addRow("", note)
        form.addRow(QCoreApplication.translate("SettingsDialog", "Your roles:"), roles)

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
