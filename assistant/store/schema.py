"""The database schema: numbered migrations, applied in order.

Step N brings a database from ``PRAGMA user_version`` N-1 to N; a step once
released is never changed, only followed by a new one.
:mod:`assistant.store.connection` runs them (after copying the file aside).
``TABLES`` says where each kind of record is kept.
"""

from __future__ import annotations

from typing import Any

from assistant.corrections import Revocation, RoleGrant, Withdrawal
from assistant.records import (
    Absence,
    Account,
    ChecklistFinish,
    ChecklistRun,
    Culling,
    DailyCheck,
    Documentation,
    Evidence,
    LargerChange,
    Person,
    Removal,
    Revision,
    StepMark,
)

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
    # 2: guided checklists and the account lifecycle
    """
    ALTER TABLE accounts ADD COLUMN planned INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE accounts ADD COLUMN closed_on TEXT;
    CREATE TABLE checklist_runs (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        checklist_id TEXT NOT NULL,
        pack_id TEXT NOT NULL,
        pack_version TEXT NOT NULL,
        checklist TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE INDEX checklist_runs_account_id ON checklist_runs(account_id);
    CREATE TABLE step_marks (
        id TEXT PRIMARY KEY,
        run_id TEXT NOT NULL REFERENCES checklist_runs(id),
        step_id TEXT NOT NULL,
        answers TEXT NOT NULL,
        done INTEGER NOT NULL,
        supersedes TEXT REFERENCES step_marks(id),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE INDEX step_marks_run_id ON step_marks(run_id);
    CREATE TABLE checklist_finishes (
        id TEXT PRIMARY KEY,
        run_id TEXT NOT NULL REFERENCES checklist_runs(id),
        finished_on TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE INDEX checklist_finishes_run_id ON checklist_finishes(run_id);
    """,
    # 3: the recurring duties: culling, documentation, revision of the rules
    """
    CREATE TABLE cullings (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        done_on TEXT NOT NULL,
        done_by TEXT NOT NULL,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        removed TEXT NOT NULL,
        not_removable TEXT NOT NULL,
        evidence_sha256 TEXT NOT NULL,
        supersedes TEXT REFERENCES cullings(id),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE INDEX cullings_account_id ON cullings(account_id);
    CREATE TABLE documentations (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        done_on TEXT NOT NULL,
        done_by TEXT NOT NULL,
        screenshot_sha256 TEXT NOT NULL REFERENCES evidence(sha256),
        note TEXT NOT NULL,
        supersedes TEXT REFERENCES documentations(id),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE INDEX documentations_account_id ON documentations(account_id);
    CREATE TABLE revisions (
        id TEXT PRIMARY KEY,
        done_on TEXT NOT NULL,
        done_by TEXT NOT NULL,
        note TEXT NOT NULL,
        supersedes TEXT REFERENCES revisions(id),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    CREATE TABLE larger_changes (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        changed_on TEXT NOT NULL,
        description TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    );
    """,
    # 4: absences and cover; where each fact came from, for the team folder
    """
    CREATE TABLE absences (
        id TEXT PRIMARY KEY,
        absence_id TEXT NOT NULL,
        person_id TEXT NOT NULL,
        first_day TEXT NOT NULL,
        last_day TEXT NOT NULL,
        covers TEXT NOT NULL,
        handover TEXT NOT NULL,
        cancelled INTEGER NOT NULL DEFAULT 0,
        supersedes TEXT REFERENCES absences(id),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX absences_last_day ON absences(last_day);
    ALTER TABLE daily_checks ADD COLUMN covering_for TEXT NOT NULL DEFAULT '';
    ALTER TABLE people ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    ALTER TABLE accounts ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    ALTER TABLE evidence ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    ALTER TABLE daily_checks ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    ALTER TABLE removals ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    ALTER TABLE checklist_runs ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    ALTER TABLE step_marks ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    ALTER TABLE checklist_finishes ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    ALTER TABLE cullings ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    ALTER TABLE documentations ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    ALTER TABLE revisions ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    ALTER TABLE larger_changes ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    """,
    # 5: the team folder: this workstation's journal there, the journals read, files to fetch
    """
    CREATE TABLE team_folders (
        team_folder TEXT PRIMARY KEY,
        published_signature TEXT NOT NULL DEFAULT '',
        published_contents TEXT NOT NULL DEFAULT '',
        published_at TEXT NOT NULL DEFAULT '',
        evidence_published_up_to INTEGER NOT NULL DEFAULT 0,
        read_at TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE team_journals (
        team_folder TEXT NOT NULL,
        workstation_id TEXT NOT NULL,
        signature TEXT NOT NULL,
        person_name TEXT NOT NULL,
        published_at TEXT NOT NULL,
        read_at TEXT NOT NULL,
        PRIMARY KEY (team_folder, workstation_id)
    );
    CREATE TABLE evidence_wanted (
        sha256 TEXT PRIMARY KEY,
        wanted_since TEXT NOT NULL
    );
    """,
    # 6: the tamper-evident log: each workstation's facts chained by their hashes,
    # the signed heads of the chains, and the workstations' public keys
    """
    CREATE TABLE chain (
        workstation_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        fact_table TEXT NOT NULL,
        fact_id TEXT NOT NULL,
        fact_hash TEXT NOT NULL,
        link TEXT NOT NULL,
        PRIMARY KEY (workstation_id, seq)
    ) WITHOUT ROWID;
    CREATE INDEX chain_fact ON chain(fact_table, fact_id, workstation_id, fact_hash);
    CREATE TABLE chain_marks (
        fact_table TEXT PRIMARY KEY,
        last_rowid INTEGER NOT NULL
    );
    CREATE TABLE chain_heads (
        workstation_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        link TEXT NOT NULL,
        public_key TEXT NOT NULL,
        signature TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        PRIMARY KEY (workstation_id, seq)
    );
    CREATE TABLE workstation_keys (
        workstation_id TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        person_name TEXT NOT NULL DEFAULT ''
    );
    """,
    # 7: entries withdrawn (makulerade) because they were logged by mistake, the grants
    # of the roles only a holder may hand on, and workstations revoked by the information
    # unit (with the revocations in force and the roles' holders worked out from them, for
    # the queries)
    """
    CREATE TABLE withdrawals (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        fact_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX withdrawals_fact ON withdrawals(kind, fact_id);
    CREATE TABLE role_grants (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL,
        role TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE revocations (
        id TEXT PRIMARY KEY,
        workstation_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE revoked_workstations (
        workstation_id TEXT PRIMARY KEY,
        revocation_id TEXT NOT NULL
    );
    CREATE TABLE role_holders (
        person_id TEXT NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (person_id, role)
    );
    """,
    # 8: the journal in segments, so a change republishes only the newest: what this
    # workstation last published of each of its segments in each team folder
    """
    CREATE TABLE team_segments (
        team_folder TEXT NOT NULL,
        first_place INTEGER NOT NULL,
        signature TEXT NOT NULL,
        contents TEXT NOT NULL,
        PRIMARY KEY (team_folder, first_place)
    );
    """,
    # 9: a withdrawal may call off a checklist run begun by mistake (kind 'checklist_runs').
    # A Kontokoll at version 8 would refuse a journal holding one as not as Kontokoll writes
    # it; from this version on it says instead that a newer Kontokoll wrote the journal, and
    # reads it once updated. No table changes.
    """
    -- nothing to change: the version alone tells an older Kontokoll
    """,
)
FACT_TABLES: tuple[str, ...] = (
    "people",
    "accounts",
    "evidence",
    "daily_checks",
    "removals",
    "checklist_runs",
    "step_marks",
    "checklist_finishes",
    "cullings",
    "documentations",
    "revisions",
    "larger_changes",
    "absences",
    "withdrawals",
    "role_grants",
    "revocations",
)
"""Every table of facts, in an order where a row comes after the rows it refers to.

Each has an ``origin``: empty for a fact recorded on this workstation, or the
id of the workstation whose journal in the team folder brought it
(:mod:`assistant.team.sync`). Only facts of this workstation are published.
"""
TABLES: dict[type[Any], str] = {
    Person: "people",
    Account: "accounts",
    Evidence: "evidence",
    DailyCheck: "daily_checks",
    Removal: "removals",
    ChecklistRun: "checklist_runs",
    StepMark: "step_marks",
    ChecklistFinish: "checklist_finishes",
    Culling: "cullings",
    Documentation: "documentations",
    Revision: "revisions",
    LargerChange: "larger_changes",
    Absence: "absences",
    Withdrawal: "withdrawals",
    RoleGrant: "role_grants",
    Revocation: "revocations",
}
"""The table each kind of record is kept in: one of :data:`FACT_TABLES` each."""
FACT_KEYS: dict[str, str] = {
    table: "sha256" if table == "evidence" else "id" for table in FACT_TABLES
}
"""The column that names each fact of a table: an evidence file's SHA-256, else its id."""
SCHEMA_VERSION = len(MIGRATIONS)
