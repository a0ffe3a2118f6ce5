"""``kontokoll verify``: the log edited with an SQLite tool, as a colleague with access could.

A log of ten checks, one of them removing a post with a screenshot, and
published once (so its head is signed). Each attack changes the database or
an evidence file directly; verify must name what was done, and the genuine
log must hold.
"""

from __future__ import annotations

import dataclasses
import io
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.cli.main import parse, run
from assistant.messages import UserError
from assistant.paths import DATABASE_NAME, EVIDENCE_DIR_NAME
from assistant.records import DailyCheck
from assistant.store import connection as store_module
from assistant.store.database import Store
from assistant.store.schema import MIGRATIONS
from assistant.team import sync as team
from assistant.workspace.data_folder import open_workspace
from assistant.workspace.verification import Verified, verify_log
from tests.assistant.team.office import SCREENSHOT, workdays
from tests.factories import FRIDAY, account, at, check, person

ASA = person("Åsa Öberg")
CITY = account("Lidingö stad", officers=[ASA])


@pytest.fixture
def checks(data_dir: Path, tmp_path: Path) -> list[DailyCheck]:
    """Ten checks of Lidingö stad, the last with a removal; then published to a team folder."""
    workspace = open_workspace(data_dir)
    try:
        store = workspace.store
        store.add_accounts([CITY], [ASA])
        store.set_me(ASA.person_id)
        made = [check(CITY, day, by=ASA) for day in workdays(9)]
        for one in made:
            store.add_check(one)
        shot = workspace.evidence.add_bytes(
            SCREENSHOT, "kommentar.png", recorded_at=at(FRIDAY), recorded_by=ASA.person_id
        )
        last = check(CITY, FRIDAY, by=ASA, screenshots=[shot.sha256])
        store.add_check(last, [shot])
        made.append(last)
    finally:
        workspace.close()
    (tmp_path / "team").mkdir()
    team.sync(data_dir, tmp_path / "team", at(FRIDAY, 11))
    return made


def verified(data_dir: Path) -> Verified:
    workspace = open_workspace(data_dir)
    try:
        return verify_log(workspace)
    finally:
        workspace.close()


def said(data_dir: Path) -> list[str]:
    return [str(problem) for problem in verified(data_dir).problems]


def edit(data_dir: Path, *statements: str) -> None:
    """Change the database past Kontokoll, as any SQLite tool can."""
    conn = sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def test_a_genuine_log_holds(data_dir: Path, checks: list[DailyCheck]) -> None:
    result = verified(data_dir)
    assert result.holds, result.problems
    assert result.facts == 10 + 1 + 1 + 1 + 1  # checks, removal, evidence, account, person
    assert result.evidence_checked == 1


def test_a_back_dated_check_is_named(data_dir: Path, checks: list[DailyCheck]) -> None:
    late = checks[3]
    edit(
        data_dir,
        f"UPDATE daily_checks SET recorded_at = '2026-10-02T07:00:00+00:00' WHERE id = '{late.id}'",
    )
    assert said(data_dir) == [f"The check {late.id} was changed after it was recorded."]


def test_a_deleted_check_is_named(data_dir: Path, checks: list[DailyCheck]) -> None:
    gone = checks[4]
    edit(data_dir, f"DELETE FROM daily_checks WHERE id = '{gone.id}'")
    assert said(data_dir) == [f"The check {gone.id} was removed from the log."]


def test_an_inserted_check_is_named(data_dir: Path, checks: list[DailyCheck]) -> None:
    edit(
        data_dir,
        "INSERT INTO daily_checks SELECT 'slipped-in', account_id, '2026-10-19', checked_by, "
        "role, reviewed, questions_answered, cases_forwarded, messages_to_registrar, notes, "
        "NULL, recorded_at, recorded_by, covering_for, origin FROM daily_checks LIMIT 1",
    )
    assert said(data_dir) == [
        "The check slipped-in was put into the log outside Kontokoll: it has no place in a chain."
    ]


def test_a_screenshot_changed_byte_for_byte_is_named(
    data_dir: Path, checks: list[DailyCheck]
) -> None:
    (kept,) = [p for p in (data_dir / EVIDENCE_DIR_NAME).rglob("*") if p.is_file()]
    data = bytearray(kept.read_bytes())
    data[-1] ^= 0xFF  # the same size, one byte changed
    kept.write_bytes(bytes(data))

    (problem,) = said(data_dir)
    assert problem.startswith("The evidence file kommentar.png (")
    assert problem.endswith("was changed: its content no longer matches.")


def test_the_newest_checks_removed_with_their_places_are_named_against_the_signed_head(
    data_dir: Path, checks: list[DailyCheck]
) -> None:
    """The careful forger removes the facts and their places; the published head remembers."""
    edit(
        data_dir,
        f"DELETE FROM removals WHERE check_id = '{checks[-1].id}'",
        f"DELETE FROM daily_checks WHERE id = '{checks[-1].id}'",
        "DELETE FROM chain WHERE seq > (SELECT max(seq) - 2 FROM chain)",
    )
    (problem,) = said(data_dir)
    assert "are gone" in problem


