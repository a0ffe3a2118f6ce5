"""Every read a screen or the command line needs: the log, with the rules applied.

The UI and the command line call the same functions, so "what is today" and
"what is due" are worked out once. Each returns the core's own values (records,
day states, duty items); the front ends only put them into words. The rows
every screen shares are read once while the database is unchanged
(:class:`assistant.workspace.log.LogCache`), so one refresh of the window
reads each of them once. What a screen is given is a named tuple: quick to
define, which the start-up, reading this module before My day shows, notices.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from assistant.corrections import Withdrawable, Withdrawal
from assistant.records import Absence, Account, DailyCheck, DutyLog, Evidence, People, Person, Role
from assistant.rules.check_days import (
    STATUS_WINDOW_DAYS,
    AccountDay,
    AccountToday,
    account_days,
    overview_of_days,
)
from assistant.rules.cover import CoverNow, covered_by, covers_on
from assistant.rules.withdrawals import Entry
from assistant.workspace.data_folder import Workspace
from assistant.workspace.reading_periods import calendar_entries as calendar_entries
from assistant.workspace.reading_periods import departments as departments
from assistant.workspace.reading_periods import review as review

if TYPE_CHECKING:
    # Imported where they are used: My day, shown first, needs none of them.
    from assistant.rules.checklists import RunState
    from assistant.rules.duties import DutyItem
    from assistant.rules.lifecycle import ChecklistTodo, Life, Stage

# -- who and what -------------------------------------------------------------------


def my_id(workspace: Workspace) -> str:
    """The person id of whoever uses this workstation; empty before the first start."""
    return workspace.log.me() or ""


def me(workspace: Workspace) -> Person | None:
    """The workstation's user, once they have said who they are."""
    return workspace.log.people().get(my_id(workspace))


def people(workspace: Workspace) -> People:
    """Every person, by person id (a former id finds them too)."""
    return workspace.log.people()


def accounts(workspace: Workspace) -> dict[str, Account]:
    """Every account in the register, as its finished checklists left it, by account id."""
    return workspace.log.accounts()


def lives(workspace: Workspace) -> dict[str, Life]:
    """Every account's life: where it stands, and the runs of its checklists."""
    return workspace.log.lives()


def life(workspace: Workspace, account_id: str) -> Life | None:
    return workspace.log.lives().get(account_id)


def absences(
    workspace: Workspace, ending_from: date | None = None, starting_by: date | None = None
) -> list[Absence]:
    """The current version of each absence (cancelled ones too); ``ending_from`` drops
    those over before that day, ``starting_by`` those begun after it."""
    return list(workspace.log.absences(ending_from, starting_by).values())


def account_versions(
    workspace: Workspace, account_id: str | None = None
) -> dict[str, list[Account]]:
    """Every version of every account (or of one), oldest first: who answered for it when."""
    return workspace.store.account_versions(account_id)


# -- the day ----------------------------------------------------------------------


def day_overview(
    workspace: Workspace, day: date, chosen: Iterable[Account] | None = None
) -> list[AccountToday]:
    """Each account active on ``day`` (of ``chosen``, or all): its check that day, what was missed.

    The one answer to "what is today", for My day, the duties, the reminders
    and ``kontokoll status``.
    """
    log = workspace.log
    accounts = list(log.accounts().values() if chosen is None else chosen)
    ids = [a.account_id for a in accounts] if chosen is not None else None
    return overview_of_days(
        accounts,
        log.checked_days(day - timedelta(days=STATUS_WINDOW_DAYS), day, ids),
        log.checks_of_day(day, ids),
        workspace.calendar,
        day,
    )


class MyDayAccount(NamedTuple):
    """One row of My day: the account's day, and the user's part in it.

    ``covering_for`` is the absent officer whose account the user covers today;
    ``covered_by`` the deputy who covers the user's own account; ``role`` what
    the user is in the register (None for an account shown with *show all*).
    """

    today: AccountToday
    role: Role | None
    covering_for: str = ""
    covered_by: str = ""


