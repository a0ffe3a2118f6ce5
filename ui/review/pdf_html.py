"""What the manager's review says on paper, as the rich text that Qt's text engine lays out.

The title, the period and the filter, who made it and when, the table of
figures per account with the totals, removals by ground, a heading for the
heat map with its images (made by :mod:`ui.review.pdf`), the missed days and
late duties per account, and lines for the manager's name, date and
signature. A city's review gives each part a page of its own; a department's
few accounts share pages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from assistant.clock import STOCKHOLM
from assistant.messages import Counted
from assistant.pack.model import GuidelinePack
from assistant.records import Person
from assistant.rules.review import Review
from ui.common.i18n import translate
from ui.common.labels import ground_title
from ui.review.model import (
    account_label,
    column_headings,
    figure_texts,
    of_text,
    share_text,
    totals_of,
    totals_text,
)

ReviewPdf = Counted("ReviewPdf")
"""The PDF's texts with a count (see :class:`~assistant.messages.Counted`)."""
TABLE_POINT_SIZE = 7.0
ACCOUNTS_ON_SHARED_PAGES = 12
"""Up to this many accounts, the heat map and the missed days follow on the same page."""


def review_title() -> str:
    return QCoreApplication.translate("ReviewPdf", "Review of the daily checks")


def filter_lines(review: Review, people: Mapping[str, Person]) -> list[str]:
    """The period and what the review was narrowed to, one line each."""
    f = review.filter
    lines = [
        ReviewPdf.tr(
            "Period: {first} – {last} (%n days)",
            "",
            len(review.days),
            first=f.first.isoformat(),
            last=f.last.isoformat(),
        ).render(translate),
        QCoreApplication.translate("ReviewPdf", "Department: {department}").format(
            department=f.department or QCoreApplication.translate("ReviewPdf", "all departments")
        ),
    ]
    if f.account_ids:
        names = sorted(
            item.account.name
            for item in review.accounts
            if item.account.account_id in f.account_ids
        )
        lines.append(
            QCoreApplication.translate("ReviewPdf", "Accounts: {names}").format(
                names=", ".join(names) or "–"
            )
        )
    if f.person_ids:
        names = sorted(people[p].name if p in people else "?" for p in f.person_ids)
        lines.append(
            QCoreApplication.translate(
                "ReviewPdf", "Accounts where {names} is officer or deputy"
            ).format(names=", ".join(names))
        )
    return lines


def _table_html(review: Review, pack: GuidelinePack, language: str) -> str:
    headings = column_headings()
    numbers = range(3, len(headings))
    # A figure's heading goes one word a line, leaving the width to names and departments.
    head = "".join(
        f'<th align="right">{_word_a_line(h)}</th>'
        if n in numbers
        else f'<th align="left">{escape(h)}</th>'
        for n, h in enumerate(headings)
    )
    rows = []
    for item in review.accounts:
        cells = figure_texts(item, pack, language)
        rows.append(
            "<tr>"
            + "".join(
                f"<td {_cell_style(n, numbers)}>{escape(text)}</td>" for n, text in enumerate(cells)
            )
            + "</tr>"
        )
    totals = totals_of(review.accounts)
    total_cells = (
        QCoreApplication.translate("ReviewPdf", "All accounts"),
        "",
        "",
        str(totals.days_due),
        str(totals.on_time),
        str(totals.late),
        str(totals.missed),
        share_text(totals.share_on_time),
        str(totals.longest_gap),
        of_text(totals.cullings_on_time, totals.cullings_due),
        of_text(totals.documentations_on_time, totals.documentations_due),
        str(totals.removals),
        str(totals.messages_to_registrar),
        str(totals.cases_forwarded),
    )
    rows.append(
        "<tr>"
        + "".join(
            f'<td align="{"right" if n in numbers else "left"}"><b>{escape(text)}</b></td>'
            for n, text in enumerate(total_cells)
        )
        + "</tr>"
    )
    return (
        f'<table border="1" cellspacing="0" cellpadding="2" '
        f'style="font-size:{TABLE_POINT_SIZE}pt; border-color:#888888">'
        f'<thead><tr style="background-color:#eeeeee">{head}</tr></thead>'
        + "".join(rows)
        + "</table>"
    )


