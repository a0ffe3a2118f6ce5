"""Reading a review off the GUI thread, keeping only the answer to the latest question.

SQLite connections stay in the thread that opened them, so each read opens
its own connection to the data folder's database and closes it. A year of a
city's log takes about 0.3 s; meanwhile the person may change the filter
again, and an answer to a question no longer asked is dropped.

Signals (ReviewReader):
    ready(object): the review (a :class:`~assistant.review.Review`) for the
        latest filter asked for.
    failed(object): the latest read failed; the UserError or database error.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from assistant.guidelines import GuidelinePack
from assistant.messages import UserError
from assistant.review import ReviewFilter, read_review
from assistant.store import Store
from assistant.workdays import WorkingCalendar
from assistant.workspace import Workspace


class _Relay(QObject):
    """Carries a worker's answer back to the GUI thread (it lives there)."""

    ready = Signal(int, object)
    failed = Signal(int, object)


class _ReadReview(QRunnable):
    def __init__(
        self,
        relay: _Relay,
        token: int,
        data_dir: Path,
        calendar: WorkingCalendar,
        pack: GuidelinePack,
        review_filter: ReviewFilter,
        day: date,
    ) -> None:
        super().__init__()
        self.relay = relay
        self.token = token
        self.data_dir = data_dir
        self.calendar = calendar
        self.pack = pack
        self.review_filter = review_filter
        self.day = day

    def run(self) -> None:
        try:
            store = Store.open(self.data_dir)
            try:
                review = read_review(store, self.calendar, self.pack, self.review_filter, self.day)
            finally:
                store.close()
        except (UserError, sqlite3.Error) as error:
            with contextlib.suppress(RuntimeError):  # the screen may have closed meanwhile
                self.relay.failed.emit(self.token, error)
            return
        with contextlib.suppress(RuntimeError):
            self.relay.ready.emit(self.token, review)


class ReviewReader(QObject):
    """Reads reviews of one data folder on the thread pool."""

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

    def read(self, review_filter: ReviewFilter, today: date) -> None:
        """Read the review of ``review_filter`` as it stands on ``today``; ``ready`` brings it."""
        self._token += 1
        self.busy = True
        calendar = self.workspace.calendar
        # The calendar caches each year's days off as it meets them: meet them here,
        # on the GUI thread, so the worker only reads it.
        for year in range(review_filter.first.year, review_filter.last.year + 1):
            calendar.days_off(year)
        QThreadPool.globalInstance().start(
            _ReadReview(
                self._relay,
                self._token,
                self.workspace.data_dir,
                calendar,
                self.workspace.pack,
                review_filter,
                today,
            )
        )

    def _answered(self, token: int, review: object) -> None:
        if token == self._token:
            self.busy = False
            self.ready.emit(review)

    def _refused(self, token: int, error: object) -> None:
        if token == self._token:
            self.busy = False
            self.failed.emit(error)
