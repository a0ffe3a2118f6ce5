"""The covering screen's two tables: which rows they show, and the models over them.

The absences now and to come (:func:`absence_rows`), only those that concern
the user unless everyone's are asked for, and the accounts the user stands
in for (:func:`deputy_rows`), with whether the officer is away and who
covers. The status texts keep the translation context of
:class:`ui.covering.view.CoveringView`, where they were first written, so
their Swedish stays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from assistant.records import Absence, Account, DailyCheck, Person
from assistant.rules.cover import CoverNow, away_on, upcoming
from ui.common.labels import checked_by_text, clock_time, person_name
from ui.common.status_look import Status, status_data
from ui.common.table_model import ListTableModel


@dataclass(frozen=True)
class AbsenceRow:
    absence: Absence
    away: str
    covers: str
    recorded_by: str


@dataclass(frozen=True)
class DeputyRow:
    account: Account
    label: str
    officers: str
    status: str
    covering: bool
    check: DailyCheck | None
    checked_by: str


class AbsenceModel(ListTableModel[AbsenceRow]):
    def headings(self) -> tuple[str, ...]:
        return (
            self.tr("Who is away"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Recorded by"),
            self.tr("Who covers which account"),
        )

    def cell(self, row: AbsenceRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        absence = row.absence
        return (
            row.away,
            absence.first_day.isoformat(),
            absence.last_day.isoformat(),
            row.recorded_by,
            row.covers,
        )[column]


class DeputyModel(ListTableModel[DeputyRow]):
    working_day = True
    """Whether today is a working day: if not, no check is due."""

    def headings(self) -> tuple[str, ...]:
        return (
            self.tr("Account"),
            self.tr("Officer"),
            self.tr("Today's check"),
            self.tr("Now"),
        )

    def cell(self, row: DeputyRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row.account.account_id
        if column == 2 and row.covering and (row.check is not None or self.working_day):
            look = status_data(Status.CHECKED if row.check else Status.DUE, role)
            if look is not None:
                return look
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.label
        if column == 1:
            return row.officers
        if column == 3:
            return row.status
        if row.check is None:
            return self.tr("Not checked yet") if self.working_day else self.tr("Not a working day")
        at = clock_time(row.check.recorded_at)
        return self.tr("Checked by {name} at {time}").format(name=row.checked_by, time=at)


def absence_rows(
    absences: list[Absence],
    accounts: dict[str, Account],
    people: dict[str, Person],
    me: str,
    today: date,
    *,
    everyone: bool,
    label: Callable[[Account | None], str],
) -> list[AbsenceRow]:
    """The absences now and to come: ``everyone``'s, or only those that concern ``me``."""

    def concerns_me(absence: Absence) -> bool:
        if absence.person_id == me or me in absence.covers.values():
            return True
        return any(accounts[a].has_person(me) for a in absence.covers if a in accounts)

    rows = []
    for absence in upcoming(absences, today):
        if not (everyone or concerns_me(absence)):
            continue
        covers = "; ".join(
            f"{label(accounts.get(a))}: {person_name(people, d)}" for a, d in absence.covers.items()
        )
        rows.append(
            AbsenceRow(
                absence,
                person_name(people, absence.person_id),
                covers,
                person_name(people, absence.recorded_by),
            )
        )
    return rows


def deputy_rows(
    absences: list[Absence],
    covers: dict[str, CoverNow],
    accounts: dict[str, Account],
    people: dict[str, Person],
    me: str,
    todays: dict[str, DailyCheck],
    today: date,
    label: Callable[[Account | None], str],
) -> list[DeputyRow]:
    """The accounts active ``today`` that ``me`` covers or is a deputy (not officer) of."""

    def stands_in(account: Account) -> bool:
        cover = covers.get(account.account_id)
        if cover is not None and cover.deputy_id == me:
            return True
        return me in account.deputy_ids and me not in account.officer_ids

    chosen = [a for a in accounts.values() if a.is_active_on(today) and stands_in(a)]
    rows = []
    for account in sorted(chosen, key=lambda a: a.name.casefold()):
        cover = covers.get(account.account_id)
        officers = ", ".join(person_name(people, p) for p in account.officer_ids) or "–"
        if cover is not None and cover.deputy_id == me:
            status = QCoreApplication.translate("CoveringView", "You cover it until {last}").format(
                last=cover.absence.last_day.isoformat()
            )
        elif cover is not None:
            status = QCoreApplication.translate("CoveringView", "{name} covers it").format(
                name=person_name(people, cover.deputy_id)
            )
        elif any(away_on(absences, p, today) for p in account.officer_ids):
            status = QCoreApplication.translate("CoveringView", "Officer away, nobody covers it")
        else:
            status = QCoreApplication.translate("CoveringView", "Officer at work")
        check = todays.get(account.account_id)
        rows.append(
            DeputyRow(
                account,
                label(account),
                officers,
                status,
                cover is not None and cover.deputy_id == me,
                check,
                checked_by_text(check, people) if check else "",
            )
        )
    return rows
