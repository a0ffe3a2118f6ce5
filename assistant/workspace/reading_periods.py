"""The reads of a period: the manager's review and the duty calendar's planned dates.

Part of :mod:`assistant.workspace.reading` (which names them too), kept apart so
each module holds one idea; both may run on a worker thread, given a workspace
of their own (:meth:`~assistant.workspace.data_folder.Workspace.elsewhere`).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

from assistant.workspace.data_folder import Workspace

if TYPE_CHECKING:
    from assistant.rules.calendar import CalendarEntry
    from assistant.rules.review import Review, ReviewFilter


def review(workspace: Workspace, review_filter: ReviewFilter, today: date) -> Review:
    """The manager's review of the filter's period, as the log stands on ``today``.

    Reads only the period's tallies of the chosen accounts; runs on any
    thread, given a workspace of its own (:meth:`Workspace.elsewhere`).
    """
    from assistant.rules.review import LogHead, chosen_accounts, review_of
    from assistant.store.log_check import log_heads
    from assistant.store.review_queries import check_tallies, duty_dates
    from assistant.workspace.read_only import review_note

    versions = workspace.store.account_versions()
    chosen = chosen_accounts(workspace.log.accounts().values(), review_filter, versions)
    ids = [a.account_id for a in chosen]
    first, last = review_filter.first, review_filter.last
    made = review_of(
        chosen,
        check_tallies(workspace.store, ids, first, last),
        duty_dates(workspace.store, ids),
        workspace.pack,
        workspace.calendar,
        review_filter,
        today,
        versions,
    )
    user = workspace.log.people().get(workspace.log.me() or "")
    heads = tuple(LogHead(*head) for head in log_heads(workspace.store, user.name if user else ""))
    return dataclasses.replace(made, log_heads=heads, damage=review_note(workspace.read_only))


def departments(workspace: Workspace) -> list[str]:
    """The departments named in the register, in alphabetical order."""
    from assistant.rules.review import departments as named_departments

    return named_departments(workspace.log.accounts().values())


def calendar_entries(
    workspace: Workspace, today: date, months: int, language: str, everyone: bool = False
) -> list[CalendarEntry]:
    """The planned dates of the user's recurring duties (or ``everyone``'s) for ``months``."""
    from assistant.rules.calendar import calendar_entries as planned_entries
    from assistant.store.review_queries import duty_dates

    log = workspace.log
    # Each account's newest records, and the days of all its cullings: ten years of a
    # city's records built whole are some 50,000 objects, and building them held up
    # the window while the garbage collector walked them.
    return planned_entries(
        log.lives().values(),
        log.latest_duty_log(),
        workspace.pack,
        workspace.settings,
        log.people(),
        today,
        log.first_recorded_on(),
        months,
        language,
        holder=None if everyone else log.me(),
        working=workspace.calendar,
        culled=duty_dates(workspace.store).cullings,
    )
