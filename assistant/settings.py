"""The workstation's preferences: language, days off, reminders, the tray, the team folder.

Kept as a small JSON file in the data folder so it can be read before the
first window is painted, without opening the database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import time
from pathlib import Path
from typing import Any

from assistant.files import PRIVATE, write_json_atomically
from assistant.paths import SETTINGS_NAME
from assistant.workdays import DE_FACTO_DAYS

LANGUAGES = ("sv", "en")
DEFAULT_MORNING = time(9, 0)
DEFAULT_AFTERNOON = time(14, 0)
DEFAULT_DUE_SOON_DAYS = 14
MAX_DUE_SOON_DAYS = 60


@dataclass(frozen=True)
class Settings:
    """What the person at this workstation chose.

    ``morning_reminder`` is when the day's check is first called for;
    ``afternoon_reminder`` calls again if it is still not done. Culling and
    the revision of the rules become *due soon* ``due_soon_days`` before their
    last day; a documentation round is due from the first of its month.
    """

    language: str | None = None  # None: follow the system's language
    de_facto_days_off: frozenset[str] = field(default_factory=lambda: frozenset(DE_FACTO_DAYS))
    morning_reminder: time = DEFAULT_MORNING
    afternoon_reminder: time = DEFAULT_AFTERNOON
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS
    close_to_tray: bool = True
    start_at_login: bool = False
    team_folder: str = ""
    """The folder shared with the team (see :mod:`assistant.team.sync`); empty: none."""

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def load_settings(data_dir: Path) -> Settings:
    """The saved settings; anything missing or unreadable falls back to the default."""
    try:
        raw = json.loads((data_dir / SETTINGS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    language = raw.get("language")
    days = raw.get("de_facto_days_off")
    soon = raw.get("due_soon_days")
    return Settings(
        language=language if language in LANGUAGES else None,
        de_facto_days_off=(
            frozenset(d for d in days if d in DE_FACTO_DAYS)
            if isinstance(days, list)
            else frozenset(DE_FACTO_DAYS)
        ),
        morning_reminder=_time(raw.get("morning_reminder"), DEFAULT_MORNING),
        afternoon_reminder=_time(raw.get("afternoon_reminder"), DEFAULT_AFTERNOON),
        due_soon_days=soon if isinstance(soon, int) and _is_days(soon) else DEFAULT_DUE_SOON_DAYS,
        close_to_tray=_flag(raw.get("close_to_tray"), True),
        start_at_login=_flag(raw.get("start_at_login"), False),
        team_folder=_text(raw.get("team_folder")),
    )


def _time(value: Any, default: time) -> time:
    try:
        parsed = time.fromisoformat(value) if isinstance(value, str) else default
    except ValueError:
        return default
    return parsed.replace(second=0, microsecond=0, tzinfo=None)


def _is_days(value: Any) -> bool:
    return type(value) is int and 0 <= value <= MAX_DUE_SOON_DAYS


def _flag(value: Any, default: bool) -> bool:
    return value if isinstance(value, bool) else default


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def save_settings(data_dir: Path, settings: Settings) -> None:
    """Write the settings atomically: a reader never sees half a file."""
    payload = {
        "language": settings.language,
        "de_facto_days_off": sorted(settings.de_facto_days_off),
        "morning_reminder": settings.morning_reminder.strftime("%H:%M"),
        "afternoon_reminder": settings.afternoon_reminder.strftime("%H:%M"),
        "due_soon_days": settings.due_soon_days,
        "close_to_tray": settings.close_to_tray,
        "start_at_login": settings.start_at_login,
        "team_folder": settings.team_folder,
    }
    write_json_atomically(data_dir / SETTINGS_NAME, payload, mode=PRIVATE)
