"""Keeping up with the team folder: publish this workstation's journal, read the others'.

All the work is :mod:`assistant.team.sync`'s, run on a worker thread with its own
database connection, one job at a time. What starts a job:

- start-up, and a new team folder in the settings: publish and read;
- a change made here (noticed after each refresh, published 5 s later, so a
  burst of changes is one publish);
- the folder changing (QFileSystemWatcher on its ``journals`` folder), and
  every few minutes, as network shares do not always signal: read only, so
  our own publish never sets off another;
- quitting: the last publish, waited for a few seconds at most.

A folder that cannot be reached is said once in the status bar, never in a
dialog per attempt; local work goes on and the next job catches up.

Signals:
    merged(int): facts from the team were added to this workstation's log.
    statusChanged(str): the status bar's line about the team, in the user's language.

:attr:`TeamSync.status` is that line as a label for the window's status bar, its
tooltip the reason the folder could not be reached.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from assistant.clock import Clock
from ui.common.i18n import translate
from ui.common.labels import clock_time
from ui.common.widgets import named

if TYPE_CHECKING:
    from assistant.workspace.data_folder import Workspace

PUBLISH_DELAY_MS = 5_000
WATCH_DELAY_MS = 2_000
POLL_INTERVAL_MS = 3 * 60_000
EXIT_WAIT_MS = 8_000
PUBLISHING = ("publish", "sync")
"""The jobs that publish this workstation's journal."""


class _Relay(QObject):
    """Carries a job's outcome back to the GUI thread (it lives there)."""

    done = Signal(object)


