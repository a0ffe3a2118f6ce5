"""The information unit revokes a workstation: nothing it recorded counts any longer.

Per's workstation has logged a check the team has merged; Maria, the
information unit, revokes it with a reason. Her log and, after the next
sync, Åsa's no longer count the check, and the list of workstations shows
the revocation. Only the information unit may revoke, never their own
workstation, and a revocation in a journal by someone else counts for nothing.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest

from assistant.corrections import Revocation
from assistant.messages import UserError
from assistant.records import Role, new_id
from assistant.workspace import workstations
from assistant.workspace.data_folder import open_workspace
from tests.assistant.team.office import Desk, Office, make_office, only_account, record_check
from tests.factories import FRIDAY, at

THURSDAY = date(2026, 11, 19)


@pytest.fixture
def office(tmp_path: Path) -> Office:
    """As the team's usual office, with Maria the information unit since before grants were
    asked for: Åsa's workstation recorded it before it first published to the team."""
    made = make_office(tmp_path)
    _with_information_unit(made)
    made.officer.sync(made.team_dir, 8)
    made.deputy.sync(made.team_dir, 8, 5)
    return made


def _with_information_unit(office: Office) -> None:
    maria = office.manager.user
    with office.officer.store() as store:
        store.add_people(
            [
                dataclasses.replace(
                    maria,
                    id=new_id(),
                    roles=frozenset({Role.MANAGER, Role.INFORMATION_UNIT}),
                    recorded_at=datetime(2026, 11, 1, 9, tzinfo=maria.recorded_at.tzinfo),
                    supersedes=maria.id,
                )
            ]
        )


def _checked(desk: Desk) -> bool:
    with desk.store() as store:
        return bool(store.checked_days([only_account(desk)], THURSDAY, THURSDAY))


def _workstation_of(desk: Desk) -> str:
    with desk.store() as store:
        return store.workstation_id()


def test_a_revoked_workstations_check_no_longer_counts_anywhere(office: Office) -> None:
    record_check(office.deputy, THURSDAY)
    office.deputy.sync(office.team_dir, 9)
    office.officer.sync(office.team_dir, 9, 5)
    office.manager.sync(office.team_dir, 9, 10)
    assert _checked(office.officer)
    assert _checked(office.manager)

    with open_workspace(office.manager.data_dir) as maria:
        listed = {w.seen.workstation_id: w for w in workstations.workstations(maria)}
        per_desk = _workstation_of(office.deputy)
        assert listed[per_desk].seen.person_name == "Per Ek"
        assert listed[per_desk].revoked is None
        assert listed[_workstation_of(office.manager)].own
        made = workstations.revoke(maria, per_desk, "Datorn stulen 19/11.", at(FRIDAY, 11))
        assert {w.seen.workstation_id: w for w in workstations.workstations(maria)}[
            per_desk
        ].revoked == made
    assert not _checked(office.manager)

    office.manager.sync(office.team_dir, 12)
    office.officer.sync(office.team_dir, 12, 5)
    assert not _checked(office.officer)


def test_only_the_information_unit_revokes_and_never_its_own_workstation(
    office: Office,
) -> None:
    office.officer.sync(office.team_dir, 9)
    office.manager.sync(office.team_dir, 9, 5)
    office.officer.sync(office.team_dir, 9, 10)
    per_desk, maria_desk = _workstation_of(office.deputy), _workstation_of(office.manager)

    with (
        open_workspace(office.officer.data_dir) as asa,
        pytest.raises(UserError, match="information unit's role"),
    ):
        workstations.revoke(asa, maria_desk, "Ogillar henne.", at(FRIDAY, 11))
    with open_workspace(office.manager.data_dir) as maria:
        with pytest.raises(UserError, match="your own workstation"):
            workstations.revoke(maria, maria_desk, "Prov.", at(FRIDAY, 11))
        with pytest.raises(UserError, match="has not seen"):
            workstations.revoke(maria, "no-such-workstation", "Prov.", at(FRIDAY, 11))
        with pytest.raises(UserError) as caught:
            workstations.revoke(maria, per_desk, "   ", at(FRIDAY, 11))
        assert caught.value.field == "reason"
        assert maria.store.revocations() == {}


def test_a_revocation_by_someone_outside_the_information_unit_counts_for_nothing(
    office: Office,
) -> None:
    record_check(office.officer, THURSDAY)
    office.officer.sync(office.team_dir, 9)
    office.deputy.sync(office.team_dir, 9, 5)
    # Per writes a revocation of Åsa's workstation past Kontokoll, in his own name.
    with office.deputy.store() as store:
        store.add_revocation(
            Revocation(
                id=new_id(),
                workstation_id=_workstation_of(office.officer),
                reason="Sabotage.",
                recorded_at=at(FRIDAY, 9, 30),
                recorded_by=office.deputy.user.person_id,
            )
        )
        assert store.revocations() == {}
    office.deputy.sync(office.team_dir, 10)
    office.manager.sync(office.team_dir, 10, 5)
    assert _checked(office.deputy)
    assert _checked(office.manager)
    with office.manager.store() as store:
        assert store.revocations() == {}
        assert len(store._rows("SELECT * FROM revocations")) == 1  # kept, not honoured
