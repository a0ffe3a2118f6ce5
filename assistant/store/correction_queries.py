"""The store's queries of the records that correct the log: withdrawals, grants, revocations.

Part of :class:`~assistant.store.database.Store` (it inherits them), kept apart
so each module holds one idea. The revocations in force are kept worked out
in ``revoked_workstations``, and the roles' holders in ``role_holders``
(:meth:`CorrectionQueries._note_derived`, run as a write that adds a person, a
grant or a revocation commits), so every query of what counts can leave a revoked
workstation's records out in SQL (:mod:`assistant.store.current`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.corrections import Revocation, RoleGrant, Withdrawable, Withdrawal
from assistant.records import DailyCheck, People, Person, Removal
from assistant.rules.revocations import in_force
from assistant.rules.role_grants import GRANTED_ROLES, GRANTS_BEGAN, confirmed_people
from assistant.rules.withdrawals import Entry
from assistant.store.chain import written_after
from assistant.store.current import withdrawn
from assistant.store.rows import from_row, to_row
from assistant.store.schema import TABLES

if TYPE_CHECKING:
    import sqlite3

    import sqlite_utils

_KINDS = {Withdrawable(table): cls for cls, table in TABLES.items() if table in set(Withdrawable)}


class CorrectionQueries:
    """Writing and reading withdrawals, grants of roles and revocations (a mixin of the store)."""

    if TYPE_CHECKING:  # the store's own, which these queries use
        _conn: sqlite3.Connection

        def _writing(self) -> AbstractContextManager[sqlite_utils.Database]: ...

        def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

    # -- withdrawn entries -----------------------------------------------------

    def add_withdrawal(self, withdrawal: Withdrawal) -> None:
        with self._writing() as db:
            db.table("withdrawals").insert(to_row(withdrawal))

    def withdrawals(self) -> dict[str, Withdrawal]:
        """Every withdrawal that counts (:func:`~assistant.store.current.withdrawn`), by the id
        of the entry it withdrew (the first, if two did)."""
        counted = " UNION ALL ".join(withdrawn(kind.value, "w.id") for kind in Withdrawable)
        rows = self._query(
            f"SELECT * FROM withdrawals WHERE id IN ({counted}) ORDER BY recorded_at DESC, id DESC"
        )
        return {str(row["fact_id"]): from_row(Withdrawal, row) for row in rows}

    def entry(self, kind: Withdrawable, fact_id: str) -> Entry | None:
        """The entry of ``kind`` (a check with its removals, a removal, a duty's record)."""
        rows = self._query(f"SELECT * FROM {kind.value} WHERE id = ?", [fact_id])
        if not rows:
            return None
        if kind is Withdrawable.CHECK:
            removals = self._query("SELECT * FROM removals WHERE check_id = ?", [fact_id])
            return from_row(
                DailyCheck, rows[0], removals=tuple(from_row(Removal, r) for r in removals)
            )
        entry: Entry = from_row(_KINDS[kind], rows[0])
        return entry

    # -- grants of roles ---------------------------------------------------------

    def add_grants(self, grants: Iterable[RoleGrant]) -> None:
        with self._writing() as db:
            db.table("role_grants").insert_all(to_row(g) for g in grants)

    # -- revoked workstations ------------------------------------------------------

    def add_revocation(self, revocation: Revocation) -> None:
        with self._writing() as db:
            db.table("revocations").insert(to_row(revocation))

    def revocations(self) -> dict[str, Revocation]:
        """The revocations in force, by the workstation they revoke."""
        rows = self._query(
            "SELECT * FROM revocations WHERE id IN (SELECT revocation_id FROM revoked_workstations)"
        )
        return {str(row["workstation_id"]): from_row(Revocation, row) for row in rows}

    def _people_reading(self) -> _PeopleReading:
        """Every person's versions and every grant, read once, with where each came from."""
        people = self._query("SELECT * FROM people")
        grants = self._query("SELECT * FROM role_grants")
        versions = [(from_row(Person, r), str(r["origin"])) for r in people]
        dated_before = [
            version.id
            for version, _ in versions
            if version.recorded_at < GRANTS_BEGAN and version.roles & GRANTED_ROLES
        ]
        return _PeopleReading(
            versions,
            [(from_row(RoleGrant, r), str(r["origin"])) for r in grants],
            written_after(self._conn, "people", dated_before, GRANTS_BEGAN),
        )

    def _note_derived(self) -> None:
        """Work out the revocations in force and who holds the granted roles, inside the
        committing transaction, whenever a person, a grant or a revocation was added.

        Both are kept in tables (``revoked_workstations``, ``role_holders``) so that
        the queries of what counts can ask SQLite (:mod:`assistant.store.current`).
        """
        conn = self._conn
        marks = conn.execute(
            "SELECT (SELECT max(rowid) FROM people), (SELECT max(rowid) FROM role_grants), "
            "(SELECT max(rowid) FROM revocations)"
        ).fetchone()
        mark = ",".join(str(m) for m in marks)
        row = conn.execute("SELECT value FROM workstation WHERE key = 'derived_from'").fetchone()
        if row is not None and row[0] == mark:
            return
        reading = self._people_reading()
        everyone = reading.people_without(set())
        current_id = {**everyone.former_ids, **{person_id: person_id for person_id in everyone}}
        revocations = [
            (from_row(Revocation, r), str(r["origin"]))
            for r in self._query("SELECT * FROM revocations")
        ]
        revoked = in_force(
            revocations, lambda gone: reading.people_without(gone).holders, current_id
        )
        held = reading.people_without(set(revoked)).holders
        conn.execute("DELETE FROM revoked_workstations")
        conn.executemany(
            "INSERT INTO revoked_workstations VALUES (?, ?)",
            [[workstation, made.id] for workstation, made in revoked.items()],
        )
        conn.execute("DELETE FROM role_holders")
        conn.executemany(
            "INSERT INTO role_holders VALUES (?, ?)",
            [[person_id, role.value] for role, ids in held.items() for person_id in ids],
        )
        conn.execute(
            "INSERT INTO workstation (key, value) VALUES ('derived_from', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [mark],
        )


@dataclass(frozen=True)
class _PeopleReading:
    """Every person's versions and every grant, each with the workstation it came from."""

    versions: list[tuple[Person, str]]
    grants: list[tuple[RoleGrant, str]]
    written_later: set[str]
    """The versions dated before grants began that their chain shows were written after."""

    def people_without(self, revoked: Set[str]) -> People:
        """The people and the roles they hold, trusting nothing from the ``revoked``."""
        untrusted = {version.id for version, origin in self.versions if origin in revoked}
        kept = [grant for grant, origin in self.grants if origin not in revoked]
        return confirmed_people(
            (version for version, _ in self.versions), kept, untrusted, self.written_later
        )
