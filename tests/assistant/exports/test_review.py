"""The review as files: CSV for Swedish Excel and XLSX read back, and a write that fails.

Each test writes the review of November 2026's log
(:mod:`tests.assistant.exports.november_log`). ``kontokoll report``, which
writes them from the command line, is
:mod:`tests.assistant.exports.test_review_command`.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from assistant.exports.review import write_review_csv, write_review_xlsx
from assistant.messages import UserError
from assistant.pack.reader import default_pack
from assistant.rules.review import Review, ReviewFilter
from assistant.store.database import Store
from assistant.workdays import WorkingCalendar
from assistant.workspace import reading
from tests.assistant.exports.november_log import (
    FORMULA,
    NOVEMBER,
    NOW,
    TODAY,
    csv_rows,
)
from tests.factories import workspace_on

SWEDISH = {
    "Account": "Konto",
    "Share on time (%)": "Andel i tid (%)",
    "Removed: {ground}": "Borttagna: {ground}",
    "Missed days": "Missade dagar",
    "Figures": "Siffror",
}


def swedish(context: str, text: str, n: int | None = None, /) -> str:
    return SWEDISH.get(text, text)


def review_of_log(store: Store) -> Review:
    return reading.review(
        workspace_on(store, pack=default_pack(), calendar=WorkingCalendar()), NOVEMBER, TODAY
    )


# -- CSV -----------------------------------------------------------------------------


def test_the_csv_opens_in_swedish_excel_with_every_figure(log: Store, tmp_path: Path) -> None:
    path = tmp_path / "granskning.csv"
    write_review_csv(
        review_of_log(log), path, pack=default_pack(), language="sv", people=log.people()
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    header, odd, city = csv_rows(path)
    grounds = [g.title.sv for g in default_pack().removal_grounds]
    assert header == [
        "Account",
        "Platform",
        "Department",
        "Officers",
        "Deputies",
        "Working days due",
        "Checked on time",
        "Checked late",
        "Missed",
        "Share on time (%)",
        "Longest stretch without a check (working days)",
        "Cullings due",
        "Cullings on time",
        "Documentation due",
        "Documentation on time",
        *(f"Removed: {g}" for g in grounds),
        "Removed: old_ground",
        "Direct messages forwarded to the registrar",
        "Cases forwarded",
        "Missed days",
    ]
    figures = dict(zip(header, city, strict=True))
    assert figures["Account"] == "Lidingö stad"
    assert figures["Officers"] == "Åsa Öberg"
    assert figures["Deputies"] == "Per Ek"
    assert figures["Department"] == "Kommunledningsförvaltningen"
    assert [figures[h] for h in header[5:11]] == ["21", "17", "1", "3", "81,0", "3"]
    assert figures["Removed: Förtal, personangrepp eller förolämpningar"] == "1"
    assert figures["Removed: old_ground"] == "1"
    assert figures["Removed: Kommersiella budskap eller reklam"] == "0"
    assert figures["Cases forwarded"] == "18"  # one per check
    assert figures["Missed days"] == "2026-11-10, 2026-11-11, 2026-11-12"
    # The account named like a formula comes first ("=" sorts before letters) and stays text.
    assert odd[0] == "'" + FORMULA
    assert odd[1] == "Instagram"
    assert odd[5:10] == ["21", "0", "0", "21", "0,0"]


def test_the_csv_headings_are_in_the_users_language(log: Store, tmp_path: Path) -> None:
    path = tmp_path / "granskning.csv"
    write_review_csv(
        review_of_log(log), path, pack=default_pack(), language="sv", translate=swedish
    )
    header = csv_rows(path)[0]
    assert header[0] == "Konto"
    assert "Andel i tid (%)" in header
    assert "Borttagna: Kan omfattas av sekretess" in header
    assert header[-1] == "Missade dagar"


def test_an_account_with_no_day_due_has_no_share(log: Store, tmp_path: Path) -> None:
    weekend = ReviewFilter(date(2026, 11, 7), date(2026, 11, 8))
    review = reading.review(
        workspace_on(log, pack=default_pack(), calendar=WorkingCalendar()), weekend, TODAY
    )
    path = tmp_path / "helg.csv"
    write_review_csv(review, path, pack=default_pack(), language="en")
    header, *rows = csv_rows(path)
    share = header.index("Share on time (%)")
    assert [row[share] for row in rows] == ["", ""]


# -- XLSX ----------------------------------------------------------------------------


def test_the_workbook_holds_the_figures_the_missed_days_and_who_made_it(
    log: Store, tmp_path: Path
) -> None:
    path = tmp_path / "granskning.xlsx"
    write_review_xlsx(
        review_of_log(log),
        path,
        pack=default_pack(),
        language="sv",
        generated_at=NOW,
        generated_by="Åsa Öberg",
        people=log.people(),
        translate=swedish,
    )
    book = load_workbook(path)
    assert book.sheetnames == ["Siffror", "Missade dagar", "About"]
    figures = book["Siffror"]
    header = [cell.value for cell in figures[1]]
    assert header[0] == "Konto"
    assert all(cell.font.bold for cell in figures[1])
    assert figures.freeze_panes == "B2"
    assert figures.column_dimensions["A"].width > 10
    odd, city = (list(row) for row in figures.iter_rows(min_row=2))
    assert odd[0].value == FORMULA
    assert odd[0].data_type == "s"  # a name, not a formula
    share = header.index("Andel i tid (%)")
    assert city[0].value == "Lidingö stad"
    assert [c.value for c in city[5:9]] == [21, 17, 1, 3]
    assert city[share].value == pytest.approx(17 / 21)
    assert city[share].number_format == "0.0%"
    missed = [[cell.value for cell in row] for row in book["Missade dagar"].iter_rows()]
    assert missed[0] == ["Konto", "Platform", "Day"]
    days = [row[2].date() for row in missed[1:] if row[0] == "Lidingö stad"]
    assert days == [date(2026, 11, 10), date(2026, 11, 11), date(2026, 11, 12)]
    assert len(missed) == 1 + 3 + 21
    about = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True)}
    assert about["From"] == datetime(2026, 11, 1)
    assert about["To"] == datetime(2026, 11, 30)
    assert about["Department"] == "All"
    assert about["Accounts"] == 2
    assert about["Generated"] == "2026-12-01 10:15"
    assert about["Generated by"] == "Åsa Öberg"


def test_the_workbook_of_one_account_names_it(log: Store, tmp_path: Path) -> None:
    city = next(a for a in log.accounts().values() if a.name == "Lidingö stad")
    one = replace(NOVEMBER, account_ids=frozenset({city.account_id}))
    path = tmp_path / "stad.xlsx"
    review = reading.review(
        workspace_on(log, pack=default_pack(), calendar=WorkingCalendar()), one, TODAY
    )
    write_review_xlsx(review, path, pack=default_pack(), language="en", generated_at=NOW)
    about = {row[0]: row[1] for row in load_workbook(path)["About"].iter_rows(values_only=True)}
    assert about["Account"] == "Lidingö stad"
    assert about["Accounts"] == 1


# -- writing fails -------------------------------------------------------------------


def test_a_missing_folder_is_named(log: Store, tmp_path: Path) -> None:
    path = tmp_path / "saknas" / "granskning.xlsx"
    with pytest.raises(UserError) as raised:
        write_review_xlsx(
            review_of_log(log), path, pack=default_pack(), language="sv", generated_at=NOW
        )
    assert str(tmp_path / "saknas") in raised.value.render()
    assert not path.parent.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are a POSIX feature")
def test_a_file_that_cannot_be_written_is_refused_and_the_earlier_one_kept(
    log: Store, tmp_path: Path
) -> None:
    import resource

    path = tmp_path / "granskning.csv"
    review = review_of_log(log)
    write_review_csv(review, path, pack=default_pack(), language="sv")
    earlier = path.read_bytes()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    # Files may grow to 100 bytes only: the write fails as on a full disk.
    resource.setrlimit(resource.RLIMIT_FSIZE, (100, hard))
    try:
        with pytest.raises(UserError) as raised:
            write_review_csv(review, path, pack=default_pack(), language="en")
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    message = raised.value.render()
    assert str(path) in message
    assert "Any earlier file there is unchanged" in message
    assert path.read_bytes() == earlier
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_file_name_the_system_refuses_is_named_with_what_to_do(
    log: Store, tmp_path: Path
) -> None:
    path = tmp_path / ("x" * 300 + ".csv")  # longer than any file system allows a name
    with pytest.raises(UserError) as raised:
        write_review_csv(review_of_log(log), path, pack=default_pack(), language="en")
    message = raised.value.render()
    assert "could not be written" in message
    assert "Any earlier file there is unchanged" in message
    assert not any(p.suffix == ".csv" or p.name.startswith(".") for p in tmp_path.iterdir())
