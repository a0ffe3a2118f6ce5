"""One checklist step: its guidance, the fields it asks for, and saving it as done.

The fields follow the step's evidence kinds in the pack: a text, a date, a web
address, a person, a screenshot or file, or nothing but a confirmation.

Signals:
    saveRequested(): the person asked to save the step as done.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import Clock, today
from assistant.evidence import EvidenceStore
from assistant.guidelines import EvidenceKind, Step
from assistant.records import Account, Evidence, Person, StepMark
from ui.checklist_text import EvidenceLookup, done_line, kind_label
from ui.evidence_picker import EvidencePicker
from ui.widgets import named, problem_label


class StepEditor(QWidget):
    saveRequested = Signal()

    def __init__(
        self,
        evidence_store: EvidenceStore,
        evidence: EvidenceLookup,
        clock: Clock,
        person_id: str,
        people: Mapping[str, Person],
        account: Account,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.evidence_store = evidence_store
        self.evidence = evidence
        self.clock = clock
        self.person_id = person_id
        self.people = people
        self.account = account
        self.step: Step | None = None
        self._fields: dict[EvidenceKind, QWidget] = {}
        self.fields_widget = QWidget()

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
    ) -> None:
        """Show a step; ``blocked_by`` names the earlier steps to do first, if any."""
        self.step = step
        optional = "" if step.required else " " + self.tr("(optional)")
        self.title.setText(step.title.in_language(language) + optional)
        self.guidance.setText(step.guidance.in_language(language))
        self._build_fields(step, mark)
        self.done.setText(done_line(mark, self.people) if mark else "")
        self.done.setVisible(mark is not None)
        self.problem.hide()
        if blocked_by:
            self.show_problem(self.tr("Do these steps first: {steps}.").format(steps=blocked_by))
        for field in self._fields.values():
            field.setEnabled(not read_only and not blocked_by)
        self.save.setVisible(not read_only)
        self.save.setEnabled(not blocked_by)
        self.save.setText(self.tr("&Save changes") if mark else self.tr("&Save step as done"))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def first_field(self) -> QWidget:
        return next(iter(self._fields.values()), self.save)

    # -- the fields ------------------------------------------------------------

    def _build_fields(self, step: Step, mark: StepMark | None) -> None:
        while self.form_holder.count():
            item = self.form_holder.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._fields = {}
        holder = named(QWidget(), "stepFields")
        self.fields_widget = holder
        form = QFormLayout(holder)
        form.setContentsMargins(0, 6, 0, 6)
        answers = mark.answers if mark else {}
        for kind in step.evidence:
            field = self._field(kind, answers.get(kind.value, ""))
            field.setAccessibleName(kind_label(kind))
            self._fields[kind] = field
            form.addRow(kind_label(kind) + ":", field)
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

    def _field(self, kind: EvidenceKind, value: str) -> QWidget:
        if kind is EvidenceKind.TEXT:
            text = named(QPlainTextEdit(value), "stepText")
            text.setTabChangesFocus(True)
            text.setMaximumHeight(120)
            return text
        if kind is EvidenceKind.DATE:
            day = named(QDateEdit(), "stepDate")
            day.setCalendarPopup(True)
            day.setDisplayFormat("yyyy-MM-dd")
            latest = QDate(today(self.clock))
            day.setMaximumDate(latest)
            day.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else latest)
            return day
        if kind is EvidenceKind.URL:
            url = named(QLineEdit(value or self.account.url), "stepUrl")
            url.setPlaceholderText("https://www.facebook.com/lidingostad")
            return url
        if kind is EvidenceKind.PERSON:
            person = named(QComboBox(), "stepPerson")
            person.addItem(self.tr("Choose a person…"), "")
            for someone in sorted(self.people.values(), key=lambda p: p.name.casefold()):
                person.addItem(someone.name, someone.person_id)
            person.setCurrentIndex(max(person.findData(value), 0))
            return person
        picker = EvidencePicker(
            self.evidence_store,
            self.clock,
            self.person_id,
            ("stepFilePreview", "stepAttachFile", "stepCaptureScreen"),
        )
        picker.setObjectName("stepFile")
        picker.problem.connect(self.show_problem)
        picker.chosen.connect(lambda _evidence: self.problem.hide())
        picker.show_kept(self.evidence(value) if value else None)
        return picker

    def answers(self) -> dict[str, str]:
        """What is entered in each field, by evidence kind."""
        result: dict[str, str] = {}
        for kind, field in self._fields.items():
            if isinstance(field, QPlainTextEdit):
                result[kind.value] = field.toPlainText()
            elif isinstance(field, QDateEdit):
                result[kind.value] = field.date().toString("yyyy-MM-dd")
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
