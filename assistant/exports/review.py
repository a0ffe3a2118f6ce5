"""The manager's review as files: CSV for Swedish Excel, and an XLSX workbook.

Both hold one row per account with every figure of
:class:`~assistant.rules.review.AccountReview`, the removals in one column per
ground of the pack (named in the user's language) and the missed days. The
CSV is UTF-8 with a BOM and ``;``-separated, with decimal commas, the way
Swedish Excel opens it; the workbook adds a sheet of the missed days, one per
row, and one saying what the review covers and who made it when. The PDF is
drawn by the app's Qt part (``ui.review.pdf``).

Either file is written whole or not at all (:func:`write_atomically`); a
name that looks like a formula stays text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.clock import STOCKHOLM
from assistant.exports.files import inert, write_atomically
from assistant.messages import QT_TRANSLATE_NOOP, Message, Translate, untranslated
from assistant.records import Person
from assistant.rules.review import AccountReview, Review

if TYPE_CHECKING:
    from assistant.pack.model import GuidelinePack

Cell = str | int | float | date | None

ACCOUNT = QT_TRANSLATE_NOOP("Review", "Account")
SHARE_ON_TIME = QT_TRANSLATE_NOOP("Review", "Share on time (%)")
REMOVED_ON_GROUND = QT_TRANSLATE_NOOP("Review", "Removed: {ground}")
_BEFORE_GROUNDS = (
    ACCOUNT,
    QT_TRANSLATE_NOOP("Review", "Platform"),
    QT_TRANSLATE_NOOP("Review", "Department"),
    QT_TRANSLATE_NOOP("Review", "Officers"),
    QT_TRANSLATE_NOOP("Review", "Deputies"),
    QT_TRANSLATE_NOOP("Review", "Working days due"),
    QT_TRANSLATE_NOOP("Review", "Checked on time"),
    QT_TRANSLATE_NOOP("Review", "Checked late"),
    QT_TRANSLATE_NOOP("Review", "Missed"),
    SHARE_ON_TIME,
    QT_TRANSLATE_NOOP("Review", "Longest stretch without a check (working days)"),
    QT_TRANSLATE_NOOP("Review", "Cullings due"),
    QT_TRANSLATE_NOOP("Review", "Cullings on time"),
    QT_TRANSLATE_NOOP("Review", "Documentation due"),
    QT_TRANSLATE_NOOP("Review", "Documentation on time"),
)
_AFTER_GROUNDS = (
    QT_TRANSLATE_NOOP("Review", "Direct messages forwarded to the registrar"),
    QT_TRANSLATE_NOOP("Review", "Cases forwarded"),
    QT_TRANSLATE_NOOP("Review", "Missed days"),
)
SHEET_FIGURES = QT_TRANSLATE_NOOP("Review", "Figures")
SHEET_MISSED_DAYS = QT_TRANSLATE_NOOP("Review", "Missed days")
SHEET_ABOUT = QT_TRANSLATE_NOOP("Review", "About")
_MISSED_DAY_HEADER = (
    ACCOUNT,
    QT_TRANSLATE_NOOP("Review", "Platform"),
    QT_TRANSLATE_NOOP("Review", "Day"),
)


@dataclass(frozen=True)
class ReviewTable:
    """The review as a table: headings, then one row per account.

    The share on time is a fraction (0.5 for half), None when no day was
    due; the missed days are ISO dates joined by commas.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    share_column: int


def removal_grounds_of(review: Review, pack: GuidelinePack) -> list[str]:
    """The grounds to show: the pack's, in its order, then any others the log holds."""
    known = [ground.id for ground in pack.removal_grounds]
    others = {g for a in review.accounts for g in a.removals_by_ground if g not in known}
    return known + sorted(others)


