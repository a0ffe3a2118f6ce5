"""Fixtures of the Review's tests: a year's log of a few accounts, seeded in the data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.workspace.data_folder import Workspace
from tests.ui.review.review_log import Log, seed_log


@pytest.fixture
def log(workspace: Workspace, tmp_path: Path) -> Log:
    return seed_log(workspace, tmp_path)
