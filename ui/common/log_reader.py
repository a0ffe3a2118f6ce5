"""Reading the log off the GUI thread, keeping only the answer to the latest question.

SQLite connections stay in the thread that opened them, so each read opens
its own connection to the data folder's database and closes it
(:meth:`assistant.workspace.data_folder.Workspace.elsewhere`). A year of a
city's review takes about 0.2 s, ten years several seconds, and an account's
checks over ten years 0.4 s; meanwhile the person may ask again, and an
answer to a question no longer asked is dropped.

The work given to :meth:`LogReader.read` runs on the worker: it may read the
workspace it is handed (:mod:`assistant.workspace.reading`) and use pure
Python, but no widget.

Signals (LogReader):
    ready(object): what the latest work returned.
    failed(object): the latest work failed; the UserError saying why.
        A fault in Kontokoll's own code comes as a UserError saying so.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from assistant.messages import UserError, fault
from assistant.workspace.data_folder import Workspace

Work = Callable[[Workspace], object]
_log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a worker's answer back to the GUI thread (it lives there)."""

    ready = Signal(int, object)
    failed = Signal(int, object)


class _Read(QRunnable):
    def __init__(self, relay: _Relay, token: int, workspace: Workspace, work: Work) -> None:
        super().__init__()
        self.relay = relay
        self.token = token
        self.workspace = workspace
        self.work = work

    def run(self) -> None:
        try:
            with self.workspace.elsewhere() as here:
                answer = self.work(here)
        except UserError as error:
            self._fail(error)
            return
        except Exception as error:  # a fault: said, so the screen does not wait for ever
            _log.exception("Reading the log failed")
            self._fail(fault(error))
            return
        with contextlib.suppress(RuntimeError):
            self.relay.ready.emit(self.token, answer)

    def _fail(self, error: object) -> None:
        with contextlib.suppress(RuntimeError):  # the screen may have closed meanwhile
            self.relay.failed.emit(self.token, error)


class LogReader(QObject):
    """Runs reads of one data folder's log on the thread pool, one answer at a time."""

    ready = Signal(object)
    failed = Signal(object)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._token = 0
        self.busy = False
        self._relay = _Relay(self)
        self._relay.ready.connect(self._answered)
        self._relay.failed.connect(self._refused)

    def read(self, work: Work) -> None:
        """Run ``work`` on a connection of its own; ``ready`` brings what it returns."""
        self._token += 1
        self.busy = True
        QThreadPool.globalInstance().start(_Read(self._relay, self._token, self.workspace, work))

    def forget(self) -> None:
        """Drop the answer to any read still running (its log is being closed)."""
        self._token += 1
        self.busy = False

    def _answered(self, token: int, answer: object) -> None:
        if token == self._token:
            self.busy = False
            self.ready.emit(answer)

    def _refused(self, token: int, error: object) -> None:
        if token == self._token:
            self.busy = False
            self.failed.emit(error)
