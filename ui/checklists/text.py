"""A checklist run as readable text: for the account page, the wizard and the plan PDF.

The run's own snapshot of its checklist supplies the texts, so an old run
reads as it was done. Links to evidence use the ``evidence:<sha256>`` scheme
that the account page opens.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from assistant.pack.model import EvidenceKind, Step
from assistant.records import Evidence, Person, StepMark
from assistant.rules.checklists import RunState, titles
from assistant.rules.lifecycle import Stage
from assistant.rules.opening import CLOSING
from ui.common.labels import day_and_time

EvidenceLookup = Callable[[str], Evidence | None]


def stage_label(stage: Stage) -> str:
    return {
        Stage.PLANNED: QCoreApplication.translate("ChecklistText", "Planned"),
        Stage.APPROVED: QCoreApplication.translate("ChecklistText", "Approved"),
        Stage.ACTIVE: QCoreApplication.translate("ChecklistText", "Active"),
        Stage.CLOSING: QCoreApplication.translate("ChecklistText", "Closing"),
        Stage.CLOSED: QCoreApplication.translate("ChecklistText", "Closed"),
    }[stage]


def kind_label(kind: EvidenceKind) -> str:
    return {
        EvidenceKind.TEXT: QCoreApplication.translate("ChecklistText", "Answer"),
        EvidenceKind.DATE: QCoreApplication.translate("ChecklistText", "Date"),
        EvidenceKind.URL: QCoreApplication.translate("ChecklistText", "Web address"),
        EvidenceKind.PERSON: QCoreApplication.translate("ChecklistText", "Person"),
        EvidenceKind.FILE: QCoreApplication.translate("ChecklistText", "Screenshot or file"),
    }[kind]


def person_name(people: Mapping[str, Person], person_id: str) -> str:
    person = people.get(person_id)
    return person.name if person else "?"


def done_line(mark: StepMark, people: Mapping[str, Person]) -> str:
    """ "Done by Åsa Öberg, 2026-11-20 10:15", as plain text."""
    return QCoreApplication.translate("ChecklistText", "Done by {name}, {at}").format(
        name=person_name(people, mark.recorded_by),
        at=day_and_time(mark.recorded_at),
    )


def answers_html(
    step: Step,
    mark: StepMark,
    people: Mapping[str, Person],
    evidence: EvidenceLookup,
    links: bool = True,
) -> str:
    """What was entered for a step, one line per field, escaped."""
    lines = []
    for kind in step.evidence:
        value = mark.answers.get(kind.value)
        if not value:
            continue
        if kind is EvidenceKind.TEXT:
            shown = escape(value).replace("\n", "<br>")
        elif kind is EvidenceKind.PERSON:
            shown = escape(person_name(people, value))
        elif kind is EvidenceKind.URL:
            shown = f'<a href="{escape(value)}">{escape(value)}</a>' if links else escape(value)
        elif kind is EvidenceKind.FILE:
            record = evidence(value)
            name = escape(record.original_name if record else value[:12])
            shown = f'<a href="evidence:{escape(value)}">{name}</a>' if links else name
        else:
            shown = escape(value)
        if kind is EvidenceKind.TEXT:
            lines.append(shown)
        else:
            lines.append(f"{escape(kind_label(kind))}: {shown}")
    return "<br>".join(lines)


def run_html(
    state: RunState,
    people: Mapping[str, Person],
    evidence: EvidenceLookup,
    language: str,
    links: bool = True,
) -> str:
    """Every step of a run with its answers, who did it and when."""
    parts = ["<ol>"]
    for step in state.checklist.steps:
        title = escape(step.title.in_language(language))
        mark = state.mark(step.id)
        if mark is None:
            status = (
                QCoreApplication.translate("ChecklistText", "not done")
                if step.required
                else QCoreApplication.translate("ChecklistText", "optional, not done")
            )
            parts.append(f"<li><b>{title}</b> – <i>{escape(status)}</i></li>")
            continue
        answers = answers_html(step, mark, people, evidence, links)
        done = escape(done_line(mark, people))
        body = f"<br>{answers}" if answers else ""
        parts.append(f'<li><b>{title}</b>{body}<br><small style="color:gray">{done}</small></li>')
    parts.append("</ol>")
    return "".join(parts)


def run_heading(state: RunState, people: Mapping[str, Person], language: str) -> str:
    """The run's title and where it stands, as plain text."""
    title = state.checklist.title.in_language(language)
    done, total = state.progress
    if state.finish is not None:
        return QCoreApplication.translate(
            "ChecklistText", "{title}: finished {day} by {name}"
        ).format(
            title=title,
            day=state.finish.finished_on.isoformat(),
            name=person_name(people, state.finish.recorded_by),
        )
    return QCoreApplication.translate(
        "ChecklistText", "{title}: under way, {done} of {total} steps done"
    ).format(title=title, done=done, total=total)


def pack_line(state: RunState) -> str:
    return QCoreApplication.translate(
        "ChecklistText", "Guideline pack followed: {pack}, version {version}."
    ).format(pack=state.run.pack_id, version=state.run.pack_version)


def progress_text(state: RunState, closed_on: date | None, unsaved: bool, language: str) -> str:
    """What the wizard says under the steps: where the run stands, and what is missing.

    ``unsaved``: the run is not recorded yet (it is, with its first saved step).
    """
    done, total = state.progress
    if state.finish is None and closed_on is not None:
        text = QCoreApplication.translate(
            "ChecklistWizard",
            "The account was closed on {day} before this checklist was finished. The "
            "answers can be read but no longer changed.",
        ).format(day=closed_on.isoformat())
    elif state.finish is not None:
        text = QCoreApplication.translate(
            "ChecklistWizard", "Finished {day}. The answers can be read but no longer changed."
        ).format(day=state.finish.finished_on.isoformat())
    elif unsaved and state.run.checklist_id == CLOSING:
        text = QCoreApplication.translate(
            "ChecklistWizard",
            "Not begun: the account stays active, and nothing is recorded, until you save "
            "the first step. Close this window to leave everything as it was.",
        )
    elif unsaved:
        text = QCoreApplication.translate(
            "ChecklistWizard",
            "Not begun: nothing is recorded until you save the first step. Close this "
            "window to leave everything as it was.",
        )
    elif state.missing:
        text = QCoreApplication.translate(
            "ChecklistWizard", "{done} of {total} steps done. Still missing: {steps}."
        ).format(done=done, total=total, steps=titles(state.missing, language))
    else:
        text = QCoreApplication.translate(
            "ChecklistWizard",
            "{done} of {total} steps done. Every required step is done: finish the "
            "checklist when you are ready.",
        ).format(done=done, total=total)
    return text
