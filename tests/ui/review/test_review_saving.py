"""Saving the review from the Review screen as CSV, and a save that fails.

The log is :mod:`tests.ui.review.review_log`'s; the PDF is
:mod:`tests.ui.review.test_review_pdf`.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.exports import review as review_export
from assistant.workspace.data_folder import Workspace
from tests.ui.helpers import child, click, shown
from tests.ui.review.review_log import (
    Log,
    open_review,
)
from ui.review.view import ReviewView


def test_the_review_is_saved_as_csv_for_swedish_excel(
    qtbot: QtBot,
    workspace: Workspace,
    log: Log,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_review(qtbot, workspace, clock)
    target = tmp_path / "granskning"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Spreadsheet (*.csv)")
    )
    saved: list[str] = []
    view.exported.connect(saved.append)
    click(qtbot, view, "reviewSaveCsv")
    qtbot.waitUntil(lambda: bool(saved))
    written = tmp_path / "granskning.csv"
    assert str(written) in child(view, QLabel, "reviewStatus").text()
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Swedish Excel needs to read UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    header = rows[0]
    stad = next(row for row in rows if row[0] == "Lidingö stad")
    assert stad[header.index("Missed")] == "1"
    assert len(rows) == 3


def save_csv_as(
    qtbot: QtBot, view: ReviewView, monkeypatch: pytest.MonkeyPatch, target: Path
) -> QMessageBox:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Spreadsheet (*.csv)")
    )
    click(qtbot, view, "reviewSaveCsv")
    return shown(qtbot, QMessageBox)


def test_a_file_name_too_long_is_refused_and_the_screen_is_ready_again(
    qtbot: QtBot,
    workspace: Workspace,
    log: Log,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_review(qtbot, workspace, clock)
    box = save_csv_as(qtbot, view, monkeypatch, tmp_path / ("x" * 300 + ".csv"))
    assert box.objectName() == "reviewExportErrorBox"
    assert "could not be written" in box.text()
    box.close()
    assert child(view, QPushButton, "reviewSaveCsv").isEnabled()
    assert "Saving" not in child(view, QLabel, "reviewStatus").text()


def test_a_fault_while_saving_is_said_rather_than_left_saving(
    qtbot: QtBot,
    workspace: Workspace,
    log: Log,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_review(qtbot, workspace, clock)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("a fault in the writer")

    monkeypatch.setattr(review_export, "write_review_csv", broken)
    box = save_csv_as(qtbot, view, monkeypatch, tmp_path / "granskning.csv")
    assert "fault of its own" in box.text()
    assert "a fault in the writer" in box.text()
    box.close()
    assert child(view, QPushButton, "reviewSaveCsv").isEnabled()
    assert not (tmp_path / "granskning.csv").exists()
