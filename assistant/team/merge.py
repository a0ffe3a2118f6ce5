"""Merging: every other workstation's journal in the team folder, and the files it names.

A journal whose file is unchanged since it was last merged is not opened.
Those that changed are copied to the data folder, a few at a time, and
each few merged from the copies in one transaction (one found damaged is
merged again on its own, so it spoils nothing else); a merge cut off
half-way keeps what it already merged. Then the evidence
files the new facts name are fetched, each kept only if its content matches
its SHA-256; those not in the team folder yet are tried again next time.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from assistant.messages import Message
from assistant.paths import EVIDENCE_DIR_NAME
from assistant.store.database import Store
from assistant.store.evidence import EvidenceStore, is_sha256, suffix_of
from assistant.store.journal import (
    DamagedJournalError,
    EarlierPartUnreadError,
    JournalInfo,
    NewerJournalError,
    NotAJournalError,
    OversizedJournalError,
    OwnJournalError,
    RefusedJournalError,
    SegmentMarkerError,
)
from assistant.store.journal_merge import (
    JournalToMerge,
    MergeOutcome,
    merge_batch_size,
    merge_journals,
)
from assistant.store.team_state import (
    chain_reaches,
    evidence_wanted,
    evidence_wanted_count,
    folder_key,
    journals_merged,
    note_evidence_here,
    note_folder,
    note_journal_merged,
    note_journals_read,
    require_folder,
)
from assistant.team import said
from assistant.team.files import (
    LocalWriteError,
    fetch_evidence,
    fetch_journal,
    find_evidence,
    remove_stale_copies,
)
from assistant.team.segments import JOURNALS_DIR_NAME, JournalFile, list_journals

_FETCHERS = 4
"""Evidence files fetched at the same time: on a network share their round trips overlap."""


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
    new_workstations: list[str] = field(default_factory=list)
    """Whose journals were signed by a key seen for the first time (their person's names)."""
    workstations: set[str] = field(default_factory=set)
    """Whose journals (or segments of them) were read: each counts once in ``journals``."""


class MergeCutOffError(Exception):
    """The team folder failed part-way through a merge; ``merged`` is what was done."""

    def __init__(self, error: OSError, merged: Merged) -> None:
        super().__init__(str(error))
        self.error = error
        self.merged = merged


def merge_from(
    store: Store, data_dir: Path, team_dir: Path, now: datetime, *, fetch_files: bool = True
) -> Merged:
    """Merge the journals that changed and (with ``fetch_files``) fetch the files they name.

    Raises :class:`MergeCutOffError` when the team folder fails; what was
    merged before stays merged.
    """
    key = folder_key(team_dir)
    own_id = store.workstation_id()
    known = journals_merged(store, key)
    merged = Merged()
    read_at = now.astimezone(UTC).isoformat()
    with store.merging():
        try:
            require_folder(team_dir)
            remove_stale_copies(data_dir)
            waiting = _to_read(store, team_dir, key, own_id, known, read_at)
            batch = merge_batch_size(store)
            # In rounds: a segment is read once this log holds the place before it, so
            # each round reads the next segment of each workstation.
            while ready := _ready(store, waiting):
                waiting = [file for file in waiting if file not in ready]
                for start in range(0, len(ready), batch):
                    _merge_some(
                        store, data_dir, key, own_id, read_at, ready[start : start + batch], merged
                    )
            merged.skipped.extend(
                SkippedJournal(file.name, said.earlier_part_unread(file.name)) for file in waiting
            )
            if fetch_files:
                _fetch_wanted(store, data_dir, team_dir, merged)
            else:
                merged.evidence_missing = evidence_wanted_count(store)
            require_folder(team_dir)  # still there: all of it was read
        except OSError as error:
            raise MergeCutOffError(error, merged) from error
        note_folder(store, key, read_at=read_at)
    return merged


def _to_read(
    store: Store, team_dir: Path, key: str, own_id: str, known: dict[str, str], read_at: str
) -> list[JournalFile]:
    """The other workstations' journals and segments that changed since they were last read.

    A segment all of whose places are here already (a later segment of its
    workstation begins past what this log holds of it) is not copied: it is
    noted as read, so it is not looked at again until it changes.
    """
    folder = team_dir / JOURNALS_DIR_NAME
    files = [f for f in list_journals(folder) if f.workstation_id != own_id]
    changed = [f for f in files if known.get(f.stem) != f.signature]
    if not changed:
        return []
    starts: dict[str, list[int]] = {}
    for file in files:
        if file.first_place is not None:
            starts.setdefault(file.workstation_id, []).append(file.first_place)
    reaches: dict[str, int] = {}
    to_read, all_here = [], []
    for file in changed:
        later = [s for s in starts.get(file.workstation_id, []) if s > (file.first_place or 0)]
        if file.first_place is not None and later:
            if file.workstation_id not in reaches:
                reaches[file.workstation_id] = chain_reaches(store, file.workstation_id)[0]
            if min(later) - 1 <= reaches[file.workstation_id]:
                all_here.append((file.stem, file.signature))
                continue
        to_read.append(file)
    if all_here:
        note_journals_read(store, key, all_here, read_at)
    return to_read


def _ready(store: Store, waiting: list[JournalFile]) -> list[JournalFile]:
    """The journals and segments that can be read now: a segment once the place before it is here.

    One that begins further on waits, and is named if it still waits at the
    end: a file planted far ahead of a workstation's chain is never copied.
    """
    reaches: dict[str, int] = {}
    ready = []
    for file in waiting:
        if file.first_place is not None:
            if file.workstation_id not in reaches:
                reaches[file.workstation_id] = chain_reaches(store, file.workstation_id)[0]
            if file.first_place - 1 > reaches[file.workstation_id]:
                continue
        ready.append(file)
    return ready


def _merge_some(
    store: Store,
    data_dir: Path,
    key: str,
    own_id: str,
    read_at: str,
    journals: list[JournalFile],
    merged: Merged,
) -> None:
    """Copy some journals here, then merge the copies in one transaction.

    The share is read before the transaction begins, so a slow network never
    keeps the database locked. A copy cut off by the share is not merged,
    the ones copied before it are, and then the ``OSError`` is raised.
    """
    copies: list[tuple[JournalFile, Path, str]] = []
    cut_off: OSError | None = None
    try:
        for file in journals:
            name = file.name
            try:
                local, copied = fetch_journal(file.path, data_dir)
            except NotAJournalError:
                merged.skipped.append(SkippedJournal(name, said.not_a_journal(name)))
                continue
            except NewerJournalError as newer:
                merged.skipped.append(SkippedJournal(name, said.newer(name, newer.version)))
                continue
            except OversizedJournalError as oversized:
                merged.skipped.append(SkippedJournal(name, said.oversized(name, oversized.size)))
                continue
            except OSError as error:
                if not file.path.parent.is_dir():
                    cut_off = error  # the folder itself is away
                    break
                if not isinstance(error, FileNotFoundError):
                    # One file locked or closed to us (a virus scanner, its rights):
                    # the others are read, and it is tried again next time.
                    merged.skipped.append(SkippedJournal(name, said.not_opened(name, error)))
                # else: that journal went away meanwhile
                continue
            copies.append((file, local, copied))
        if copies:
            outcomes = merge_journals(
                store,
                [
                    JournalToMerge(
                        local,
                        file.workstation_id,
                        _noting(store, key, file.stem, copied, read_at),
                        first_place=file.first_place,
                    )
                    for file, local, copied in copies
                ],
                own_workstation_id=own_id,
                wanted_since=read_at,
            )
            for (file, _local, _copied), outcome in zip(copies, outcomes, strict=True):
                _count(file.name, outcome, merged)
            _note_refused(store, key, copies, outcomes, read_at)
    finally:
        for _file, local, _copied in copies:
            local.unlink(missing_ok=True)
    if cut_off is not None:
        raise cut_off


def _noting(
    store: Store, key: str, stem: str, copied: str, read_at: str
) -> Callable[[JournalInfo], None]:
    """What to note, with a journal's facts, about the very file they came from."""

    def noted(info: JournalInfo) -> None:
        note_journal_merged(store, key, stem, copied, info.person_name, info.published_at, read_at)

    return noted


def _note_refused(
    store: Store,
    key: str,
    copies: list[tuple[JournalFile, Path, str]],
    outcomes: list[MergeOutcome],
    read_at: str,
) -> None:
    """Remember the damaged journals as read, so each is copied again only once it changes.

    A journal from a newer Kontokoll is not remembered: once this one is
    updated, the very same file can be read. Nor is a segment whose earlier
    places were not here: it is read once they are.
    """
    refused = [
        (file.stem, copied)
        for (file, _local, copied), outcome in zip(copies, outcomes, strict=True)
        if isinstance(
            outcome,
            DamagedJournalError | OwnJournalError | RefusedJournalError | SegmentMarkerError,
        )
        and not isinstance(outcome, EarlierPartUnreadError)
    ]
    if refused:
        note_journals_read(store, key, refused, read_at)


def _count(name: str, outcome: MergeOutcome, merged: Merged) -> None:
    if isinstance(outcome, SegmentMarkerError):
        return  # nothing to read, and nothing wrong
    if isinstance(outcome, DamagedJournalError):
        merged.skipped.append(SkippedJournal(name, said.damaged(name, str(outcome))))
    elif isinstance(outcome, NewerJournalError):
        merged.skipped.append(SkippedJournal(name, said.newer(name, outcome.version)))
    elif isinstance(outcome, OwnJournalError):
        merged.skipped.append(SkippedJournal(name, said.own_id(name)))
    elif isinstance(outcome, EarlierPartUnreadError):
        merged.skipped.append(SkippedJournal(name, said.earlier_part_unread(name)))
    elif isinstance(outcome, RefusedJournalError):
        merged.skipped.append(SkippedJournal(name, said.refused(name, outcome.reason)))
    else:
        info, added = outcome
        if info.workstation_id not in merged.workstations:
            # A workstation counts once, however many segments of its journal were read.
            merged.workstations.add(info.workstation_id)
            merged.journals += 1
            merged.people.append(info.person_name)
        if info.first_seen:
            merged.new_workstations.append(info.person_name or info.workstation_id)
        for table, count in added.items():
            if count:
                merged.added[table] = merged.added.get(table, 0) + count


def _fetch_wanted(store: Store, data_dir: Path, team_dir: Path, merged: Merged) -> None:
    """Fetch the evidence files merged facts name that are not here yet.

    Several at a time: on a network share each file costs a few round trips,
    and those can overlap. A file not there yet, or a bad copy, stays wanted
    and is tried again at the next merge.
    """
    rows = evidence_wanted(store)
    local_evidence = EvidenceStore(data_dir / EVIDENCE_DIR_NAME)
    team_evidence = team_dir / EVIDENCE_DIR_NAME

    def fetch(sha256: str, original_name: str) -> str:
        """ "here" already, "fetched" or "missing"; raises ``OSError`` when the share fails."""
        if not is_sha256(sha256):
            return "missing"  # refused with its journal; never a path to write to
        suffix = suffix_of(original_name)
        target = local_evidence.path_for(sha256, suffix)
        if target.is_file():
            return "here"
        source = find_evidence(team_evidence, sha256, suffix)
        if source is None or not fetch_evidence(source, target, sha256):
            return "missing"
        return "fetched"

    done: list[str] = []
    failure: OSError | LocalWriteError | None = None
    if rows:
        with ThreadPoolExecutor(max_workers=min(_FETCHERS, len(rows))) as pool:
            futures = {pool.submit(fetch, sha, name): sha for sha, name in rows}
            for future in as_completed(futures):
                try:
                    state = future.result()
                except (OSError, LocalWriteError) as error:
                    failure = failure or error
                    continue
                if state != "missing":
                    done.append(futures[future])
                if state == "fetched":
                    merged.evidence_fetched += 1
    merged.evidence_missing = len(rows) - len(done)
    if done:
        note_evidence_here(store, done)
    if failure is not None and (isinstance(failure, LocalWriteError) or not team_dir.is_dir()):
        raise failure
    # A file the share would not give (locked, no rights) stays wanted and is tried again.
