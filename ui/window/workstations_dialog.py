"""File → Team workstations: every workstation whose signed journal this log has read.

Each row says who uses the workstation, the start of its signing key, when it
was first seen and last published, and whether it was revoked, by whom and why.
Someone confirmed in the information unit's role chooses a colleague's row,
writes why, and revokes it: nothing that workstation recorded counts any
longer, here and on every workstation that reads the revocation
(:mod:`assistant.workspace.workstations`). A refusal is shown under the form.

Signals:
    revoked(str): a workstation was revoked; the text says so, for the status bar.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock, local_date
from assistant.messages import UserError
from assistant.records import Person, Role
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from assistant.workspace.workstations import Workstation, revoke, workstations
from ui.common.i18n import translate
from ui.common.labels import day_and_time
from ui.common.table_model import ListTableModel
from ui.common.widgets import configure_table, hint_label, named, problem_label, show_refusal


class WorkstationsModel(ListTableModel[Workstation]):
    def __init__(self, people: Mapping[str, Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people

    def headings(self) -> tuple[str, ...]:
        return (
            self.tr("Used by"),
            self.tr("Key"),
            self.tr("First seen"),
            self.tr("Last published"),
            self.tr("State"),
        )

    def cell(self, row: Workstation, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        seen = row.seen
        if column == 0:
            return seen.person_name or self.tr("(not known yet)")
        if column == 1:
            return seen.public_key[:16]
        if column == 2:
            return day_and_time(seen.first_seen)
        if column == 3:
            return day_and_time(seen.last_published) if seen.last_published else "–"
        if row.revoked is not None:
            by = self.people.get(row.revoked.recorded_by)
            return self.tr("Revoked {day} by {name}: {reason}").format(
                day=local_date(row.revoked.recorded_at).isoformat(),
                name=by.name if by else "?",
                reason=row.revoked.reason,
            )
        return self.tr("This workstation") if row.own else self.tr("Counts")


class WorkstationsDialog(QDialog):
    revoked = Signal(str)

    def __init__(self, workspace: Workspace, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workstationsDialog")
        self.setWindowTitle(self.tr("Team workstations"))
        self.workspace = workspace
        self.clock = clock
        people = reading.people(workspace)
        me = reading.me(workspace)
        self.may_revoke = me is not None and me.person_id in people.holders.get(
            Role.INFORMATION_UNIT, set()
        )
        intro = hint_label(
            self.tr(
                "Every workstation whose signed journal Kontokoll has read from the team "
                "folder. A new one is listed the first time it is read. If a workstation's "
                "computer was lost or its key is in the wrong hands, the information unit "
                "revokes it here: nothing it recorded counts any longer, on any workstation."
            )
        )
        self.model = WorkstationsModel(people, self)
        self.table = configure_table(
            QTableView(), "workstationsTable", self.tr("The team's workstations")
        )
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = named(
            QLabel(
                self.tr(
                    "No workstation yet: the list fills once a team folder is chosen under "
                    "Settings → Team and the colleagues' journals are read."
                )
            ),
            "workstationsEmpty",
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        reason_label = QLabel(self.tr("&Why revoke the chosen workstation?"))
        self.reason = named(QLineEdit(), "workstationsReason", self.tr("Why it is revoked"))
        reason_label.setBuddy(self.reason)
        self.revoke_button = named(
            QPushButton(self.tr("&Revoke the chosen workstation")), "workstationsRevoke"
        )
        self.revoke_button.setAutoDefault(False)
        self.revoke_button.clicked.connect(self._revoke)
        self.problem = problem_label("workstationsProblem")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)  # in the table's place while there is none
        for widget in (reason_label, self.reason, self.revoke_button):
            widget.setVisible(self.may_revoke)
            layout.addWidget(widget)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.show_workstations()

    def show_workstations(self) -> None:
        rows = workstations(self.workspace)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows:
            self.table.selectRow(0)

    def _revoke(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.problem.setText(self.tr("Choose the workstation to revoke in the list."))
            self.problem.show()
            return
        chosen = self.model.row_at(index.row())
        try:
            revoke(
                self.workspace,
                chosen.seen.workstation_id,
                self.reason.text(),
                self.clock.now(),
            )
        except UserError as error:
            show_refusal(
                self.problem, error.render(translate), {"reason": self.reason}, error.field
            )
            return
        self.problem.hide()
        self.reason.clear()
        self.show_workstations()
        name = chosen.seen.person_name or chosen.seen.workstation_id[:8]
        self.revoked.emit(
            self.tr("{name}'s workstation was revoked: its entries no longer count.").format(
                name=name
            )
        )