def _word_a_line(heading: str) -> str:
    words = heading.replace(" %", "\u00a0%").split(" ")
    return "<br>".join(escape(word) for word in words)


def _cell_style(column: int, numbers: range) -> str:
    if column in numbers:
        return 'align="right"'
    # A department's one long word («Stadsbyggnadsförvaltningen») is never broken.
    return 'style="white-space:nowrap"' if column in (1, 2) else 'align="left"'


def _removals_html(review: Review, pack: GuidelinePack, language: str) -> str:
    counted: dict[str, int] = {}
    for item in review.accounts:
        for ground, count in item.removals_by_ground.items():
            counted[ground] = counted.get(ground, 0) + count
    if not counted:
        none = QCoreApplication.translate("ReviewPdf", "No post was removed in the period.")
        return _tag("p", none)
    rows = "".join(
        f"<tr><td>{escape(ground_title(ground, pack, language))}</td>"
        f'<td align="right">{count}</td></tr>'
        for ground, count in sorted(counted.items(), key=lambda pair: -pair[1])
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="2" style="border-color:#888888">'
        + "<thead><tr>"
        + _tag("th", QCoreApplication.translate("ReviewPdf", "Ground"))
        + _tag("th", QCoreApplication.translate("ReviewPdf", "Posts"))
        + "</tr></thead>"
        + rows
        + "</table>"
    )


def _names(ids: Sequence[str], people: Mapping[str, Person]) -> str:
    return ", ".join(people[p].name if p in people else "?" for p in ids) or "–"


def _missed_html(
    review: Review, people: Mapping[str, Person], pack: GuidelinePack, language: str
) -> str:
    parts = []
    for item in review.accounts:
        late_duties = [
            (QCoreApplication.translate("ReviewPdf", "culling"), d)
            for d in item.culling_deadlines
            if not d.on_time
        ] + [
            (QCoreApplication.translate("ReviewPdf", "documentation"), d)
            for d in item.documentation_deadlines
            if not d.on_time
        ]
        if not item.missed_days and not late_duties:
            continue
        lines = []
        if item.missed_days:
            lines.append(
                QCoreApplication.translate(
                    "ReviewPdf", "Missed working days ({count}): {days}"
                ).format(
                    count=len(item.missed_days),
                    days=", ".join(day.isoformat() for day in item.missed_days),
                )
            )
        for kind, deadline in late_duties:
            if deadline.done_on is None:
                text = QCoreApplication.translate("ReviewPdf", "The {kind} due {due} was not done")
            else:
                text = QCoreApplication.translate(
                    "ReviewPdf", "The {kind} due {due} was done late, {done}"
                )
            lines.append(text.format(kind=kind, due=deadline.due_on, done=deadline.done_on))
        officers = QCoreApplication.translate(
            "ReviewPdf", "Officers: {officers} · Deputies: {deputies}"
        ).format(
            officers=_names(item.officer_ids, people),
            deputies=_names(item.deputy_ids, people),
        )
        parts.append(
            f"<p><b>{escape(account_label(item, pack, language))}</b> "
            f'<span style="color:#555555">{escape(officers)}</span><br>'
            + "<br>".join(escape(line) for line in lines)
            + "</p>"
        )
    if not parts:
        nothing = QCoreApplication.translate(
            "ReviewPdf",
            "No working day was missed, and every culling and documentation was on time.",
        )
        return f"<p>{escape(nothing)}</p>"
    return "".join(parts)


def signature_heading() -> str:
    return QCoreApplication.translate("ReviewPdf", "The manager’s signature")


def _signature_html() -> str:
    line = "_" * 38
    return (
        _tag("h2", signature_heading())
        + _tag("p", QCoreApplication.translate("ReviewPdf", "I have reviewed the checks above."))
        + '<table cellspacing="0" cellpadding="8">'
        + "<tr>"
        + _tag("td", QCoreApplication.translate("ReviewPdf", "Name:"))
        + f"<td>{line}</td></tr>"
        + "<tr>"
        + _tag("td", QCoreApplication.translate("ReviewPdf", "Date:"))
        + f"<td>{line}</td></tr>"
        + "<tr>"
        + _tag("td", QCoreApplication.translate("ReviewPdf", "Signature:"))
        + f"<td>{line}</td></tr>"
        + "</table>"
    )


