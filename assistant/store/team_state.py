"""What this data folder knows about each team folder it shares with (schema 5).

Per team folder: the signature and contents of the journal last published
there, how far its evidence files were published, and when it was last read
(``team_folders``); per other workstation, the signature of its journal as
last merged (``team_journals``). Evidence files that merged facts name and
that are not here yet wait in ``evidence_wanted``. All of it lives in the
database, so it is restored with it and written in the same transaction as
the facts it describes; losing any of it only means reading or writing a
file again.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from assistant.clock import parse_instant
from assistant.store.chain import tail
from assistant.store.database import Store


@dataclass(frozen=True)
class FolderState:
    """What was last published to a team folder from this data folder."""

    published_signature: str
    """The signature of the journal written there (:func:`assistant.team.files.signature`)."""
    published_contents: str
    """What that journal held, in short: enough to tell whether it must be written again."""
    evidence_published_up_to: int
    """This workstation's evidence, up to this number (in the order recorded), is there."""


def folder_key(team_dir: Path) -> str:
    """How a team folder is named in the database."""
    # No resolve(): that would ask the network share, which may not answer.
    return os.path.normcase(os.path.abspath(team_dir))


def require_folder(team_dir: Path) -> None:
    """Raise an ``OSError`` unless the team folder exists.

    The team folder itself is never created, only what is inside it: the path
    of a share that is not connected may well be creatable locally, and
    publishing there would share nothing.
    """
    if not team_dir.is_dir():
        os.stat(team_dir)  # raises with the reason, when there is one to give
        raise NotADirectoryError(0, "not a folder", str(team_dir))


def folder_state(store: Store, key: str) -> FolderState | None:
    """What was last published to the team folder, or None if nothing ever was."""
    rows = store._rows(
        "SELECT published_signature, published_contents, evidence_published_up_to "
        "FROM team_folders WHERE team_folder = ?",
        [key],
    )
    if not rows:
        return None
    signature, contents, up_to = rows[0]
    return FolderState(str(signature), str(contents), int(up_to))


def note_folder(store: Store, key: str, **values: object) -> None:
    """Set some of what is known about a team folder (the columns of ``team_folders``)."""
    with store.transaction():
        conn = store._conn
        conn.execute("INSERT OR IGNORE INTO team_folders (team_folder) VALUES (?)", [key])
        columns = ", ".join(f"{name} = ?" for name in values)
        conn.execute(
            f"UPDATE team_folders SET {columns} WHERE team_folder = ?", [*values.values(), key]
        )


def journals_merged(store: Store, key: str) -> dict[str, str]:
    """Per workstation id, the signature of its journal as last merged from the folder."""
    rows = store._rows(
        "SELECT workstation_id, signature FROM team_journals WHERE team_folder = ?", [key]
    )
    return {str(workstation): str(sig) for workstation, sig in rows}


def note_journal_merged(
    store: Store,
    key: str,
    workstation_id: str,
    signature: str,
    person_name: str,
    published_at: str,
    read_at: str,
) -> None:
    """Remember a journal as merged, inside the transaction that merged it.

    Only for a journal's ``noted`` (:class:`~assistant.store.journal.JournalToMerge`):
    what fails here is sorted by the merge, with the journal's own trouble.
    """
    store._conn.execute(
        "INSERT OR REPLACE INTO team_journals (team_folder, workstation_id, signature, "
        "person_name, published_at, read_at) VALUES (?, ?, ?, ?, ?, ?)",
        [key, workstation_id, signature, person_name, published_at, read_at],
    )


def note_journals_read(
    store: Store, key: str, files: Iterable[tuple[str, str]], read_at: str
) -> None:
    """Remember journals (by their file's stem and signature) as read, though not merged.

    So a damaged journal is copied again only once it changes, and a segment
    whose places are all here already is not copied at all.
    """
    with store.transaction():
        for stem, signature in files:
            note_journal_merged(store, key, stem, signature, "", "", read_at)


def published_segments(store: Store, key: str) -> dict[int, tuple[str, str]]:
    """Per first place, the signature and contents of this workstation's segments as published."""
    rows = store._rows(
        "SELECT first_place, signature, contents FROM team_segments WHERE team_folder = ?", [key]
    )
    return {int(first): (str(sig), str(contents)) for first, sig, contents in rows}


