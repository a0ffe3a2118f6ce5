"""Every duty at once: who must do what, by when, and why, most pressing first.

:func:`duty_items` turns Today's overview of the daily checks, the
accounts' lives, the duty log and the absences into
:class:`DutyItem` lists: the day's check, missed checks,
culling, documentation, the rules' revision and checklists left untouched.
An account's duties go to its officer, or to the deputy covering it
(:func:`assistant.rules.cover.duty_holders`); documentation and revision go to the
information unit. Pure: :mod:`assistant.workspace.reading` reads the store for it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from assistant.clock import local_date
from assistant.messages import QT_TRANSLATE_NOOP, Counted, Message
from assistant.records import (
    Account,
    Culling,
    Documentation,
    DutyLog,
    LargerChange,
    Person,
    Role,
)
from assistant.rules.check_days import AccountToday
from assistant.rules.cover import CoverNow, duty_holders
from assistant.workdays import WorkingCalendar

if TYPE_CHECKING:
    from assistant.pack.model import GuidelinePack
    from assistant.rules.lifecycle import Life
    from assistant.rules.recurring import Deadline
    from assistant.settings import Settings

_R = TypeVar("_R", Culling, Documentation, LargerChange)

STALE_CHECKLIST_DAYS = 14
"""A checklist under way with no step done for longer than this is called for."""


class DutyKind(StrEnum):
    DAILY_CHECK = "daily_check"
    MISSED_CHECKS = "missed_checks"
    CULLING = "culling"
    DOCUMENTATION = "documentation"
    REVISION = "revision"
    STALE_CHECKLIST = "stale_checklist"


class Urgency(StrEnum):
    DUE_SOON = "due_soon"  # its last day is near (or its month has come)
    DUE = "due"  # today is its last day
    OVERDUE = "overdue"  # its last day has passed


MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Months", "January"),
    QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"),
    QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "December"),
)

URGENCY_ORDER = (Urgency.OVERDUE, Urgency.DUE, Urgency.DUE_SOON)


@dataclass(frozen=True)
class DutyItem:
    """One duty to do now or soon: for whom, by when, and why.

    ``reason`` says why it is due, in the user's language once rendered;
    ``detail`` is a pack text already in the user's language (a checklist's
    title), or empty.
    """

    kind: DutyKind
    urgency: Urgency
    due_on: date
    soon_from: date
    account: Account | None
    person_ids: tuple[str, ...]
    role: Role
    reason: Message
    run_id: str | None = None
    checklist_id: str = ""
    detail: str = ""
    days: tuple[date, ...] = ()
    """The days missed, for :attr:`DutyKind.MISSED_CHECKS`."""

    @property
    def key(self) -> str:
        """Stable while the duty stands: the same culling, the same round, the same run."""
        subject = self.run_id or (self.account.account_id if self.account else "-")
        return f"{self.kind}/{subject}/{self.due_on.isoformat()}"

    def is_for(self, person_id: str | None) -> bool:
        """Whether the person should be reminded; a duty nobody holds is everyone's."""
        return person_id is None or not self.person_ids or person_id in self.person_ids


def urgency_on(today: date, soon_from: date, due_on: date) -> Urgency | None:
    """How pressing a deadline is on ``today``; None while it is not yet due soon."""
    if today > due_on:
        return Urgency.OVERDUE
    if today == due_on:
        return Urgency.DUE
    return Urgency.DUE_SOON if today >= soon_from else None


Duties = Counted("Duties")
"""The duty texts with a count (see :class:`~assistant.messages.Counted`)."""


def _say(template: str, **values: object) -> Message:
    return Message("Duties", template, values)


def _keepers(account: Account) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*account.officer_ids, *account.deputy_ids)))


def may_concern(
    life: Life, person_id: str, cover: CoverNow | None, information_unit: Collection[str]
) -> bool:
    """Whether any duty of the account could be ``person_id``'s (:meth:`DutyItem.is_for`).

    Its officers', its deputies', the covering deputy's; everyone's when nobody
    holds it; the information unit's (documentation), or everyone's when there
    is none; and a stale checklist's starter's. The duty list of one person
    works out only these accounts: at a city's size, a few of a thousand.
    """
    account = life.account
    if person_id in account.officer_ids or person_id in account.deputy_ids:
        return True
    if not information_unit or person_id in information_unit:
        return True
    if cover is not None and cover.deputy_id == person_id:
        return True
    if not account.officer_ids and not account.deputy_ids:
        return True
    return any(state.run.recorded_by == person_id for state in life.runs)


