"""Whether this data folder's user has seen the first-run introduction: ``introduction.json``.

The introduction (a short tour of My day, and for the information unit the
way to set Kontokoll up) is shown once, after the first start. What was seen
is kept per data folder, beside the settings, so a second start, or another
window on the same folder, does not show it again. Help → *Show the
introduction again* shows it whatever is kept here.
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.files import PRIVATE, write_json_atomically

INTRODUCTION_NAME = "introduction.json"


def introduction_seen(data_dir: Path) -> bool:
    """True once the introduction has been shown from this data folder; unreadable: False."""
    try:
        raw = json.loads((data_dir / INTRODUCTION_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(raw, dict) and raw.get("seen") is True


def mark_introduction_seen(data_dir: Path) -> None:
    """Keep that the introduction was shown; raises ``OSError`` when the folder is not writable."""
    write_json_atomically(data_dir / INTRODUCTION_NAME, {"seen": True}, mode=PRIVATE)
