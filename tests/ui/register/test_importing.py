"""Importing the register from the File menu: the files offered, and refusals in Swedish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from assistant.clock import FixedClock
from assistant.settings import Settings
from tests.ui.helpers import add_me, shown, workspace_of
from ui.common.i18n import install_translators
from ui.window.main_window import MainWindow


@pytest.fixture
def swedish_window(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, clock: FixedClock
) -> Iterator[MainWindow]:
    """The main window as a Swedish user sees it, with Swedish installed."""
    translators = install_translators(qapp, "sv")
    main = MainWindow(data_dir, Settings(language="sv"), clock)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.workspace is not None)
    yield main
    main.close_workspace()
    for translator in translators:
        qapp.removeTranslator(translator)


def test_a_refused_platform_is_answered_with_the_platforms_in_swedish(
    qtbot: QtBot, swedish_window: MainWindow, clock: FixedClock, tmp_path: Path
) -> None:
    window = swedish_window
    add_me(workspace_of(window).store, clock)
    path = tmp_path / "konton.csv"
    path.write_text("plattform;namn;adress\nMyspace;Gamla sidan;myspace.com/lidingo\n")

    window.commands.import_accounts(path)

    box = shown(qtbot, QMessageBox)
    (detail,) = box.detailedText().splitlines()
    assert detail.startswith("Rad 2, kolumn plattform:")
    assert "Myspace" in detail
    assert "Blogg" in detail
    assert "Annan" in detail
    assert "Blog," not in detail
    assert "Other" not in detail
    assert workspace_of(window).store.accounts() == {}
    box.close()


def test_the_file_dialog_offers_excel_workbooks_and_their_officer_gets_the_account(
    qtbot: QtBot,
    window: MainWindow,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_me(workspace_of(window).store, clock, "Åsa Öberg")
    book = Workbook()
    sheet = book.active
    sheet.append(["Plattform", "Namn", "Webbadress", "Kontoansvarig", "Ersättare"])
    sheet.append(["Facebook", "Lidingö stad", "facebook.com/lidingostad", "Åsa Öberg", "Per Ek"])
    path = tmp_path / "Register.xlsx"
    book.save(path)
    offered: list[str] = []

    def choose(*args: object, **kwargs: object) -> tuple[str, str]:
        offered.append(str(args[3]))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.menus.import_action.trigger()

    (filters,) = offered
    assert "*.xlsx" in filters.split(";;")[0]
    assert "*.csv" in filters.split(";;")[0]
    model = window.today_view.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.row_at(0).item.account.name == "Lidingö stad"
    assert window.statusBar().currentMessage() == "Accounts imported from Register.xlsx: 1."


def test_accounts_imported_with_no_officer_are_pointed_out(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, tmp_path: Path
) -> None:
    add_me(workspace_of(window).store, clock)
    path = tmp_path / "konton.csv"
    path.write_text(
        "plattform;namn;adress;ansvarig\n"
        "Facebook;Lidingö stad;facebook.com/lidingostad;Åsa Öberg\n"
        "Instagram;Bibliotek;instagram.com/bibliotek;\n"
        "X;Räddningstjänsten;x.com/lidingo;\n"
    )
    window.commands.import_accounts(path)

    said = window.statusBar().currentMessage()
    assert said.startswith("Accounts imported from konton.csv: 3.")
    assert "Accounts with no officer, which nobody is reminded of: 2." in said
