"""The duty calendar of a demo municipality, beside a straightforward reading of its rules.

:func:`calendar_entries` groups the log's records by account once (it used
to look through every account's records for each account); each account's
dates must still be those worked out from that account's records alone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.demo.build import make_demo
from assistant.records import DutyLog
from assistant.rules.calendar import CalendarEntry, calendar_entries
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace, open_workspace

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    make_demo(folder, accounts=12, people=8, years=2, seed=5, today=TODAY)
    return folder


def _planned(workspace: Workspace, holder: str | None) -> list[CalendarEntry]:
    log = workspace.log
    return calendar_entries(
        log.lives().values(),
        workspace.store.duty_log(),
        workspace.pack,
        workspace.settings,
        log.people(),
        TODAY,
        log.first_recorded_on(),
        24,
        holder=holder,
        working=workspace.calendar,
    )


def _one_by_one(workspace: Workspace, holder: str | None) -> list[CalendarEntry]:
    """Each account planned from a log holding only its own records, then the revision."""
    log, duty_log = workspace.log, workspace.store.duty_log()
    entries = calendar_entries(
        [],
        DutyLog(revisions=duty_log.revisions),
        workspace.pack,
        workspace.settings,
        log.people(),
        TODAY,
        log.first_recorded_on(),
        24,
        holder=holder,
        working=workspace.calendar,
    )
    for life in log.lives().values():
        key = life.account.account_id
        own = DutyLog(
            cullings=tuple(c for c in duty_log.cullings if c.account_id == key),
            documentations=tuple(d for d in duty_log.documentations if d.account_id == key),
            larger_changes=tuple(c for c in duty_log.larger_changes if c.account_id == key),
        )
        entries += calendar_entries(
            [life],
            own,
            workspace.pack,
            workspace.settings,
            log.people(),
            TODAY,
            None,  # the revision is planned once, above
            24,
            holder=holder,
            working=workspace.calendar,
        )
    entries.sort(
        key=lambda e: (e.due_on, e.kind, e.account.name.casefold() if e.account else "", e.uid)
    )
    return entries


def test_every_account_is_planned_from_its_own_records_alone(demo: Path) -> None:
    with open_workspace(demo) as workspace:
        everyone = _planned(workspace, None)
        assert everyone == _one_by_one(workspace, None)
        kinds = {e.kind for e in everyone}
        assert len(kinds) == 3  # cullings, documentation and the revision all planned
        assert len({e.account.account_id for e in everyone if e.account}) > 1
        officer = next(i for e in everyone for i in e.person_ids if e.account)
        assert _planned(workspace, officer) == _one_by_one(workspace, officer)


def test_the_newest_records_and_the_days_culled_plan_as_the_whole_log_does(demo: Path) -> None:
    """The export reads each account's newest records: the dates and the UIDs stay the same."""
    with open_workspace(demo) as workspace:
        everyone = reading.calendar_entries(workspace, TODAY, 24, "sv", everyone=True)
        assert everyone == _planned(workspace, None)
        assert any(
            e.uid.startswith("culling-") and not e.uid.endswith("-1@kontokoll") for e in everyone
        )  # numbered after cullings logged before
        me = workspace.log.me()
        assert me is not None
        assert reading.calendar_entries(workspace, TODAY, 24, "sv") == _planned(workspace, me)


class _Counted(tuple):  # type: ignore[type-arg]
    """A log's records that count how often they are looked through."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        type(self).walks += 1
        return super().__iter__()


def test_the_log_is_looked_through_once_not_once_per_account(demo: Path) -> None:
    with open_workspace(demo) as workspace:
        log, duty_log = workspace.log, workspace.store.duty_log()
        counted = DutyLog(
            cullings=_Counted(duty_log.cullings),
            documentations=_Counted(duty_log.documentations),
            revisions=duty_log.revisions,
            larger_changes=_Counted(duty_log.larger_changes),
        )
        lives = list(log.lives().values())
        assert len(lives) > 3
        entries = calendar_entries(
            lives,
            counted,
            workspace.pack,
            workspace.settings,
            log.people(),
            TODAY,
            log.first_recorded_on(),
            24,
            working=workspace.calendar,
        )
        assert entries == _planned(workspace, None)
        assert _Counted.walks == 3  # each kind of record once
