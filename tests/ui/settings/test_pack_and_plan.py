"""Another municipality's pack from Settings, and the plan exported as a one-page PDF."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.pack.installed import installed_pack_path
from assistant.records import Account, Person
from assistant.rules.checklists import mark_step
from assistant.rules.lifecycle import start_run
from assistant.rules.opening import BEFORE_START
from assistant.workspace import reading
from tests.factories import account, workspace_on
from tests.packs import OTHER_MUNICIPALITY
from tests.ui.helpers import add_me, child, choose_file, click, open_account, shown, workspace_of
from ui.checklists.plan_pdf import pdf_page_count
from ui.settings.dialog import SettingsDialog
from ui.window.main_window import MainWindow


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.menus.settings_action.trigger()
    return shown(qtbot, SettingsDialog)


def test_a_broken_pack_is_refused_with_where_and_the_pack_in_force_is_kept(
    qtbot: QtBot,
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_me(workspace_of(window).store, clock)
    window.refresh()
    other = tmp_path / "exempelby.toml"
    other.write_text(OTHER_MUNICIPALITY, encoding="utf-8")
    broken = tmp_path / "trasig.toml"
    broken.write_text(
        OTHER_MUNICIPALITY.replace('evidence = "text"', 'evidence = "photo"', 1),
        encoding="utf-8",
    )

    # Another municipality's pack is checked, then in force once saved.
    settings = open_settings(qtbot, window)
    assert "built in" in child(settings, QLabel, "packInForce").text()
    choose_file(monkeypatch, other)
    click(qtbot, settings, "loadPack")
    assert "Exempelby municipality, version 2025.2: checked" in (
        child(settings, QLabel, "packInForce").text()
    )
    click(qtbot, settings, "settingsSave")
    qtbot.waitUntil(lambda: not settings.isVisible())
    assert workspace_of(window).pack.id == "exempelby"
    installed = installed_pack_path(workspace_of(window).data_dir).read_bytes()

    # A broken one is refused, saying where and what, and changes nothing.
    settings = open_settings(qtbot, window)
    choose_file(monkeypatch, broken)
    click(qtbot, settings, "loadPack")
    problem = child(settings, QLabel, "packProblem")
    assert problem.isVisible()
    assert "trasig.toml" in problem.text()
    assert "checklists.before_start.steps[1], field evidence" in problem.text()
    assert "“photo” is not allowed here" in problem.text()
    assert "The pack in force is kept." in problem.text()
    click(qtbot, settings, "settingsSave")
    qtbot.waitUntil(lambda: not settings.isVisible())
    assert workspace_of(window).pack.id == "exempelby"
    assert installed_pack_path(workspace_of(window).data_dir).read_bytes() == installed

    # And the built-in pack can be had back.
    settings = open_settings(qtbot, window)
    click(qtbot, settings, "builtInPack")
    click(qtbot, settings, "settingsSave")
    qtbot.waitUntil(lambda: not settings.isVisible())
    assert workspace_of(window).pack.id == "lidingo"
    assert not installed_pack_path(workspace_of(window).data_dir).exists()


PLAN_ANSWERS = {
    "time_and_cost": "Fyra timmar i veckan för bibliotekarien.",
    "goals": "Fler unga låntagare: tio procent fler lånekort på ett år.",
    "target_groups": "Unga 15–19 år på Lidingö.",
    "channels": "Instagram, där målgruppen redan finns.",
}


def plan_an_account(
    window: MainWindow, me: Person, clock: FixedClock, answers: dict[str, str] = PLAN_ANSWERS
) -> Account:
    workspace = workspace_of(window)
    store = workspace.store
    library = replace(
        account(
            "Lidingö bibliotek",
            platform="instagram",
            url="",
            department="Kultur- och fritidsförvaltningen",
            officers=[me],
            active_since=date(2026, 11, 20),
            recorded_at=clock.now(),
        ),
        planned=True,
    )
    store.add_accounts([library])
    life = reading.lives(workspace_on(store))[library.account_id]
    start = start_run(life, BEFORE_START, workspace.pack, person=me, now=clock.now(), language="en")
    store.add_run(start)
    for step_id, text in answers.items():
        life = reading.lives(workspace_on(store))[library.account_id]
        state = life.in_progress(BEFORE_START)
        assert state is not None
        store.add_step_mark(
            mark_step(
                state,
                step_id,
                {"text": text},
                person=me,
                account=library,
                people=store.people(),
                today=date(2026, 11, 20),
                now=clock.now(),
                language="en",
            )
        )
    return library


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_plan_is_exported_as_a_one_page_pdf_with_its_answers(
    qtbot: QtBot,
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    me = add_me(workspace_of(window).store, clock)
    library = plan_an_account(window, me, clock)
    page = open_account(qtbot, window, library.account_id)
    target = tmp_path / "export" / "plan"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    with qtbot.waitSignal(page.planExported):
        click(qtbot, page, "accountExportPlan")

    pdf = target.with_name("plan.pdf")
    assert pdf_page_count(pdf) == 1
    laid_out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # The PDF's font joins "fl" and "fi" into one glyph; NFKC parts them again.
    text = unicodedata.normalize("NFKC", laid_out)
    assert "Plan for the account Lidingö bibliotek" in text
    for answer in PLAN_ANSWERS.values():
        assert answer in " ".join(text.split())
    assert "Date and signature" in text
    assert "Made by Åsa Öberg with Kontokoll, 2026-11-20 10:00" in text
    assert sorted(p.name for p in target.parent.iterdir()) == ["plan.pdf"]


def test_a_plan_too_long_for_one_page_is_saved_and_the_officer_is_told(
    qtbot: QtBot,
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    me = add_me(workspace_of(window).store, clock)
    essay = "Målen mäts varje månad i bibliotekssystemet och i enkäter. " * 120
    library = plan_an_account(window, me, clock, {"goals": essay, "channels": essay})
    page = open_account(qtbot, window, library.account_id)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    click(qtbot, page, "accountExportPlan")

    told = shown(qtbot, QMessageBox)
    assert told.objectName() == "planLongBox"
    pages = pdf_page_count(target)
    assert pages > 1
    assert f"needs {pages} pages" in told.text()


def test_a_plan_the_disk_refuses_leaves_the_earlier_pdf_and_the_officer_is_told(
    qtbot: QtBot,
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    me = add_me(workspace_of(window).store, clock)
    library = plan_an_account(window, me, clock)
    page = open_account(qtbot, window, library.account_id)
    target = tmp_path / "export" / "plan.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF-1.4 the plan saved last week")
    told: list[str] = []

    def disk_fails(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", disk_fails)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    page.export_plan(target)

    assert len(told) == 1
    assert f"The PDF could not be written to {target} (Input/output error)" in told[0]
    assert target.read_bytes() == b"%PDF-1.4 the plan saved last week"
    assert sorted(p.name for p in target.parent.iterdir()) == ["plan.pdf"]