class MyDay(NamedTuple):
    """My day: the accounts the user answers for today, and whether any account exists."""

    day: date
    working_day: bool
    accounts: tuple[MyDayAccount, ...]
    people: People
    any_accounts: bool


def my_day(workspace: Workspace, day: date, show_all: bool = False) -> MyDay:
    """The user's own accounts and those they cover on ``day``; with ``show_all``, every one."""
    me_id = my_id(workspace)
    everyone = workspace.log.people()
    registered = workspace.log.accounts()
    covers = covers_on(workspace.log.absences(day).values(), day)
    covering = covered_by(covers, me_id)
    chosen = [
        a
        for a in registered.values()
        if show_all or me_id in a.officer_ids or a.account_id in covering
    ]
    rows = []
    for item in day_overview(workspace, day, chosen):
        account = item.account
        cover = covers.get(account.account_id)
        role = (
            Role.OFFICER
            if me_id in account.officer_ids
            else Role.DEPUTY
            if me_id in account.deputy_ids
            else None
        )
        rows.append(
            MyDayAccount(
                item,
                role,
                covering_for=cover.absent_id if cover and cover.deputy_id == me_id else "",
                covered_by=cover.deputy_id if cover and cover.absent_id == me_id else "",
            )
        )
    return MyDay(
        day,
        workspace.calendar.is_working_day(day),
        tuple(rows),
        everyone,
        bool(registered),
    )


def duties(
    workspace: Workspace, today: date, language: str, person_id: str | None = None
) -> list[DutyItem]:
    """Every duty due, due soon or overdue on ``today``; only ``person_id``'s when given.

    One person's are worked out from the accounts that may concern them
    (:func:`~assistant.rules.duties.may_concern`), not from every account.
    """
    from assistant.rules.duties import duty_items, may_concern

    log = workspace.log
    lives = list(log.lives().values())
    covers = covers_on(log.absences(today).values(), today)
    chosen = None
    if person_id is not None:
        people = log.people().values()
        unit = [p.person_id for p in people if Role.INFORMATION_UNIT in p.roles]
        lives = [
            life
            for life in lives
            if may_concern(life, person_id, covers.get(life.account.account_id), unit)
        ]
        chosen = [life.account for life in lives]
    items = duty_items(
        lives,
        day_overview(workspace, today, chosen),
        log.latest_duty_log(),
        workspace.pack,
        workspace.settings,
        log.people(),
        workspace.calendar,
        today,
        log.first_recorded_on(),
        language,
        covers,
    )
    return [item for item in items if item.is_for(person_id)]


def my_duties(workspace: Workspace, today: date, language: str) -> list[DutyItem]:
    """The duties of the workstation's user (before the first start: everyone's)."""
    return duties(workspace, today, language, workspace.log.me())


# -- checklists and the register ----------------------------------------------------


class ChecklistsNow(NamedTuple):
    """The checklists under way (and the next ones), with each account's stage."""

    todos: tuple[ChecklistTodo, ...]
    stages: dict[str, Stage]
    people: People


def checklists_now(workspace: Workspace, show_all: bool = False) -> ChecklistsNow:
    """The checklists of the user's own accounts; every account's for a manager, the
    information unit, or with ``show_all``."""
    from assistant.rules.lifecycle import open_checklists

    me_id = my_id(workspace)
    user = me(workspace)
    sees_all = show_all or bool(user and user.roles & {Role.MANAGER, Role.INFORMATION_UNIT})
    all_lives = workspace.log.lives()
    todos = [
        todo
        for todo in open_checklists(all_lives.values())
        if sees_all or todo.account.has_person(me_id)
    ]
    stages = {account_id: life.stage for account_id, life in all_lives.items()}
    return ChecklistsNow(tuple(todos), stages, workspace.log.people())


# -- one account --------------------------------------------------------------------


