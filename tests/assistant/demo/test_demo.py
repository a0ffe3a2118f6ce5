"""``kontokoll demo``: a made-up municipality, reproducible, consistent, never mixed in."""

from __future__ import annotations

import io
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from assistant.cli import main as cli
from assistant.clock import STOCKHOLM, FixedClock, local_date
from assistant.demo.build import DemoSummary, make_demo
from assistant.messages import UserError
from assistant.pack.reader import default_pack
from assistant.paths import DATABASE_NAME, EVIDENCE_DIR_NAME
from assistant.records import CheckRole, DailyCheck, RemovalAction, Role
from assistant.rules.cover import covers_on, upcoming
from assistant.store.database import Store
from assistant.store.evidence import EvidenceStore, sha256_of
from assistant.store.fact_rules import first_fact_out_of_shape
from assistant.store.journal import columns_of
from assistant.store.rows import to_row
from assistant.store.schema import FACT_TABLES
from assistant.workdays import WorkingCalendar
from tests.factories import FRIDAY, account, at, person

SMALL = {"accounts": 6, "people": 8, "years": 1}


def small_demo(folder: Path, seed: int = 1) -> DemoSummary:
    return make_demo(
        folder,
        accounts=SMALL["accounts"],
        people=SMALL["people"],
        years=SMALL["years"],
        seed=seed,
        today=FRIDAY,
    )


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[DemoSummary, Store]]:
    """The small demo, made on Friday 20 November 2026, and its store opened."""
    summary = small_demo(tmp_path / "demo")
    store = Store.open(summary.data_dir)
    yield summary, store
    store.close()


def facts(folder: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(folder / DATABASE_NAME)
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in FACT_TABLES
        }
    finally:
        conn.close()


def test_the_same_seed_and_day_make_the_same_municipality(tmp_path: Path) -> None:
    first = small_demo(tmp_path / "first")
    again = small_demo(tmp_path / "again")
    other = small_demo(tmp_path / "other", seed=2)
    assert {**vars(first), "data_dir": None} == {**vars(again), "data_dir": None}
    assert facts(first.data_dir) == facts(again.data_dir)
    ids = {row[0] for row in facts(first.data_dir)["daily_checks"]}
    assert ids.isdisjoint(row[0] for row in facts(other.data_dir)["daily_checks"])


def test_it_holds_every_kind_of_fact(demo: tuple[DemoSummary, Store]) -> None:
    summary, _ = demo
    assert (summary.people, summary.accounts) == (8, 6)
    assert summary.first_day == date(2025, 11, 20)
    for count in ("checks", "removals", "cullings", "documentations", "revisions", "absences"):
        assert getattr(summary, count) > 0, count
    assert summary.evidence_files == summary.removals + summary.documentations


def test_people_have_swedish_names_work_emails_and_every_role(
    demo: tuple[DemoSummary, Store],
) -> None:
    _, store = demo
    people = list(store.people().values())
    assert any(set(p.name) & set("ÅÄÖåäö") for p in people)
    emails = [p.email for p in people]
    assert len(set(emails)) == len(emails)
    assert all(e.isascii() and e.endswith("@lidingo.se") for e in emails)
    held = Counter(role for p in people for role in p.roles)
    assert held[Role.INFORMATION_UNIT] == 2
    assert held[Role.REGISTRAR] == 1
    departments = {a.department for a in store.accounts().values()}
    assert held[Role.MANAGER] == len(departments)
    me = store.people()[store.me() or ""]
    assert {Role.OFFICER, Role.DEPUTY, Role.MANAGER} <= me.roles


def test_accounts_live_on_the_packs_platforms_with_officer_and_deputies(
    demo: tuple[DemoSummary, Store],
) -> None:
    _, store = demo
    platforms = {p.id for p in default_pack().platforms}
    accounts = store.accounts().values()
    assert {a.platform for a in accounts} <= platforms
    assert all(len(a.officer_ids) == 1 and 1 <= len(a.deputy_ids) <= 2 for a in accounts)
    assert all(a.officer_ids[0] not in a.deputy_ids for a in accounts)
    assert len({a.url for a in accounts}) == len({(a.name, a.platform) for a in accounts}) == 6
    assert any(a.closed_on is not None for a in accounts)
    assert any(a.active_since < date(2025, 11, 20) for a in accounts)


def test_every_check_falls_on_a_working_day_while_its_account_is_active(
    demo: tuple[DemoSummary, Store],
) -> None:
    summary, store = demo
    calendar = WorkingCalendar()
    accounts = store.accounts()
    checks = store.checks()
    assert len(checks) == summary.checks
    for check in checks:
        assert calendar.is_working_day(check.day), check
        assert accounts[check.account_id].is_active_on(check.day), check
        assert summary.first_day <= check.day <= FRIDAY
        logged = check.recorded_at.astimezone(STOCKHOLM)
        assert check.day <= logged.date() <= FRIDAY
        assert time(8) <= logged.time() < time(16)
        assert check.recorded_by == check.checked_by


