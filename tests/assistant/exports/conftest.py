"""Fixtures of the exports' tests: Lidingö stad with Åsa as its officer, and November's log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.records import Account, Person
from assistant.store.database import Store
from assistant.workspace.data_folder import Workspace
from tests.assistant.exports.calendar_folder import add_city
from tests.assistant.exports.november_log import write_log


@pytest.fixture
def city(workspace: Workspace, asa: Person) -> Account:
    return add_city(workspace, asa)


@pytest.fixture
def log(data_dir: Path, asa: Person) -> Iterator[Store]:
    """November 2026's log of Lidingö stad and its library, in the store it was written to."""
    store = write_log(data_dir, asa)
    yield store
    store.close()
