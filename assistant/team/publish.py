"""Publishing: this workstation's evidence files and journal, into the team folder.

Evidence files go first, so a colleague who reads the journal usually finds
the files it names. The journal goes out in segments (see
:mod:`assistant.team.segments`), and only the segments that changed are
written. Each is built in the data folder, then copied to the team folder
under a temporary name and renamed over the earlier one: a reader sees the
old segment or the new one, never half of one. Nothing is written when
nothing changed since the last publish.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assistant.paths import EVIDENCE_DIR_NAME
from assistant.signing import workstation_key
from assistant.store.database import Store
from assistant.store.evidence import EvidenceStore, is_sha256, suffix_of
from assistant.store.journal import (
    NewerJournalError,
    NotAJournalError,
    OversizedJournalError,
    build_journal,
    build_marker,
    note_own_head,
)
from assistant.store.journal_merge import take_back_journal
from assistant.store.team_state import (
    chain_reaches,
    evidence_to_publish,
    folder_key,
    folder_state,
    forget_segments,
    note_folder,
    note_segment_published,
    published_segments,
    require_folder,
)
from assistant.team.files import (
    LocalWriteError,
    fetch_journal,
    put_evidence,
    put_file,
    put_new_bytes,
    remove_own_leftovers,
    signature,
)
from assistant.team.segments import (
    JOURNALS_DIR_NAME,
    SEGMENT_PLACES,
    JournalFile,
    list_journals,
    segment_name,
    segment_starts,
    whole_name,
)

README_NAME = "README.txt"
README_TEXT = """\
Kontokoll – teammapp

Den här mappen delas av Kontokoll på flera arbetsplatser. Varje arbetsplats
skriver bara sin egen journal i mappen journals/ och läser de andras.
Skärmbilder och andra bevisfiler ligger i evidence/, namngivna efter sitt
innehåll (SHA-256). Ändra, flytta eller ta inte bort filerna: Kontokoll sköter
dem själv. En fil som försvinner eller skadas skrivs på nytt av arbetsplatsen
den hör till, nästa gång Kontokoll startar där.

Kontokoll – team folder

