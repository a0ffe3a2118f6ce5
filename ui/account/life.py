"""Where an account stands in its life, its checklists, and its plan.

Shown on the account page: the stage (planned, approved, active, closing,
closed), one button per checklist saying what it will do (start, continue,
show), the plan's PDF export, and every run with its answers (a run called
off is shown too, marked with who called it off, when and why).

Signals:
    checklistRequested(str, str): open this checklist id for this account id.
    exportPlanRequested(): save the account's plan as a PDF.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from assistant.corrections import Withdrawal
from assistant.pack.model import GuidelinePack
from assistant.records import Person
from assistant.rules.checklists import RunState
from assistant.rules.lifecycle import Life, Stage, offers
from assistant.rules.opening import BEFORE_START, CLOSING, GETTING_STARTED
from ui.checklists.text import EvidenceLookup, pack_line, run_heading, run_html, stage_label
from ui.common.widgets import named
from ui.common.withdrawal_marks import withdrawn_by


class AccountLifeBar(QWidget):
    checklistRequested = Signal(str, str)
    exportPlanRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.life: Life | None = None
        self.stage = named(QLabel(), "accountStage")
        self.stage.setTextFormat(Qt.TextFormat.RichText)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        layout.addStretch()
        for checklist_id, name in (
            (BEFORE_START, "accountBeforeStart"),
            (GETTING_STARTED, "accountGettingStarted"),
            (CLOSING, "accountClosing"),
        ):
            button = named(QPushButton(), name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, c=checklist_id: self._request(c))
            self.buttons[checklist_id] = button
            layout.addWidget(button)
        self.export = named(QPushButton(self.tr("Plan as &PDF…")), "accountExportPlan")
        self.export.setToolTip(
            self.tr("The answers of “Before you start” on one page, for the manager's decision.")
        )
        self.export.clicked.connect(self.exportPlanRequested)
        layout.addWidget(self.export)

    def show_life(self, life: Life, pack: GuidelinePack, language: str) -> None:
        self.life = life
        stage = life.stage
        self.stage.setText(self.tr("Stage: <b>{stage}</b>").format(stage=stage_label(stage)))
        for checklist_id, button in self.buttons.items():
            title = pack.checklists[checklist_id].title.in_language(language)
            under_way = life.in_progress(checklist_id)
            finished = life.finished(checklist_id)
            if under_way is not None and stage is Stage.CLOSED:
                text = self.tr("Show “{title}”").format(title=title)
            elif under_way is not None:
                done, total = under_way.progress
                text = self.tr("Continue “{title}” ({done} of {total})…").format(
                    title=title, done=done, total=total
                )
            elif finished is not None:
                text = self.tr("Show “{title}”").format(title=title)
            elif checklist_id == CLOSING:
                text = self.tr("Close the account…")
            else:
                text = self.tr("Start “{title}”…").format(title=title)
            button.setText(text)
            button.setVisible(offers(life, checklist_id))
        self.export.setEnabled(life.plan is not None)

    def _request(self, checklist_id: str) -> None:
        if self.life is not None:
            self.checklistRequested.emit(self.life.account.account_id, checklist_id)


def life_html(
    life: Life,
    people: Mapping[str, Person],
    evidence: EvidenceLookup,
    language: str,
    empty_text: str,
    called_off: Sequence[RunState] = (),
    withdrawals: Mapping[str, Withdrawal] | None = None,
) -> str:
    """Every checklist run of the account, newest first, with its answers; the runs
    ``called_off`` among them, each marked with its withdrawal."""
    runs = sorted((*life.runs, *called_off), key=lambda r: r.run.recorded_at, reverse=True)
    if not runs:
        return f"<p>{empty_text}</p>"
    parts = []
    for state in runs:
        made = (withdrawals or {}).get(state.run.id)
        heading = run_heading(state, people, language)
        if made is not None:
            done, total = state.progress
            heading = QCoreApplication.translate(
                "AccountLife", "{title}: called off after {done} of {total} steps"
            ).format(title=state.checklist.title.in_language(language), done=done, total=total)
        parts.append(f"<h3>{escape(heading)}</h3>")
        if made is not None:
            parts.append(_called_off_note(made, people))
        parts.append(f'<p style="color:gray">{escape(pack_line(state))}</p>')
        parts.append(run_html(state, people, evidence, language))
    return "".join(parts)


def _called_off_note(made: Withdrawal, people: Mapping[str, Person]) -> str:
    label = QCoreApplication.translate("AccountLife", "CALLED OFF")
    return f"<p><b>{escape(label)}</b> <i>{escape(withdrawn_by(made, people))}</i></p>"
