"""One person's duty list, worked out from the accounts that may concern them, is the whole
list's share of it: on a made-up municipality's log, for every person, over weeks of days
with absences, covers, unfinished checklists and accounts nobody holds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from assistant.demo.build import make_demo
from assistant.records import Role
from assistant.rules.cover import record_absence
from assistant.rules.duties import DutyKind
from assistant.rules.lifecycle import start_run
from assistant.rules.opening import BEFORE_START
from assistant.workspace import reading
from assistant.workspace.data_folder import open_workspace
from tests.assistant.rules.duty_folder import (
    ASA,
    EVA,
    INGRID,
    PER,
    facebook,
    open_with_people,
    register,
)
from tests.factories import FRIDAY, account, at, person

TODAY = date(2026, 11, 20)
MAJ = person("Maj Berg", "maj.berg@lidingo.se", roles=(Role.MANAGER,))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    make_demo(folder, accounts=14, people=8, years=1, seed=11, today=TODAY)
    return folder


def test_each_persons_duties_are_their_share_of_everyones(demo: Path) -> None:
    with open_workspace(demo) as workspace:
        people = list(reading.people(workspace))
        assert len(people) >= 8
        shared = 0
        for back in range(0, 120, 3):  # some four months of days, weekends among them
            day = TODAY - timedelta(days=back)
            workspace.log.clear()
            everyone = reading.duties(workspace, day, "sv")
            for person_id in people:
                workspace.log.clear()
                own = reading.duties(workspace, day, "sv", person_id)
                assert own == [item for item in everyone if item.is_for(person_id)]
                shared += len(own)
        assert shared > 100  # the lists were not empty


def test_a_cover_an_account_nobody_holds_and_a_checklist_left_count_for_the_one_they_concern(
    data_dir: Path,
) -> None:
    """Eva, no officer or deputy of any of them, still has Åsa's account while she covers
    it, and the account nobody holds; Maj the manager the checklist she began and left."""
    workspace = open_with_people(data_dir)
    workspace.store.add_people([MAJ])
    try:
        ours = facebook(date(2026, 8, 1))
        nobodys = replace(account("Lidingö hamn", active_since=date(2026, 8, 1)))
        planned = replace(facebook(date(2026, 1, 1), name="Lidingö kultur"), planned=True, url="")
        register(workspace, ours, nobodys, planned)
        workspace.store.add_absence(
            record_absence(
                person_id=ASA.person_id,
                first_day=FRIDAY,
                last_day=FRIDAY + timedelta(days=7),
                covers={ours.account_id: EVA.person_id},
                handover="",
                accounts={ours.account_id: ours},
                people={p.person_id: p for p in (ASA, PER, INGRID, EVA)},
                recorded_at=at(FRIDAY, 8),
                recorded_by=ASA.person_id,
            )
        )
        life = reading.lives(workspace)[planned.account_id]
        workspace.store.add_run(
            start_run(life, BEFORE_START, workspace.pack, person=MAJ, now=at(FRIDAY), language="en")
        )
        kinds: dict[str, set[tuple[DutyKind, str]]] = {EVA.person_id: set(), MAJ.person_id: set()}
        for ahead in range(0, 24):
            day = FRIDAY + timedelta(days=ahead)
            everyone = reading.duties(workspace, day, "en")
            for who in (ASA, PER, INGRID, EVA, MAJ):
                workspace.log.clear()
                own = reading.duties(workspace, day, "en", who.person_id)
                assert own == [item for item in everyone if item.is_for(who.person_id)]
                if who.person_id in kinds:
                    kinds[who.person_id] |= {
                        (i.kind, i.account.name if i.account else "") for i in own
                    }
        assert (DutyKind.DAILY_CHECK, "Lidingö stad") in kinds[EVA.person_id]  # covering Åsa
        assert (DutyKind.DAILY_CHECK, "Lidingö hamn") in kinds[EVA.person_id]  # nobody's
        assert (DutyKind.STALE_CHECKLIST, "Lidingö kultur") in kinds[MAJ.person_id]  # hers
    finally:
        workspace.close()
