"""Every Alt+letter in the main window reaches one thing, in Swedish and in English.

Two buttons or menus with the same underlined letter make Alt+that letter
cycle between them instead of acting, which a keyboard user reads as broken.
The letters that count are those showing at once: the menu bar, the tabs and
the buttons and labels of the view in front, with the reminder banner open;
the items of each menu; and those of each dialog (tab) a user meets.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import Account, Person, Role, new_id
from assistant.settings import Settings
from assistant.store.database import Store
from assistant.workspace.data_folder import open_workspace
from ui.common.i18n import install_translators
from ui.settings.dialog import SettingsDialog
from ui.settings.first_start import FirstStartDialog
from ui.window.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def showing_letters(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic a keyboard user can reach in ``top`` right now."""
    texts = []
    if isinstance(top, QMainWindow):
        texts += [action.text() for action in top.menuBar().actions() if action.isVisible()]
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts.append(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return [(letter, text) for text in texts if (letter := mnemonic(text))]


def shared_letters(letters: list[tuple[str, str]]) -> dict[str, list[str]]:
    """The letters given to more than one text, with those texts."""
    counts = Counter(letter for letter, _text in letters)
    return {
        letter: sorted(text for each, text in letters if each == letter)
        for letter, count in counts.items()
        if count > 1
    }


def said(clashes: dict[tuple[str, str], list[str]]) -> str:
    return "\n".join(
        f"{where}: Alt+{letter} for {' / '.join(texts)}"
        for (where, letter), texts in clashes.items()
    )


def seed_officer_and_manager(store: Store, clock: FixedClock) -> None:
    me = new_id()
    person = Person(
        new_id(),
        me,
        "Åsa Öberg",
        "asa.oberg@lidingo.se",
        frozenset({Role.OFFICER, Role.DEPUTY, Role.MANAGER, Role.INFORMATION_UNIT}),
        clock.now(),
        me,
    )
    account = Account(
        new_id(),
        new_id(),
        "facebook",
        "Lidingö stad",
        "https://www.facebook.com/lidingostad",
        "Kommunledning",
        (me,),
        (),
        True,
        date(2026, 9, 1),
        clock.now(),
        me,
    )
    store.add_accounts([account], [person])
    store.set_me(me)


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def test_no_two_things_in_view_share_an_alt_letter(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, language: str
) -> None:
    store = Store.open(data_dir)
    try:
        seed_officer_and_manager(store, clock)
    finally:
        store.close()
    window = MainWindow(data_dir, Settings(language=language), clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.duty_desk is not None and window.role_views.covering is not None)
    assert window.duty_desk is not None
    window.duty_desk.banner.show_reminder("Påminnelse", ["Dagens uppgifter"])
    clashes: dict[tuple[str, str], list[str]] = {}
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            for letter, texts in shared_letters(showing_letters(window)).items():
                clashes[(window.tabs.tabText(index), letter)] = texts
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            assert isinstance(menu, QMenu)
            items = [
                (key, action.text())
                for action in menu.actions()
                if action.isVisible() and (key := mnemonic(action.text()))
            ]
            for letter, texts in shared_letters(items).items():
                clashes[(menu_action.text(), letter)] = texts
    finally:
        window.close_workspace()
    assert not clashes, said(clashes)


def test_the_first_start_and_settings_dialogs_give_each_alt_letter_once(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, language: str
) -> None:
    workspace = open_workspace(data_dir)
    store = workspace.store
    clashes: dict[tuple[str, str], list[str]] = {}
    try:
        first = FirstStartDialog(workspace, clock, Settings(language=language))
        qtbot.addWidget(first)
        first.show()
        for letter, texts in shared_letters(showing_letters(first)).items():
            clashes[(first.windowTitle(), letter)] = texts
        seed_officer_and_manager(store, clock)
        settings = SettingsDialog(data_dir, Settings(language=language), None, workspace=workspace)
        qtbot.addWidget(settings)
        settings.show()
        for index in range(settings.tabs.count()):
            settings.tabs.setCurrentIndex(index)
            for letter, texts in shared_letters(showing_letters(settings)).items():
                clashes[(settings.tabs.tabText(index), letter)] = texts
    finally:
        workspace.close()
    assert not clashes, said(clashes)


def test_ctrl_and_a_number_switch_between_the_views(
    qtbot: QtBot, data_dir: Path, clock: FixedClock
) -> None:
    store = Store.open(data_dir)
    try:
        seed_officer_and_manager(store, clock)
    finally:
        store.close()
    window = MainWindow(data_dir, Settings(language="en"), clock)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.role_views.review is not None)
    try:
        for key, view in (
            (Qt.Key.Key_2, window.role_views.covering),
            (Qt.Key.Key_3, window.role_views.review),
            (Qt.Key.Key_4, window.register_view),
            (Qt.Key.Key_1, window.today_view),
        ):
            qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
            assert window.tabs.currentWidget() is view
    finally:
        window.close_workspace()
