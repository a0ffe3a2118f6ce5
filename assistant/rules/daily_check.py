"""The daily check as a person enters it: what makes a check, and each removal, valid.

Every working day an account's officer, or a deputy, goes through its posts,
comments and messages and logs it. A post removed during the check needs its
ground (from the pack), which post it was and a screenshot: *no screenshot,
no removal*. A post removed as possibly confidential also needs its diary
number. :func:`check_removal` says what is wrong with one removal as soon as
it is added; :func:`daily_check` checks the whole entry and returns the
:class:`~assistant.records.DailyCheck` to store. Both raise
:class:`~assistant.messages.UserError` naming the field to mend.

Pure: the caller reads the account, the people and the cover from the log and
passes in the date and time (see :mod:`assistant.workspace.recording`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from assistant.clock import local_date
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.pack.model import GuidelinePack
from assistant.records import (
    Account,
    CheckRole,
    DailyCheck,
    Evidence,
    Person,
    Removal,
    RemovalAction,
    new_id,
)
from assistant.rules.cover import CoverNow

MOST_OF_A_KIND = 9999
"""The most questions, cases or messages one check can count: more is a typing error."""


@dataclass(frozen=True)
class RemovalEntry:
    """A removed post as entered: its ground, what was done, which post, the screenshot."""

    ground: str
    action: RemovalAction
    post: str
    diary_number: str
    screenshot: Evidence | None


@dataclass(frozen=True)
class CheckEntry:
    """A daily check as entered, before it is checked and stored.

    ``role`` None lets the rules decide it (:func:`check_role`).
    """

    account_id: str
    day: date
    checked_by: str
    reviewed: tuple[str, ...] = ()
    questions_answered: int = 0
    cases_forwarded: int = 0
    messages_to_registrar: int = 0
    notes: str = ""
    removals: tuple[RemovalEntry, ...] = ()
    role: CheckRole | None = None


def _refused(template: str, field: str, **values: object) -> UserError:
    return UserError(Message("DailyCheck", template, values), field=field)


def check_steps_ticked(entry: CheckEntry) -> None:
    """Refuse a check in which no step is ticked: a check records what was done, and the
    steps are ticked by whoever went through them (none is ticked in advance)."""
    if not entry.reviewed:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DailyCheck",
                "Tick the steps you went through: none is ticked, and the check records only "
                "what was done.",
            ),
            "reviewed",
        )


def logged_before(
    checks: Iterable[DailyCheck], withdrawn: Iterable[str], account_id: str, day: date
) -> list[DailyCheck]:
    """The checks of ``account_id`` for ``day`` already in the log and not withdrawn,
    earliest logged first: a second check of the same day is asked about before it is
    logged."""
    gone = set(withdrawn)
    return sorted(
        (c for c in checks if c.account_id == account_id and c.day == day and c.id not in gone),
        key=lambda c: c.recorded_at,
    )


def check_role(account: Account, checker_id: str, cover: CoverNow | None) -> CheckRole:
    """The role a check is made in: as a deputy when covering, or when only a deputy of it."""
    is_deputy = checker_id in account.deputy_ids and checker_id not in account.officer_ids
    return CheckRole.DEPUTY if is_deputy or cover is not None else CheckRole.OFFICER


def answering_on(versions: Sequence[Account], day: date) -> Account:
    """The version of an account that said who answered for it on ``day``: the newest
    recorded by that day's end; for a day before it was registered, the register as
    it stood at the end of the day it was (a registration is often mended at once)."""
    first = local_date(versions[0].recorded_at)
    known = [v for v in versions if local_date(v.recorded_at) <= max(day, first)]
    return known[-1]


def possible_checkers(
    account: Account, cover: CoverNow | None, away: Iterable[str]
) -> frozenset[str]:
    """Who may be logged as having checked ``account`` on a day: its officers and deputies,
    and the deputy covering it (``cover``), less anyone recorded as away (``away``)."""
    allowed = {*account.officer_ids, *account.deputy_ids}
    if cover is not None:
        allowed.add(cover.deputy_id)
    return frozenset(allowed - set(away))


def needs_diary_number(pack: GuidelinePack, ground: str) -> bool:
    """Whether a post removed on ``ground`` must be registered in the diary (maybe confidential)."""
    return any(g.id == ground and g.needs_diary_number for g in pack.removal_grounds)


def check_removal(entry: RemovalEntry, pack: GuidelinePack) -> None:
    """Refuse a removal that lacks its screenshot, its post, or a diary number it needs."""
    if not any(g.id == entry.ground for g in pack.removal_grounds):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DailyCheck",
                "The ground “{ground}” is not one of the guideline pack's. Choose the ground "
                "for removing the post from the list.",
            ),
            "ground",
            ground=entry.ground,
        )
    if entry.screenshot is None:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DailyCheck",
                "Save a screenshot of the post before it is removed: attach a file or "
                "capture the screen. A removal cannot be logged without one.",
            ),
            "screenshot",
        )
    if not entry.post.strip():
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DailyCheck", "Say which post it was: a link, or who wrote it and when."
            ),
            "post",
        )
    if needs_diary_number(pack, entry.ground) and not entry.diary_number.strip():
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DailyCheck",
                "A confidential post must be registered in the diary. Enter its diary "
                "number; ask the registrar if you do not have one yet.",
            ),
            "diary_number",
        )


def _check_account(account: Account | None, day: date, today: date) -> Account:
    if account is None:
        raise _refused(
            QT_TRANSLATE_NOOP("DailyCheck", "Choose the account you checked."), "account"
        )
    if day > today:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DailyCheck",
                "{day} has not come yet. Log a check for today or for a day gone by.",
            ),
            "day",
            day=day.isoformat(),
        )
    if not account.is_active_on(day):
        if account.planned:
            template = QT_TRANSLATE_NOOP(
                "DailyCheck",
                "“{account}” is not open yet: its daily checks begin once “Getting started” "
                "is finished.",
            )
        elif account.closed_on is not None and day >= account.closed_on:
            template = QT_TRANSLATE_NOOP(
                "DailyCheck",
                "“{account}” was closed on {closed}. Choose a day before it was closed.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "DailyCheck",
                "“{account}” was not active on {day}. Choose a day from {since} on.",
            )
        raise _refused(
            template,
            "day",
            account=account.name,
            day=day.isoformat(),
            since=account.active_since.isoformat(),
            closed=account.closed_on.isoformat() if account.closed_on else "",
        )
    if day < account.duties_since:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DailyCheck",
                "Kontokoll keeps the log of “{account}” from {since}, the day it came into the "
                "register; its days before then are not kept here. Choose a day from {since} on.",
            ),
            "day",
            account=account.name,
            since=account.duties_since.isoformat(),
        )
    return account


def _check_checker(
    checker: Person, account: Account, cover: CoverNow | None, day: date, away: Iterable[str]
) -> None:
    """Refuse a checker the rules do not let check the account on the day."""
    ids = {checker.person_id, checker.id}
    covering = cover is not None and cover.deputy_id in ids
    if not covering and not any(account.has_person(person_id) for person_id in ids):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DailyCheck",
                "{name} is neither an officer nor a deputy of “{account}”, nor covering for "
                "its officer on {day}, so cannot have checked it. Choose who checked from "
                "its officers and deputies.",
            ),
            "checked_by",
            name=checker.name,
            account=account.name,
            day=day.isoformat(),
        )
    if ids & set(away):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DailyCheck",
                "{name} is recorded as away on {day}, so cannot have checked it. Choose who "
                "checked, or call off the absence first under Covering.",
            ),
            "checked_by",
            name=checker.name,
            day=day.isoformat(),
        )


def daily_check(
    entry: CheckEntry,
    *,
    account: Account | None,
    people: Mapping[str, Person],
    pack: GuidelinePack,
    cover: CoverNow | None,
    today: date,
    recorded_at: datetime,
    recorded_by: str,
    away: Iterable[str] = (),
    answering: Account | None = None,
) -> DailyCheck:
    """The check to store for ``entry``, or refused naming what to mend.

    Only an officer or a deputy of the account, or the deputy covering for its
    absent officer that day, can have checked it; ``away`` are the people
    recorded as away on the day, who cannot.

    ``account`` is the account named by the entry (None when there is none);
    ``answering`` its version that said who answered for it on the day
    (:func:`answering_on`; the current one if not given); ``cover`` the cover
    the checker checks under on the day, if any
    (:func:`assistant.rules.cover.cover_of_check`).
    """
    account = _check_account(account, entry.day, today)
    then = answering or account
    if entry.checked_by not in people:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DailyCheck", "Choose who checked from the list of people, or add them first."
            ),
            "checked_by",
        )
    _check_checker(people[entry.checked_by], then, cover, entry.day, away)
    counts = (entry.questions_answered, entry.cases_forwarded, entry.messages_to_registrar)
    if any(not 0 <= count <= MOST_OF_A_KIND for count in counts):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "DailyCheck",
                "Count the questions answered, cases forwarded and messages to the "
                "registrar as whole numbers from 0 to {most}.",
            ),
            "counts",
            most=MOST_OF_A_KIND,
        )
    steps = {step.id for step in pack.daily_check.steps}
    for removal in entry.removals:
        check_removal(removal, pack)
    check_id = new_id()
    return DailyCheck(
        id=check_id,
        account_id=account.account_id,
        day=entry.day,
        checked_by=entry.checked_by,
        role=entry.role or check_role(then, entry.checked_by, cover),
        reviewed=tuple(step for step in entry.reviewed if step in steps),
        questions_answered=entry.questions_answered,
        cases_forwarded=entry.cases_forwarded,
        messages_to_registrar=entry.messages_to_registrar,
        notes=entry.notes.strip(),
        removals=tuple(
            Removal(
                id=new_id(),
                check_id=check_id,
                ground=removal.ground,
                action=removal.action,
                post=removal.post.strip(),
                screenshot_sha256=removal.screenshot.sha256 if removal.screenshot else "",
                diary_number=(
                    removal.diary_number.strip() if needs_diary_number(pack, removal.ground) else ""
                ),
                recorded_at=recorded_at,
                recorded_by=recorded_by,
            )
            for removal in entry.removals
        ),
        recorded_at=recorded_at,
        recorded_by=recorded_by,
        covering_for=cover.absent_id if cover else "",
    )
