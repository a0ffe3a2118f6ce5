"""Reading the log for the screens and the command line: one answer to "what is today".

My day, the duties and ``kontokoll status`` used to work out the day each in
their own way; now they ask :func:`assistant.workspace.reading.day_overview`,
and the rows every screen shares are read once while the database is unchanged.
"""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from assistant.cli import main as cli
from assistant.clock import FixedClock
from assistant.messages import UserError
from assistant.pack.reader import default_pack
from assistant.records import Person
from assistant.rules.accounts import AccountDraft
from assistant.rules.lifecycle import Stage
from assistant.rules.opening import BEFORE_START, CLOSING, GETTING_STARTED
from assistant.store.connection import StorageError, Trouble
from assistant.store.database import Store
from assistant.workspace import checklists, reading, recording
from assistant.workspace.data_folder import Workspace, open_workspace
from tests.assistant.rules.checklist_office import good_answers
from tests.factories import FRIDAY, account, at, check, person


def introduce_asa(workspace: Workspace) -> Person:
    asa = person("Åsa Öberg", "asa.oberg@lidingo.se")
    workspace.store.add_people([asa], me=asa.person_id)
    return asa


def complete(workspace: Workspace, account_id: str, checklist_id: str, by: Person) -> None:
    """Start a checklist for the account, do every step as a careful officer would, finish it."""
    now = at(FRIDAY, 8)
    run_id = checklists.start_checklist(workspace, account_id, checklist_id, now, "en")
    for step in default_pack().checklists[checklist_id].steps:
        checklists.save_step(
            workspace,
            now,
            account_id=account_id,
            run_id=run_id,
            step_id=step.id,
            answers=good_answers(step, by),
            language="en",
        )
    checklists.finish_checklist(workspace, now, account_id=account_id, run_id=run_id, language="en")


def open_through_the_checklists(workspace: Workspace, asa: Person) -> str:
    """Plan the library, fill in and finish Before you start and Getting started."""
    draft = AccountDraft(
        platform="facebook",
        name="Lidingö bibliotek",
        url="https://www.facebook.com/lidingobibliotek",
        department="Kultur",
        officer_ids=(asa.person_id,),
        deputy_ids=(),
        registrar_access=True,
        active_since=FRIDAY,
        planned=True,
    )
    now = at(FRIDAY, 8)
    library = recording.save_account(workspace, draft, now)
    for checklist_id in (BEFORE_START, GETTING_STARTED):
        complete(workspace, library.account_id, checklist_id, asa)
    return library.account_id


def test_an_account_opened_by_its_checklist_is_today_everywhere_after_an_edit_made_elsewhere(
    data_dir: Path,
) -> None:
    workspace = open_workspace(data_dir)
    try:
        asa = introduce_asa(workspace)
        library_id = open_through_the_checklists(workspace, asa)
        # Another workstation renamed the account from its planned version, recorded later.
        planned_version = next(
            v for v in reading.account_versions(workspace)[library_id] if v.planned
        )
        renamed = replace(
            planned_version,
            id="edited-elsewhere",
            name="Lidingö stadsbibliotek",
            supersedes=planned_version.id,
            recorded_at=at(FRIDAY, 9),
        )
        workspace.store.add_accounts([renamed])
        assert reading.lives(workspace)[library_id].stage is Stage.ACTIVE
        as_lived = {key: life.account for key, life in reading.lives(workspace).items()}
        assert reading.accounts(workspace) == as_lived

        my_day = reading.my_day(workspace, FRIDAY)
        assert [row.today.account.name for row in my_day.accounts] == ["Lidingö stadsbibliotek"]
        due = reading.my_duties(workspace, FRIDAY, "en")
        assert any(item.account and item.account.account_id == library_id for item in due)
    finally:
        workspace.close()
    out = io.StringIO()
    args = cli.parse(["--data-dir", str(data_dir), "status", "--json"])
    assert cli.run(args, clock=FixedClock(at(FRIDAY)), out=out) == 0
    assert [a["id"] for a in json.loads(out.getvalue())["accounts"]] == [library_id]