def test_a_deputy_checks_in_the_absent_officers_stead(demo: tuple[DemoSummary, Store]) -> None:
    _, store = demo
    absences = list(store.absences().values())
    assert all(a.covers and a.handover for a in absences)
    covering = 0
    for check in store.checks():
        cover = covers_on(absences, check.day).get(check.account_id)
        if cover is not None:
            covering += 1
            assert check.checked_by == cover.deputy_id
            assert check.role == CheckRole.DEPUTY
            assert check.covering_for == cover.absent_id
        elif check.covering_for:
            pytest.fail(f"{check} covers for someone who was not away")
    assert covering > 0


def test_the_user_covers_a_colleague_today_and_goes_away_soon(
    demo: tuple[DemoSummary, Store],
) -> None:
    _, store = demo
    me = store.me()
    absences = store.absences().values()
    assert me in {c.deputy_id for c in covers_on(absences, FRIDAY).values()}
    assert any(a.person_id == me and a.first_day > FRIDAY for a in upcoming(absences, FRIDAY))


def missed_working_days(store: Store, checks: list[DailyCheck]) -> int:
    calendar = WorkingCalendar()
    checked = {(c.account_id, c.day) for c in checks}
    missed = 0
    for acc in store.accounts().values():
        first = max(acc.active_since, date(2025, 11, 20))
        last = acc.last_active_day or FRIDAY - timedelta(days=1)
        missed += sum(
            (acc.account_id, day) not in checked for day in calendar.working_days(first, last)
        )
    return missed


def test_most_days_are_checked_on_time_some_late_and_some_missed(
    demo: tuple[DemoSummary, Store],
) -> None:
    _, store = demo
    checks = store.checks()
    late = sum(c.is_late for c in checks)
    missed = missed_working_days(store, checks)
    assert 0 < late < len(checks) * 0.1
    assert 0 < missed < len(checks) * 0.15
    todays = [c for c in checks if c.day == FRIDAY]
    assert 0 < len(todays) < len([a for a in store.accounts().values() if a.is_active_on(FRIDAY)])


def test_every_removal_keeps_its_own_screenshot_under_its_hash(
    demo: tuple[DemoSummary, Store],
) -> None:
    summary, store = demo
    evidence = EvidenceStore(summary.data_dir / EVIDENCE_DIR_NAME)
    pack = default_pack()
    grounds = {g.id for g in pack.removal_grounds}
    accounts = store.accounts()
    removals = [(c, r) for c in store.checks() for r in c.removals]
    assert len(removals) == summary.removals
    for check, removal in removals:
        assert removal.ground in grounds
        if not pack.platform(accounts[check.account_id].platform).can_remove_others_posts:
            assert removal.action == RemovalAction.REPLIED
        record = store.evidence(removal.screenshot_sha256)
        assert record is not None
        assert record.media_type == "image/png"
        path = evidence.find(record)
        assert path is not None
        assert sha256_of(path) == removal.screenshot_sha256
        assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert len({r.screenshot_sha256 for _, r in removals}) == len(removals)


def test_accounts_are_culled_and_documented_and_the_rules_revised(
    demo: tuple[DemoSummary, Store],
) -> None:
    summary, store = demo
    log = store.duty_log()
    assert len(log.cullings) == summary.cullings
    for culling in log.cullings:
        assert culling.period_from < culling.period_to == culling.done_on < FRIDAY
        assert culling.removed
    assert {d.done_on.month for d in log.documentations} <= {3, 4, 10, 11}
    unit = {p.person_id for p in store.people().values() if Role.INFORMATION_UNIT in p.roles}
    assert {d.done_by for d in log.documentations} <= unit
    assert all(store.evidence(d.screenshot_sha256) for d in log.documentations)
    assert len(log.revisions) == 1


def test_the_hand_built_rows_read_back_as_the_app_writes_them(
    demo: tuple[DemoSummary, Store],
) -> None:
    _, store = demo
    conn = sqlite3.connect(store.path)
    conn.row_factory = sqlite3.Row
    try:
        for check in store.checks():
            row = conn.execute("SELECT * FROM daily_checks WHERE id = ?", [check.id]).fetchone()
            assert to_row(check) == {k: row[k] for k in to_row(check)}
            for removal in check.removals:
                stored = conn.execute("SELECT * FROM removals WHERE id = ?", [removal.id])
                assert to_row(removal) == {
                    k: v for k, v in dict(stored.fetchone()).items() if k != "origin"
                }
    finally:
        conn.close()