def note_segment_published(
    store: Store, key: str, first_place: int, signature: str, contents: str
) -> None:
    """Remember a segment of this workstation's journal as written to the team folder."""
    with store.transaction():
        store._conn.execute(
            "INSERT OR REPLACE INTO team_segments VALUES (?, ?, ?, ?)",
            [key, first_place, signature, contents],
        )


def forget_segments(store: Store, key: str, first_places: Iterable[int]) -> None:
    """Forget segments of this workstation's journal no longer in the team folder."""
    with store.transaction():
        store._conn.executemany(
            "DELETE FROM team_segments WHERE team_folder = ? AND first_place = ?",
            [(key, first) for first in first_places],
        )


def chain_reaches(store: Store, workstation_id: str, up_to: int = 1 << 62) -> tuple[int, str]:
    """The last place (not past ``up_to``) of a workstation's chain here, and its link."""
    return tail(store._conn, workstation_id, up_to=up_to)


def evidence_to_publish(store: Store, after: int) -> list[tuple[int, str, str, int]]:
    """This workstation's evidence facts recorded after number ``after``, in order.

    Each as its number (what ``evidence_published_up_to`` counts), SHA-256,
    original file name and size.
    """
    rows = store._rows(
        "SELECT rowid, sha256, original_name, size FROM evidence "
        "WHERE origin = '' AND rowid > ? ORDER BY rowid",
        [after],
    )
    return [(int(n), str(sha256), str(name), int(size)) for n, sha256, name, size in rows]


def evidence_wanted(store: Store) -> list[tuple[str, str]]:
    """The evidence files merged facts name that are not here yet: SHA-256 and original name."""
    rows = store._rows(
        "SELECT w.sha256, coalesce(e.original_name, '') FROM evidence_wanted w "
        "LEFT JOIN evidence e ON e.sha256 = w.sha256"
    )
    return [(str(sha256), str(name)) for sha256, name in rows]


def evidence_wanted_count(store: Store) -> int:
    """How many evidence files merged facts name that are not here yet."""
    return int(store._rows("SELECT count(*) FROM evidence_wanted")[0][0])


def note_evidence_here(store: Store, sha256s: Iterable[str]) -> None:
    """These wanted evidence files are here now (fetched, or found): no longer wanted."""
    with store.transaction():
        store._conn.executemany(
            "DELETE FROM evidence_wanted WHERE sha256 = ?", [(sha,) for sha in sha256s]
        )


def last_read_at(store: Store, team_dir: Path) -> datetime | None:
    """When the team folder was last read from this data folder, if ever."""
    rows = store._rows(
        "SELECT read_at FROM team_folders WHERE team_folder = ?", [folder_key(team_dir)]
    )
    return parse_instant(str(rows[0][0])) if rows and rows[0][0] else None


@dataclass(frozen=True)
class WorkstationSeen:
    """A workstation whose signed journal this log has read (or this one itself)."""

    workstation_id: str
    public_key: str
    first_seen: datetime
    person_name: str
    """Who used it, as its latest journal said (empty if none was merged)."""
    last_published: datetime | None


_JOURNAL_OF_K = (
    "(j.workstation_id = k.workstation_id OR j.workstation_id GLOB k.workstation_id || '.*')"
)
"""A read journal ``j`` is workstation ``k``'s: its whole journal, or a segment of it."""


def workstations_seen(store: Store) -> list[WorkstationSeen]:
    """Every workstation whose key is pinned here, the first seen first."""
    rows = store._rows(
        "SELECT k.workstation_id, k.public_key, k.first_seen, "
        f"(SELECT j.person_name FROM team_journals j WHERE {_JOURNAL_OF_K} "
        "AND j.person_name <> '' ORDER BY j.published_at DESC LIMIT 1), "
        f"(SELECT max(j.published_at) FROM team_journals j WHERE {_JOURNAL_OF_K} "
        "AND j.published_at <> '') "
        "FROM workstation_keys k ORDER BY k.first_seen, k.workstation_id"
    )
    return [
        WorkstationSeen(
            str(workstation),
            str(key),
            parse_instant(first),
            str(name or ""),
            parse_instant(published) if published else None,
        )
        for workstation, key, first, name, published in rows
    ]
