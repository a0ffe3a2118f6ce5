"""Every fact a person records, from any front end: checked by the rules, then stored.

A screen or a command passes what was entered; the function here reads what
the rules need from the log (the account, the people, the cover), lets the
rule check it (:mod:`assistant.rules`), and stores the fact with who recorded
it and when. A refusal is the rule's :class:`~assistant.messages.UserError`,
naming what to mend (its ``field``); nothing is then stored. The screens only
show it. ``now`` is the instant of recording; the day it falls on (in Sweden)
is "today" for the rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path

from assistant.clock import local_date
from assistant.corrections import Withdrawable, Withdrawal
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.records import (
    Absence,
    Account,
    ChecklistRun,
    DailyCheck,
    Evidence,
    Person,
    Removal,
)
from assistant.rules import duty_entries
from assistant.rules.accounts import (
    AccountDraft,
    changed_account,
    draft_problems,
    new_account,
)
from assistant.rules.cover import (
    cancel_absence,
    cover_of_check,
    covers_on,
    people_away_on,
    record_absence,
)
from assistant.rules.csv_import import ImportPlan, plan_import
from assistant.rules.daily_check import CheckEntry, answering_on, daily_check
from assistant.rules.withdrawals import withdrawal
from assistant.workspace.data_folder import Workspace


def _me(workspace: Workspace) -> str:
    return workspace.log.me() or ""


# -- the daily check ------------------------------------------------------------------


def log_check(workspace: Workspace, entry: CheckEntry, now: datetime) -> DailyCheck:
    """Record a daily check with its removals and their screenshots, all or nothing."""
    account = workspace.log.accounts().get(entry.account_id)
    cover = None
    answering = None
    absences = workspace.log.absences(entry.day, entry.day).values()  # those touching the day
    if account is not None:
        # Who answered for the account on the checked day, not only today.
        versions = workspace.store.account_versions(account.account_id)[account.account_id]
        answering = answering_on(versions, entry.day)
        covers = covers_on(absences, entry.day)
        cover = cover_of_check(answering, covers.get(account.account_id), entry.checked_by)
    away = people_away_on(absences, entry.day)
    check = daily_check(
        entry,
        account=account,
        people=workspace.log.people(),
        pack=workspace.pack,
        cover=cover,
        today=local_date(now),
        recorded_at=now,
        recorded_by=_me(workspace),
        away=away,
        answering=answering,
    )
    screenshots = [r.screenshot for r in entry.removals if r.screenshot is not None]
    workspace.store.add_check(check, screenshots)
    return check


def keep_file(
    workspace: Workspace, path: Path, now: datetime, recorded_by: str | None = None
) -> Evidence:
    """Keep a chosen file as evidence (by its SHA-256, never overwritten); its record follows
    with the fact that names it. ``recorded_by`` is whose proof it is (the user's by default:
    the one who checked, for a removed post)."""
    by = _me(workspace) if recorded_by is None else recorded_by
    return workspace.evidence.add_file(path, recorded_at=now, recorded_by=by)


def keep_bytes(
    workspace: Workspace, data: bytes, name: str, now: datetime, recorded_by: str | None = None
) -> Evidence:
    """Keep a screen capture (or other content) as evidence, under ``name``'s suffix."""
    by = _me(workspace) if recorded_by is None else recorded_by
    return workspace.evidence.add_bytes(data, name, recorded_at=now, recorded_by=by)


# -- the register -----------------------------------------------------------------------


def import_register(
    workspace: Workspace, path: Path, now: datetime, *, language: str = "sv"
) -> ImportPlan:
    """Import an account register from a CSV or Excel file: every row, or none (naming each
    bad one, with the pack's platform names in ``language``)."""
    plan = plan_import(
        path,
        workspace.pack,
        workspace.log.accounts(),
        workspace.log.people(),
        recorded_at=now,
        recorded_by=_me(workspace),
        today=local_date(now),
        language=language,
    )
    workspace.store.add_accounts(plan.accounts, plan.people)
    return plan


def save_account(
    workspace: Workspace,
    draft: AccountDraft,
    now: datetime,
    *,
    account_id: str | None = None,
    new_people: Sequence[Person] = (),
) -> Account:
    """Register a new account, or (``account_id``) record a new version of one.

    ``new_people`` are people first named in the entry, recorded with it. An
    entry with problems is refused listing each, and nothing is stored.
    """
    registered = workspace.log.accounts()
    previous = registered.get(account_id) if account_id else None
    problems = draft_problems(
        draft, (p.id for p in workspace.pack.platforms), registered, account_id
    )
    if problems:
        raise UserError(problems[0], *problems[1:])
    me = _me(workspace)
    if previous is None:
        account = new_account(draft, recorded_at=now, recorded_by=me)
    else:
        account = changed_account(previous, draft, recorded_at=now, recorded_by=me)
    workspace.store.add_accounts([account], new_people)
    return account


