"""Publishing: this workstation's evidence files and journal, into the team folder.

Evidence files go first, so a colleague who reads the journal usually finds
the files it names. The journal is built in the data folder, then copied to
the team folder under a temporary name and renamed over the earlier one: a
reader sees the old journal or the new one, never half of one. Nothing is
written when nothing changed since the last publish.
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
    note_own_head,
    own_facts_count,
)
from assistant.store.journal_merge import take_back_journal
from assistant.store.team_state import (
    evidence_to_publish,
    folder_key,
    folder_state,
    note_folder,
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

JOURNALS_DIR_NAME = "journals"
JOURNAL_SUFFIX = ".kontokoll"
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


def publish_to(
    store: Store, data_dir: Path, team_dir: Path, now: datetime, *, recheck_evidence: bool = False
) -> Published:
    """Publish what changed; raises ``OSError`` when the team folder fails.

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

    own = journals / f"{workstation_id}{JOURNAL_SUFFIX}"
    remove_own_leftovers(own)
    try:
        present = signature(os.stat(own))
    except FileNotFoundError:
        present = ""
    published_signature = state.published_signature if state else ""
    if present and present != published_signature:
        # Not the journal this data folder last wrote: the folder was restored from a
        # backup (or copied). What the journal holds that the folder lacks is taken
        # back before it is written over, so nothing recorded here is lost to the team.
        _take_back(store, own, data_dir, workstation_id, now)
    noted_up_to = state.evidence_published_up_to if state else 0
    # Our journal gone, or not the one we wrote: the folder was emptied or
    # restored, so its evidence files may be gone too. Check them all again.
    up_to = noted_up_to if present == published_signature and not recheck_evidence else 0
    evidence_files = _publish_evidence(store, data_dir, team_dir, key, up_to, noted_up_to)

    person_id = store.me() or ""
    person = store.people().get(person_id)
    person_name = person.name if person else ""
    contents = _contents(own_facts_count(store), person_id, person_name)
    if state and present == published_signature and contents == state.published_contents:
        return Published(evidence_files=evidence_files)

    local = data_dir / f".team-{secrets.token_hex(6)}.tmp"
    try:
        try:
            counts, head = build_journal(
                store,
                local,
                workstation_id=workstation_id,
                person_id=person_id,
                person_name=person_name,
                published_at=now.astimezone(UTC).isoformat(),
                key=workstation_key(data_dir),
            )
        except OSError as error:  # the journal could not be made in the data folder
            raise LocalWriteError(error) from error
        written = put_file(local, own, overwrite=True)
        note_own_head(store, head)
    finally:
        with contextlib.suppress(OSError):
            local.unlink()
    note_folder(
        store,
        key,
        published_signature=signature(written) if written else "",
        # What was built, not what was counted before: a fact recorded
        # meanwhile makes the next publish see a change.
        published_contents=_contents(counts, person_id, person_name),
        published_at=now.astimezone(UTC).isoformat(),
    )
    return Published(journal=True, evidence_files=evidence_files)


def _take_back(store: Store, own: Path, data_dir: Path, workstation_id: str, now: datetime) -> None:
    """Merge this workstation's own journal from the team folder back in, as its own facts."""
    try:
        local, _copied = fetch_journal(own, data_dir)
    except (NotAJournalError, NewerJournalError, OversizedJournalError, FileNotFoundError):
        return  # nothing of ours to take back: it is written anew
    try:
        take_back_journal(
            store,
            local,
            workstation_id,
            wanted_since=now.astimezone(UTC).isoformat(),
            public_key=workstation_key(data_dir).public_hex,
        )
    finally:
        local.unlink(missing_ok=True)


def _contents(counts: dict[str, int], person_id: str, person_name: str) -> str:
    """What a journal holds, in short: enough to tell whether it must be written again."""
    return json.dumps({"facts": counts, "person": [person_id, person_name]}, sort_keys=True)


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