This folder is shared by Kontokoll at several workstations. Each workstation
writes only its own journal in journals/ and reads the others'. Screenshots
and other evidence files are in evidence/, named by their content (SHA-256).
Do not change, move or delete the files: Kontokoll looks after them. A file
that goes missing or is damaged is written again by the workstation it belongs
to, the next time Kontokoll starts there.
"""


@dataclass(frozen=True)
class Published:
    """What a publish did: whether the journal was written, and how many evidence files."""

    journal: bool = False
    evidence_files: int = 0
    segments: int = 0
    """Segments of the journal written (0 when nothing had changed)."""


def publish_to(
    store: Store,
    data_dir: Path,
    team_dir: Path,
    now: datetime,
    *,
    recheck_evidence: bool = False,
    per_segment: int = SEGMENT_PLACES,
) -> Published:
    """Publish what changed; raises ``OSError`` when the team folder fails.

    The journal goes out in segments of ``per_segment`` places (see
    :mod:`assistant.team.segments`): only those that changed are written.
    ``recheck_evidence`` looks at every evidence file of this workstation in
    the team folder again, and writes anew any gone or damaged (of the wrong
    size): the app does so once a session.
    """
    key = folder_key(team_dir)
    workstation_id = store.workstation_id()
    state = folder_state(store, key)
    require_folder(team_dir)
    journals = team_dir / JOURNALS_DIR_NAME
    journals.mkdir(exist_ok=True)
    (team_dir / EVIDENCE_DIR_NAME).mkdir(exist_ok=True)
    if not (team_dir / README_NAME).exists():
        put_new_bytes(README_TEXT.encode("utf-8"), team_dir / README_NAME)

    marker_path = journals / whole_name(workstation_id)
    remove_own_leftovers(marker_path)
    try:
        marker = signature(os.stat(marker_path))
    except FileNotFoundError:
        marker = ""
    own = _own_segments(journals, workstation_id)
    published = published_segments(store, key)
    marker_published = state.published_signature if state else ""
    if marker and marker != marker_published:
        # Not what this data folder last wrote there: the folder was restored from a
        # backup (or copied). What the team folder holds that the folder lacks is taken
        # back before it is written over, so nothing recorded here is lost to the team.
        _take_back(store, marker_path, data_dir, workstation_id, now)
    foreign = [f for f, file in own.items() if file.signature != published.get(f, ("", ""))[0]]
    # From the first segment not as written here on, in order: each is read on from the last.
    for first in sorted(f for f in own if foreign and f >= min(foreign)):
        _take_back(store, own[first].path, data_dir, workstation_id, now, first)
    intact = marker == marker_published and all(
        own.get(first) is not None and own[first].signature == sig
        for first, (sig, _contents) in published.items()
    )
    noted_up_to = state.evidence_published_up_to if state else 0
    # Our journal gone, or not the one we wrote: the folder was emptied or
    # restored, so its evidence files may be gone too. Check them all again.
    up_to = noted_up_to if intact and not recheck_evidence else 0
    evidence_files = _publish_evidence(store, data_dir, team_dir, key, up_to, noted_up_to)

    person_id = store.me() or ""
    person = store.people().get(person_id)
    person_name = person.name if person else ""
    writing = _Writing(store, data_dir, key, workstation_id, now, person_id, person_name)
    written = 0
    places = chain_reaches(store, workstation_id)[0]
    starts = segment_starts(places, per_segment)
    for first in starts:
        last = min(first + per_segment - 1, places)
        newest = first == starts[-1]
        contents = _contents(chain_reaches(store, workstation_id, last), newest, writing)
        there = own.get(first)
        if there and (there.signature, contents) == published.get(first):
            continue
        writing.segment(journals, first, last, newest)
        written += 1
    _remove_stale(store, key, own, set(starts))
    contents = json.dumps({"person": [person_id, person_name]}, sort_keys=True)
    if not (state and marker == marker_published and contents == state.published_contents):
        writing.marker(marker_path, contents)
    elif written:
        note_folder(store, key, published_at=now.astimezone(UTC).isoformat())
    return Published(journal=bool(written), evidence_files=evidence_files, segments=written)


@dataclass(frozen=True)
class _Writing:
    """Writing this workstation's journal: whose it is, and where it is built."""

    store: Store
    data_dir: Path
    key: str
    workstation_id: str
    now: datetime
    person_id: str
    person_name: str

    def segment(self, journals: Path, first: int, last: int, newest: bool) -> None:
        """Build the segment of places ``first`` to ``last`` here, then put it in the folder."""
        local = self.data_dir / f".team-{secrets.token_hex(6)}.tmp"
        try:
            try:
                _counts, head = build_journal(
                    self.store,
                    local,
                    workstation_id=self.workstation_id,
                    person_id=self.person_id,
                    person_name=self.person_name,
                    published_at=self.now.astimezone(UTC).isoformat(),
                    key=workstation_key(self.data_dir),
                    places=(first, last),
                )
            except OSError as error:  # the journal could not be made in the data folder
                raise LocalWriteError(error) from error
            target = journals / segment_name(self.workstation_id, first)
            remove_own_leftovers(target)
            written = put_file(local, target, overwrite=True)
            note_own_head(self.store, head)
        finally:
            with contextlib.suppress(OSError):
                local.unlink()
        note_segment_published(
            self.store,
            self.key,
            first,
            signature(written) if written else "",
            # What was built, not what was read before: a fact recorded meanwhile
            # makes the next publish see a change.
            _contents((head.seq, head.link), newest, self),
        )

    def marker(self, path: Path, contents: str) -> None:
        """Write the marker under the journal's old name (see :mod:`assistant.team.segments`)."""
        local = self.data_dir / f".team-{secrets.token_hex(6)}.tmp"
        published_at = self.now.astimezone(UTC).isoformat()
        try:
            try:
                build_marker(
                    local,
                    workstation_id=self.workstation_id,
                    person_id=self.person_id,
                    person_name=self.person_name,
                    published_at=published_at,
                )
            except OSError as error:
                raise LocalWriteError(error) from error
            written = put_file(local, path, overwrite=True)
        finally:
            with contextlib.suppress(OSError):
                local.unlink()
        note_folder(
            self.store,
            self.key,
            published_signature=signature(written) if written else "",
            published_contents=contents,
            published_at=published_at,
        )


