"""The review's PDF, read back as text: what a manager prints and signs.

The small log of :mod:`tests.ui.review.review_log` again: Lidingö stad missed
12 November; Lidingö bibliotek was checked only in its first week.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.messages import UserError
from assistant.rules.review import Review, ReviewFilter
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from tests.ui.helpers import click, shown
from tests.ui.review.review_log import FIRST, TODAY, Log, open_review
from ui.review.pdf import write_review_pdf

MADE_AT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)  # as the command line's clock gives it


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed, so the PDF cannot be read back")
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return result.stdout


def review_of_log(workspace: Workspace) -> Review:
    return reading.review(workspace, ReviewFilter(FIRST, TODAY), TODAY)


def test_the_pdf_holds_the_period_the_figures_the_missed_days_and_a_signature_line(
    qtbot: QtBot, workspace: Workspace, log: Log, tmp_path: Path
) -> None:
    target = tmp_path / "granskning.pdf"
    write_review_pdf(
        review_of_log(workspace),
        target,
        people=workspace.store.people(),
        generated_by="Åsa Öberg",
        generated_at=MADE_AT,
        language="en",
        pack=workspace.pack,
    )
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert "Review of the daily checks" in text
    assert "Period: 2026-11-02 – 2026-11-20" in text
    assert "Department: all departments" in text
    assert "Made by Åsa Öberg with Kontokoll, 2026-11-20 10:30." in text  # Swedish time
    # The log it was made from, pinned: the chain's last record and its link.
    (head,) = review_of_log(workspace).log_heads
    assert "Made from the log as it stood (kontokoll verify checks it):" in text
    # The link may wrap, and the text of a PDF may join letters ("ff") into one.
    flat = unicodedata.normalize("NFKC", "".join(text.split()))
    assert f"record{head.seq},link{head.link}" in flat
    assert "Lidingö stad" in text
    assert "Lidingö bibliotek" in text
    assert "Defamation, personal attacks or insults" in text  # removals by ground
    missed = text[text.index("Missed days and late duties") :]
    assert "Missed working days (1): 2026-11-12" in missed
    assert "Missed working days (9): 2026-11-09, 2026-11-10" in missed
    signature = text[text.index("The manager’s signature") :]
    assert "Name:" in signature
    assert "Signature:" in signature
    assert "____" in signature


def test_a_pdf_that_cannot_be_written_names_the_file_and_what_to_do(
    qtbot: QtBot, workspace: Workspace, log: Log, tmp_path: Path
) -> None:
    with pytest.raises(UserError) as refused:
        write_review_pdf(
            review_of_log(workspace),
            tmp_path / "saknas" / "granskning.pdf",
            people={},
            generated_by="",
            generated_at=MADE_AT,
            language="en",
            pack=workspace.pack,
        )
    message = refused.value.render()
    assert str(tmp_path / "saknas" / "granskning.pdf") in message
    assert "Create the folder or choose another place" in message


def test_the_screen_saves_the_pdf_on_a_worker_and_says_where(
    qtbot: QtBot,
    workspace: Workspace,
    log: Log,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_review(qtbot, workspace, clock)
    target = tmp_path / "Granskning november.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(view.exported, timeout=10000) as saved:
        click(qtbot, view, "reviewSavePdf")
    assert saved.args == [f"Saved the review as a PDF in {target}."]
    text = pdf_text(target)
    assert "Made by Åsa Öberg with Kontokoll, 2026-11-20 10:00." in text
    assert "Missed working days (1): 2026-11-12" in text


def test_the_screen_explains_a_pdf_it_could_not_save(
    qtbot: QtBot, workspace: Workspace, log: Log, clock: FixedClock, tmp_path: Path
) -> None:
    view = open_review(qtbot, workspace, clock)
    view.export("pdf", tmp_path / "saknas" / "granskning.pdf")
    box = shown(qtbot, QMessageBox)
    assert box.objectName() == "reviewExportErrorBox"
    assert "saknas" in box.text()
    assert "does not exist" in box.text()
    box.close()