def test_a_chain_worked_out_again_link_by_link_is_named_against_the_signed_head(
    data_dir: Path, checks: list[DailyCheck]
) -> None:
    """The forger back-dates a check and works out its hash and every link again."""
    from assistant.store.chain import CHAINED_COLUMNS, GENESIS, fact_hash, next_link

    forged = checks[2]
    edit(data_dir, f"UPDATE daily_checks SET day = '2026-10-01' WHERE id = '{forged.id}'")
    conn = sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)
    try:
        columns = ", ".join(CHAINED_COLUMNS["daily_checks"])
        row = conn.execute(f"SELECT {columns} FROM daily_checks WHERE id = ?", [forged.id])
        new_hash = fact_hash("daily_checks", tuple(row.fetchone()))
        conn.execute("UPDATE chain SET fact_hash = ? WHERE fact_id = ?", [new_hash, forged.id])
        places = conn.execute("SELECT seq, fact_hash FROM chain ORDER BY seq").fetchall()
        link = GENESIS
        for seq, hashed in places:
            link = next_link(link, hashed)
            conn.execute("UPDATE chain SET link = ? WHERE seq = ?", [link, seq])
    finally:
        conn.close()
    (problem,) = said(data_dir)  # every link follows on: only the signature gives it away
    assert "differs from what it signed" in problem


def test_a_damaged_database_file_is_named(data_dir: Path, checks: list[DailyCheck]) -> None:
    path = data_dir / DATABASE_NAME
    edit(data_dir, "PRAGMA wal_checkpoint(TRUNCATE)")
    conn = sqlite3.connect(path)
    try:
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'daily_checks'"
        ).fetchone()
    finally:
        conn.close()
    # The page in the middle of the file that holds the checks, overwritten whole.
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = bytes(range(256)) * (page_size // 256)
    path.write_bytes(bytes(data))

    problems = said(data_dir)
    assert any("The database file is damaged" in p for p in problems), problems


def test_verify_exits_1_and_names_each_broken_record(
    data_dir: Path, checks: list[DailyCheck]
) -> None:
    edit(
        data_dir,
        f"UPDATE daily_checks SET day = '2026-10-01' WHERE id = '{checks[0].id}'",
        f"DELETE FROM daily_checks WHERE id = '{checks[1].id}'",
    )
    out = io.StringIO()

    code = run(parse(["--data-dir", str(data_dir), "verify"]), out=out)

    lines = out.getvalue().splitlines()
    assert code == 1
    assert lines[0].startswith("Records checked: 13, from the chains of workstations: 1.")
    assert f"The check {checks[0].id} was changed after it was recorded." in lines
    assert f"The check {checks[1].id} was removed from the log." in lines
    assert lines[-1].startswith("Problems found: 2.")


def test_verify_exits_0_when_everything_holds(data_dir: Path, checks: list[DailyCheck]) -> None:
    out = io.StringIO()
    assert run(parse(["--data-dir", str(data_dir), "verify"]), out=out) == 0
    assert out.getvalue().splitlines()[-1] == "Everything holds."


@pytest.fixture
def schema_five_log(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:5])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 5)
    old = Store.open(data_dir)
    old.add_accounts([CITY], [ASA])
    for day in workdays(3):
        old.add_check(check(CITY, day, by=ASA))
    old.close()
    return monkeypatch.undo


def test_a_log_of_schema_five_is_chained_at_the_upgrade_and_says_so(
    data_dir: Path, schema_five_log: Callable[[], None]
) -> None:
    schema_five_log()
    upgraded = Store.open(data_dir, now=at(FRIDAY, 7))
    upgraded.close()

    result = verified(data_dir)
    out = io.StringIO()
    run(parse(["--data-dir", str(data_dir), "verify"]), out=out)

    assert result.holds, result.problems
    assert result.chained_at_upgrade == 5  # three checks, the account, the person
    assert (
        "Records made before this version of Kontokoll: 5. They were chained when the log "
        "was upgraded (2026-11-20) and cannot be proven older than that." in out.getvalue()
    )


def test_a_check_passed_off_as_another_workstations_is_still_named(
    data_dir: Path, checks: list[DailyCheck]
) -> None:
    """Changing a fact's origin moves it out of its chain; it is held to its place all the same."""
    forged = checks[5]
    edit(
        data_dir,
        f"UPDATE daily_checks SET notes = 'forged', origin = 'ghost' WHERE id = '{forged.id}'",
    )
    assert said(data_dir) == [f"The check {forged.id} was changed after it was recorded."]


def test_a_blob_put_into_the_log_is_named_not_a_crash(
    data_dir: Path, checks: list[DailyCheck]
) -> None:
    edit(data_dir, f"UPDATE daily_checks SET notes = x'00ff' WHERE id = '{checks[0].id}'")
    assert said(data_dir) == [f"The check {checks[0].id} was changed after it was recorded."]


def test_a_note_too_long_for_colleagues_is_refused_when_saved(
    data_dir: Path, checks: list[DailyCheck]
) -> None:
    workspace = open_workspace(data_dir)
    try:
        too_long = dataclasses.replace(
            check(CITY, FRIDAY.replace(day=19), by=ASA), notes="å" * 300_000
        )
        with pytest.raises(UserError, match="shorten it and save again"):
            workspace.store.add_check(too_long)
        assert too_long.id not in {c.id for c in workspace.store.checks()}
    finally:
        workspace.close()
    assert verified(data_dir).holds
