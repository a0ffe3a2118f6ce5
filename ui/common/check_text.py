"""One daily check as the pages show it: who, in which role and when, what was reviewed,
the figures, the notes and every removed post with a link to its screenshot.

Shared by the account page and the review's drill-down; a withdrawn check or
removal is marked, and the others offer withdrawing where the page allows it
(:mod:`ui.common.withdrawal_marks`). The texts keep the translation context of
:class:`ui.account.page.AccountPage`, where they were first written.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QCoreApplication

from assistant.corrections import Withdrawable
from assistant.pack.model import GuidelinePack
from assistant.records import DailyCheck, Person
from ui.common.labels import (
    action_label,
    check_role_label,
    checked_by_text,
    day_and_time,
    ground_title,
)
from ui.common.withdrawal_marks import WithdrawalMarks


def check_html(
    check: DailyCheck,
    pack: GuidelinePack,
    people: Mapping[str, Person],
    language: str,
    marks: WithdrawalMarks | None = None,
) -> str:
    """One check as HTML; ``marks`` says which entries were withdrawn."""
    marks = marks or WithdrawalMarks(people=people)
    steps = {s.id: s.title.in_language(language) for s in pack.daily_check.steps}
    reviewed = ", ".join(steps.get(s, s) for s in check.reviewed) or "–"
    html = [
        "<p>",
        QCoreApplication.translate(
            "AccountPage", "Checked by <b>{name}</b> {role}, logged {at}."
        ).format(
            name=escape(checked_by_text(check, people)),
            role=check_role_label(check.role),
            at=day_and_time(check.recorded_at),
        ),
        marks.after(Withdrawable.CHECK, check),
        "<br>"
        + QCoreApplication.translate("AccountPage", "Reviewed: {items}").format(
            items=escape(reviewed)
        ),
        "<br>"
        + QCoreApplication.translate(
            "AccountPage",
            "Questions answered: {questions} · Cases forwarded: {cases} · "
            "Direct messages to the registrar: {messages}",
        ).format(
            questions=check.questions_answered,
            cases=check.cases_forwarded,
            messages=check.messages_to_registrar,
        ),
        "</p>",
    ]
    if check.notes:
        html.append(f"<p><i>{escape(check.notes)}</i></p>")
    if check.removals:
        html.append(
            "<p><b>"
            + escape(QCoreApplication.translate("AccountPage", "Removed posts"))
            + "</b></p><ul>"
        )
        for removal in check.removals:
            ground = ground_title(removal.ground, pack, language)
            diary = (
                " · "
                + QCoreApplication.translate("AccountPage", "Diary number {number}").format(
                    number=escape(removal.diary_number)
                )
                if removal.diary_number
                else ""
            )
            html.append(
                f"<li>{escape(ground)} – {action_label(removal.action)} – "
                f"{escape(removal.post)}{diary} · "
                f'<a href="evidence:{escape(removal.screenshot_sha256)}">'
                + escape(QCoreApplication.translate("AccountPage", "Screenshot"))
                + "</a>"
                + marks.after(Withdrawable.REMOVAL, removal, within=check.id)
                + "</li>"
            )
        html.append("</ul>")
    return "".join(html)
