"""The team folder: publish this workstation's journal there, merge everyone else's.

A team folder (typically a network share) holds::

    README.txt                              what the folder is, in Swedish and English
    journals/<workstation id>.kontokoll     one journal per workstation (assistant.store.journal)
    evidence/<ab>/<sha256><suffix>          evidence files by content, never overwritten

Each workstation writes only its own journal, always as a whole new file
renamed over the earlier one (:mod:`assistant.team.publish`), and reads the
others' read-only, merging their facts by id (:mod:`assistant.team.merge`).
Nobody ever writes another person's file, so a share with poor locking
cannot corrupt anything; and no fact is lost, as each stays in its author's
database and is published again.

:func:`publish`, :func:`merge` and :func:`sync` each open their own
connection to the data folder, so the UI can run them on a worker thread.
They never raise for a team folder that cannot be reached (missing, no
permission, network down, vanished mid-write): the :class:`SyncResult` says
so, local data is untouched, and the next call catches up. Only a database
that cannot be opened at all raises :class:`~assistant.messages.UserError`,
as it does for every command. What was published and read is kept per team
folder in the database (:mod:`assistant.store.team_state`), so a call with
nothing new costs a listing of the journals folder and a few counts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from assistant.messages import QT_TRANSLATE_NOOP, Message
from assistant.settings import Settings
from assistant.store.connection import StorageError
from assistant.store.database import Store
from assistant.store.team_state import last_read_at
from assistant.team.files import LocalWriteError
from assistant.team.merge import MergeCutOffError, Merged, SkippedJournal, merge_from
from assistant.team.publish import Published, publish_to
from assistant.team.segments import JOURNALS_DIR_NAME

__all__ = [
    "SkippedJournal",
    "SyncResult",
    "journals_dir",
    "last_read_at",
    "merge",
    "publish",
    "sync",
    "team_dir_of",
]


@dataclass(frozen=True)
class SyncResult:
    """What one publish, merge or sync did with the team folder at ``at``.

    ``reachable`` is False when the team folder could not be reached or
    written; ``problem`` then says why. ``problem`` may also name a local
    trouble (a busy database, a full disk) with ``reachable`` True. ``read``
    says the team's journals were gone through (a merge that finished);
    ``journals_read`` counts those that had changed and were merged, and
    ``read_from`` names whose they were. ``added_by_table`` counts the facts
    each table gained. ``evidence_missing`` counts the files merged facts
    name that are not in the team folder yet: they are fetched at a later merge.
    """

    team_dir: Path
    at: datetime
    reachable: bool = True
    problem: Message | None = None
    published: bool = False
    evidence_published: int = 0
    read: bool = False
    journals_read: int = 0
    read_from: tuple[str, ...] = ()
    added_by_table: Mapping[str, int] = field(default_factory=dict)
    evidence_fetched: int = 0
    evidence_missing: int = 0
    skipped: tuple[SkippedJournal, ...] = ()
    new_workstations: tuple[str, ...] = ()
    """Whose journals came signed by a key not seen here before: colleagues new to the team."""

    @property
    def added(self) -> int:
        """How many facts the merge added in all."""
        return sum(self.added_by_table.values())


def team_dir_of(settings: Settings) -> Path | None:
    """The team folder chosen in the settings, or None when there is none."""
    text = settings.team_folder.strip()
    return Path(text).expanduser() if text else None


def journals_dir(team_dir: Path) -> Path:
    """Where the journals are: the folder for the UI to watch for changes."""
    return team_dir / JOURNALS_DIR_NAME


def publish(
    data_dir: Path, team_dir: Path, now: datetime, *, recheck_evidence: bool = False
) -> SyncResult:
    """Publish this workstation's evidence files and journal, if anything changed.

    ``recheck_evidence`` also writes anew any of its evidence files gone from
    the team folder or damaged there (worth doing once a session).
    """
    store = Store.open(data_dir)
    try:
        return _publish(store, data_dir, team_dir, now, recheck_evidence)
    finally:
        store.close()


def merge(data_dir: Path, team_dir: Path, now: datetime, *, fetch_files: bool = True) -> SyncResult:
    """Merge every other workstation's journal that changed, then fetch the files they name.

    Without ``fetch_files`` the files wait for a later merge: the facts show
    at once, while thousands of files (a workstation joining an old team)
    may take a while from a network share.
    """
    store = Store.open(data_dir)
    try:
        return _merge(store, data_dir, team_dir, now, fetch_files)
    finally:
        store.close()


def sync(
    data_dir: Path, team_dir: Path, now: datetime, *, recheck_evidence: bool = False
) -> SyncResult:
    """Publish, then merge; the merge is tried even when publishing failed (a read-only share)."""
    store = Store.open(data_dir)
    try:
        published = _publish(store, data_dir, team_dir, now, recheck_evidence)
        merged = _merge(store, data_dir, team_dir, now)
    finally:
        store.close()
    return SyncResult(
        team_dir,
        now,
        reachable=published.reachable and merged.reachable,
        # A folder that cannot be read at all says so, rather than that it could not be written.
        problem=(None if merged.reachable else merged.problem)
        or published.problem
        or merged.problem,
        published=published.published,
        evidence_published=published.evidence_published,
        read=merged.read,
        journals_read=merged.journals_read,
        read_from=merged.read_from,
        added_by_table=merged.added_by_table,
        evidence_fetched=merged.evidence_fetched,
        evidence_missing=merged.evidence_missing,
        skipped=merged.skipped,
        new_workstations=merged.new_workstations,
    )


def _publish(
    store: Store, data_dir: Path, team_dir: Path, now: datetime, recheck_evidence: bool = False
) -> SyncResult:
    def published(done: Published) -> SyncResult:
        return SyncResult(
            team_dir, now, published=done.journal, evidence_published=done.evidence_files
        )

    def work() -> SyncResult:
        try:
            return published(
                publish_to(store, data_dir, team_dir, now, recheck_evidence=recheck_evidence)
            )
        except OSError as error:
            if not team_dir.is_dir():
                raise  # the folder is away, not just closed to writing
            return SyncResult(team_dir, now, reachable=False, problem=_not_written(team_dir, error))

    return _guarded(team_dir, now, work)


def _merge(
    store: Store, data_dir: Path, team_dir: Path, now: datetime, fetch_files: bool = True
) -> SyncResult:
    def result(merged: Merged, read: bool, problem: Message | None = None) -> SyncResult:
        return SyncResult(
            team_dir,
            now,
            reachable=problem is None,
            problem=problem,
            read=read,
            journals_read=merged.journals,
            read_from=tuple(merged.people),
            added_by_table=dict(merged.added),
            evidence_fetched=merged.evidence_fetched,
            evidence_missing=merged.evidence_missing,
            skipped=tuple(merged.skipped),
            new_workstations=tuple(merged.new_workstations),
        )

    def work() -> SyncResult:
        try:
            merged = merge_from(store, data_dir, team_dir, now, fetch_files=fetch_files)
            return result(merged, read=True)
        except MergeCutOffError as cut_off:
            # What was merged before the folder went away stays merged, and is said.
            return result(cut_off.merged, read=False, problem=_unreachable(team_dir, cut_off.error))

    return _guarded(team_dir, now, work)


def _guarded(team_dir: Path, now: datetime, work: Callable[[], SyncResult]) -> SyncResult:
    """Run ``work``; a team folder or database that fails becomes a result, never an error."""
    try:
        return work()
    except OSError as error:
        return SyncResult(team_dir, now, reachable=False, problem=_unreachable(team_dir, error))
    except LocalWriteError as failure:
        reason = failure.error.strerror or str(failure.error)
        template = QT_TRANSLATE_NOOP(
            "Team",
            "The team's files could not be saved on this workstation ({reason}). "
            "Free some disk space; the team folder is read again shortly.",
        )
    except StorageError as error:
        reason = error.reason
        template = QT_TRANSLATE_NOOP(
            "Team",
            "The database was busy or could not be written ({reason}), so the team "
            "folder was not brought up to date this time. It is tried again shortly.",
        )
    return SyncResult(team_dir, now, problem=Message("Team", template, {"reason": reason}))


def _not_written(team_dir: Path, error: OSError) -> Message:
    return Message(
        "Team",
        QT_TRANSLATE_NOOP(
            "Team",
            "This workstation's work could not be written to the team folder {folder} "
            "({reason}). It is kept here and published when the folder can be written again.",
        ),
        {"folder": str(team_dir), "reason": error.strerror or str(error)},
    )


def _unreachable(team_dir: Path, error: OSError) -> Message:
    return Message(
        "Team",
        QT_TRANSLATE_NOOP(
            "Team",
            "The team folder {folder} cannot be reached ({reason}). Your work is kept on "
            "this workstation and shared when the folder can be reached again.",
        ),
        {"folder": str(team_dir), "reason": error.strerror or str(error)},
    )
