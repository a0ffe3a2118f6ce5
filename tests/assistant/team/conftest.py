"""The office of the team folder's tests: three workstations, the register already shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.assistant.team.office import Office, make_office


@pytest.fixture
def office(tmp_path: Path) -> Office:
    """The officer's, deputy's and manager's workstations; the register has reached the deputy,
    so both can check the account. (The tests of the first sync make their own.)"""
    made = make_office(tmp_path)
    made.officer.sync(made.team_dir, 8)
    made.deputy.sync(made.team_dir, 8, 5)
    return made
