"""The view a person starts in, chosen once the window has built what My day did not wait for."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.settings import Settings
from assistant.store.database import Store
from tests.ui.helpers import wait_for_page, workspace_of
from tests.ui.window.test_keyboard import seed_officer_and_manager
from ui.window.main_window import MainWindow


def test_an_account_opened_in_the_first_second_stays_in_front(
    qtbot: QtBot, data_dir: Path, clock: FixedClock
) -> None:
    store = Store.open(data_dir)
    try:
        seed_officer_and_manager(store, clock)
    finally:
        store.close()
    window = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.settled, timeout=10_000):
        window.show()
        qtbot.waitSignal(window.rowsShown).wait()
        # A double-click on My day's row before the other views are built.
        window.open_account(next(iter(workspace_of(window).log.accounts())))

    page = window.account_page
    assert page is not None
    wait_for_page(qtbot, page)
    assert window.stack.currentWidget() is page
    assert page.title.text().startswith("Lidingö stad")
    window.close_workspace()
