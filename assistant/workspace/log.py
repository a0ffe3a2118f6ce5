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

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from assistant.records import Absence, Account, DailyCheck, DutyLog, People
from assistant.rules.opening import CLOSING, GETTING_STARTED, as_finished
from assistant.store.database import Store

if TYPE_CHECKING:
    from assistant.rules.lifecycle import Life

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
        from assistant.rules.checklists import run_states
        from assistant.rules.lifecycle import lives

        def read() -> dict[str, Life]:
            return lives(self._registered(), run_states(*self.store.checklist_records()))

        return self._once(("lives",), read)

    def _registered(self) -> dict[str, Account]:
        """The register's current version of each account, as recorded."""
        return self._once(("registered",), self.store.accounts)

    def accounts(self) -> dict[str, Account]:
        """Every account as it stands now, by account id: the register's version as its
        finished checklists left it (the accounts of :meth:`lives`, read without the runs)."""

        def read() -> dict[str, Account]:
            finishes = self.store.first_finishes()
            return {
                key: as_finished(
                    account,
                    finishes.get(key, {}).get(GETTING_STARTED),
                    finishes.get(key, {}).get(CLOSING),
                )
                for key, account in self._registered().items()
            }

        return self._once(("accounts",), read)

    def absences(
        self, ending_from: date | None = None, starting_by: date | None = None
    ) -> dict[str, Absence]:
        """The current version of each absence (cancelled ones too), those overlapping a
        period (from ``ending_from``, by ``starting_by``) or all."""
        return self._once(
            ("absences", ending_from, starting_by),
            lambda: self.store.absences(ending_from, starting_by),
        )

    def checks_of_day(
        self, day: date, account_ids: Iterable[str] | None = None
    ) -> list[DailyCheck]:
        """The current checks for ``day`` of some accounts (by default, every account's)."""
        ids = frozenset(self.accounts() if account_ids is None else account_ids)
        # Named by account, so SQLite finds them by its index of account and day.
        return self._once(
            ("checks", day, ids),
            lambda: self.store.checks(account_ids=sorted(ids), first=day, last=day),
        )

    def checked_days(
        self, first: date, last: date, account_ids: Iterable[str] | None = None
    ) -> dict[str, set[date]]:
        """Per account (by default every one), the days from ``first`` to ``last`` checked."""
        ids = frozenset(self.accounts() if account_ids is None else account_ids)
        return self._once(
            ("checked", first, last, ids),
            lambda: self.store.checked_days(sorted(ids), first, last),
        )

    def latest_duty_log(self) -> DutyLog:
        """Each account's newest culling, documentation and larger change, and every revision."""
        return self._once(("duties",), lambda: self.store.duty_log(latest=True))

    def first_recorded_on(self) -> date | None:
        """The day the register got its first account: when Kontokoll came into use here."""
        return self._once(("first",), self.store.first_recorded_on)
