"""Withdrawing a check logged by mistake from the account's page, by keyboard as a person would.

The chosen day's details offer *Withdraw…* after each entry the user may
withdraw; the dialog asks why; the day then shows as missed with the check
still listed, marked with who withdrew it and why. A colleague who may not
withdraw is offered no link; the review's drill-down shows the mark too.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextBrowser
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.corrections import Withdrawable
from assistant.records import Person, Role
from assistant.rules.check_days import DayState
from assistant.store.database import Store
from tests.factories import account, at, check, person
from tests.ui.duties.test_reminders import open_window
from tests.ui.helpers import child, click, open_account, shown, wait_for_page, workspace_of
from ui.account.page import AccountPage
from ui.common.withdraw_dialog import WithdrawDialog
from ui.window.main_window import MainWindow

WEDNESDAY = date(2026, 11, 18)
THURSDAY = date(2026, 11, 19)
FRIDAY = date(2026, 11, 20)


def _seed(data_dir: Path, me: Person, officer: Person) -> tuple[str, str]:
    """An account of ``officer``'s with checks of Wednesday and Thursday logged by her; ``me``
    uses the app. Returns the account's id and Thursday's check's."""
    store = Store.open(data_dir)
    try:
        city = account(officers=[officer])
        made, wednesday = (
            dataclasses.replace(check(city, day, by=officer), recorded_by=officer.person_id)
            for day in (THURSDAY, WEDNESDAY)
        )
        people = [officer] if me is officer else [officer, me]
        store.add_accounts([city], people)
        store.set_me(me.person_id)
        store.add_check(made)
        store.add_check(wednesday)
    finally:
        store.close()
    return city.account_id, made.id


def _thursday_on_the_page(qtbot: QtBot, window: MainWindow, account_id: str) -> AccountPage:
    page = open_account(qtbot, window, account_id)
    _choose(page, THURSDAY)
    return page


def _choose(page: AccountPage, day: date) -> None:
    rows = [page.model.day_at(r).day for r in range(page.model.rowCount())]
    page.table.selectRow(rows.index(day))


def _withdraw(qtbot: QtBot, page: AccountPage, reason: str) -> WithdrawDialog:
    _follow_first_link_by_keyboard(qtbot, child(page, QTextBrowser, "checkDetails"))
    dialog = shown(qtbot, WithdrawDialog)
    child(dialog, QPlainTextEdit, "withdrawReason").setPlainText(reason)
    click(qtbot, dialog, "withdrawConfirm")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_for_page(qtbot, page)
    return dialog


def _follow_first_link_by_keyboard(qtbot: QtBot, browser: QTextBrowser) -> None:
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Tab)  # in a text browser, Tab goes to the next link
    qtbot.keyClick(browser, Qt.Key.Key_Return)


def test_an_officer_withdraws_a_mistaken_check_and_the_day_shows_it_marked(
    qtbot: QtBot, data_dir: Path
) -> None:
    asa = person("Åsa Öberg")
    account_id, check_id = _seed(data_dir, asa, asa)
    window = open_window(qtbot, data_dir, FixedClock(at(FRIDAY, 10)))
    page = _thursday_on_the_page(qtbot, window, account_id)
    details = child(page, QTextBrowser, "checkDetails")
    assert "Withdraw…" in details.toPlainText()

    _follow_first_link_by_keyboard(qtbot, details)
    dialog = shown(qtbot, WithdrawDialog)
    assert "the check of 2026-11-19 by Åsa Öberg" in child(dialog, QLabel, "withdrawIntro").text()
    click(qtbot, dialog, "withdrawConfirm")  # no reason yet: refused, the dialog stays
    problem = child(dialog, QLabel, "withdrawProblem")
    assert problem.isVisible()
    assert "Say why" in problem.text()
    child(dialog, QPlainTextEdit, "withdrawReason").setPlainText("Loggad på fel konto.")
    click(qtbot, dialog, "withdrawConfirm")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_for_page(qtbot, page)

    thursday = next(
        page.model.day_at(r)
        for r in range(page.model.rowCount())
        if page.model.day_at(r).day == THURSDAY
    )
    assert thursday.state == DayState.MISSED
    text = details.toPlainText()
    assert "WITHDRAWN" in text
    assert "WITHDRAWN 2026-11-20 by Åsa Öberg: “Loggad på fel konto.”" in text
    assert "Withdraw…" not in text
    assert "Withdrawn: the check of 2026-11-19" in window.statusBar().currentMessage()
    store = workspace_of(window).store
    assert set(store.withdrawals()) == {check_id}
    assert store.withdrawals()[check_id].kind is Withdrawable.CHECK

    # Closed and gone, the dialog opens again for the next entry.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _choose(page, WEDNESDAY)
    _withdraw(qtbot, page, "Dubbelloggad.")
    assert len(store.withdrawals()) == 2
    assert "Dubbelloggad." in details.toPlainText()
    window.close_workspace()


def test_a_colleague_who_may_not_withdraw_is_offered_no_link(qtbot: QtBot, data_dir: Path) -> None:
    asa = person("Åsa Öberg")
    registrar = person("Rut Registrator", "rut@lidingo.se", roles=[Role.REGISTRAR])
    account_id, _check_id = _seed(data_dir, registrar, asa)
    window = open_window(qtbot, data_dir, FixedClock(at(FRIDAY, 10)))
    page = _thursday_on_the_page(qtbot, window, account_id)

    text = child(page, QTextBrowser, "checkDetails").toPlainText()
    assert "Checked by Åsa Öberg" in text
    assert "Withdraw…" not in text
    window.close_workspace()