def _damage_html(review: Review) -> str:
    """That the review was made from a read-only copy of a damaged log, where it was."""
    if review.damage is None:
        return ""
    return f'<p style="color:#a00000"><b>{escape(review.damage.render(translate))}</b></p>'


def _log_html(review: Review) -> str:
    """The heads of the log's chains it was made from: a signed paper pins the log of that day."""
    if not review.log_heads:
        return ""
    said = QCoreApplication.translate(
        "ReviewPdf", "Made from the log as it stood (kontokoll verify checks it):"
    )
    # The link in a fixed-width font: no ligature joins its letters ("ff"), and each
    # digit stands where a person comparing it expects it.
    lines = [
        escape(QCoreApplication.translate("ReviewPdf", "{who}: record {seq}, link {link}")).format(
            who=escape(head.who),
            seq=head.seq,
            link=f'<span style="font-family: monospace">{escape(head.link)}</span>',
        )
        for head in review.log_heads
    ]
    return (
        '<p style="color:#555555; font-size:small">' + "<br>".join([escape(said), *lines]) + "</p>"
    )


def _swedish_time(instant: datetime) -> datetime:
    """An instant as a Swedish clock shows it; a naive time is taken as already local."""
    return instant.astimezone(STOCKHOLM) if instant.tzinfo is not None else instant


def _tag(tag: str, text: str) -> str:
    return f"<{tag}>{escape(text)}</{tag}>"


def _same_page(html: str) -> str:
    return html


def _new_page(html: str) -> str:
    """Start ``html`` (one block) on a new page."""
    opening = html.index(">")
    return f'{html[:opening]} style="page-break-before: always"{html[opening:]}'


def made_line(generated_by: str, generated_at: datetime) -> str:
    """Who made the review with Kontokoll, and when (Swedish time)."""
    return QCoreApplication.translate("ReviewPdf", "Made by {name} with Kontokoll, {at}.").format(
        name=generated_by or "–", at=_swedish_time(generated_at).strftime("%Y-%m-%d %H:%M")
    )


def running_header(review: Review, people: Mapping[str, Person]) -> str:
    """The line at the top of every page: the title, the period and the department."""
    return " · ".join([review_title(), *filter_lines(review, people)[:2]])


def review_html(
    review: Review,
    *,
    people: Mapping[str, Person],
    generated_by: str,
    generated_at: datetime,
    language: str,
    pack: GuidelinePack,
    heat_maps: Sequence[tuple[str, int]],
) -> str:
    """The whole document; ``heat_maps`` are the images' resource names and layout widths."""
    made = made_line(generated_by, generated_at)
    parts = [
        f"<h1>{escape(review_title())}</h1>",
        "<p>" + "<br>".join(escape(line) for line in filter_lines(review, people)) + "</p>",
        f'<p style="color:#555555">{escape(made)}</p>',
        _damage_html(review),
        _log_html(review),
    ]
    if not review.accounts:
        nothing = QCoreApplication.translate(
            "ReviewPdf", "No account was active in the period with this filter."
        )
        parts.append(_tag("p", nothing))
        parts.append(_signature_html())
        return "".join(parts)
    # A city's review gets a page for each part; a department's few accounts share pages.
    new_page = _new_page if len(review.accounts) > ACCOUNTS_ON_SHARED_PAGES else _same_page
    parts += [
        f"<p><b>{escape(totals_text(totals_of(review.accounts)))}</b></p>",
        _tag("h2", QCoreApplication.translate("ReviewPdf", "Figures per account")),
        _table_html(review, pack, language),
        _tag("h3", QCoreApplication.translate("ReviewPdf", "Removals by ground")),
        _removals_html(review, pack, language),
        new_page(_tag("h2", QCoreApplication.translate("ReviewPdf", "Heat map: accounts by days"))),
    ]
    for name, width in heat_maps:
        parts.append(f'<p><img src="{name}" width="{width}"></p>')
    parts += [
        new_page(
            _tag("h2", QCoreApplication.translate("ReviewPdf", "Missed days and late duties"))
        ),
        _missed_html(review, people, pack, language),
        _signature_html(),
    ]
    return "".join(parts)