class AccountStory(NamedTuple):
    """An account's page: the account, its life, every day since it opened, its duties."""

    account: Account
    life: Life
    days: tuple[AccountDay, ...]
    duty_log: DutyLog
    """The duties' records, withdrawn ones too."""
    people: People
    withdrawals: dict[str, Withdrawal]
    """Every withdrawal, by the id of the entry it withdrew."""
    called_off: tuple[RunState, ...] = ()
    """The account's checklist runs called off (withdrawn), oldest first: shown marked."""


def account_story(workspace: Workspace, account_id: str, today: date) -> AccountStory | None:
    """Everything an account's page shows, as the log stands on ``today``."""
    found = workspace.log.lives().get(account_id)
    if found is None:
        return None
    account = found.account
    store = workspace.store
    checks = store.checks(account_ids=[account_id], withdrawn=True)
    withdrawals = store.withdrawals()
    from assistant.rules.checklists import run_states

    called_off = [
        state
        for state in run_states(*store.checklist_records(account_id, withdrawn=True))
        if state.run.id in withdrawals
    ]
    return AccountStory(
        account,
        found,
        tuple(
            account_days(account, checks, workspace.calendar, today, withdrawn=withdrawals.keys())
        ),
        store.duty_log(account_id, withdrawn=True),
        workspace.log.people(),
        withdrawals,
        tuple(called_off),
    )


def entry(workspace: Workspace, kind: Withdrawable, entry_id: str) -> Entry | None:
    """The entry a page offers to withdraw, as the log holds it (None if it is not there)."""
    return workspace.store.entry(kind, entry_id)


class ChecksOfDays(NamedTuple):
    """An account's checks of some days, withdrawn ones too, and the withdrawals."""

    checks: list[DailyCheck]
    withdrawals: dict[str, Withdrawal]


def checks(workspace: Workspace, account_id: str, first: date, last: date) -> ChecksOfDays:
    """The account's checks for the days ``first`` to ``last``, oldest first, withdrawn
    ones too (each withdrawal by the id of what it withdrew)."""
    found = workspace.store.checks(account_ids=[account_id], first=first, last=last, withdrawn=True)
    return ChecksOfDays(found, workspace.store.withdrawals())


def culling_period_start(workspace: Workspace, account: Account, today: date) -> date:
    """Where the next culling's period starts: where the last ended, or when it opened."""
    cullings = workspace.store.duty_log(account.account_id).cullings
    return min(max([account.active_since, *(c.period_to for c in cullings)]), today)


# -- covering -----------------------------------------------------------------------


class CoveringNow(NamedTuple):
    """What Covering shows on a day: the absences now and to come, and today's cover."""

    me: str
    people: People
    accounts: dict[str, Account]
    absences: tuple[Absence, ...]
    covers: dict[str, CoverNow]
    checks_today: dict[str, DailyCheck]
    """The check logged last today, per account."""


def covering_now(workspace: Workspace, today: date) -> CoveringNow:
    log = workspace.log
    current = tuple(log.absences(today).values())
    return CoveringNow(
        my_id(workspace),
        log.people(),
        log.accounts(),
        current,
        covers_on(current, today),
        {check.account_id: check for check in log.checks_of_day(today)},
    )


# -- evidence -----------------------------------------------------------------------


def evidence(workspace: Workspace, sha256: str) -> Evidence | None:
    """The record of an evidence file, by its SHA-256."""
    return workspace.store.evidence(sha256)


def evidence_file(workspace: Workspace, sha256: str) -> Path | None:
    """The stored file of an evidence record; None when it has gone missing (or is unknown)."""
    record = workspace.store.evidence(sha256)
    return workspace.evidence.find(record) if record else None


def stored_file(workspace: Workspace, record: Evidence) -> Path | None:
    """Where the evidence folder keeps ``record``'s file; None when it has gone missing."""
    return workspace.evidence.find(record)


def evidence_folder(workspace: Workspace) -> Path:
    return workspace.evidence.root
