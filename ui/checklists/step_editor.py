"""One checklist step: its guidance, the fields it asks for, and saving it as done.

The fields follow the step's evidence kinds in the pack: a text, a date, a web
address, a person, a screenshot or file, or nothing but a confirmation.

Signals:
    saveRequested(): the person asked to save the step as done.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock, today
from assistant.pack.model import EvidenceKind, Step
from assistant.records import Account, Evidence, Person, StepMark
from assistant.rules.checklists import people_to_name, step_role
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from ui.checklists.text import EvidenceLookup, done_line, kind_label
from ui.common.evidence_picker import EvidencePicker
from ui.common.labels import role_label
from ui.common.widgets import named, problem_label


class StepEditor(QWidget):
    saveRequested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        people: Mapping[str, Person],
        account: Account,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.evidence: EvidenceLookup = partial(reading.evidence, workspace)
        self.clock = clock
        self.people = people
        self.account = account
        self.step: Step | None = None
        self._fields: dict[EvidenceKind, QWidget] = {}
        self.fields_widget = QWidget()
        self._rows: list[QWidget] = []
        self._saved: dict[str, str] = {}
        self.unsaved_files: dict[str, Evidence] = {}
        """Files chosen in steps not yet saved, by SHA-256: the log has no record of them yet."""

        self.title = named(QLabel(), "stepTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.guidance = named(QLabel(), "stepGuidance")
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance.setWordWrap(True)
        self.form_holder = QVBoxLayout()
        self.done = named(QLabel(), "stepDone")
        self.done.setStyleSheet("color: palette(placeholder-text);")
        self.problem = problem_label("stepProblem")
        self.save = named(QPushButton(self.tr("&Save step as done")), "saveStep")
        self.save.setAutoDefault(False)
        self.save.clicked.connect(self.saveRequested)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.guidance)
        layout.addLayout(self.form_holder)
        layout.addWidget(self.done)
        layout.addWidget(self.problem)
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch()

    def show_step(
        self,
        step: Step,
        mark: StepMark | None,
        language: str,
        blocked_by: str = "",
        read_only: bool = False,
        draft: Mapping[str, str] | None = None,
    ) -> None:
        """Show a step; ``blocked_by`` names the earlier steps to do first, if any.

        ``draft`` is what was typed into the step earlier and not yet saved.
        """
        self.step = step
        self._saved = _filled(mark.answers if mark else {})
        optional = "" if step.required else " " + self.tr("(optional)")
        self.title.setText(step.title.in_language(language) + optional)
        self.guidance.setText(step.guidance.in_language(language))
        self._build_fields(step, draft if draft is not None else (mark.answers if mark else {}))
        self.done.setText(done_line(mark, self.people) if mark else "")
        self.done.setVisible(mark is not None)
        self.problem.hide()
        if blocked_by:
            self.show_problem(self.tr("Do these steps first: {steps}.").format(steps=blocked_by))
        for row in self._rows:
            row.setEnabled(not read_only and not blocked_by)
        self.save.setVisible(not read_only)
        self.save.setEnabled(not blocked_by)
        self.save.setText(self.tr("&Save changes") if mark else self.tr("&Save step as done"))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def first_field(self) -> QWidget:
        return next(iter(self._fields.values()), self.save)

    def mark_saved(self) -> None:
        """What the fields hold now is saved."""
        self._saved = _filled(self.answers())

    def is_changed(self) -> bool:
        """Whether something typed or chosen differs from what is saved for the step."""
        return _filled(self.answers()) != self._saved

    # -- the fields ------------------------------------------------------------

    def _build_fields(self, step: Step, answers: Mapping[str, str]) -> None:
        while self.form_holder.count():
            item = self.form_holder.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._fields = {}
        self._rows = []
        holder = named(QWidget(), "stepFields")
        self.fields_widget = holder
        form = QFormLayout(holder)
        form.setContentsMargins(0, 6, 0, 6)
        for kind in step.evidence:
            field = self._field(step, kind, answers.get(kind.value, ""))
            field.setAccessibleName(kind_label(kind))
            self._fields[kind] = field
            row = self._with_today_button(field) if kind is EvidenceKind.DATE else field
            self._rows.append(row)
            form.addRow(kind_label(kind) + ":", row)
            if kind is EvidenceKind.PERSON:
                note = self._nobody_in_role(step)
                if note is not None:
                    form.addRow("", note)
        if not step.evidence:
            note = QLabel(self.tr("Nothing to fill in: save the step once it is done."))
            note.setWordWrap(True)
            form.addRow(note)
        elif step.any_evidence:
            note = QLabel(self.tr("One of the fields is enough."))
            note.setStyleSheet("color: palette(placeholder-text);")
            form.addRow(note)
        self.form_holder.addWidget(holder)
        holder.show()  # at once, not on the next turn of the event loop

    def _nobody_in_role(self, step: Step) -> QLabel | None:
        """A note when the step names someone in a role nobody holds yet, so all are offered."""
        role = step_role(step)
        if role is None or any(role in p.roles for p in self.people.values()):
            return None
        note = named(
            QLabel(
                self.tr(
                    "Nobody holds the {role} role in Kontokoll yet, so everyone is listed. "
                    "Choose the right person; they can tick the role under File → Settings."
                ).format(role=role_label(role).lower())
            ),
            "stepPersonNote",
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        return note

    def _field(self, step: Step, kind: EvidenceKind, value: str) -> QWidget:
        if kind is EvidenceKind.TEXT:
            text = named(QPlainTextEdit(value), "stepText")
            text.setTabChangesFocus(True)
            text.setMaximumHeight(120)
            return text
        if kind is EvidenceKind.DATE:
            # Empty until someone enters the day: a date filled in for them would
            # prove nothing.
            day = named(QLineEdit(value), "stepDate")
            day.setPlaceholderText(
                self.tr("YYYY-MM-DD, for example {day}").format(day=today(self.clock).isoformat())
            )
            return day
        if kind is EvidenceKind.URL:
            url = named(QLineEdit(value), "stepUrl")
            url.setPlaceholderText(self.account.url or "https://www.facebook.com/lidingostad")
            return url
        if kind is EvidenceKind.PERSON:
            person = named(QComboBox(), "stepPerson")
            role = step_role(step)
            choose = (
                self.tr("Choose a person…")
                if role is None
                else self.tr("Choose the {role}…").format(role=role_label(role).lower())
            )
            person.addItem(choose, "")
            offered = people_to_name(step, self.people)
            saved = self.people.get(value)
            if saved is not None and saved not in offered:
                offered.append(saved)  # named before, kept readable: no longer in the role
            for someone in offered:
                person.addItem(someone.name, someone.person_id)
            person.setCurrentIndex(max(person.findData(value), 0))
            return person
        picker = EvidencePicker(
            self.workspace,
            self.clock,
            ("stepFilePreview", "stepAttachFile", "stepCaptureScreen"),
        )
        picker.setObjectName("stepFile")
        picker.problem.connect(self.show_problem)
        picker.chosen.connect(lambda _evidence: self.problem.hide())
        picker.show_kept((self.evidence(value) or self.unsaved_files.get(value)) if value else None)
        return picker

    def _with_today_button(self, day: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(day, 1)
        button = named(QPushButton(self.tr("&Today")), "stepDateToday")
        button.setAutoDefault(False)
        button.setToolTip(self.tr("Enter today's date"))
        if isinstance(day, QLineEdit):
            button.clicked.connect(lambda: day.setText(today(self.clock).isoformat()))
        layout.addWidget(button)
        return row

    def answers(self) -> dict[str, str]:
        """What is entered in each field, by evidence kind."""
        result: dict[str, str] = {}
        for kind, field in self._fields.items():
            if isinstance(field, QPlainTextEdit):
                result[kind.value] = field.toPlainText()
            elif isinstance(field, QLineEdit):
                result[kind.value] = field.text()
            elif isinstance(field, QComboBox):
                result[kind.value] = str(field.currentData() or "")
            elif isinstance(field, EvidencePicker) and field.evidence is not None:
                result[kind.value] = field.evidence.sha256
        return result

    def new_evidence(self) -> list[Evidence]:
        """The files chosen in this step, to be recorded with its mark."""
        return [
            field.evidence
            for field in self._fields.values()
            if isinstance(field, EvidencePicker) and field.evidence is not None
        ]


def _filled(answers: Mapping[str, str]) -> dict[str, str]:
    return {kind: value.strip() for kind, value in answers.items() if value.strip()}