def review_table(
    review: Review,
    *,
    pack: GuidelinePack,
    language: str,
    people: Mapping[str, Person] | None = None,
    translate: Translate = untranslated,
) -> ReviewTable:
    """The review's figures as headings and rows, in the user's language."""
    grounds = removal_grounds_of(review, pack)

    def ground_name(ground_id: str) -> str:
        try:
            name = pack.removal_ground(ground_id).title.in_language(language)
        except KeyError:
            name = ground_id  # a ground of an earlier pack
        return Message("Review", REMOVED_ON_GROUND, {"ground": name}).render(translate)

    header = (
        *(translate("Review", title) for title in _BEFORE_GROUNDS),
        *(ground_name(g) for g in grounds),
        *(translate("Review", title) for title in _AFTER_GROUNDS),
    )
    known = people or {}

    def names(ids: Sequence[str]) -> str:
        return ", ".join(known[i].name for i in ids if i in known)

    def row(figures: AccountReview) -> tuple[Cell, ...]:
        account = figures.account
        return (
            account.name,
            pack.platform_name(account.platform, language),
            account.department,
            names(figures.officer_ids),
            names(figures.deputy_ids),
            figures.days_due,
            figures.on_time,
            figures.late,
            figures.missed,
            figures.share_on_time,
            figures.longest_gap,
            figures.cullings_due,
            figures.cullings_on_time,
            figures.documentations_due,
            figures.documentations_on_time,
            *(figures.removals_by_ground.get(g, 0) for g in grounds),
            figures.messages_to_registrar,
            figures.cases_forwarded,
            ", ".join(day.isoformat() for day in figures.missed_days),
        )

    return ReviewTable(
        header, tuple(row(a) for a in review.accounts), _BEFORE_GROUNDS.index(SHARE_ON_TIME)
    )


# -- CSV -----------------------------------------------------------------------------


def write_review_csv(
    review: Review,
    path: Path,
    *,
    pack: GuidelinePack,
    language: str,
    people: Mapping[str, Person] | None = None,
    translate: Translate = untranslated,
) -> None:
    """Write the review as CSV the way Swedish Excel opens it.

    UTF-8 with BOM, ``;``-separated, a header row, one row per account; the
    share on time as a percentage with a decimal comma (42,9).
    """
    table = review_table(review, pack=pack, language=language, people=people, translate=translate)
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")
    writer.writerow(inert(title) for title in table.header)
    for row in table.rows:
        cells = list(row)
        share = cells[table.share_column]
        if isinstance(share, int | float):
            cells[table.share_column] = _percent(share)
        writer.writerow(_csv_cell(cell) for cell in cells)
    write_atomically(path, text.getvalue().encode("utf-8-sig"), example_suffix=".csv")


def _percent(share: float) -> str:
    return f"{share * 100:.1f}".replace(".", ",")


def _csv_cell(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, date):
        return cell.isoformat()
    return inert(str(cell)) if isinstance(cell, str) else str(cell)


# -- XLSX ----------------------------------------------------------------------------


def write_review_xlsx(
    review: Review,
    path: Path,
    *,
    pack: GuidelinePack,
    language: str,
    generated_at: datetime,
    generated_by: str = "",
    people: Mapping[str, Person] | None = None,
    translate: Translate = untranslated,
) -> None:
    """Write the review as an Excel workbook: the figures, the missed days, and what it covers.

    The figures' sheet has a bold, frozen header row and the share on time as
    a percentage; dates are real dates, so Excel sorts and filters them.
    """
    from openpyxl import Workbook

    def say(text: str) -> str:
        return translate("Review", text)

    table = review_table(review, pack=pack, language=language, people=people, translate=translate)
    book = Workbook()
    figures = book.active
    figures.title = _sheet_name(say(SHEET_FIGURES))
    _fill(figures, table.header, table.rows, {table.share_column: "0.0%"})
    missed = book.create_sheet(_sheet_name(say(SHEET_MISSED_DAYS)))
    _fill(
        missed,
        tuple(say(title) for title in _MISSED_DAY_HEADER),
        [
            (a.account.name, pack.platform_name(a.account.platform, language), day)
            for a in review.accounts
            for day in a.missed_days
        ],
    )
    about = book.create_sheet(_sheet_name(say(SHEET_ABOUT)))
    rows = _about(review, pack, language, people or {}, (generated_at, generated_by), translate)
    _fill(about, None, rows)
    book.properties.creator = "Kontokoll"
    data = io.BytesIO()
    book.save(data)
    write_atomically(path, data.getvalue(), example_suffix=".xlsx")


_MOST_WIDTH = 45
_SHEET_NAME_FORBIDDEN = str.maketrans("", "", "[]:*?/\\")


def _sheet_name(name: str) -> str:
    """A name Excel accepts for a sheet: 31 characters at most, none of []:*?/\\."""
    return name.translate(_SHEET_NAME_FORBIDDEN)[:31] or "-"