def test_my_day_says_whom_the_user_covers_for_and_who_covers_them(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    try:
        asa = introduce_asa(workspace)
        per = person("Per Ek", "per.ek@lidingo.se")
        city = account("Lidingö stad", officers=[asa], deputies=[per])
        library = account("Lidingö bibliotek", officers=[per], deputies=[asa])
        workspace.store.add_accounts([city, library], [per])
        recording.save_absence(
            workspace,
            at(FRIDAY, 8),
            person_id=per.person_id,
            first_day=FRIDAY,
            last_day=FRIDAY + timedelta(days=3),
            covers={library.account_id: asa.person_id},
            handover="Svara på frågan om öppettider.",
        )
        workspace.store.add_check(check(city, FRIDAY, by=asa))

        day = reading.my_day(workspace, FRIDAY)

        rows = {row.today.account.name: row for row in day.accounts}
        assert rows["Lidingö stad"].role is not None
        assert rows["Lidingö stad"].today.todays_check is not None
        assert rows["Lidingö bibliotek"].covering_for == per.person_id
        assert day.working_day
        assert day.any_accounts
    finally:
        workspace.close()


def test_what_every_screen_shares_is_read_once_until_the_log_changes(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    try:
        asa = introduce_asa(workspace)
        workspace.store.add_accounts([account(officers=[asa])])
        reading.my_day(workspace, FRIDAY)
        reading.checklists_now(workspace)
        with workspace.store.statements() as statements:
            for _ in range(3):
                reading.my_day(workspace, FRIDAY)
                reading.people(workspace)
                reading.checklists_now(workspace)
        reads = [s for s in statements if not s.lstrip().upper().startswith("PRAGMA")]
        assert reads == []
        # A write here is seen at once.
        workspace.store.add_accounts([account("Lidingö bibliotek", officers=[asa])])
        assert len(reading.my_day(workspace, FRIDAY).accounts) == 2
    finally:
        workspace.close()


def test_a_write_by_another_connection_is_seen_at_the_next_read(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    try:
        asa = introduce_asa(workspace)
        workspace.store.add_accounts([account(officers=[asa])])
        assert len(reading.my_day(workspace, FRIDAY).accounts) == 1
        other = Store.open(data_dir)  # as a team merge does, on its own thread
        try:
            other.add_accounts([account("Lidingö bibliotek", officers=[asa])])
        finally:
            other.close()
        assert len(reading.my_day(workspace, FRIDAY).accounts) == 2
    finally:
        workspace.close()


def test_a_workspace_elsewhere_reads_the_same_log_on_its_own_connection(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    try:
        asa = introduce_asa(workspace)
        workspace.store.add_accounts([account(officers=[asa])])
        with workspace.elsewhere() as here:
            assert here.store is not workspace.store
            assert here.pack is workspace.pack
            assert reading.my_id(here) == asa.person_id
            assert len(reading.accounts(here)) == 1
    finally:
        workspace.close()


def test_a_database_failure_on_another_thread_is_said_in_words(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    try:
        with pytest.raises(UserError) as caught, workspace.elsewhere():
            raise StorageError("disk I/O error", Trouble.FAILED)
        assert "disk I/O error" in caught.value.render()
    finally:
        workspace.close()


def test_an_account_closed_by_its_checklist_stays_closed_after_an_edit_made_elsewhere(
    data_dir: Path,
) -> None:
    workspace = open_workspace(data_dir)
    try:
        asa = introduce_asa(workspace)
        city = account("Lidingö stad", officers=[asa])
        workspace.store.add_accounts([city])
        complete(workspace, city.account_id, CLOSING, asa)
        renamed = replace(
            city,
            id="edited-elsewhere",
            name="Lidingö kommun",
            supersedes=city.id,
            recorded_at=at(FRIDAY, 9),
        )
        workspace.store.add_accounts([renamed])

        assert reading.accounts(workspace)[city.account_id].closed_on == FRIDAY
        assert reading.my_day(workspace, FRIDAY).accounts == ()
        as_lived = {key: life.account for key, life in reading.lives(workspace).items()}
        assert reading.accounts(workspace) == as_lived
    finally:
        workspace.close()
