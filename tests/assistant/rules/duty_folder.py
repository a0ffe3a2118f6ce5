"""A data folder for the tests of the duty list, and the duties read from it.

Its people (Åsa the officer, Per her deputy, Ingrid of the information unit,
Eva another officer), a Facebook account of Åsa's that Per stands in for,
and :func:`duties`, what :func:`~assistant.workspace.reading.duties` says is
due on a given day, as the tray and Today read it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from assistant.records import Account, Person, Role
from assistant.rules.duties import DutyItem, DutyKind
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace, open_workspace
from tests.factories import FRIDAY, account, person

ASA = person("Åsa Öberg", "asa.oberg@lidingo.se")
PER = person("Per Ek", "per.ek@lidingo.se", roles=(Role.DEPUTY,))
INGRID = person("Ingrid Lund", "ingrid.lund@lidingo.se", roles=(Role.INFORMATION_UNIT,))
EVA = person("Eva Sjö", "eva.sjo@lidingo.se")

CULLED_BY_FRIDAY = date(2026, 8, 20)  # active since then: first culling due on FRIDAY
OFFICER_DUTIES = {DutyKind.DAILY_CHECK, DutyKind.MISSED_CHECKS, DutyKind.CULLING}
ACTIVE_DUTIES = {*OFFICER_DUTIES, DutyKind.DOCUMENTATION}


def open_with_people(data_dir: Path) -> Workspace:
    """The data folder at ``data_dir``, with Åsa, Per, Ingrid and Eva in its register."""
    opened = open_workspace(data_dir)
    opened.store.add_people([ASA, PER, INGRID, EVA])
    return opened


def facebook(active_since: date = FRIDAY, **changes: Any) -> Account:
    entry = account(officers=[ASA], deputies=[PER], active_since=active_since)
    return replace(entry, **changes)


def register(workspace: Workspace, *accounts: Account) -> None:
    workspace.store.add_accounts(accounts)


def duties(
    workspace: Workspace,
    today: date,
    kind: DutyKind | None = None,
    *,
    of: Person | None = None,
    language: str = "en",
) -> list[DutyItem]:
    items = reading.duties(workspace, today, language, of.person_id if of else None)
    return [item for item in items if kind is None or item.kind is kind]


def account_of(item: DutyItem) -> str | None:
    return item.account.account_id if item.account else None