def duty_items(
    lives: Iterable[Life],
    today_rows: Iterable[AccountToday],
    log: DutyLog,
    pack: GuidelinePack,
    settings: Settings,
    people: Mapping[str, Person],
    calendar: WorkingCalendar,
    today: date,
    in_use_since: date | None,
    language: str,
    covers: Mapping[str, CoverNow] | None = None,
) -> list[DutyItem]:
    """Every duty due, due soon or overdue on ``today``, most pressing first.

    An account's duties go to its officers, or to the deputy covering it on
    ``today`` (``covers``, by account id; see :func:`assistant.rules.cover.duty_holders`).

    ``today_rows`` is Today's overview of the daily checks (:func:`overview`);
    ``in_use_since`` is the first day Kontokoll held a record, from which the
    first revision of the rules is counted.
    """
    # Imported here: Today's first showing needs this module, but not these rules.
    from assistant.rules.recurring import documentation_deadlines, revision_deadline

    covers = covers or {}
    items = [*_daily_items(today_rows, calendar, today, covers)]
    information_unit = tuple(
        p.person_id for p in people.values() if Role.INFORMATION_UNIT in p.roles
    )
    cullings, documentations, changes = (
        by_account(log.cullings),
        by_account(log.documentations),
        by_account(log.larger_changes),
    )
    for life in lives:
        account = life.account
        own = account.account_id
        if account.is_active_on(today):
            holders = duty_holders(account, covers.get(own))
            items.extend(
                _culling_items(account, holders, cullings.get(own, []), pack, settings, today)
            )
            for deadline in documentation_deadlines(
                account,
                documentations.get(own, []),
                changes.get(own, []),
                pack.documentation_months,
                today,
            ):
                items.extend(_documentation_item(account, deadline, information_unit, today))
        if account.closed_on is None:
            items.extend(_stale_items(life, today, language))
    revision = revision_deadline(log.revisions, in_use_since, settings.due_soon_days)
    urgency = revision and urgency_on(today, revision.soon_from, revision.due_on)
    if revision and urgency:
        reason = (
            _say(QT_TRANSLATE_NOOP("Duties", "Yearly; last revised on {day}."), day=revision.since)
            if revision.done_before
            else _say(
                QT_TRANSLATE_NOOP(
                    "Duties", "Yearly; none recorded since Kontokoll came into use on {day}."
                ),
                day=revision.since,
            )
        )
        items.append(
            DutyItem(
                DutyKind.REVISION,
                urgency,
                revision.due_on,
                revision.soon_from,
                None,
                information_unit,
                Role.INFORMATION_UNIT,
                reason,
            )
        )
    items.sort(
        key=lambda i: (
            URGENCY_ORDER.index(i.urgency),
            i.due_on,
            i.account.name.casefold() if i.account else "",
            i.kind,
        )
    )
    return items


def _daily_items(
    rows: Iterable[AccountToday],
    calendar: WorkingCalendar,
    today: date,
    covers: Mapping[str, CoverNow],
) -> Iterable[DutyItem]:
    working = calendar.is_working_day(today)
    for row in rows:
        keepers = duty_holders(row.account, covers.get(row.account.account_id))
        if working and row.todays_check is None:
            yield DutyItem(
                DutyKind.DAILY_CHECK,
                Urgency.DUE,
                today,
                today,
                row.account,
                keepers,
                Role.OFFICER,
                _say(QT_TRANSLATE_NOOP("Duties", "Not yet checked today.")),
            )
        if row.missed_days:
            yield DutyItem(
                DutyKind.MISSED_CHECKS,
                Urgency.OVERDUE,
                row.missed_days[0],
                row.missed_days[0],
                row.account,
                keepers,
                Role.OFFICER,
                Duties.tr(
                    "%n working days without a logged check, the last {day}.",
                    "",
                    len(row.missed_days),
                    day=row.missed_days[-1],
                ),
                days=row.missed_days,
            )


def by_account(records: Iterable[_R]) -> dict[str, list[_R]]:
    """Each account's records, in the log's order, so no rule looks through every other
    account's (the duty list and the calendar both plan from them)."""
    result: dict[str, list[_R]] = {}
    for record in records:
        result.setdefault(record.account_id, []).append(record)
    return result


def _culling_items(
    account: Account,
    holders: tuple[str, ...],
    cullings: list[Culling],
    pack: GuidelinePack,
    settings: Settings,
    today: date,
) -> Iterable[DutyItem]:
    from assistant.rules.recurring import culling_deadline

    months = pack.culling_interval_months
    deadline = culling_deadline(account, cullings, months, settings.due_soon_days)
    urgency = urgency_on(today, deadline.soon_from, deadline.due_on)
    if urgency is None:
        return
    if deadline.done_before:
        template = QT_TRANSLATE_NOOP("Duties", "Every {months} months; last culled on {day}.")
    else:
        template = QT_TRANSLATE_NOOP(
            "Duties", "Every {months} months; not culled since it became active on {day}."
        )
    yield DutyItem(
        DutyKind.CULLING,
        urgency,
        deadline.due_on,
        deadline.soon_from,
        account,
        holders,
        Role.OFFICER,
        _say(template, months=months, day=deadline.since),
    )


def _documentation_item(
    account: Account, deadline: Deadline, information_unit: tuple[str, ...], today: date
) -> Iterable[DutyItem]:
    urgency = urgency_on(today, deadline.soon_from, deadline.due_on)
    if urgency is None:
        return
    reason = (
        _say(
            QT_TRANSLATE_NOOP("Duties", "Twice-yearly documentation, round of {month} {year}."),
            month=Message("Months", MONTH_NAMES[deadline.since.month - 1]),
            year=deadline.since.year,
        )
        if not deadline.after_change
        else _say(
            QT_TRANSLATE_NOOP("Duties", "A larger change was recorded on {day}."),
            day=deadline.since,
        )
    )
    yield DutyItem(
        DutyKind.DOCUMENTATION,
        urgency,
        deadline.due_on,
        deadline.soon_from,
        account,
        information_unit,
        Role.INFORMATION_UNIT,
        reason,
    )


def _stale_items(life: Life, today: date, language: str) -> Iterable[DutyItem]:
    for state in life.runs:
        if state.is_finished or life.finished(state.run.checklist_id):
            continue
        last = local_date(state.last_activity)
        due = last + timedelta(days=STALE_CHECKLIST_DAYS)
        if today <= due:
            continue
        people = tuple(dict.fromkeys((*_keepers(life.account), state.run.recorded_by)))
        yield DutyItem(
            DutyKind.STALE_CHECKLIST,
            Urgency.OVERDUE,
            due,
            due,
            life.account,
            tuple(p for p in people if p),
            Role.OFFICER,
            _say(QT_TRANSLATE_NOOP("Duties", "Nothing done in it since {day}."), day=last),
            run_id=state.run.id,
            checklist_id=state.run.checklist_id,
            detail=state.checklist.title.in_language(language),
        )
