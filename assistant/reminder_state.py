"""The reminders' memory between runs: the small ``reminders.json`` in the data folder.

What has been announced (:class:`~assistant.rules.reminders.ReminderState`)
is decided by the pure rules in :mod:`assistant.rules.reminders`; this
module only keeps it on disk, so a Kontokoll started again, or a computer
woken, knows what is still owed.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from assistant.clock import parse_instant
from assistant.files import PRIVATE, write_json_atomically
from assistant.paths import REMINDER_STATE_NAME
from assistant.rules.reminders import ReminderState


def load_reminder_state(data_dir: Path) -> ReminderState:
    """The saved state; anything missing or unreadable starts afresh."""
    try:
        raw = json.loads((data_dir / REMINDER_STATE_NAME).read_text(encoding="utf-8"))
        return ReminderState(
            morning_of=_day(raw.get("morning_of")),
            afternoon_of=_day(raw.get("afternoon_of")),
            snoozed_until=_instant(raw.get("snoozed_until")),
        )
    except (OSError, ValueError, AttributeError):
        return ReminderState()


def save_reminder_state(data_dir: Path, state: ReminderState) -> None:
    """Write the state whole; raises ``OSError`` when the data folder cannot be written."""
    write_json_atomically(
        data_dir / REMINDER_STATE_NAME,
        {
            "morning_of": state.morning_of.isoformat() if state.morning_of else None,
            "afternoon_of": state.afternoon_of.isoformat() if state.afternoon_of else None,
            "snoozed_until": state.snoozed_until.isoformat() if state.snoozed_until else None,
        },
        mode=PRIVATE,
    )


def _day(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else None


def _instant(value: object) -> datetime | None:
    return parse_instant(value) if isinstance(value, str) else None
