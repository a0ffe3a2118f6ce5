"""Words for the core's values, in the user's language.

The core stores ``officer`` and ``missed``; people read «Ansvarig» and
«Missad». Kept in one place so every screen says the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from assistant.clock import STOCKHOLM
from assistant.pack.model import GuidelinePack
from assistant.records import CheckRole, DailyCheck, Person, RemovalAction, Role
from assistant.rules.check_days import DayState


def qdate(day: date) -> QDate:
    """A Python date as Qt's, on every PySide6 version (6.11's stubs take no ``date``)."""
    return QDate(day.year, day.month, day.day)


def role_label(role: Role) -> str:
    return {
        Role.OFFICER: QCoreApplication.translate("Labels", "Account officer"),
        Role.DEPUTY: QCoreApplication.translate("Labels", "Deputy"),
        Role.MANAGER: QCoreApplication.translate("Labels", "Manager"),
        Role.INFORMATION_UNIT: QCoreApplication.translate("Labels", "Information unit"),
        Role.REGISTRAR: QCoreApplication.translate("Labels", "Registrar"),
    }[role]


def check_role_label(role: CheckRole) -> str:
    return {
        CheckRole.OFFICER: QCoreApplication.translate("Labels", "as account officer"),
        CheckRole.DEPUTY: QCoreApplication.translate("Labels", "as deputy"),
    }[role]


def person_name(people: Mapping[str, Person], person_id: str) -> str:
    person = people.get(person_id)
    return person.name if person else "?"


def checked_by_text(check: DailyCheck, people: Mapping[str, Person]) -> str:
    """Who checked: "Per Ek", or "Per Ek, covering for Åsa Öberg" for a deputy's check.

    When someone else logged it, that is said too: "Per Ek (logged by Maria Lind)".
    """
    name = person_name(people, check.checked_by)
    if check.covering_for:
        name = QCoreApplication.translate("Labels", "{name}, covering for {absent}").format(
            name=name, absent=person_name(people, check.covering_for)
        )
    recorder = people.get(check.recorded_by) if check.recorded_by else None
    if recorder is None or recorder is people.get(check.checked_by):
        return name
    return QCoreApplication.translate("Labels", "{checked} (logged by {recorder})").format(
        checked=name, recorder=recorder.name
    )


def action_label(action: RemovalAction) -> str:
    return {
        RemovalAction.DELETED: QCoreApplication.translate("Labels", "Deleted"),
        RemovalAction.HIDDEN: QCoreApplication.translate("Labels", "Hidden"),
        RemovalAction.REPLIED: QCoreApplication.translate(
            "Labels", "Replied instead (the platform cannot remove it)"
        ),
    }[action]


def day_state_label(state: DayState) -> str:
    return {
        DayState.CHECKED: QCoreApplication.translate("Labels", "Checked"),
        DayState.LATE: QCoreApplication.translate("Labels", "Checked late"),
        DayState.MISSED: QCoreApplication.translate("Labels", "Missed"),
        DayState.DUE: QCoreApplication.translate("Labels", "Due today"),
        DayState.NOT_WORKING_DAY: QCoreApplication.translate("Labels", "Not a working day"),
        DayState.FUTURE: QCoreApplication.translate("Labels", "Coming"),
    }[state]


def long_date(day: date) -> str:
    """«lördag 21 november 2026» in the user's language."""
    return QLocale().toString(qdate(day), "dddd d MMMM yyyy")


def short_date(day: date) -> str:
    return day.isoformat()


def clock_time(instant: datetime) -> str:
    """The time of day of ``instant`` as a Swedish clock shows it (HH:MM).

    Kontokoll's days are Swedish days (a check logged after midnight in
    Stockholm is late), so its times are Swedish times too, whatever time
    zone the workstation is set to.
    """
    return instant.astimezone(STOCKHOLM).strftime("%H:%M")


def day_and_time(instant: datetime) -> str:
    """``instant`` as a Swedish date and clock show it (YYYY-MM-DD HH:MM)."""
    return instant.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M")


def swedish_day(instant: datetime) -> str:
    """The Swedish date of ``instant`` (YYYY-MM-DD)."""
    return instant.astimezone(STOCKHOLM).strftime("%Y-%m-%d")


def ground_title(ground: str, pack: GuidelinePack, language: str) -> str:
    """A removal ground's title in the pack, or its id when the pack no longer has it."""
    try:
        return pack.removal_ground(ground).title.in_language(language)
    except KeyError:
        return ground