@pytest.mark.parametrize(("accounts", "people", "years"), [(1, 2, 1), (3, 4, 1), (12, 5, 2)])
def test_even_a_tiny_municipality_is_complete(
    tmp_path: Path, accounts: int, people: int, years: int
) -> None:
    summary = make_demo(
        tmp_path / "tiny", accounts=accounts, people=people, years=years, today=FRIDAY
    )
    store = Store.open(summary.data_dir)
    try:
        held = {role for p in store.people().values() for role in p.roles}
        assert held == set(Role)
        assert len(store.accounts()) == accounts
        assert summary.checks > 0
    finally:
        store.close()


def test_a_folder_that_already_holds_a_log_is_refused(data_dir: Path) -> None:
    asa = person("Åsa Öberg")
    store = Store.open(data_dir)
    try:
        store.add_accounts([account("Lidingö stad", officers=[asa])], [asa])
    finally:
        store.close()
    with pytest.raises(UserError) as refused:
        make_demo(data_dir, today=FRIDAY)
    assert refused.value.message.context == "Demo"
    assert str(data_dir) in str(refused.value)
    assert "new, empty folder" in str(refused.value)
    store = Store.open(data_dir)
    try:
        assert list(store.people()) == [asa.person_id]
    finally:
        store.close()


@pytest.mark.parametrize(
    ("sizes", "option", "limits"),
    [
        ({"accounts": 0}, "--accounts", "1 to 1000"),
        ({"accounts": 1001}, "--accounts", "1 to 1000"),
        ({"people": 1}, "--people", "2 to 500"),
        ({"years": 21}, "--years", "1 to 20"),
    ],
)
def test_sizes_out_of_range_are_refused_naming_the_option(
    tmp_path: Path, sizes: dict[str, int], option: str, limits: str
) -> None:
    folder = tmp_path / "never-made"
    with pytest.raises(UserError) as refused:
        make_demo(
            folder,
            accounts=sizes.get("accounts", 40),
            people=sizes.get("people", 16),
            years=sizes.get("years", 2),
            today=FRIDAY,
        )
    assert option in str(refused.value)
    assert limits in str(refused.value)
    assert not folder.exists()


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.run(cli.parse(list(argv)), clock=FixedClock(at(FRIDAY)), out=out)
    return code, out.getvalue()


def test_the_command_prints_what_it_made_and_how_to_start_the_app(tmp_path: Path) -> None:
    folder = tmp_path / "kontokoll demo"
    code, printed = run(
        "demo", "--data-dir", str(folder), "--accounts", "4", "--people", "6", "--years", "1"
    )
    assert code == 0
    assert "people: 6, accounts: 4" in printed
    assert "daily checks" in printed
    assert f"kontokoll --data-dir '{folder}'" in printed
    store = Store.open(folder)
    try:
        assert local_date(max(c.recorded_at for c in store.checks())) == FRIDAY
    finally:
        store.close()


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (("--accounts", "many"), "“many” does not fit --accounts"),
        (("--seed", "x"), "is not a seed"),
        ((), "already holds a log"),
    ],
)
def test_the_command_says_what_to_mend(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], said: str
) -> None:
    small_demo(data_dir)
    code, printed = run("demo", "--data-dir", str(data_dir), *argv)
    assert code == 1
    assert printed == ""
    assert said in capsys.readouterr().err


def test_the_command_wants_a_folder_named(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("demo")
    assert code == 1
    assert "--data-dir" in capsys.readouterr().err


def test_every_fact_of_the_demo_is_in_the_shape_a_colleague_accepts(
    demo: tuple[DemoSummary, Store],
) -> None:
    """What Kontokoll writes itself must pass the checks a journal's facts meet when merged."""
    _summary, store = demo
    columns = {
        table: [c for c in columns_of(store._conn, "main", table) if c != "origin"]
        for table in FACT_TABLES
    }
    assert first_fact_out_of_shape(store._conn, "main", columns) is None


@pytest.mark.parametrize(("hour", "minute"), [(7, 0), (8, 20), (12, 0)])
def test_no_check_is_logged_later_than_the_moment_the_demo_is_made(
    tmp_path: Path, hour: int, minute: int
) -> None:
    """Made at 07:00, nobody has checked yet today; at 08:20, only checks before 08:20."""
    now = at(FRIDAY, hour, minute)
    out = io.StringIO()
    argv = ["demo", "--data-dir", str(tmp_path / "demo"), *("--accounts", "6", "--years", "1")]
    assert cli.run(cli.parse(argv), clock=FixedClock(now), out=out) == 0
    store = Store.open(tmp_path / "demo")
    try:
        checks = store.checks()
    finally:
        store.close()
    assert checks
    assert max(c.recorded_at for c in checks) <= now
    todays = [c for c in checks if local_date(c.recorded_at) == FRIDAY]
    assert bool(todays) == (hour >= 8)