def _contents(head: tuple[int, str], newest: bool, writing: _Writing) -> str:
    """What a segment holds, in short: enough to tell whether it must be written again.

    The newest segment names the person too, so a change of name is published;
    the older ones are left as written.
    """
    person = [writing.person_id, writing.person_name] if newest else None
    return json.dumps({"head": list(head), "person": person}, sort_keys=True)


def _own_segments(journals: Path, workstation_id: str) -> dict[int, JournalFile]:
    """This workstation's segments in the team folder, by their first place."""
    return {
        file.first_place: file
        for file in list_journals(journals)
        if file.workstation_id == workstation_id and file.first_place is not None
    }


def _remove_stale(store: Store, key: str, own: dict[int, JournalFile], starts: set[int]) -> None:
    """Remove this workstation's segments that begin where no segment of its begins now.

    Only a Kontokoll that cut its segments elsewhere leaves such: their facts
    are all in the segments just written.
    """
    stale = [first for first in own if first not in starts]
    for first in stale:
        with contextlib.suppress(OSError):
            own[first].path.unlink()
    forget_segments(store, key, stale)


def _take_back(
    store: Store,
    path: Path,
    data_dir: Path,
    workstation_id: str,
    now: datetime,
    first_place: int | None = None,
) -> None:
    """Merge this workstation's journal, or a segment of it, back in, as its own facts.

    The marker under the old name holds no facts, and the merge knows it for one.
    """
    try:
        local, _copied = fetch_journal(path, data_dir)
    except (NotAJournalError, NewerJournalError, OversizedJournalError, FileNotFoundError):
        return  # nothing of ours to take back: it is written anew
    try:
        take_back_journal(
            store,
            local,
            workstation_id,
            wanted_since=now.astimezone(UTC).isoformat(),
            public_key=workstation_key(data_dir).public_hex,
            first_place=first_place,
        )
    finally:
        local.unlink(missing_ok=True)


def _publish_evidence(
    store: Store, data_dir: Path, team_dir: Path, key: str, up_to: int, noted_up_to: int
) -> int:
    """Copy this workstation's evidence files recorded after ``up_to`` that the folder lacks.

    Progress is noted (over ``noted_up_to``) even when copying is cut off, so
    the next publish resumes there. Returns how many files were copied.
    """
    rows = evidence_to_publish(store, after=up_to)
    local_evidence = EvidenceStore(data_dir / EVIDENCE_DIR_NAME)
    team_evidence = team_dir / EVIDENCE_DIR_NAME
    copied = 0
    done = up_to
    try:
        for rowid, sha256, original_name, size in rows:
            if not is_sha256(sha256):
                done = rowid
                continue  # no name this workstation wrote: never a path to copy from
            suffix = suffix_of(original_name)
            source = local_evidence.path_for(sha256, suffix)
            target = team_evidence / sha256[:2] / f"{sha256}{suffix}"
            there = _size_of(target)
            # A file of the wrong size was damaged on the share: it is written anew.
            if source.is_file() and there != size:
                target.parent.mkdir(exist_ok=True)
                if put_evidence(source, target, sha256, overwrite=there is not None):
                    copied += 1
            done = rowid
    finally:
        if done != noted_up_to:
            note_folder(store, key, evidence_published_up_to=done)
    return copied


def _size_of(path: Path) -> int | None:
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return None
