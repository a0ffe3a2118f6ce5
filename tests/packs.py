"""A made-up municipality's guideline pack and helpers for tests that load or break packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.pack.errors import PackError
from assistant.pack.reader import load_pack

# A small, complete pack from a made-up municipality with its own interval and months.
OTHER_MUNICIPALITY = """\
[pack]
id = "exempelby"
version = "2025.2"
name = { sv = "Exempelby kommun", en = "Exempelby municipality" }
culling_interval_months = 4
documentation_months = [11, 4]

[daily_check]
title = { sv = "Daglig kontroll", en = "Daily check" }
guidance = { sv = "Titta igenom kontot.", en = "Look through the account." }

[[daily_check.steps]]
id = "posts"
title = { sv = "Inlägg", en = "Posts" }
guidance = { sv = "Läs inläggen.", en = "Read the posts." }

[[removal_grounds]]
id = "insults"
title = { sv = "Förolämpningar", en = "Insults" }
guidance = { sv = "Ta bort.", en = "Remove." }

[[removal_grounds]]
id = "secret"
title = { sv = "Sekretess", en = "Confidential" }
guidance = { sv = "Diarieför.", en = "Register." }
needs_diary_number = true

[[platforms]]
id = "facebook"
name = { sv = "Facebook", en = "Facebook" }
can_remove_others_posts = true

[[platforms]]
id = "mastodon"
name = { sv = "Mastodon", en = "Mastodon" }
can_remove_others_posts = false

[checklists.before_start]
title = { sv = "Innan du startar", en = "Before you start" }
guidance = { sv = "Planera.", en = "Plan." }

[[checklists.before_start.steps]]
id = "goals"
title = { sv = "Mål", en = "Goals" }
guidance = { sv = "Skriv målen.", en = "Write the goals." }
evidence = "text"

[checklists.getting_started]
title = { sv = "Kom igång", en = "Getting started" }
guidance = { sv = "Öppna kontot.", en = "Open the account." }
in_order = true

[[checklists.getting_started.steps]]
id = "assignment"
title = { sv = "Uppdrag", en = "Assignment" }
guidance = { sv = "Chefen ger uppdraget.", en = "The manager assigns it." }
evidence = "person"

[[checklists.getting_started.steps]]
id = "public_page"
title = { sv = "Sida", en = "Page" }
guidance = { sv = "Skapa sidan.", en = "Create the page." }
evidence = "url"
required = false

[checklists.closing]
title = { sv = "Avsluta", en = "Closing" }
guidance = { sv = "Stäng kontot.", en = "Close the account." }

[[checklists.closing.steps]]
id = "announcement"
title = { sv = "Meddela", en = "Announce" }
guidance = { sv = "Tacka alla.", en = "Thank everyone." }
evidence = "url"
"""


def write(tmp_path: Path, source: str | bytes) -> Path:
    path = tmp_path / "pack.toml"
    if isinstance(source, bytes):
        path.write_bytes(source)
    else:
        path.write_text(source, encoding="utf-8")
    return path


def changed(old: str, new: str) -> str:
    """The other municipality's pack with one edit, which must apply."""
    assert OTHER_MUNICIPALITY.count(old) == 1, old
    return OTHER_MUNICIPALITY.replace(old, new)


def line_of(source: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the ``occurrence``-th line that contains ``needle``."""
    hits = [number for number, line in enumerate(source.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


def load_error(tmp_path: Path, source: str | bytes) -> PackError:
    path = write(tmp_path, source)
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert caught.value.file == path
    assert str(path) in str(caught.value)
    return caught.value
