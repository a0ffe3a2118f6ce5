"""The workstation's preferences: language and which de-facto holidays are days off.

Kept as a small JSON file in the data folder so it can be read before the
first window is painted, without opening the database.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.paths import SETTINGS_NAME
from assistant.workdays import DE_FACTO_DAYS

LANGUAGES = ("sv", "en")


@dataclass(frozen=True)
class Settings:
    language: str | None = None  # None: follow the system's language
    de_facto_days_off: frozenset[str] = field(default_factory=lambda: frozenset(DE_FACTO_DAYS))

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
    return Settings(
        language=language if language in LANGUAGES else None,
        de_facto_days_off=(
            frozenset(d for d in days if d in DE_FACTO_DAYS)
            if isinstance(days, list)
            else frozenset(DE_FACTO_DAYS)
        ),
    )


def save_settings(data_dir: Path, settings: Settings) -> None:
    """Write the settings atomically: a reader never sees half a file."""
    payload = {
        "language": settings.language,
        "de_facto_days_off": sorted(settings.de_facto_days_off),
    }
    fd, temp_name = tempfile.mkstemp(dir=data_dir, prefix=".settings-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False, indent=2)
        os.replace(temp_name, data_dir / SETTINGS_NAME)
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
