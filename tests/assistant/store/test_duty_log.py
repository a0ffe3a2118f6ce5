"""The recurring duties' records in the store: saved, read back, refused, migrated."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from assistant.messages import UserError
from assistant.paths import DATABASE_NAME
from assistant.records import Account, Culling, DutyLog, Evidence, Role
from assistant.store import connection as store_module
from assistant.store.database import Store
from assistant.store.schema import MIGRATIONS, SCHEMA_VERSION
from assistant.workspace.data_folder import Workspace, open_workspace
from tests.assistant.rules.duty_records import culling, documentation, larger_change, revision
from tests.factories import FRIDAY, RECORDED_BY, account, at, person

ASA = person("Åsa Öberg", "asa.oberg@lidingo.se")
PER = person("Per Ek", "per.ek@lidingo.se", roles=(Role.DEPUTY,))


def facebook(active_since: date = FRIDAY, **changes: Any) -> Account:
    return replace(account(officers=[ASA], deputies=[PER], active_since=active_since), **changes)


def screenshot(workspace: Workspace, day: date) -> Evidence:
    return workspace.evidence.add_bytes(
        f"PNG of the account on {day}".encode(),
        "kontot.png",
        recorded_at=at(day, 14),
        recorded_by=RECORDED_BY,
    )


def test_each_duty_record_comes_back_from_the_log_as_it_was_saved(data_dir: Path) -> None:
    entry = facebook(date(2026, 1, 1))
    workspace = open_workspace(data_dir)
    kept = screenshot(workspace, date(2026, 10, 2))
    culled = culling(entry, date(2026, 3, 30))
    documented = documentation(entry, date(2026, 10, 2), kept.sha256)
    revised = revision(date(2026, 2, 1))
    changed = larger_change(entry, date(2026, 5, 10))
    for record in (culled, documented, revised, changed):
        workspace.store.add_duty_record(record, [kept])
    workspace.close()

    reopened = Store.open(data_dir)
    try:
        assert reopened.duty_log() == DutyLog((culled,), (documented,), (revised,), (changed,))
        assert reopened.evidence(kept.sha256) == kept
    finally:
        reopened.close()


def test_the_log_of_one_account_holds_its_own_records_oldest_first_and_every_revision(
    store: Store,
) -> None:
    city, library = facebook(), facebook(name="Bibliotek")
    later = culling(city, date(2026, 9, 1))
    earlier = replace(culling(city, date(2026, 6, 1)), recorded_at=at(date(2026, 9, 5)))
    theirs = culling(library, date(2026, 7, 1))
    rules = revision(date(2026, 2, 1))
    change = larger_change(library, date(2026, 5, 10))
    for record in (later, earlier, theirs, rules, change):
        store.add_duty_record(record)

    assert store.duty_log(city.account_id) == DutyLog(cullings=(earlier, later), revisions=(rules,))
    assert store.duty_log(library.account_id) == DutyLog(
        cullings=(theirs,), revisions=(rules,), larger_changes=(change,)
    )
    assert store.duty_log().cullings == (earlier, theirs, later)


def test_a_documentation_without_its_screenshot_is_refused_and_nothing_saved(
    store: Store,
) -> None:
    with pytest.raises(UserError, match="nothing was saved"):
        store.add_duty_record(documentation(facebook(), date(2026, 10, 2), "e" * 64))
    assert store.duty_log() == DutyLog()


def test_a_version_two_log_gains_the_duty_tables_and_keeps_its_accounts(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:2])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    entry = facebook(recorded_at=at(date(2026, 1, 2)))
    old = Store.open(data_dir)
    old.add_people([ASA, PER])
    old.add_accounts([entry])
    old.close()
    monkeypatch.undo()

    upgraded = Store.open(data_dir)
    try:
        assert upgraded.schema_version == SCHEMA_VERSION
        assert upgraded.accounts() == {entry.account_id: entry}
        assert upgraded.first_recorded_on() == date(2026, 1, 2)
        assert upgraded.duty_log() == DutyLog()
        done = culling(entry, FRIDAY)
        upgraded.add_duty_record(done)
        assert upgraded.duty_log().cullings == (done,)
    finally:
        upgraded.close()
    assert (data_dir / f"{DATABASE_NAME}.v2.backup").is_file()


def test_the_latest_duty_log_keeps_each_accounts_newest_records_only(store: Store) -> None:
    store.add_people([ASA, PER])
    first, second = facebook(), replace(facebook(), account_id="other-account")
    store.add_accounts([first, second])
    older = culling(first, date(2026, 5, 4))
    newer = culling(first, date(2026, 8, 3))
    others = culling(second, date(2026, 6, 1))
    for record in (older, newer, others):
        store.add_duty_record(record)

    assert store.duty_log().cullings == (older, others, newer)
    assert store.duty_log(latest=True).cullings == (others, newer)


@settings(max_examples=40, deadline=None)
@example([(0, 0, 3), (0, 0, 5)])  # the same day: the one logged later is the newest
@example([(0, 0, 5), (0, 0, 3)])
@given(
    st.lists(
        st.tuples(st.integers(0, 2), st.integers(0, 3), st.integers(0, 23)),
        max_size=12,
    )
)
def test_the_latest_of_each_account_is_the_newest_of_the_full_log(
    entries: list[tuple[int, int, int]],
) -> None:
    """By day, then by when it was logged: as the duties count from the newest."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder))
        try:
            store.add_people([ASA, PER])
            accounts = [replace(facebook(), account_id=f"account-{n}") for n in range(3)]
            store.add_accounts(accounts)
            for n, day, hour in entries:
                done = culling(accounts[n], date(2026, 5, 1) + timedelta(days=day))
                store.add_duty_record(replace(done, recorded_at=at(date(2026, 6, 1), hour)))
            full, latest = store.duty_log(), store.duty_log(latest=True)
        finally:
            store.close()
    newest: dict[str, Culling] = {}
    for done in full.cullings:  # in order of day, then of logging: the last one wins
        newest[done.account_id] = done

    def when(records: Iterable[Culling]) -> list[tuple[str, date, datetime]]:
        # Two logged the same day at the same instant are alike to the duties: either counts.
        return sorted((c.account_id, c.done_on, c.recorded_at) for c in records)

    assert when(latest.cullings) == when(newest.values())
