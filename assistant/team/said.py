"""What a merge says about a journal in the team folder it did not read, and why.

Each message names the file and what the person (or IT) can do; the merge
(:mod:`assistant.team.merge`) attaches them to the journals it skipped.
"""

from __future__ import annotations

from assistant.messages import QT_TRANSLATE_NOOP, Message
from assistant.store.journal import SIZE_LIMIT
from assistant.store.schema import SCHEMA_VERSION


def _said(template: str, **values: object) -> Message:
    return Message("Team", template, values)


def not_a_journal(name: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP(
            "Team", "{file} in the team folder is not a Kontokoll journal, so it was not read."
        ),
        file=name,
    )


def not_opened(name: str, error: OSError) -> Message:
    return _said(
        QT_TRANSLATE_NOOP(
            "Team",
            "The journal {file} in the team folder could not be opened ({reason}), so it "
            "was not read this time. It is tried again at the next read.",
        ),
        file=name,
        reason=error.strerror or str(error),
    )


def earlier_part_unread(name: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP(
            "Team",
            "The journal segment {file} follows a segment of the same journal that has not "
            "been read (it is missing, or was not accepted), so it waits. It is read once "
            "the segment before it has been.",
        ),
        file=name,
    )


def newer(name: str, version: int) -> Message:
    return _said(
        QT_TRANSLATE_NOOP(
            "Team",
            "The journal {file} was written by a newer Kontokoll (schema version {found}; "
            "this version knows up to {known}), so it was not read. Install the newer "
            "Kontokoll to see that colleague's work.",
        ),
        file=name,
        found=version,
        known=SCHEMA_VERSION,
    )


def damaged(name: str, reason: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP(
            "Team",
            "The journal {file} in the team folder is damaged and was not read ({reason}). "
            "It is read again once its workstation publishes it anew.",
        ),
        file=name,
        reason=reason,
    )


def oversized(name: str, size: int) -> Message:
    return _said(
        QT_TRANSLATE_NOOP(
            "Team",
            "The journal {file} in the team folder is {size} MB, far larger than any "
            "Kontokoll writes (at most {limit} MB), so it was not read. Ask IT to look at "
            "the team folder.",
        ),
        file=name,
        size=size >> 20,
        limit=SIZE_LIMIT >> 20,
    )


def refused(name: str, reason: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP(
            "Team",
            "The journal {file} in the team folder was refused: it is not as Kontokoll "
            "writes it ({reason}), so none of it was taken in. It may have been changed "
            "on the share; ask IT who can write to the team folder. It is read again once "
            "its workstation publishes it anew.",
        ),
        file=name,
        reason=reason,
    )


def own_id(name: str) -> Message:
    return _said(
        QT_TRANSLATE_NOOP(
            "Team",
            "The journal {file} carries this workstation's own id, so it was not read. "
            "Was this data folder copied from another workstation?",
        ),
        file=name,
    )