# -- absences ---------------------------------------------------------------------------


def save_absence(
    workspace: Workspace,
    now: datetime,
    *,
    person_id: str,
    first_day: date,
    last_day: date,
    covers: Mapping[str, str],
    handover: str,
    earlier: Absence | None = None,
) -> Absence:
    """Record an absence and who covers which account (or a new version of ``earlier``)."""
    absence = record_absence(
        person_id=person_id,
        first_day=first_day,
        last_day=last_day,
        covers=covers,
        handover=handover,
        accounts=workspace.log.accounts(),
        people=workspace.log.people(),
        recorded_at=now,
        recorded_by=_me(workspace),
        earlier=earlier,
        absences=workspace.log.absences(first_day).values(),
    )
    workspace.store.add_absence(absence)
    return absence


def call_off_absence(workspace: Workspace, absence: Absence, now: datetime) -> Absence:
    """Call an absence off: the accounts go back to the officer; the absence stays in the log."""
    called_off = cancel_absence(absence, recorded_at=now, recorded_by=_me(workspace))
    workspace.store.add_absence(called_off)
    return called_off


# -- the recurring duties -----------------------------------------------------------------


def _evidence(*files: Evidence | None) -> list[Evidence]:
    return [file for file in files if file is not None]


def _account(workspace: Workspace, account_id: str) -> Account:
    account = workspace.log.accounts().get(account_id)
    if account is None:
        raise UserError(
            Message(
                "DutyEntries",
                QT_TRANSLATE_NOOP("DutyEntries", "Choose the account this was done for."),
            ),
            field="account",
        )
    return account


def log_culling(
    workspace: Workspace,
    now: datetime,
    *,
    account_id: str,
    done_on: date,
    done_by: str,
    period: tuple[date, date],
    removed: str,
    not_removable: str,
    evidence: Evidence | None,
) -> None:
    """Record a culling of an account's content over ``period`` (first and last day culled)."""
    record = duty_entries.culling(
        _account(workspace, account_id),
        done_on,
        done_by,
        period,
        removed,
        not_removable,
        evidence,
        workspace.log.people(),
        local_date(now),
        now,
        _me(workspace),
    )
    workspace.store.add_duty_record(record, _evidence(evidence))


def log_documentation(
    workspace: Workspace,
    now: datetime,
    *,
    account_id: str,
    done_on: date,
    done_by: str,
    screenshot: Evidence | None,
    note: str,
) -> None:
    """Record the information unit's screenshot of a whole account."""
    record = duty_entries.documentation(
        _account(workspace, account_id),
        done_on,
        done_by,
        screenshot,
        note,
        workspace.log.people(),
        local_date(now),
        now,
        _me(workspace),
    )
    workspace.store.add_duty_record(record, _evidence(screenshot))


def log_revision(
    workspace: Workspace, now: datetime, *, done_on: date, done_by: str, note: str
) -> None:
    """Record a revision of the rules, with what changed (or that nothing did)."""
    record = duty_entries.revision(
        done_on, done_by, note, workspace.log.people(), local_date(now), now, _me(workspace)
    )
    workspace.store.add_duty_record(record)


def record_larger_change(
    workspace: Workspace, now: datetime, *, account_id: str, changed_on: date, description: str
) -> None:
    """Record a larger change to an account: the information unit documents it afresh."""
    record = duty_entries.larger_change(
        _account(workspace, account_id),
        changed_on,
        description,
        local_date(now),
        now,
        _me(workspace),
    )
    workspace.store.add_duty_record(record)


# -- withdrawing --------------------------------------------------------------------------


def withdraw(
    workspace: Workspace, kind: Withdrawable, entry_id: str, reason: str, now: datetime
) -> Withdrawal:
    """Withdraw an entry logged by mistake: it stays in the log, marked, and stops counting.

    A checklist run withdrawn is called off: the account is as it was before it began.
    """
    store = workspace.store
    entry = store.entry(kind, entry_id)
    within = entry.check_id if isinstance(entry, Removal) else ""
    check = store.entry(Withdrawable.CHECK, within) if within else entry
    account_id = getattr(check, "account_id", None)
    people = workspace.log.people()
    finished_on = None
    if isinstance(entry, ChecklistRun) and account_id:
        life = workspace.log.lives().get(account_id)
        state = next((r for r in life.runs if r.run.id == entry.id), None) if life else None
        finished_on = state.finish.finished_on if state and state.finish else None
    made = withdrawal(
        kind,
        entry,
        reason,
        by=people.get(_me(workspace)),
        account=workspace.log.accounts().get(account_id) if account_id else None,
        withdrawn=store.withdrawals(),
        people=people,
        recorded_at=now,
        within=within,
        finished_on=finished_on,
    )
    store.add_withdrawal(made)
    return made
