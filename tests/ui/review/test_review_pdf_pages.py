"""The review's PDF page by page: a header and "Page X of Y" on each, nothing stranded.

A made-up city of fourteen accounts and a year gives a review of several
pages, each part on its own; it is read back page by page with pdftotext.
The rules that keep things together are also tried on small documents laid
out as the PDF lays them out.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from assistant.demo.build import make_demo
from assistant.rules.review import ReviewFilter
from assistant.workspace import reading
from assistant.workspace.data_folder import open_workspace
from tests.factories import FRIDAY
from ui.review.pdf import write_review_pdf
from ui.review.pdf_pages import Pages, lay_out

MADE_AT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
SIGNATURE = "The manager’s signature"


def page_texts(path: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed, so the PDF cannot be read back")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return text.split("\f")[:-1]  # each page ends with a form feed


@pytest.fixture(scope="module")
def city_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("city")
    make_demo(folder / "data", accounts=14, people=10, years=1, seed=2, today=FRIDAY)
    workspace = open_workspace(folder / "data")
    try:
        review = reading.review(
            workspace, ReviewFilter(date(2025, 11, 20), date(2026, 11, 19)), FRIDAY
        )
        target = folder / "granskning.pdf"
        write_review_pdf(
            review,
            target,
            people=reading.people(workspace),
            generated_by="Åsa Öberg",
            generated_at=MADE_AT,
            language="en",
            pack=workspace.pack,
        )
    finally:
        workspace.close()
    return target


def test_every_page_has_the_header_and_says_which_page_of_how_many(
    qtbot: QtBot, city_pdf: Path
) -> None:
    pages = page_texts(city_pdf)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[0].startswith("Review of the daily checks · Period: 2025-11-20 – 2026-11-19")
        assert lines[-1].endswith(f"Page {number} of {len(pages)}"), lines[-1]
        assert lines[-1].startswith("Made by Åsa Öberg with Kontokoll, 2026-11-20 10:30.")


def test_the_signature_stays_with_the_last_rows_above_it(qtbot: QtBot, city_pdf: Path) -> None:
    pages = page_texts(city_pdf)
    signed = [n for n, text in enumerate(pages) if SIGNATURE in text]
    assert signed == [len(pages) - 1]
    last = pages[-1]
    above = last[: last.index(SIGNATURE)]
    assert "Missed working days" in above or "No working day was missed" in above
    assert "Signature:" in last


def test_each_accounts_missed_days_are_on_one_page(qtbot: QtBot, city_pdf: Path) -> None:
    for text in page_texts(city_pdf):
        body = [line.strip() for line in text.splitlines()[1:-1] if line.strip()]
        if body and re.match(r"\d{4}-\d{2}-\d{2}", body[0]):
            pytest.fail(f"a page begins halfway through a list of days: {body[0]}")


# -- the rules, on small documents --------------------------------------------------------

PAGES = Pages(width=500, height=300, margin=20)


def laid_out(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    lay_out(document, PAGES, SIGNATURE)
    return document


def page_of(document: QTextDocument, text: str) -> int:
    block = document.find(text).block()
    return int(document.documentLayout().blockBoundingRect(block).top() // PAGES.height)


def rows(count: int) -> str:
    cells = "".join(f"<tr><td>row {n}</td><td>{n}</td></tr>" for n in range(count))
    return f"<table border='1'><thead><tr><th>Account</th><th>Days</th></tr></thead>{cells}</table>"


def test_a_tables_last_row_is_not_left_alone_on_a_page(qtbot: QtBot) -> None:
    for count in range(8, 40):
        document = laid_out(rows(count))
        last, before = page_of(document, f"row {count - 1}"), page_of(document, f"row {count - 2}")
        assert last == before, f"{count} rows: row {count - 1} alone on page {last + 1}"


def test_no_word_is_broken_in_a_narrow_column(qtbot: QtBot) -> None:
    word = "Kommunstyrelseförvaltningenskommunikationsavdelning"
    cells = "".join(f"<td>{n}</td>" for n in range(12))
    document = laid_out(f"<table><tr><td>{word}</td>{cells}</tr></table>")
    block = document.find(word).block()
    document.documentLayout().blockBoundingRect(block)  # laid out when asked
    assert block.layout().lineCount() == 1


def test_a_heading_is_not_left_at_the_foot_of_a_page(qtbot: QtBot) -> None:
    filler = "<p>text</p>" * 40
    for lines in range(10, 17):
        document = laid_out("<p>x</p>" * lines + "<h2>Figures per account</h2>" + filler)
        assert page_of(document, "Figures per account") == page_of(document, "text")


def test_the_signature_goes_with_the_paragraph_above_it(qtbot: QtBot) -> None:
    for lines in range(8, 16):
        html = (
            "<p>x</p>" * lines
            + "<p><b>Lidingö stad</b><br>Missed working days (1): 2026-11-12</p>"
            + f"<h2>{SIGNATURE}</h2><p>I have reviewed the checks above.</p>"
            + "<table><tr><td>Name:</td></tr><tr><td>Date:</td></tr>"
            + "<tr><td>Signature:</td></tr></table>"
        )
        document = laid_out(html)
        pages = {page_of(document, t) for t in ("Missed working", SIGNATURE, "Signature:")}
        assert len(pages) == 1, f"{lines} lines before: split over pages {pages}"
