"""The duty calendar's dates: culling, documentation and revision, planned months ahead.

From the accounts' lives, the duty log and a date to each planned date of a
recurring duty up to a horizon, each assumed done on its last day, with who
does it and why it falls then. :mod:`assistant.exports.calendar` writes them
as iCalendar or CSV for Outlook and Excel.

A calendar reminds only of what lies ahead, so a duty already overdue is put
on today (or the next working day), saying since when it is overdue. Asked
for one person's calendar, only the duties they hold are planned: the
cullings of the accounts they are officer or deputy for, and the
documentation and revision if they belong to the information unit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from assistant.messages import QT_TRANSLATE_NOOP, Message
from assistant.records import Account, Documentation, DutyLog, LargerChange, Person, Role
from assistant.rules.duties import MONTH_NAMES, DutyKind, by_account
from assistant.rules.recurring import (
    AFTER_CHANGE_DAYS,
    REVISION_INTERVAL_MONTHS,
    Deadline,
    Round,
    add_months,
    culling_deadline,
    documentation_deadlines,
    projected_cullings,
    revision_deadline,
    rounds_between,
)

if TYPE_CHECKING:
    from assistant.pack.model import GuidelinePack
    from assistant.rules.lifecycle import Life
    from assistant.settings import Settings
    from assistant.workdays import WorkingCalendar

MAX_MONTHS = 36
_DUTY_NAMES = {
    DutyKind.CULLING: QT_TRANSLATE_NOOP("Calendar", "Culling"),
    DutyKind.DOCUMENTATION: QT_TRANSLATE_NOOP("Calendar", "Documentation"),
    DutyKind.REVISION: QT_TRANSLATE_NOOP("Calendar", "Revision of the rules"),
}
_SUMMARIES = {
    DutyKind.CULLING: QT_TRANSLATE_NOOP("Calendar", "Culling: {account} ({platform})"),
    DutyKind.DOCUMENTATION: QT_TRANSLATE_NOOP("Calendar", "Documentation: {account} ({platform})"),
    DutyKind.REVISION: QT_TRANSLATE_NOOP("Calendar", "Revision of the rules"),
}


# Why an occurrence falls when it does: (done before, never done, a later one).
_CULLING_REASONS = (
    QT_TRANSLATE_NOOP("Calendar", "Every {months} months; last culled on {day}."),
    QT_TRANSLATE_NOOP(
        "Calendar", "Every {months} months; not culled since it became active on {day}."
    ),
    QT_TRANSLATE_NOOP("Calendar", "Every {months} months, counted from the one before on {day}."),
)
_REVISION_REASONS = (
    QT_TRANSLATE_NOOP("Calendar", "Yearly; last revised on {day}."),
    QT_TRANSLATE_NOOP("Calendar", "Yearly; none recorded since Kontokoll came into use on {day}."),
    QT_TRANSLATE_NOOP("Calendar", "Yearly, counted from the one before on {day}."),
)


@dataclass(frozen=True)
class CalendarEntry:
    """One planned date of a recurring duty: due soon from ``soon_from``, due by ``due_on``.

    ``platform`` is the account's platform named in the chosen language ("" for
    the revision); ``who`` the names of the people in ``person_ids``; ``reason``
    the rule that sets the date.
    """

    kind: DutyKind
    due_on: date
    soon_from: date
    account: Account | None
    person_ids: tuple[str, ...]
    who: tuple[str, ...]
    uid: str
    platform: str
    reason: Message
    overdue_since: date | None = None

    @property
    def summary(self) -> Message:
        name = self.account.name if self.account else ""
        return self._overdue(_say(_SUMMARIES[self.kind], account=name, platform=self.platform))

    @property
    def duty(self) -> Message:
        return self._overdue(_say(_DUTY_NAMES[self.kind]))

    @property
    def overdue_line(self) -> Message | None:
        """For an overdue duty, when it was due and why it stands on another day."""
        if self.overdue_since is None:
            return None
        return _say(
            QT_TRANSLATE_NOOP(
                "Calendar",
                "Overdue: it was due by {due}. It stands on {day} so that the calendar "
                "reminds you.",
            ),
            due=self.overdue_since,
            day=self.due_on,
        )

    def is_for(self, person_id: str | None) -> bool:
        """Whether it is the person's duty (as in My day, a duty nobody holds is everyone's)."""
        return person_id is None or not self.person_ids or person_id in self.person_ids

    def _overdue(self, text: Message) -> Message:
        since = self.overdue_since
        if since is None:
            return text
        return _say(
            QT_TRANSLATE_NOOP("Calendar", "Overdue since {day} {month} {year} – {duty}"),
            day=since.day,
            month=Message("Months", MONTH_NAMES[since.month - 1]),
            year=since.year,
            duty=text,
        )

    @property
    def who_line(self) -> Message:
        names = ", ".join(self.who) or _say(QT_TRANSLATE_NOOP("Calendar", "nobody named yet"))
        return _say(QT_TRANSLATE_NOOP("Calendar", "Who: {names}"), names=names)


def _say(template: str, **values: object) -> Message:
    return Message("Calendar", template, values)


def calendar_entries(
    lives: Iterable[Life],
    log: DutyLog,
    pack: GuidelinePack,
    settings: Settings,
    people: Mapping[str, Person],
    today: date,
    in_use_since: date | None,
    months: int = 12,
    language: str = "sv",
    *,
    holder: str | None = None,
    working: WorkingCalendar | None = None,
    culled: Mapping[str, Sequence[date]] | None = None,
) -> list[CalendarEntry]:
    """Every culling, documentation and revision planned from ``today`` to ``months`` ahead.

    With ``holder``, only that person's (:meth:`CalendarEntry.is_for`). An
    overdue one is put on today, or with ``working`` the first working day
    from today. In date order.

    ``log`` may hold each account's newest records only (with every revision)
    when ``culled`` gives, per account id, the days of all its cullings: what
    the next dates count from is the newest, what names them is how many.
    """
    horizon = add_months(today, months)
    soon_days = settings.due_soon_days
    unit = tuple(p.person_id for p in people.values() if Role.INFORMATION_UNIT in p.roles)

    def entry(
        kind: DutyKind, dates: tuple[date, date], account: Account | None, uid: str, why: Message
    ) -> CalendarEntry:
        ids = unit
        if kind is DutyKind.CULLING and account:
            ids = tuple(dict.fromkeys((*account.officer_ids, *account.deputy_ids)))
        platform = pack.platform_name(account.platform, language) if account else ""
        who = tuple(people[i].name for i in ids if i in people)
        return CalendarEntry(kind, dates[1], dates[0], account, ids, who, uid, platform, why)

    # A UID names an occurrence, not a date, so that importing the file again
    # moves each event instead of adding a second one. A culling or revision is
    # "the n-th" (for a culling, since the account became active): those
    # recorded so far plus k. Recording one leaves the old n-th out of the file
    # (it is history) and moves the later ones. A documentation round is named
    # by its month, which never moves.
    entries: list[CalendarEntry] = []
    interval = pack.culling_interval_months
    # Each account's records, grouped once: no account looks through the others'.
    cullings = by_account(log.cullings)
    documentations = by_account(log.documentations)
    changes = by_account(log.larger_changes)
    for life in lives:
        account = life.account
        if not account.is_active_on(today):
            continue
        key = account.account_id
        own = cullings.get(key, [])
        first = culling_deadline(account, own, interval, soon_days)
        days = [c.done_on for c in own] if culled is None else culled.get(key, ())
        done = sum(1 for day in days if day >= account.active_since)
        planned = _planned(first, interval, soon_days, today, horizon)
        for k, (soon, due, since) in enumerate(planned, 1):
            if account.is_active_on(due):
                why = _say(_reason(_CULLING_REASONS, first, k), months=interval, day=since)
                uid = f"culling-{account.account_id}-{done + k}@kontokoll"
                entries.append(entry(DutyKind.CULLING, (soon, due), account, uid, why))
        entries.extend(
            entry(DutyKind.DOCUMENTATION, dates, account, uid, why)
            for dates, uid, why in _documentations(
                account,
                (documentations.get(key, []), changes.get(key, [])),
                pack,
                today,
                horizon,
            )
        )
    revision = revision_deadline(log.revisions, in_use_since, soon_days)
    if revision is not None:
        planned = _planned(revision, REVISION_INTERVAL_MONTHS, soon_days, today, horizon)
        for k, (soon, due, since) in enumerate(planned, 1):
            why = _say(_reason(_REVISION_REASONS, revision, k), day=since)
            uid = f"revision-{len(log.revisions) + k}@kontokoll"
            entries.append(entry(DutyKind.REVISION, (soon, due), None, uid, why))
    on = _first_working_day(today, working)
    entries = [_from_today(e, today, on) for e in entries if e.is_for(holder)]
    entries.sort(
        key=lambda e: (e.due_on, e.kind, e.account.name.casefold() if e.account else "", e.uid)
    )
    return entries


def _first_working_day(today: date, working: WorkingCalendar | None) -> date:
    day = today
    # A year of days off in a row is no calendar: then today it is.
    for _ in range(366):
        if working is None or working.is_working_day(day):
            return day
        day += timedelta(days=1)
    return today


def _from_today(entry: CalendarEntry, today: date, on: date) -> CalendarEntry:
    """The entry as the calendar shows it: an overdue one on ``on``, reminding that morning.

    Its UID stays, so importing the file again moves the event instead of adding one.
    """
    if entry.due_on < today:
        return replace(entry, due_on=on, soon_from=on, overdue_since=entry.due_on)
    return entry


def _reason(reasons: tuple[str, str, str], first: Deadline, k: int) -> str:
    return reasons[2] if k > 1 else reasons[0] if first.done_before else reasons[1]


def _planned(
    first: Deadline, interval_months: int, soon_days: int, today: date, horizon: date
) -> list[tuple[date, date, date]]:
    """(soon_from, due_on, since) of the next occurrence and those after it up to ``horizon``.

    Each is assumed done on its last day, and the next counted from there.
    """
    planned = [(first.soon_from, first.due_on, first.since)]
    # One already overdue can be done today at the earliest: the ones after it count from today.
    since = max(first.due_on, today)
    after = replace(first, due_on=add_months(since, interval_months))
    for due in projected_cullings(after, interval_months, horizon):
        planned.append((max(since, due - timedelta(days=soon_days)), due, since))
        since = due
    return [occurrence for occurrence in planned if occurrence[1] <= horizon]


def _documentations(
    account: Account,
    own: tuple[Sequence[Documentation], Sequence[LargerChange]],
    pack: GuidelinePack,
    today: date,
    horizon: date,
) -> Iterable[tuple[tuple[date, date], str, Message]]:
    """((soon_from, due_on), uid, reason) of the account's open and later documentation.

    ``own`` holds the account's own documentations and larger changes.
    """
    key, months = account.account_id, pack.documentation_months
    still_open = documentation_deadlines(account, own[0], own[1], months, today)
    rounds = [Round(d.since.year, d.since.month) for d in still_open if not d.after_change]
    rounds += [
        r
        for r in rounds_between(months, today, horizon)
        if today < r.opens_on and r.due_on <= horizon and account.is_active_on(r.opens_on)
    ]
    for r in rounds:
        month = f"{r.opens_on:%Y-%m}"
        why = _say(
            QT_TRANSLATE_NOOP("Calendar", "Documentation round of {month}, due by its last day."),
            month=month,
        )
        yield (r.opens_on, r.due_on), f"documentation-{key}-{month}@kontokoll", why
    for change in (d for d in still_open if d.after_change):
        why = _say(
            QT_TRANSLATE_NOOP(
                "Calendar", "A larger change was recorded on {day}; document it within {days} days."
            ),
            day=change.since,
            days=AFTER_CHANGE_DAYS,
        )
        uid = f"documentation-{key}-change-{change.since}@kontokoll"
        yield (change.soon_from, change.due_on), uid, why
