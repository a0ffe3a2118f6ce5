"""Merging: every other workstation's journal in the team folder, and the files it names.

A journal whose file is unchanged since it was last merged is not opened.
One that changed is copied to the data folder and merged from the copy, in
one transaction of its own, so a damaged journal spoils nothing else and a
merge cut off half-way keeps what it already merged. Then the evidence
files the new facts name are fetched, each kept only if its content matches
its SHA-256; those not in the team folder yet are tried again next time.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from assistant.evidence import EvidenceStore
from assistant.journal import (
    DamagedJournalError,
    JournalInfo,
    NewerJournalError,
    NotAJournalError,
    OwnJournalError,
    merge_journal,
)
from assistant.messages import QT_TRANSLATE_NOOP, Message
from assistant.paths import EVIDENCE_DIR_NAME
from assistant.schema import SCHEMA_VERSION
from assistant.store import Store
from assistant.team_files import (
    fetch_evidence,
    fetch_journal,
    find_evidence,
    is_temporary,
    remove_stale_copies,
    signature,
)
from assistant.team_publish import JOURNAL_SUFFIX, JOURNALS_DIR_NAME
from assistant.team_state import (
    folder_key,
    journals_merged,
    note_folder,
    note_journal_merged,
    require_folder,
    transaction,
)


@dataclass(frozen=True)
class SkippedJournal:
    """A journal in the team folder that was not read, and why."""

    file_name: str
    reason: Message


@dataclass
class Merged:
    """What a merge did: journals read (whose), facts added per table, evidence files."""

    journals: int = 0
    people: list[str] = field(default_factory=list)
    added: dict[str, int] = field(default_factory=dict)
    skipped: list[SkippedJournal] = field(default_factory=list)
    evidence_fetched: int = 0
    evidence_missing: int = 0


class MergeCutOffError(Exception):
    """The team folder failed part-way through a merge; ``merged`` is what was done."""

    def __init__(self, error: OSError, merged: Merged) -> None:
        super().__init__(str(error))
        self.error = error
        self.merged = merged


def merge_from(store: Store, data_dir: Path, team_dir: Path, now: datetime) -> Merged:
    """Merge the journals that changed and fetch the files they name.

    Raises :class:`MergeCutOffError` when the team folder fails.
    """
    conn = store.conn
    key = folder_key(team_dir)
    own_id = store.workstation_id()
    known = journals_merged(conn, key)
    merged = Merged()
    # This connection only: facts may refer to facts in a journal not merged yet,
    # and a merge lost to a power cut is simply merged again.
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -65536")
    try:
        try:
            require_folder(team_dir)
            remove_stale_copies(data_dir)
            for name, path, seen in _journal_files(team_dir / JOURNALS_DIR_NAME, own_id):
                if known.get(name.removesuffix(JOURNAL_SUFFIX)) != seen:
                    _merge_one(conn, data_dir, path, now, key, own_id, merged)
            _fetch_wanted(conn, data_dir, team_dir, merged)
            require_folder(team_dir)  # still there: all of it was read
        except OSError as error:
            raise MergeCutOffError(error, merged) from error
        note_folder(conn, key, read_at=now.astimezone(UTC).isoformat())
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return merged


def _journal_files(folder: Path, own_id: str) -> list[tuple[str, Path, str]]:
    """Every other workstation's journal: its file name, path and signature."""
    if not folder.is_dir():
        os.stat(folder.parent)  # the team folder itself must still be there
        return []
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if (
                is_temporary(name)
                or not name.endswith(JOURNAL_SUFFIX)
                or name == f"{own_id}{JOURNAL_SUFFIX}"
            ):
                continue
            try:
                found.append((name, Path(entry.path), signature(entry.stat())))
            except FileNotFoundError:
                continue  # replaced or removed since the listing
    return sorted(found)


