"""The reminders' memory between runs: kept whole in the data folder, afresh when damaged."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from assistant.paths import REMINDER_STATE_NAME
from assistant.reminder_state import load_reminder_state, save_reminder_state
from assistant.rules.reminders import ReminderState

MONDAY = date(2026, 11, 23)


def test_the_state_survives_a_restart_and_a_damaged_file_starts_afresh(data_dir: Path) -> None:
    state = ReminderState(MONDAY, MONDAY, datetime(2026, 11, 24, 8, tzinfo=UTC))
    save_reminder_state(data_dir, state)
    assert load_reminder_state(data_dir) == state
    (data_dir / REMINDER_STATE_NAME).write_text("{not json", encoding="utf-8")
    assert load_reminder_state(data_dir) == ReminderState()


def test_no_state_yet_starts_afresh(data_dir: Path) -> None:
    assert load_reminder_state(data_dir) == ReminderState()
    assert list(data_dir.iterdir()) == []
