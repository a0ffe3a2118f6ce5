"""The workstation's database: schema, migrations and every query.

One SQLite file per workstation, reached through sqlite-utils. No SQL lives
anywhere else. Rows are facts: they are inserted, never updated or deleted by
normal use (see :mod:`assistant.records`).

The schema version is ``PRAGMA user_version``. Migrations are numbered steps
run in one transaction after the file has been copied aside; a database
written by a newer Kontokoll is refused rather than guessed at.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.paths import DATABASE_NAME
from assistant.records import Account, DailyCheck, Evidence, Person, Removal, heads
from assistant.rows import from_row, to_row

MIGRATIONS: tuple[str, ...] = (
    # 1: people, accounts, evidence, daily checks and removals
    """
    CREATE TABLE people (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        roles TEXT NOT NULL,
        supersedes TEXT REFERENCES people(id),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE INDEX people_person_id ON people(person_id);
    CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        platform TEXT NOT NULL,
        name TEXT NOT NULL,
        url TEXT NOT NULL,
        department TEXT NOT NULL,
        officer_ids TEXT NOT NULL,
        deputy_ids TEXT NOT NULL,
        registrar_access INTEGER NOT NULL,
        active_since TEXT NOT NULL,
        supersedes TEXT REFERENCES accounts(id),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE INDEX accounts_account_id ON accounts(account_id);
    CREATE TABLE evidence (
        sha256 TEXT PRIMARY KEY,
        original_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE TABLE daily_checks (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        day TEXT NOT NULL,
        checked_by TEXT NOT NULL,
        role TEXT NOT NULL,
        reviewed TEXT NOT NULL,
        questions_answered INTEGER NOT NULL,
        cases_forwarded INTEGER NOT NULL,
        messages_to_registrar INTEGER NOT NULL,
        notes TEXT NOT NULL,
        supersedes TEXT REFERENCES daily_checks(id),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE INDEX daily_checks_account_day ON daily_checks(account_id, day);
    CREATE INDEX daily_checks_supersedes ON daily_checks(supersedes);
    CREATE TABLE removals (
        id TEXT PRIMARY KEY,
        check_id TEXT NOT NULL REFERENCES daily_checks(id),
        ground TEXT NOT NULL,
        action TEXT NOT NULL,
        post TEXT NOT NULL,
        screenshot_sha256 TEXT NOT NULL REFERENCES evidence(sha256),
        diary_number TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE INDEX removals_check_id ON removals(check_id);
    CREATE TABLE workstation (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def _storage_error(template: str, **values: object) -> UserError:
    return UserError(Message("Storage", template, values))


class Store:
    """The open database of one data folder."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.conn.row_factory = sqlite3.Row
        self.path = path

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on the same connection, for writing.

        Imported on the first write: reading needs only sqlite3, and the import
        costs more than painting the main window.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def _query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self.conn.execute(sql, params)]

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        """Open (creating or migrating) the database in ``data_dir``.

        Raises :class:`UserError` for what a person can mend: a damaged file,
        one from a newer Kontokoll, a locked or unwritable one.
        """
        path = data_dir / DATABASE_NAME
        if path.exists() and not os.access(path, os.W_OK):
            raise _storage_error(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The database {path} is read-only, so nothing could be saved. Ask IT "
                    "to give you write access to it, or choose another data folder.",
                ),
                path=str(path),
            )
        try:
            conn = sqlite3.connect(path, timeout=10, isolation_level=None)
        except sqlite3.Error as error:
            raise _storage_error(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The database {path} cannot be opened ({reason}). Check that the "
                    "data folder exists and that you may write to it.",
                ),
                path=str(path),
                reason=str(error),
            ) from error
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise _storage_error(
                    QT_TRANSLATE_NOOP(
                        "Storage",
                        "The database {path} was written by a newer Kontokoll (schema "
                        "version {found}; this version knows up to {known}). Install the "
                        "newer Kontokoll. The database has not been changed.",
                    ),
                    path=str(path),
                    found=version,
                    known=SCHEMA_VERSION,
                )
            conn.execute("PRAGMA journal_mode = WAL")
            if version < SCHEMA_VERSION:
                _migrate(conn, path, version)
        except sqlite3.DatabaseError as error:
            conn.close()
            if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
                raise _storage_error(
                    QT_TRANSLATE_NOOP(
                        "Storage",
                        "The database {path} is locked by another program. Close other "
                        "Kontokoll windows or commands and try again.",
                    ),
                    path=str(path),
                ) from error
            raise _storage_error(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The database {path} is damaged and cannot be read ({reason}). "
                    "Nothing has been changed. Restore the file from a backup, or move "
                    "it aside to start with an empty database.",
                ),
                path=str(path),
                reason=str(error),
            ) from error
        except UserError:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def _writing(self) -> Iterator[sqlite_utils.Database]:
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as error:
            reason = str(error)
            if isinstance(error, sqlite3.IntegrityError):
                # A record that contradicts the log: a fault in Kontokoll, not the user's.
                template = QT_TRANSLATE_NOOP(
                    "Storage",
                    "Saving failed because the entry does not fit the log ({reason}); "
                    "nothing was saved. Please report this to whoever supports Kontokoll.",
                )
            elif "locked" in reason or "busy" in reason:
                template = QT_TRANSLATE_NOOP(
                    "Storage",
                    "The database is busy with another program; nothing was saved. "
                    "Try again in a moment.",
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Storage",
                    "Saving failed ({reason}); nothing was saved. Check the free disk "
                    "space and try again.",
                )
            raise _storage_error(template, reason=reason) from error

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

    # -- people ----------------------------------------------------------------

    def add_people(self, people: Iterable[Person], me: str | None = None) -> None:
        """Record people; ``me`` also makes that person this workstation's user, at once."""
        with self._writing() as db:
            db.table("people").insert_all(to_row(p) for p in people)
            if me is not None:
                self._set_me(db, me)

    def people(self) -> dict[str, Person]:
        """The current version of every person, by person id."""
        rows = self._query("SELECT * FROM people")
        return heads((from_row(Person, row) for row in rows), key=lambda p: p.person_id)

    # -- accounts --------------------------------------------------------------

    def add_accounts(self, accounts: Iterable[Account], people: Iterable[Person] = ()) -> None:
        """Record account versions (and any people they name) all at once, or none."""
        with self._writing() as db:
            db.table("people").insert_all(to_row(p) for p in people)
            db.table("accounts").insert_all(to_row(a) for a in accounts)

    def accounts(self) -> dict[str, Account]:
        """The current version of every account, by account id."""
        rows = self._query("SELECT * FROM accounts")
        return heads((from_row(Account, row) for row in rows), key=lambda a: a.account_id)

    def account_history(self, account_id: str) -> list[Account]:
        rows = self._query(
            "SELECT * FROM accounts WHERE account_id = ? ORDER BY recorded_at", [account_id]
        )
        return [from_row(Account, row) for row in rows]

    # -- evidence --------------------------------------------------------------

    def evidence(self, sha256: str) -> Evidence | None:
        rows = self._query("SELECT * FROM evidence WHERE sha256 = ?", [sha256])
        return from_row(Evidence, rows[0]) if rows else None

    # -- daily checks ----------------------------------------------------------

    def add_check(self, check: DailyCheck, evidence: Iterable[Evidence] = ()) -> None:
        """Record a check with its removals and their evidence in one transaction."""
        with self._writing() as db:
            db.table("evidence").insert_all((to_row(e) for e in evidence), pk="sha256", ignore=True)
            db.table("daily_checks").insert(to_row(check))
            db.table("removals").insert_all(to_row(r) for r in check.removals)

    def checked_days(
        self, account_ids: Iterable[str], first: date, last: date
    ) -> dict[str, set[date]]:
        """Per account, the days from ``first`` to ``last`` that have a current check."""
        ids = list(account_ids)
        if not ids:
            return {}
        rows = self.conn.execute(
            "SELECT DISTINCT account_id, day FROM daily_checks "
            "WHERE id NOT IN (SELECT supersedes FROM daily_checks WHERE supersedes IS NOT NULL) "
            f"AND account_id IN ({', '.join('?' * len(ids))}) AND day >= ? AND day <= ?",
            [*ids, first.isoformat(), last.isoformat()],
        )
        result: dict[str, set[date]] = {}
        for account_id, day in rows:
            result.setdefault(account_id, set()).add(date.fromisoformat(day))
        return result

    def checks(
        self,
        account_ids: Iterable[str] | None = None,
        first: date | None = None,
        last: date | None = None,
    ) -> list[DailyCheck]:
        """Current (not superseded) checks, optionally for some accounts and days."""
        where = ["id NOT IN (SELECT supersedes FROM daily_checks WHERE supersedes IS NOT NULL)"]
        params: list[Any] = []
        if account_ids is not None:
            ids = list(account_ids)
            where.append(f"account_id IN ({', '.join('?' * len(ids))})" if ids else "0")
            params.extend(ids)
        if first is not None:
            where.append("day >= ?")
            params.append(first.isoformat())
        if last is not None:
            where.append("day <= ?")
            params.append(last.isoformat())
        condition = " AND ".join(where)
        rows = self._query(
            f"SELECT * FROM daily_checks WHERE {condition} ORDER BY day, recorded_at", params
        )
        removals: dict[str, list[Removal]] = {}
        for row in self._query(
            "SELECT * FROM removals WHERE check_id IN "
            f"(SELECT id FROM daily_checks WHERE {condition}) ORDER BY recorded_at",
            params,
        ):
            removals.setdefault(str(row["check_id"]), []).append(from_row(Removal, row))
        return [
            from_row(DailyCheck, row, removals=tuple(removals.get(str(row["id"]), ())))
            for row in rows
        ]


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    # Copy aside anything that already holds data, even an unversioned file.
    holds_data = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if version > 0 or holds_data:
        backup_path = path.with_name(f"{path.name}.v{version}.backup")
        number = 1
        while backup_path.exists():  # an earlier copy is never overwritten
            number += 1
            backup_path = path.with_name(f"{path.name}.v{version}.backup{number}")
        backup = sqlite3.connect(backup_path)
        try:
            conn.backup(backup)
        finally:
            backup.close()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for number in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[number - 1].split(";"):
                if statement.strip():
                    conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        conn.execute("ROLLBACK")
        raise _storage_error(
            QT_TRANSLATE_NOOP(
                "Storage",
                "The database {path} could not be upgraded to this version of Kontokoll "
                "({reason}). It has been left as it was. Free some disk space and start "
                "again, or ask IT for help.",
            ),
            path=str(path),
            reason=str(error),
        ) from error
    except BaseException:
        conn.execute("ROLLBACK")
        raise
