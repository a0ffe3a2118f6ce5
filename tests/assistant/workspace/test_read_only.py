"""A damaged log's data folder opened read-only: looked at and exported, never written.

The workspace a screen or a command is given reads the copy of what could be
read; recording anything, keeping a screenshot or working out the holidays
writes nothing in the data folder.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from assistant.exports.review import write_review_xlsx
from assistant.messages import UserError
from assistant.paths import EVIDENCE_DIR_NAME
from assistant.rules.daily_check import CheckEntry
from assistant.rules.review import ReviewFilter
from assistant.workspace import reading, recording
from assistant.workspace.data_folder import open_read_only_workspace
from assistant.workspace.read_only import what_to_do, what_was_read
from tests.damaged_logs import copy_log, fingerprint, garble_the_checks, zero_the_header
from tests.factories import FRIDAY, at


def every_file(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


def test_the_damaged_logs_checks_and_review_can_be_read_and_say_they_are_from_a_damaged_log(
    demo_log: Path, data_dir: Path
) -> None:
    garble_the_checks(copy_log(demo_log, data_dir))
    workspace = open_read_only_workspace(data_dir)
    try:
        found = workspace.read_only
        assert found is not None
        review = reading.review(workspace, ReviewFilter(date(2026, 1, 1), FRIDAY), FRIDAY)
        told = what_was_read(found).render()
    finally:
        workspace.close()

    assert len(review.accounts) == 4
    assert sum(a.on_time + a.late for a in review.accounts) > 0
    assert review.damage is not None
    assert "could not be read" in review.damage.render()
    assert f"read {found.facts} records" in told
    assert f"(daily checks: {found.checks})" in told


def test_recording_in_a_read_only_log_is_refused_and_writes_nothing(
    demo_log: Path, data_dir: Path
) -> None:
    zero_the_header(copy_log(demo_log, data_dir))
    before = fingerprint(data_dir), every_file(data_dir)
    workspace = open_read_only_workspace(data_dir)
    try:
        account_id = next(iter(reading.accounts(workspace)))
        done = reading.checks(workspace, account_id, date(2026, 1, 1), FRIDAY).checks[0]
        entry = CheckEntry(done.account_id, done.day, done.checked_by, reviewed=done.reviewed)
        with pytest.raises(UserError, match="open read-only, so nothing was saved"):
            recording.log_check(workspace, entry, at(FRIDAY))
        me = reading.my_id(workspace)
        with pytest.raises(UserError, match="read-only"):
            recording.log_revision(workspace, at(FRIDAY), done_on=FRIDAY, done_by=me, note="–")
        with pytest.raises(UserError, match="read-only"):
            recording.keep_bytes(workspace, b"\x89PNG a screenshot", "shot.png", at(FRIDAY))
        with workspace.elsewhere() as elsewhere:  # as a screen reading off the GUI thread
            assert elsewhere.read_only == workspace.read_only
            with pytest.raises(UserError, match="read-only"):
                recording.log_revision(elsewhere, at(FRIDAY), done_on=FRIDAY, done_by=me, note="–")
    finally:
        workspace.close()

    assert (fingerprint(data_dir), every_file(data_dir)) == before
    assert (data_dir / EVIDENCE_DIR_NAME).is_dir()


def test_the_review_saved_from_a_damaged_log_says_so(
    demo_log: Path, data_dir: Path, tmp_path: Path
) -> None:
    garble_the_checks(copy_log(demo_log, data_dir))
    workspace = open_read_only_workspace(data_dir)
    try:
        review = reading.review(workspace, ReviewFilter(date(2026, 1, 1), FRIDAY), FRIDAY)
        out = tmp_path / "review.xlsx"
        write_review_xlsx(
            review,
            out,
            pack=workspace.pack,
            language="en",
            generated_at=at(FRIDAY),
            generated_by="",
            people=reading.people(workspace),
        )
    finally:
        workspace.close()
    from openpyxl import load_workbook

    cells = [
        str(cell.value) for sheet in load_workbook(out) for row in sheet.iter_rows() for cell in row
    ]
    assert "Damaged log" in cells
    assert any(text.startswith("Made from a read-only copy of a damaged log") for text in cells)


def test_what_to_do_names_the_backup(demo_log: Path, data_dir: Path) -> None:
    zero_the_header(copy_log(demo_log, data_dir))
    workspace = open_read_only_workspace(data_dir)
    try:
        assert workspace.read_only is not None
        said = what_to_do(workspace.read_only).render()
    finally:
        workspace.close()
    assert "restore the database from a backup" in said
    assert os.path.exists(data_dir)
