"""The workstation's database: every query of its records, and the one way to write them.

One SQLite file per workstation, reached through sqlite-utils for writing. No
SQL lives outside :mod:`assistant.store`. Rows are facts: they are inserted,
never updated or deleted by normal use (see :mod:`assistant.records`).
Opening, migrating, transactions and the sorting of SQLite's errors are
:mod:`assistant.store.connection`'s.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

    from assistant.store.salvage import ReadableCopy

from assistant.clock import local_date, parse_instant
from assistant.corrections import RoleGrant
from assistant.paths import DATABASE_NAME
from assistant.records import (
    Absence,
    Account,
    DutyLog,
    DutyRecord,
    Evidence,
    People,
    Person,
    heads,
    new_id,
    people_of,
)
from assistant.store import chain, connection
from assistant.store.check_queries import CheckQueries
from assistant.store.checklist_queries import ChecklistQueries
from assistant.store.connection import (
    StorageError,
    Trouble,
    not_saved,
    open_connection,
    open_failure,
    storage_errors,
)
from assistant.store.correction_queries import CorrectionQueries
from assistant.store.current import not_revoked
from assistant.store.duty_log import read_duty_log
from assistant.store.rows import from_row, to_row
from assistant.store.schema import TABLES


class Store(CheckQueries, ChecklistQueries, CorrectionQueries):
    """The open database of one data folder: every query, and the one way to write.

    Its connection is the store package's own: its modules
    (:mod:`~assistant.store.journal`, :mod:`~assistant.store.team_state`,
    :mod:`~assistant.store.review_queries`, :mod:`~assistant.store.bulk`)
    use it; nothing outside the package does. What fails in SQLite comes out
    as :class:`~assistant.store.connection.StorageError`, or, for a write, as a
    :class:`~assistant.messages.UserError` saying nothing was saved.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._conn.row_factory = sqlite3.Row
        self.path = path
        self._journals_merged = False  # set by journal_merge.merge_journals, see merging()
        self._merging = False  # merged facts are their workstations', not chained here
        self._chained = True  # the schema has chains (see open)
        self._revocable = True  # the schema has revocations (see open)
        self._known_id: str | None = None  # the workstation's id, once read committed
        self.read_only: ReadableCopy | None = None
        """Set on a read-only copy of the database (:mod:`assistant.store.read_only`)."""
        self._copy_folder: Path | None = None  # the copy's own folder, removed on closing

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on the same connection, for writing.

        Imported on the first write: reading needs only sqlite3, and the import
        costs more than painting the main window.
        """
        import sqlite_utils

        return sqlite_utils.Database(self._conn)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Every row a statement gives, for the store's modules; errors as StorageError."""
        with storage_errors():
            return self._conn.execute(sql, params).fetchall()

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with storage_errors():
            return [dict(row) for row in self._conn.execute(sql, params)]

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, *, now: datetime | None = None) -> Store:
        """Open (creating or migrating) the database in ``data_dir``.

        A log from before chains existed has its facts chained now (``now``,
        the clock's time unless given), once. Raises :class:`UserError` for
        what a person can mend: a damaged file, one from a newer Kontokoll, a
        locked or unwritable one.
        """
        path = data_dir / DATABASE_NAME
        store = cls(open_connection(path), path)
        try:
            store._know_schema()
            if store._chained and not store._query(
                "SELECT 1 FROM workstation WHERE key = 'chain_begun'"
            ):
                with store._writing():
                    chain.begin_chain(store._conn, store._own_id(), now or datetime.now(UTC))
        except StorageError as error:
            store.close()
            damage = error.__cause__
            if isinstance(damage, sqlite3.DatabaseError) and error.trouble is Trouble.FAILED:
                raise open_failure(path, damage) from error
            raise
        except BaseException:
            store.close()
            raise
        return store

    def _know_schema(self) -> None:
        # A log left at an older schema (by the tests of upgrades) has no chain to keep.
        self._chained = bool(self._query("SELECT 1 FROM sqlite_master WHERE name = 'chain_marks'"))
        self._revocable = bool(
            self._query("SELECT 1 FROM sqlite_master WHERE name = 'revoked_workstations'")
        )

    def close(self) -> None:
        self._conn.close()
        if self._copy_folder is not None:
            shutil.rmtree(self._copy_folder, ignore_errors=True)
            self._copy_folder = None

    def generation(self) -> tuple[int, int]:
        """What changes whenever the database does, by this connection or another one.

        Two calls give the same answer only if nothing was written meanwhile,
        here or by another connection (a team merge on its worker thread): what
        was read in between can be kept instead of read again.
        """
        version = int(self._rows("PRAGMA data_version")[0][0])
        return version, self._conn.total_changes

    @contextmanager
    def statements(self) -> Iterator[list[str]]:
        """Every statement this store runs in the block, in order: for tests and benchmarks."""
        run: list[str] = []
        self._conn.set_trace_callback(run.append)
        try:
            yield run
        finally:
            self._conn.set_trace_callback(None)

    @property
    def schema_version(self) -> int:
        return int(self._rows("PRAGMA user_version")[0][0])

    @property
    def change_count(self) -> int:
        """How many rows this store has written since it was opened.

        A new count means something was recorded (or merged) since the count
        was last taken: the team folder sync publishes then.
        """
        return self._conn.total_changes

    # -- transactions ----------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction (see :func:`~assistant.store.connection.transaction`).

        Committed when the block ends, rolled back on any exception; what
        fails in SQLite, in the block or committing, comes out as StorageError.
        """
        if self.read_only is not None:
            raise StorageError("read-only", Trouble.READ_ONLY)
        outermost = not self._conn.in_transaction
        with storage_errors(), connection.transaction(self._conn):
            yield
            if outermost and self._chained and not self._merging:
                # Every fact this workstation records gets its place in its chain at once.
                chain.chain_new_facts(self._conn, self._own_id())
            if outermost and self._revocable:
                self._note_derived()

    @contextmanager
    def _writing(self) -> Iterator[sqlite_utils.Database]:
        """A transaction for recording; its failure said as nothing saved, in the person's words."""
        try:
            with self.transaction():
                yield self.db
        except StorageError as error:
            raise not_saved(error) from error

    @contextmanager
    def merging(self) -> Iterator[None]:
        """This connection set up for merging the team's journals, for the block's duration.

        Foreign keys are off: facts may refer to facts in a journal not merged
        yet. A merge lost to a power cut is simply merged again, so commits do
        not wait for the disk, and the cache is larger. The log is checkpointed
        once, after the whole merge, not after every transaction, and only if
        a journal was merged (:func:`~assistant.store.journal.merge_journals`
        notes it).
        """
        conn = self._conn
        self._journals_merged = False
        self._merging = True
        with storage_errors():
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA cache_size = -65536")
            conn.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            self._merging = False
            with storage_errors():
                conn.execute("PRAGMA foreign_keys = ON")
                if self._journals_merged:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                conn.execute("PRAGMA wal_autocheckpoint = 1000")

    # -- the workstation -------------------------------------------------------

    def me(self) -> str | None:
        """The person id of whoever uses this workstation, once known."""
        rows = self._query("SELECT value FROM workstation WHERE key = 'me'")
        return str(rows[0]["value"]) if rows else None

    def set_me(self, person_id: str) -> None:
        with self._writing() as db:
            self._set_me(db, person_id)

    @staticmethod
    def _set_me(db: sqlite_utils.Database, person_id: str) -> None:
        db.execute(
            "INSERT INTO workstation (key, value) VALUES ('me', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [person_id],
        )

    def workstation_id(self) -> str:
        """This workstation's own id, made on first use: it names its journal in the team folder."""
        if self._known_id is not None:
            return self._known_id
        rows = self._query("SELECT value FROM workstation WHERE key = 'id'")
        if not rows and self.read_only is not None:
            return ""  # lost with the damage: nothing may be made in a read-only copy
        if not rows:
            with self._writing():
                self._own_id()
            rows = self._query("SELECT value FROM workstation WHERE key = 'id'")
        # Once committed it never changes: every save's chaining needs it.
        self._known_id = str(rows[0]["value"])
        return self._known_id

    def _own_id(self) -> str:
        """:meth:`workstation_id`, made if need be in the transaction already open."""
        if self._known_id is not None:
            return self._known_id
        with storage_errors():
            row = self._conn.execute("SELECT value FROM workstation WHERE key = 'id'").fetchone()
            if row is None:
                self._conn.execute(
                    "INSERT INTO workstation (key, value) VALUES ('id', ?)", [new_id()]
                )
                row = self._conn.execute(
                    "SELECT value FROM workstation WHERE key = 'id'"
                ).fetchone()
        return str(row[0])

    # -- people ----------------------------------------------------------------

    def add_people(
        self, people: Iterable[Person], me: str | None = None, grants: Iterable[RoleGrant] = ()
    ) -> None:
        """Record people (and the grants of their roles); ``me`` also makes that person this
        workstation's user, at once."""
        with self._writing() as db:
            db.table("people").insert_all(to_row(p) for p in people)
            db.table("role_grants").insert_all(to_row(g) for g in grants)
            if me is not None:
                self._set_me(db, me)

    def people(self) -> People:
        """The current version of every person, by person id (a former id finds them too),
        with the roles they hold (:func:`~assistant.rules.role_grants.confirmed_people`)."""
        if not self._revocable:  # a log left at an older schema, by the tests of upgrades
            return people_of(from_row(Person, row) for row in self._query("SELECT * FROM people"))
        revoked = {str(row[0]) for row in self._rows("SELECT * FROM revoked_workstations")}
        return self._people_reading().people_without(revoked)

    # -- accounts --------------------------------------------------------------

    def add_accounts(self, accounts: Iterable[Account], people: Iterable[Person] = ()) -> None:
        """Record account versions (and any people they name) all at once, or none."""
        with self._writing() as db:
            db.table("people").insert_all(to_row(p) for p in people)
            db.table("accounts").insert_all(to_row(a) for a in accounts)

    def accounts(self) -> dict[str, Account]:
        """The current version of every account, by account id."""
        rows = self._query(
            f"SELECT a.*, (SELECT min(b.recorded_at) FROM accounts b WHERE b.account_id = "
            f"a.account_id AND {not_revoked('b.')}) AS first_recorded FROM accounts a "
            f"WHERE {not_revoked('a.')}"
        )
        return heads((_account(row) for row in rows), key=lambda a: a.account_id)

    def first_recorded_on(self) -> date | None:
        """The day the register got its first account: when Kontokoll came into use here."""
        (first,) = self._rows("SELECT min(recorded_at) FROM accounts")[0]
        return local_date(parse_instant(first)) if first else None

    def account_versions(self, account_id: str | None = None) -> dict[str, list[Account]]:
        """Every version of every account (or of one), per account id, oldest first."""
        versions: dict[str, list[Account]] = {}
        one, params = ("AND account_id = ? ", [account_id]) if account_id else ("", [])
        for row in self._query(
            f"SELECT * FROM accounts WHERE {not_revoked()} {one}ORDER BY recorded_at, rowid",
            params,
        ):
            account = from_row(Account, row)
            versions.setdefault(account.account_id, []).append(account)
        return {
            account_id: [replace(v, kept_since=local_date(of[0].recorded_at)) for v in of]
            for account_id, of in versions.items()
        }

    # -- evidence --------------------------------------------------------------

    def evidence(self, sha256: str) -> Evidence | None:
        rows = self._query("SELECT * FROM evidence WHERE sha256 = ?", [sha256])
        return from_row(Evidence, rows[0]) if rows else None

    # -- absences and cover -----------------------------------------------------

    def add_absence(self, absence: Absence) -> None:
        with self._writing() as db:
            db.table("absences").insert(to_row(absence))

    def absences(
        self, ending_from: date | None = None, starting_by: date | None = None
    ) -> dict[str, Absence]:
        """The current version of every absence (cancelled ones too), by absence id.

        ``ending_from`` leaves out the absences over before that day, ``starting_by``
        those begun after that day (in every version): with both, the absences that
        overlap a period.
        """
        if ending_from is None and starting_by is None:
            rows = self._query(f"SELECT * FROM absences WHERE {not_revoked()}")
        else:
            rows = self._query(
                f"SELECT * FROM absences WHERE {not_revoked()} AND absence_id IN "
                "(SELECT absence_id FROM absences WHERE last_day >= ? AND first_day <= ?)",
                [(ending_from or date.min).isoformat(), (starting_by or date.max).isoformat()],
            )
        return heads((from_row(Absence, row) for row in rows), key=lambda a: a.absence_id)

    # -- recurring duties ------------------------------------------------------

    def add_duty_record(self, record: DutyRecord, evidence: Iterable[Evidence] = ()) -> None:
        """Record a culling, documentation, revision or larger change, with its evidence."""
        with self._writing() as db:
            db.table("evidence").insert_all((to_row(e) for e in evidence), pk="sha256", ignore=True)
            db.table(TABLES[type(record)]).insert(to_row(record))

    def duty_log(
        self, account_id: str | None = None, latest: bool = False, *, withdrawn: bool = False
    ) -> DutyLog:
        """The current records of the recurring duties (of one account, or of all); with
        ``latest`` only each account's newest, with ``withdrawn`` the withdrawn ones too
        (see :mod:`assistant.store.duty_log`)."""
        return read_duty_log(self._query, account_id, latest, withdrawn)


def _account(row: Any) -> Account:
    """The account in ``row``, with the day its first version was recorded (``first_recorded``)."""
    return from_row(Account, row, kept_since=local_date(parse_instant(row["first_recorded"])))
