"""Help: F1 opens the guide at the screen in front, and the guide names only real shortcuts.

The guide (resources/help/<language>/guide.html) writes every shortcut as
<kbd>…</kbd>; the tests hold each against the shortcuts the app has, and
every shortcut of the main window's menus against the guide, so neither can
change without the other.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.settings import Settings
from assistant.store.database import Store
from tests.ui.helpers import open_account, shown, workspace_of
from tests.ui.window.test_keyboard import seed_officer_and_manager
from ui.checklists.wizard import ChecklistWizard
from ui.checks.check_dialog import CheckDialog
from ui.help.guide import SECTIONS, guide_html, named_shortcuts, sections
from ui.help.window import HelpWindow
from ui.window.main_window import MainWindow


@pytest.fixture
def seeded(qtbot: QtBot, data_dir: Path, clock: FixedClock) -> Iterator[MainWindow]:
    """A main window for an officer who is also manager and information unit, with an account."""
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
    yield window
    window.close_workspace()


def press_f1(qtbot: QtBot, window: MainWindow) -> HelpWindow:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    return shown(qtbot, HelpWindow)


def portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_each_guide_has_every_section_in_order(language: str) -> None:
    found = [section.anchor for section in sections(guide_html(language))]

    assert found == list(SECTIONS)


def test_f1_opens_the_help_at_the_section_of_the_screen_in_front(
    qtbot: QtBot, seeded: MainWindow
) -> None:
    titles = {section.anchor: section.title for section in sections(guide_html("en"))}
    for key, section in (
        (Qt.Key.Key_4, "register"),
        (Qt.Key.Key_2, "covering"),
        (Qt.Key.Key_3, "review"),
        (Qt.Key.Key_1, "my_day"),
    ):
        seeded.activateWindow()
        qtbot.waitUntil(seeded.isActiveWindow)
        qtbot.keyClick(seeded, key, Qt.KeyboardModifier.ControlModifier)
        help_window = press_f1(qtbot, seeded)

        assert help_window.current_section == section
        assert help_window.contents.currentItem().text() == titles[section]
        assert help_window.top_line() == titles[section]


def test_f1_on_an_account_page_opens_the_account_section(qtbot: QtBot, seeded: MainWindow) -> None:
    account_id = next(iter(workspace_of(seeded).log.accounts()))
    open_account(qtbot, seeded, account_id)

    help_window = press_f1(qtbot, seeded)

    assert help_window.current_section == "account"


def test_esc_closes_the_help(qtbot: QtBot, seeded: MainWindow) -> None:
    help_window = press_f1(qtbot, seeded)

    qtbot.keyClick(help_window.contents, Qt.Key.Key_Escape)

    assert not help_window.isVisible()


def test_the_help_finds_a_word_and_says_when_it_finds_nothing(
    qtbot: QtBot, seeded: MainWindow
) -> None:
    help_window = press_f1(qtbot, seeded)

    qtbot.keyClicks(help_window.search, "registrar")
    assert help_window.browser.textCursor().selectedText().lower() == "registrar"
    assert not help_window.not_found.isVisible()

    help_window.search.clear()
    qtbot.keyClicks(help_window.search, "xyzzy")
    assert help_window.not_found.isVisible()


def test_choosing_a_section_in_the_contents_shows_it(qtbot: QtBot, seeded: MainWindow) -> None:
    help_window = press_f1(qtbot, seeded)
    row = list(SECTIONS).index("duties")
    item = help_window.contents.item(row)

    rect = help_window.contents.visualItemRect(item)
    qtbot.mouseClick(help_window.contents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert help_window.current_section == "duties"
    assert help_window.top_line() == item.text()


def app_shortcuts(qtbot: QtBot, window: MainWindow) -> set[str]:
    """Every shortcut the app has: the menus', the account page's and the checklists'."""
    account_id = next(iter(workspace_of(window).log.accounts()))
    open_account(qtbot, window, account_id)
    window.commands.open_checklist(account_id, "closing")
    wizard = shown(qtbot, ChecklistWizard)
    owners: list[QWidget] = [window, wizard]
    found = {
        portable(sequence)
        for owner in owners
        for action in owner.findChildren(QAction)
        for sequence in action.shortcuts()
    }
    found |= {portable(s.key()) for owner in owners for s in owner.findChildren(QShortcut)}
    wizard.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Every dialog, the help among them, closes on Esc: Qt's own, no shortcut object.
    return found | {"Esc"}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_shortcut_the_help_names_exists_in_the_app(
    qtbot: QtBot, seeded: MainWindow, language: str
) -> None:
    named = named_shortcuts(guide_html(language))

    missing = named - app_shortcuts(qtbot, seeded)

    assert named
    assert not missing, f"the {language} guide names shortcuts the app lacks: {sorted(missing)}"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_shortcut_of_the_menus_is_in_the_help(seeded: MainWindow, language: str) -> None:
    menus = {
        portable(sequence)
        for action in seeded.findChildren(QAction)
        for sequence in action.shortcuts()
    }

    unnamed = menus - named_shortcuts(guide_html(language))

    assert menus
    assert not unnamed, f"the {language} guide leaves out: {sorted(unnamed)}"


def test_f1_in_a_dialog_opens_its_section_in_a_help_window_the_dialog_does_not_block(
    qtbot: QtBot, seeded: MainWindow
) -> None:
    seeded.activateWindow()
    qtbot.waitUntil(seeded.isActiveWindow)
    qtbot.keyClick(seeded, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = shown(qtbot, CheckDialog)
    qtbot.waitUntil(lambda: bool(dialog.property("helpOnF1")))

    qtbot.keyClick(dialog, Qt.Key.Key_F1)

    help_window = shown(qtbot, HelpWindow)
    assert help_window.current_section == "check"
    assert help_window.parentWidget() is dialog  # a child of the modal dialog is not blocked
    dialog.reject()
