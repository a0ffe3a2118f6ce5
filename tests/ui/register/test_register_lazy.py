"""The Register out of view is not read again on every refresh of My day.

At 200 accounts reading and sizing it took some 400 ms of each My day refresh
(after every check saved); it is read when it next comes into view instead.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from tests.factories import account
from tests.ui.helpers import add_me, workspace_of
from ui.window.main_window import MainWindow
from ui.window.role_views import View


def test_the_register_is_read_when_it_comes_into_view_not_on_each_refresh(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    store = workspace_of(window).store
    add_me(store, clock)
    window.refresh()
    qtbot.waitUntil(lambda: window.register_view is not None)
    register = window.register_view
    assert register is not None
    window.show_view(View.REGISTER)
    assert register.model.rowCount() == 0
    window.show_view(View.MY_DAY)

    store.add_accounts([account("Lidingö stad"), account("Lidingö bibliotek")])
    window.refresh()
    assert register.model.rowCount() == 0  # out of view: not read yet

    window.show_view(View.REGISTER)
    assert register.model.rowCount() == 2
