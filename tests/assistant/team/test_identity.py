"""One person, one id: a second workstation joins the team's record of its user."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from assistant.records import Role
from assistant.store.database import Store
from assistant.team import sync as team
from assistant.workspace.data_folder import open_workspace
from assistant.workspace.identity import join_team_identity
from tests.factories import FRIDAY, account, at, person


def test_a_second_workstation_takes_the_teams_record_of_its_user(tmp_path: Path) -> None:
    team_dir = tmp_path / "team"
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    office.mkdir()
    team_dir.mkdir()
    laptop.mkdir()
    asa = person("Åsa Öberg", "asa.oberg@lidingo.se", recorded_at=at(date(2026, 1, 2)))
    city = account(officers=[asa])
    with_team = Store.open(office)
    with_team.add_accounts([city], [asa])
    with_team.set_me(asa.person_id)
    with_team.close()
    # On her laptop Åsa said who she is again, as a manager, before choosing the folder.
    again = replace(
        person("Åsa Öberg", "Asa.Oberg@lidingo.se ", roles=(Role.MANAGER,)),
        recorded_at=at(FRIDAY),
    )
    alone = Store.open(laptop)
    alone.add_people([again], me=again.person_id)
    alone.close()
    assert team.sync(office, team_dir, at(FRIDAY)).reachable
    assert team.sync(laptop, team_dir, at(FRIDAY)).added

    workspace = open_workspace(laptop)
    store = workspace.store
    try:
        joined = join_team_identity(workspace, at(FRIDAY, 11))
        assert joined is not None
        assert store.me() == asa.person_id
        me = store.people()[asa.person_id]
        assert me.roles == {Role.OFFICER, Role.MANAGER}
        assert again.person_id not in store.people()
        # What the laptop recorded under its former id still names her.
        former = store.people().get(again.person_id)
        assert former is not None
        assert (former.person_id, former.name) == (asa.person_id, "Åsa Öberg")
        assert len(store.people()) == 1
        assert store.accounts()[city.account_id].officer_ids == (asa.person_id,)
        assert join_team_identity(workspace, at(FRIDAY, 12)) is None  # done once
    finally:
        workspace.close()
    # The office, the older record, keeps its id and never joins the laptop's.
    assert team.sync(laptop, team_dir, at(FRIDAY, 12)).published
    assert team.sync(office, team_dir, at(FRIDAY, 12)).added
    workspace = open_workspace(office)
    store = workspace.store
    try:
        assert join_team_identity(workspace, at(FRIDAY, 13)) is None
        assert store.me() == asa.person_id
        assert [p.name for p in store.people().values()] == ["Åsa Öberg"]
    finally:
        workspace.close()


def test_an_officer_who_started_before_the_register_was_imported_becomes_its_officer(
    tmp_path: Path,
) -> None:
    team_dir, unit, desk = tmp_path / "team", tmp_path / "unit", tmp_path / "asa"
    for folder in (team_dir, unit, desk):
        folder.mkdir()
    # Åsa started Kontokoll in January; the information unit imported the register in March.
    early = person("Åsa Öberg", "asa.oberg@lidingo.se", recorded_at=at(date(2026, 1, 2)))
    alone = Store.open(desk)
    alone.add_people([early], me=early.person_id)
    alone.close()
    registered = person("Åsa Öberg", "asa.oberg@lidingo.se", recorded_at=at(date(2026, 3, 2)))
    maria = person("Maria Lind", "maria.lind@lidingo.se", roles=(Role.INFORMATION_UNIT,))
    city = account(officers=[registered])
    register = Store.open(unit)
    register.add_accounts([city], [registered, maria])
    register.set_me(maria.person_id)
    register.close()
    assert team.sync(unit, team_dir, at(FRIDAY)).published
    assert team.sync(desk, team_dir, at(FRIDAY)).added

    workspace = open_workspace(desk)
    store = workspace.store
    try:
        assert join_team_identity(workspace, at(FRIDAY, 11)) is not None
        assert store.me() == registered.person_id
        assert [p.name for p in store.people().values()].count("Åsa Öberg") == 1
        assert store.accounts()[city.account_id].officer_ids == (store.me(),)
    finally:
        workspace.close()
