"""Every Alt+letter in the main window reaches one thing, in Swedish and in English.

Two buttons or menus with the same underlined letter make Alt+that letter
cycle between them instead of acting, which a keyboard user reads as broken.
The letters that count are those showing at once: the menu bar, the tabs and
the buttons and labels of the view in front, with the reminder banner open.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.records import Account, Person, Role, new_id
from assistant.settings import Settings
from assistant.store import Store
from ui.i18n import install_translators
from ui.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def showing_letters(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic a keyboard user can reach right now."""
    texts = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    tabs = window.tabs
    texts += [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts.append(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
    return [(letter, text) for text in texts if (letter := mnemonic(text))]


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
            letters = showing_letters(window)
            counts = Counter(letter for letter, _text in letters)
            for letter, count in counts.items():
                if count > 1:
                    clashes[(window.tabs.tabText(index), letter)] = sorted(
                        text for each, text in letters if each == letter
                    )
    finally:
        window.close_workspace()
    assert not clashes, "\n".join(
        f"{tab}: Alt+{letter} for {' / '.join(texts)}" for (tab, letter), texts in clashes.items()
    )