def _fill(
    sheet: Any,
    header: Sequence[str] | None,
    rows: Iterable[Sequence[Cell]],
    formats: Mapping[int, str] | None = None,
) -> None:
    """Write rows under a bold, frozen header, each column as wide as its content needs.

    ``formats`` gives a number format by column index (from 0). Without a
    header, the first column is the bold one.
    """
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    def text(value: str) -> str:
        # An XLSX file cannot hold most control characters.
        return str(ILLEGAL_CHARACTERS_RE.sub("", value))

    # Cells are placed by row and column: the sheet's own append and row lookups
    # scan every row so far, which takes seconds for a year's missed days.
    widths: dict[int, int] = {}
    first_row = 1
    if header is not None:
        bold = Font(bold=True)
        wrapped = Alignment(wrap_text=True, vertical="top")
        for column, title in enumerate(header, 1):
            cell = sheet.cell(row=1, column=column, value=text(title))
            cell.data_type = "s"
            cell.font = bold
            cell.alignment = wrapped
            # Long headings wrap; they widen a column only up to a short word or two.
            widths[column] = min(len(title), 14)
        sheet.freeze_panes = "B2"
        first_row = 2
    for row, values in enumerate(rows, first_row):
        for column, value in enumerate(values, 1):
            cell = sheet.cell(
                row=row, column=column, value=text(value) if isinstance(value, str) else value
            )
            if isinstance(value, str):
                cell.data_type = "s"  # a name beginning with = stays a name
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            if formats and column - 1 in formats:
                cell.number_format = formats[column - 1]
            if header is None and column == 1:
                cell.font = Font(bold=True)
            length = len(value.isoformat()) if isinstance(value, date) else len(str(value or ""))
            widths[column] = max(widths.get(column, 0), length)
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, _MOST_WIDTH)


def _about(
    review: Review,
    pack: GuidelinePack,
    language: str,
    people: Mapping[str, Person],
    generated: tuple[datetime, str],
    translate: Translate,
) -> list[tuple[str, Cell]]:
    """What the review covers and who made it when, as (label, value) rows."""

    def say(text: str) -> str:
        return translate("Review", text)

    chosen = review.filter
    generated_at, generated_by = generated
    rows: list[tuple[str, Cell]] = [
        (say(QT_TRANSLATE_NOOP("Review", "From")), chosen.first),
        (say(QT_TRANSLATE_NOOP("Review", "To")), chosen.last),
        (
            say(QT_TRANSLATE_NOOP("Review", "Department")),
            chosen.department or say(QT_TRANSLATE_NOOP("Review", "All")),
        ),
    ]
    if chosen.account_ids:
        names = sorted(
            item.account.name
            for item in review.accounts
            if item.account.account_id in chosen.account_ids
        )
        rows.append((say(QT_TRANSLATE_NOOP("Review", "Account")), ", ".join(names)))
    if chosen.person_ids:
        who = sorted(people[p].name if p in people else p for p in chosen.person_ids)
        rows.append((say(QT_TRANSLATE_NOOP("Review", "People")), ", ".join(who)))
    rows += [
        (say(QT_TRANSLATE_NOOP("Review", "Accounts")), len(review.accounts)),
        (
            say(QT_TRANSLATE_NOOP("Review", "Guideline pack")),
            f"{pack.name.in_language(language)} {pack.version}",
        ),
        (
            say(QT_TRANSLATE_NOOP("Review", "Generated")),
            f"{generated_at.astimezone(STOCKHOLM):%Y-%m-%d %H:%M}",
        ),
        (say(QT_TRANSLATE_NOOP("Review", "Generated by")), generated_by),
    ]
    return rows + log_rows(review, translate)


def log_rows(review: Review, translate: Translate) -> list[tuple[str, Cell]]:
    """The heads of the log's chains the review was made from, as (label, value) rows.

    With them a printed or saved review names the log exactly as it was that
    day: ``kontokoll verify`` and every colleague's Kontokoll hold the log to them.
    """
    label = translate("Review", QT_TRANSLATE_NOOP("Review", "Log (chain head)"))
    value = translate("Review", QT_TRANSLATE_NOOP("Review", "{who}: record {seq}, link {link}"))
    damage: list[tuple[str, Cell]] = []
    if review.damage is not None:
        damaged = translate("Review", QT_TRANSLATE_NOOP("Review", "Damaged log"))
        damage.append((damaged, review.damage.render(translate)))
    return damage + [
        (label, value.format(who=head.who, seq=head.seq, link=head.link))
        for head in review.log_heads
    ]