def _merge_one(
    conn: sqlite3.Connection,
    data_dir: Path,
    path: Path,
    now: datetime,
    key: str,
    own_id: str,
    merged: Merged,
) -> None:
    name = path.name
    try:
        local, copied = fetch_journal(path, data_dir)
    except FileNotFoundError:
        if path.parent.is_dir():
            return  # that journal went away meanwhile; the folder is still there
        raise
    except NotAJournalError:
        merged.skipped.append(SkippedJournal(name, _not_a_journal(name)))
        return
    except NewerJournalError as newer:
        merged.skipped.append(SkippedJournal(name, _newer(name, newer.version)))
        return
    read_at = now.astimezone(UTC).isoformat()

    def note_read(info: JournalInfo) -> None:
        workstation = name.removesuffix(JOURNAL_SUFFIX)
        note_journal_merged(
            conn, key, workstation, copied, info.person_name, info.published_at, read_at
        )

    try:
        info, added = merge_journal(
            conn, local, own_workstation_id=own_id, wanted_since=read_at, within=note_read
        )
    except DamagedJournalError as damage:
        merged.skipped.append(SkippedJournal(name, _damaged(name, str(damage))))
        return
    except NewerJournalError as newer:
        merged.skipped.append(SkippedJournal(name, _newer(name, newer.version)))
        return
    except OwnJournalError:
        merged.skipped.append(SkippedJournal(name, _own_id(name)))
        return
    finally:
        local.unlink(missing_ok=True)
    merged.journals += 1
    merged.people.append(info.person_name)
    for table, count in added.items():
        if count:
            merged.added[table] = merged.added.get(table, 0) + count


def _fetch_wanted(conn: sqlite3.Connection, data_dir: Path, team_dir: Path, merged: Merged) -> None:
    """Fetch the evidence files merged facts name that are not here yet."""
    rows = conn.execute(
        "SELECT w.sha256, coalesce(e.original_name, '') FROM evidence_wanted w "
        "LEFT JOIN evidence e ON e.sha256 = w.sha256"
    ).fetchall()
    local_evidence = EvidenceStore(data_dir / EVIDENCE_DIR_NAME)
    team_evidence = team_dir / EVIDENCE_DIR_NAME
    done: list[str] = []
    try:
        for sha256, original_name in rows:
            suffix = Path(original_name).suffix.lower()
            target = local_evidence.path_for(sha256, suffix)
            if not target.is_file():
                source = find_evidence(team_evidence, sha256, suffix)
                # Not there yet, or a bad copy: tried again at the next merge.
                if source is None or not fetch_evidence(source, target, sha256):
                    continue
                merged.evidence_fetched += 1
            done.append(sha256)
    finally:
        merged.evidence_missing = len(rows) - len(done)
        if done:
            with transaction(conn):
                conn.executemany(
                    "DELETE FROM evidence_wanted WHERE sha256 = ?", [(sha,) for sha in done]
                )


# -- what is said about a journal not read ----------------------------------------


def _not_a_journal(name: str) -> Message:
    return Message(
        "Team",
        QT_TRANSLATE_NOOP(
            "Team", "{file} in the team folder is not a Kontokoll journal, so it was not read."
        ),
        {"file": name},
    )


def _newer(name: str, version: int) -> Message:
    return Message(
        "Team",
        QT_TRANSLATE_NOOP(
            "Team",
            "The journal {file} was written by a newer Kontokoll (schema version {found}; "
            "this version knows up to {known}), so it was not read. Install the newer "
            "Kontokoll to see that colleague's work.",
        ),
        {"file": name, "found": version, "known": SCHEMA_VERSION},
    )


def _damaged(name: str, reason: str) -> Message:
    return Message(
        "Team",
        QT_TRANSLATE_NOOP(
            "Team",
            "The journal {file} in the team folder is damaged and was not read ({reason}). "
            "It is read again once its workstation publishes it anew.",
        ),
        {"file": name, "reason": reason},
    )


def _own_id(name: str) -> Message:
    return Message(
        "Team",
        QT_TRANSLATE_NOOP(
            "Team",
            "The journal {file} carries this workstation's own id, so it was not read. "
            "Was this data folder copied from another workstation?",
        ),
        {"file": name},
    )