class TeamSync(QObject):
    merged = Signal(int)
    statusChanged = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        team_folder: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.data_dir = workspace.data_dir
        self.clock = clock
        self.team_dir: Path | None = None
        # One job at a time, each on a daemon thread: a job stuck on a share that no
        # longer answers cannot keep Kontokoll from quitting (a thread pool would wait).
        self._worker: threading.Thread | None = None
        self.relay = _Relay(self)
        self.relay.done.connect(self._finished)
        self.busy = False
        self.pending: set[str] = set()
        self.last_result: Any = None
        self.last_read: datetime | None = None
        self.unreachable_since: datetime | None = None
        self.cannot_write = False
        self._recheck_evidence = False
        # The database's change count at the last publish that went through; None
        # when the last one failed, so that it is tried again.
        self._published_changes: int | None = -1

        self.publish_timer = QTimer(self)
        self.publish_timer.setSingleShot(True)
        self.publish_timer.setInterval(PUBLISH_DELAY_MS)
        self.publish_timer.timeout.connect(lambda: self.run("publish"))
        self.watch_timer = QTimer(self)
        self.watch_timer.setSingleShot(True)
        self.watch_timer.setInterval(WATCH_DELAY_MS)
        self.watch_timer.timeout.connect(lambda: self.run("merge"))
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self._poll)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.watch_timer.start())
        self.status = named(QLabel(), "teamStatus")
        self.statusChanged.connect(self._show_status)
        self.use_folder(team_folder)

    # -- what starts a job -------------------------------------------------------

    def use_folder(self, team_folder: str) -> None:
        """Follow a (new) team folder from now on; an empty one stops all sharing."""
        new = Path(team_folder).expanduser() if team_folder else None
        if new == self.team_dir and new is not None:
            return
        self.team_dir = new
        for path in self.watcher.directories():
            self.watcher.removePath(path)
        self.unreachable_since = None
        self.last_read = None
        if new is None:
            self.poll_timer.stop()
            self.publish_timer.stop()
            self.statusChanged.emit("")
            return
        self.poll_timer.start()
        # Once a session, every evidence file of ours is looked for in the folder again.
        self._recheck_evidence = True
        self.run("sync")  # the folder is watched once this has reached it

    def local_change(self) -> None:
        """After a refresh: publish soon if anything was recorded here since the last publish."""
        if self.team_dir is None:
            return
        if self.workspace.change_count != self._published_changes:
            self.publish_timer.start()

    def _poll(self) -> None:
        # A publish that failed (the folder away, a busy database) is retried with the read.
        unpublished = self.unreachable_since or self._published_changes is None
        self.run("sync" if unpublished else "merge")

    def _watch(self) -> None:
        from assistant.team.sync import journals_dir

        if self.team_dir is None:
            return
        journals = journals_dir(self.team_dir)
        if str(journals) not in self.watcher.directories() and journals.is_dir():
            self.watcher.addPath(str(journals))

    def run(self, kind: str) -> None:
        """Start a job ("publish", "merge" or "sync"), or queue it behind the one running."""
        if self.team_dir is None:
            return
        if self.busy:
            self.pending.add(kind)
            return
        self.busy = True
        changes = self.workspace.change_count
        team_dir, now = self.team_dir, self.clock.now()
        recheck = self._recheck_evidence and kind in PUBLISHING
        job = _job(kind, self.data_dir, team_dir, now, recheck)
        relay = self.relay

        def work() -> None:
            try:
                result = job()
            except Exception as error:  # a fault: said, and the next job runs as usual
                logging.getLogger(__name__).exception("Team folder job failed")
                result = _fault_result(team_dir, now, error)
            with contextlib.suppress(RuntimeError):  # the window may be gone meanwhile
                relay.done.emit((result, kind, changes))

        self._worker = _start(work)

    def _finished(self, outcome: tuple[Any, str, int]) -> None:
        result, kind, changes = outcome
        self.busy = False
        if self.team_dir is None:
            return  # stopped meanwhile: a late answer changes nothing
        self.last_result = result
        if kind in PUBLISHING:
            self._published_changes = None if result.problem else changes
            self._recheck_evidence = self._recheck_evidence and bool(result.problem)
        now = self.clock.now()
        if result.read:
            self.last_read = now
        if result.reachable or result.read:
            self.unreachable_since = None
            self._watch()
        elif self.unreachable_since is None:
            self.unreachable_since = now
        # Read, but this workstation's journal could not be written there.
        self.cannot_write = bool(result.read and not result.reachable)
        self.statusChanged.emit(self.status_text())
        if result.added_by_table.get("people"):
            self._join_team_identity()
        if result.added:
            self.merged.emit(result.added)
        if self.pending:
            kind = "sync" if len(self.pending) > 1 or "sync" in self.pending else self.pending.pop()
            self.pending.clear()
            self.run(kind)

    def _join_team_identity(self) -> None:
        from assistant.messages import UserError
        from assistant.workspace.identity import join_team_identity

        # A busy database: tried again when more people arrive.
        with contextlib.suppress(UserError):
            join_team_identity(self.workspace, self.clock.now())

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setToolTip(self.problem_details())

    def status_text(self) -> str:
        """The status bar's line: when the team was last read, or that the folder is away."""
        if self.team_dir is None:
            return ""
        if self.unreachable_since is not None:
            return self.tr(
                "Team folder not reachable since {time}: working here, catching up later."
            ).format(time=_clock_time(self.unreachable_since))
        if self.last_read is None:
            return self.tr("Reading the team folder…")
        if self.cannot_write:
            return self.tr("Team read at {time}; your work could not be written there").format(
                time=_clock_time(self.last_read)
            )
        line = self.tr("Team read at {time}").format(time=_clock_time(self.last_read))
        result = self.last_result
        if result is not None and result.new_workstations:
            line += " · " + self.tr("new in the team: {names}").format(
                names=", ".join(result.new_workstations)
            )
        if result is not None and result.skipped:
            line += " · " + self.tr("journals not read: {count} (see the tooltip)").format(
                count=len(result.skipped)
            )
        return line

    def problem_details(self) -> str:
        """Why the folder could not be reached, or journals not read, for the tooltip."""
        result = self.last_result
        reason = getattr(result, "problem", None)
        lines = [reason.render(translate)] if reason is not None else []
        lines.extend(s.reason.render(translate) for s in getattr(result, "skipped", ()))
        return "\n\n".join(lines)

    # -- quitting ------------------------------------------------------------------

    def stop(self, publish: bool = True) -> None:
        """Stop the timers; publish the last changes, waiting a few seconds at most."""
        for timer in (self.publish_timer, self.watch_timer, self.poll_timer):
            timer.stop()
        self.pending.clear()
        # A job stuck on a share that hangs is not waited for twice: the last changes
        # then stay here, and are published at the next start.
        idle = _finished_within(self._worker, EXIT_WAIT_MS)
        changed = self.workspace.change_count != self._published_changes
        if publish and changed and idle and self.team_dir is not None:
            job = _job("publish", self.data_dir, self.team_dir, self.clock.now())
            self._worker = _start(job)
            _finished_within(self._worker, EXIT_WAIT_MS)
        self.team_dir = None


def _clock_time(instant: datetime) -> str:
    return clock_time(instant)


def _start(work: Callable[[], object]) -> threading.Thread:
    thread = threading.Thread(target=work, name="kontokoll-team-folder", daemon=True)
    thread.start()
    return thread


def _finished_within(thread: threading.Thread | None, milliseconds: int) -> bool:
    if thread is None:
        return True
    thread.join(milliseconds / 1000)
    return not thread.is_alive()


def _fault_result(team_dir: Path, now: datetime, error: Exception) -> Any:
    from assistant.messages import fault
    from assistant.team.sync import SyncResult

    return SyncResult(team_dir, now, problem=fault(error).message)


def _job(
    kind: str, data_dir: Path, team_dir: Path, now: datetime, recheck_evidence: bool = False
) -> Callable[[], Any]:
    """The work of one job, to run on a worker thread (it opens its own connection)."""
    from assistant.team import sync as team

    if kind == "merge":
        return lambda: team.merge(data_dir, team_dir, now)
    action = team.publish if kind == "publish" else team.sync
    return lambda: action(data_dir, team_dir, now, recheck_evidence=recheck_evidence)
