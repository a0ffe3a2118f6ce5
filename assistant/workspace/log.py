"""What the log holds, read once for as long as the database stays as it is.

One refresh of the main window shows My day, its checklists and duties,
Covering, the register and perhaps an account's page: each needs the people,
the accounts with their lives, the absences and today's checks. Read by each
screen in turn that was some thirty queries of the same rows. :class:`LogCache`
reads each of them once and keeps the answer until the database changes,
whether by a write here or by a team merge on another connection
(:meth:`assistant.store.database.Store.generation`). The answers are shared:
callers must not change them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from assistant.records import Absence, Account, DailyCheck, DutyLog, People
from assistant.rules.checklists import run_states
from assistant.rules.lifecycle import Life, lives
from assistant.store.database import Store

T = TypeVar("T")


class LogCache:
    """The reads every screen shares, kept while the database is unchanged."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._generation: tuple[int, int] | None = None
        self._kept: dict[tuple[Any, ...], Any] = {}

    def clear(self) -> None:
        """Forget what was read, so the next read goes to the database (for benchmarks)."""
        self._kept.clear()
        self._generation = None

    def _once(self, key: tuple[Any, ...], read: Callable[[], T]) -> T:
        generation = self.store.generation()
        if generation != self._generation:
            self._kept.clear()
            self._generation = generation
        if key not in self._kept:
            self._kept[key] = read()
        value: T = self._kept[key]
        return value

    def me(self) -> str | None:
        """The person id of whoever uses this workstation, once known."""
        return self._once(("me",), self.store.me)

    def people(self) -> People:
        return self._once(("people",), self.store.people)

    def lives(self) -> dict[str, Life]:
        """Every account's life: the register's version as its finished checklists left it."""

        def read() -> dict[str, Life]:
            accounts = self.store.accounts()
            return lives(accounts, run_states(*self.store.checklist_records()))

        return self._once(("lives",), read)

    def accounts(self) -> dict[str, Account]:
        """Every account as it stands now (see :meth:`lives`), by account id."""
        return self._once(
            ("accounts",), lambda: {key: life.account for key, life in self.lives().items()}
        )

    def absences(self, ending_from: date | None = None) -> dict[str, Absence]:
        """The current version of each absence (cancelled ones too), over before a day or not."""
        return self._once(("absences", ending_from), lambda: self.store.absences(ending_from))

    def checks_of_day(self, day: date) -> list[DailyCheck]:
        """Every account's current checks for ``day``."""
        # Named by account, so SQLite finds them by its index of account and day.
        return self._once(
            ("checks", day),
            lambda: self.store.checks(account_ids=list(self.accounts()), first=day, last=day),
        )

    def checked_days(self, first: date, last: date) -> dict[str, set[date]]:
        """Per account, the days from ``first`` to ``last`` that have a current check."""
        return self._once(
            ("checked", first, last),
            lambda: self.store.checked_days(self.accounts(), first, last),
        )

    def latest_duty_log(self) -> DutyLog:
        """Each account's newest culling, documentation and larger change, and every revision."""
        return self._once(("duties",), lambda: self.store.duty_log(latest=True))

    def first_recorded_on(self) -> date | None:
        """The day the register got its first account: when Kontokoll came into use here."""
        return self._once(("first",), self.store.first_recorded_on)
