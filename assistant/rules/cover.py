"""Absences and cover: who checks an officer's accounts while they are away.

An officer records an absence (first and last day) and which deputy covers
which of their accounts, with a handover note; a deputy may record the same
when they take over. During the absence the covering deputy's My day lists
the covered accounts, the reminders go to the deputy, and a check they log
says whom they covered for. Pure rules here; the store keeps the
:class:`~assistant.records.Absence` facts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.records import Absence, Account, Person, new_id

LONGEST_ABSENCE_DAYS = 366
"""Days from an absence's first to its last day beyond which it is longer than a year.

Longer than any leave Kontokoll should plan cover for: a typing error, most likely.
"""


@dataclass(frozen=True)
class CoverNow:
    """One account covered on a day: by whom, for whom, under which absence."""

    account_id: str
    deputy_id: str
    absent_id: str
    absence: Absence


def in_force(absences: Iterable[Absence]) -> list[Absence]:
    """The absences not cancelled, earliest first."""
    return sorted(
        (a for a in absences if not a.cancelled), key=lambda a: (a.first_day, a.recorded_at)
    )


def _particular_last(absence: Absence) -> tuple[date, int, datetime, str]:
    """Sorts absences so that the more particular arrangement comes later."""
    return (absence.first_day, -absence.last_day.toordinal(), absence.recorded_at, absence.id)


def covers_on(absences: Iterable[Absence], day: date) -> dict[str, CoverNow]:
    """Per account id, its cover on ``day``.

    Where two absences cover one account on the same day, the more particular
    arrangement wins: the one that begins later, or else ends sooner (a few
    days carved out of a longer leave); for the very same days, the one
    recorded or changed last. So editing the handover note of a long absence
    does not undo a shorter one recorded inside it.
    """
    result: dict[str, CoverNow] = {}
    for absence in sorted(absences, key=_particular_last):
        if not absence.is_on(day):
            continue
        for account_id, deputy_id in absence.covers.items():
            result[account_id] = CoverNow(account_id, deputy_id, absence.person_id, absence)
    return result


def covered_by(covers: Mapping[str, CoverNow], person_id: str) -> dict[str, CoverNow]:
    """The covers a person holds, by account id."""
    return {k: c for k, c in covers.items() if c.deputy_id == person_id}


def away_on(absences: Iterable[Absence], person_id: str, day: date) -> Absence | None:
    """The person's absence on ``day``, if any."""
    for absence in in_force(absences):
        if absence.person_id == person_id and absence.is_on(day):
            return absence
    return None


def upcoming(absences: Iterable[Absence], today: date) -> list[Absence]:
    """Absences not cancelled that have not yet ended, earliest first."""
    return [a for a in in_force(absences) if a.last_day >= today]


def duty_holders(account: Account, cover: CoverNow | None) -> tuple[str, ...]:
    """Who an account's duties go to: its officers, or during an absence the deputy covering.

    An account with no officer falls to its deputies. An officer of the
    account who is not the one away keeps their duties beside the deputy.
    """
    officers = account.officer_ids or account.deputy_ids
    if cover is None:
        return tuple(dict.fromkeys(officers))
    present = (p for p in officers if p != cover.absent_id)
    return tuple(dict.fromkeys((cover.deputy_id, *present)))


def people_away_on(absences: Iterable[Absence], day: date) -> set[str]:
    """The people recorded as away on ``day`` (absences called off aside)."""
    return {a.person_id for a in absences if not a.cancelled and a.first_day <= day <= a.last_day}


def cover_of_check(account: Account, cover: CoverNow | None, checker_id: str) -> CoverNow | None:
    """The cover a check by ``checker_id`` is made under, or None when it is their own.

    An officer of the account checks it as its officer, even while another
    of its officers is away and a deputy covers; anyone else checks it for
    the one away.
    """
    if cover is None or checker_id in account.officer_ids:
        return None
    return cover


def _refuse(template: str, field: str, **values: object) -> UserError:
    return UserError(Message("Absences", template, values), field=field)


def record_absence(
    *,
    person_id: str,
    first_day: date,
    last_day: date,
    covers: Mapping[str, str],
    handover: str,
    accounts: Mapping[str, Account],
    people: Mapping[str, Person],
    recorded_at: datetime,
    recorded_by: str,
    earlier: Absence | None = None,
    absences: Iterable[Absence] = (),
) -> Absence:
    """A new absence (or a new version of ``earlier``), or UserError saying what to mend.

    ``absences`` are those already recorded: a deputy away on any of the days
    cannot be chosen to cover.
    """
    absent = people.get(person_id)
    if absent is None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Absences", "Choose who is away: the person is not in Kontokoll's list of people."
            ),
            "person",
        )
    if last_day < first_day:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Absences",
                "The absence ends on {last} before it begins on {first}. Check the dates.",
            ),
            "last_day",
            first=first_day,
            last=last_day,
        )
    if (last_day - first_day).days >= LONGEST_ABSENCE_DAYS:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Absences",
                "An absence from {first} to {last} is longer than a year. Check the dates; "
                "for a longer leave, appoint another officer for the accounts instead.",
            ),
            "last_day",
            first=first_day,
            last=last_day,
        )
    if not covers:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Absences",
                "Choose a deputy for at least one account, so that someone checks it "
                "while {name} is away.",
            ),
            "covers",
            name=absent.name,
        )
    for account_id, deputy_id in covers.items():
        account = accounts.get(account_id)
        if account is None:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Absences", "An account to cover is not in the register. Choose it again."
                ),
                "covers",
            )
        deputy = people.get(deputy_id)
        if deputy is None:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Absences", "Choose who covers {account}: nobody is chosen for it yet."
                ),
                "covers",
                account=account.name,
            )
        if deputy_id == person_id:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Absences",
                    "{name} cannot cover {account} while away. Choose another deputy for it.",
                ),
                "covers",
                name=absent.name,
                account=account.name,
            )
        also_away = _away_between(absences, deputy_id, first_day, last_day)
        if also_away is not None:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Absences",
                    "{deputy} is away from {first} to {last}, so cannot cover {account} then. "
                    "Choose another deputy, or record the days before and after as "
                    "separate absences.",
                ),
                "covers",
                deputy=deputy.name,
                first=also_away.first_day,
                last=also_away.last_day,
                account=account.name,
            )
    return Absence(
        id=new_id(),
        absence_id=earlier.absence_id if earlier else new_id(),
        person_id=person_id,
        first_day=first_day,
        last_day=last_day,
        covers=dict(covers),
        handover=handover.strip(),
        recorded_at=recorded_at,
        recorded_by=recorded_by,
        supersedes=earlier.id if earlier else None,
    )


def _away_between(
    absences: Iterable[Absence], person_id: str, first_day: date, last_day: date
) -> Absence | None:
    """The person's first absence in force that shares a day with ``first_day``–``last_day``."""
    for absence in in_force(absences):
        if (
            absence.person_id == person_id
            and absence.first_day <= last_day
            and absence.last_day >= first_day
        ):
            return absence
    return None


def cancel_absence(absence: Absence, *, recorded_at: datetime, recorded_by: str) -> Absence:
    """The version that calls an absence off; the earlier versions stay in the log."""
    return Absence(
        id=new_id(),
        absence_id=absence.absence_id,
        person_id=absence.person_id,
        first_day=absence.first_day,
        last_day=absence.last_day,
        covers=dict(absence.covers),
        handover=absence.handover,
        recorded_at=recorded_at,
        recorded_by=recorded_by,
        supersedes=absence.id,
        cancelled=True,
    )
