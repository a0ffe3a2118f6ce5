"""Every duty as it stands in one data folder: the store read, the rules applied.

The one place that turns the log into :class:`~assistant.rules.check_days.DutyItem`
lists, for the tray, the reminders, Today's duty list, ``kontokoll ics`` and
the calendar export. The rules themselves are pure (:mod:`assistant.rules.check_days`,
:mod:`assistant.rules.recurring`); this module only reads what they need.
"""

from __future__ import annotations

from datetime import date, timedelta

from assistant.rules.check_days import STATUS_WINDOW_DAYS, DutyItem, overview_of_days
from assistant.rules.cover import covers_on
from assistant.rules.duties import duty_items
from assistant.rules.lifecycle import read_lives
from assistant.workspace.data_folder import Workspace


def read_duty_items(
    workspace: Workspace, today: date, language: str, person_id: str | None = None
) -> list[DutyItem]:
    """Every duty due, due soon or overdue on ``today``; only ``person_id``'s when given."""
    store = workspace.store
    all_lives = read_lives(store)
    accounts = [life.account for life in all_lives.values()]
    ids = [a.account_id for a in accounts]
    checked = store.checked_days(ids, today - timedelta(days=STATUS_WINDOW_DAYS), today)
    todays = store.checks(account_ids=ids, first=today, last=today)
    rows = overview_of_days(accounts, checked, todays, workspace.calendar, today)
    items = duty_items(
        all_lives.values(),
        rows,
        store.duty_log(latest=True),
        workspace.pack,
        workspace.settings,
        store.people(),
        workspace.calendar,
        today,
        store.first_recorded_on(),
        language,
        covers_on(store.absences(ending_from=today).values(), today),
    )
    return [item for item in items if item.is_for(person_id)]
