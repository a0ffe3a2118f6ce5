"""Recording what a person enters, from any front end: the rules check it, the store keeps it.

On a real data folder: a check with its removal and screenshot, refused whole
when one removal lacks its screenshot; the register imported; an account
refused listing each problem; the user's roles; a culling.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest

from assistant.messages import UserError
from assistant.records import RemovalAction, Role, new_id
from assistant.rules.accounts import AccountDraft
from assistant.rules.daily_check import CheckEntry, RemovalEntry
from assistant.workspace import identity, reading, recording
from assistant.workspace.data_folder import Workspace
from tests.factories import FRIDAY, account, at, person


def test_a_check_is_stored_with_its_removal_and_its_screenshot(
    workspace: Workspace, tmp_path: Path
) -> None:
    asa = identity.introduce(
        workspace,
        at(FRIDAY, 8),
        name="Åsa Öberg",
        email="asa.oberg@lidingo.se",
        roles=frozenset({Role.OFFICER}),
    )
    city = account(officers=[asa])
    workspace.store.add_accounts([city])
    picture = tmp_path / "inlagg.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n not really a picture, but kept as it is")
    shot = recording.keep_file(workspace, picture, at(FRIDAY, 9))
    entry = CheckEntry(
        account_id=city.account_id,
        day=FRIDAY,
        checked_by=asa.person_id,
        removals=(
            RemovalEntry("confidential", RemovalAction.DELETED, "Inlägg 09:12", "KS/2026:7", shot),
        ),
    )

    saved = recording.log_check(workspace, entry, at(FRIDAY, 10))

    (stored,) = workspace.store.checks()
    assert stored.id == saved.id
    assert stored.recorded_by == asa.person_id
    (removal,) = stored.removals
    assert removal.diary_number == "KS/2026:7"
    kept = reading.evidence_file(workspace, removal.screenshot_sha256)
    assert kept is not None
    assert kept.read_bytes() == picture.read_bytes()


def test_a_check_with_a_removal_lacking_its_screenshot_stores_nothing(
    workspace: Workspace,
) -> None:
    asa = person()
    city = account(officers=[asa])
    workspace.store.add_accounts([city], [asa])
    entry = CheckEntry(
        account_id=city.account_id,
        day=FRIDAY,
        checked_by=asa.person_id,
        removals=(RemovalEntry("defamation", RemovalAction.DELETED, "Inlägg", "", None),),
    )
    with pytest.raises(UserError) as caught:
        recording.log_check(workspace, entry, at(FRIDAY, 10))
    assert caught.value.field == "screenshot"
    assert workspace.store.checks() == []


def test_the_register_is_imported_all_or_nothing(workspace: Workspace, tmp_path: Path) -> None:
    good = tmp_path / "konton.csv"
    good.write_text(
        "plattform;namn;adress;ansvarig\n"
        "Facebook;Lidingö stad;https://www.facebook.com/lidingostad;Åsa Öberg\n",
        encoding="utf-8",
    )
    bad = tmp_path / "fel.csv"
    bad.write_text("plattform;namn;adress\nMyspace;Gammalt;inte en adress\n", encoding="utf-8")
    with pytest.raises(UserError):
        recording.import_register(workspace, bad, at(FRIDAY))
    assert reading.accounts(workspace) == {}
    plan = recording.import_register(workspace, good, at(FRIDAY))
    assert [a.name for a in reading.accounts(workspace).values()] == ["Lidingö stad"]
    assert [p.name for p in plan.people] == ["Åsa Öberg"]


def test_an_account_entry_is_refused_naming_each_problem_and_nothing_saved(
    workspace: Workspace,
) -> None:
    draft = AccountDraft(
        platform="myspace",
        name="",
        url="inte en adress",
        department="",
        officer_ids=(),
        deputy_ids=(),
        registrar_access=False,
        active_since=FRIDAY,
    )
    with pytest.raises(UserError) as caught:
        recording.save_account(workspace, draft, at(FRIDAY))
    assert len(caught.value.render().splitlines()) >= 2
    assert reading.accounts(workspace) == {}


def test_the_users_new_roles_are_a_new_version_of_them(workspace: Workspace) -> None:
    asa = identity.introduce(
        workspace,
        at(FRIDAY),
        name="Åsa Öberg",
        email="asa.oberg@lidingo.se",
        roles=frozenset({Role.OFFICER}),
    )
    roles = frozenset({Role.OFFICER, Role.MANAGER})
    assert identity.change_my_roles(workspace, roles, at(FRIDAY, 11))
    assert not identity.change_my_roles(workspace, roles, at(FRIDAY, 12))
    me = reading.me(workspace)
    assert me is not None
    assert (me.roles, me.person_id) == (roles, asa.person_id)


def test_a_culling_is_logged_and_its_period_starts_where_it_ended(workspace: Workspace) -> None:
    asa = person()
    city = account(officers=[asa])
    workspace.store.add_accounts([city], [asa])
    first, last = FRIDAY - timedelta(days=90), FRIDAY - timedelta(days=1)
    recording.log_culling(
        workspace,
        at(FRIDAY),
        account_id=city.account_id,
        done_on=FRIDAY,
        done_by=asa.person_id,
        period=(first, last),
        removed="Inlägg äldre än tre månader",
        not_removable="",
        evidence=None,
    )
    assert reading.culling_period_start(workspace, city, FRIDAY) == last
    with pytest.raises(UserError) as caught:
        recording.log_culling(
            workspace,
            at(FRIDAY),
            account_id="no-such-account",
            done_on=FRIDAY,
            done_by=asa.person_id,
            period=(first, last),
            removed="x",
            not_removable="",
            evidence=None,
        )
    assert caught.value.field == "account"


def test_an_officer_recorded_as_away_cannot_be_logged_as_having_checked(
    workspace: Workspace,
) -> None:
    asa = identity.introduce(
        workspace,
        at(FRIDAY, 8),
        name="Åsa Öberg",
        email="asa.oberg@lidingo.se",
        roles=frozenset({Role.OFFICER}),
    )
    per = person("Per Ek", "per.ek@lidingo.se")
    city = account(officers=[asa], deputies=[per])
    workspace.store.add_accounts([city], [per])
    recording.save_absence(
        workspace,
        at(FRIDAY - timedelta(days=3), 9),
        person_id=asa.person_id,
        first_day=FRIDAY,
        last_day=FRIDAY,
        covers={city.account_id: per.person_id},
        handover="",
    )
    by_her = CheckEntry(account_id=city.account_id, day=FRIDAY, checked_by=asa.person_id)

    with pytest.raises(UserError, match="is recorded as away on 2026-11-20"):
        recording.log_check(workspace, by_her, at(FRIDAY, 10))

    by_him = CheckEntry(account_id=city.account_id, day=FRIDAY, checked_by=per.person_id)
    saved = recording.log_check(workspace, by_him, at(FRIDAY, 10))
    assert saved.covering_for == asa.person_id
    assert [c.id for c in workspace.store.checks()] == [saved.id]


def test_who_may_have_checked_follows_who_answered_for_the_account_that_day(
    workspace: Workspace,
) -> None:
    asa = identity.introduce(
        workspace,
        at(FRIDAY, 8),
        name="Åsa Öberg",
        email="asa.oberg@lidingo.se",
        roles=frozenset({Role.OFFICER}),
    )
    per = person("Per Ek", "per.ek@lidingo.se")
    city = account(officers=[asa], recorded_at=at(date(2026, 11, 2)))
    # From Monday 16 November, Per is the account's officer in Åsa's stead.
    handed_over = dataclasses.replace(
        city,
        id=new_id(),
        officer_ids=(per.person_id,),
        recorded_at=at(date(2026, 11, 16), 9),
        supersedes=city.id,
    )
    workspace.store.add_accounts([city, handed_over], [per])
    before = date(2026, 11, 13)

    # Åsa logs, late, the Friday she still answered for it; Per cannot have checked it then.
    saved = recording.log_check(
        workspace, CheckEntry(city.account_id, before, asa.person_id), at(FRIDAY, 10)
    )
    assert saved.checked_by == asa.person_id
    with pytest.raises(UserError, match="neither an officer nor a deputy"):
        recording.log_check(
            workspace, CheckEntry(city.account_id, before, per.person_id), at(FRIDAY, 10)
        )
    # Today it is Per's, not hers.
    with pytest.raises(UserError, match="neither an officer nor a deputy"):
        recording.log_check(
            workspace, CheckEntry(city.account_id, FRIDAY, asa.person_id), at(FRIDAY, 10)
        )
    assert (
        recording.log_check(
            workspace, CheckEntry(city.account_id, FRIDAY, per.person_id), at(FRIDAY, 11)
        ).checked_by
        == per.person_id
    )
