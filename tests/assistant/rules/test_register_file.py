"""Reading a register file as Excel and LibreOffice save it: the encodings, separators and .xlsx."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.assistant.rules.register_files import plan, refusal, refused, workbook, write

SWEDISH = (
    "Plattform;Namn;Adress;Förvaltning;Kontoansvarig;Ersättare;Aktiv sedan\r\n"
    "Facebook;Lidingö stad;facebook.com/lidingostad;Kultur- och fritidsförvaltningen;"
    "Åsa Öberg;Örjan Ängström;2024-03-15\r\n"
)


def names(path: Path) -> tuple[str, str, list[str]]:
    result = plan(path)
    (imported,) = result.accounts
    return imported.name, imported.department, sorted(p.name for p in result.people)


# -- CSV ------------------------------------------------------------------------------


def test_swedish_excels_semicolon_csv_in_windows_1252_is_read_with_å_ä_ö(tmp_path: Path) -> None:
    path = write(tmp_path, SWEDISH, encoding="cp1252")
    assert names(path) == (
        "Lidingö stad",
        "Kultur- och fritidsförvaltningen",
        ["Åsa Öberg", "Örjan Ängström"],
    )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_utf8_with_or_without_a_byte_order_mark_and_utf16_are_read(
    tmp_path: Path, encoding: str
) -> None:
    assert names(write(tmp_path, SWEDISH, encoding=encoding))[0] == "Lidingö stad"


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_fields_may_be_separated_by_semicolons_commas_or_tabs(
    tmp_path: Path, separator: str
) -> None:
    path = write(tmp_path, SWEDISH.replace(";", separator), encoding="cp1252")
    assert names(path)[0] == "Lidingö stad"


def test_text_in_no_known_encoding_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "konton.csv"
    # 0x81 and 0x8d are neither UTF-8 nor Windows-1252.
    path.write_bytes(b"plattform;namn;adress\nFacebook;Lidingo \x81\x8d;facebook.com/lidingo\n")
    text = refusal(path)
    assert "konton.csv" in text
    assert "CSV UTF-8" in text


# -- Excel ----------------------------------------------------------------------------


def test_an_excel_register_is_read_from_its_first_sheet_with_real_and_written_dates(
    tmp_path: Path,
) -> None:
    path = workbook(
        tmp_path,
        [
            ["Plattform", "Namn", "Webbadress", "Förvaltning", "Kontoansvarig", "Aktiv sedan"],
            [
                "Facebook",
                "Lidingö stad",
                "facebook.com/lidingo",
                "Kommunledning",
                "Åsa Öberg",
                datetime(2024, 3, 15),
            ],
            [None, None, None, None, None, None],
            ["Instagram", "Bibliotek", "instagram.com/bibliotek", None, "Per Ek", "2025-01-07"],
            ["Blogg", 2026, "blogg.lidingo.se", None, None, date(2025, 6, 2)],
        ],
        [["Anteckningar"], ["Inget register här"]],
    )
    result = plan(path)
    city, library, blog = result.accounts
    assert (city.platform, city.name, city.department) == (
        "facebook",
        "Lidingö stad",
        "Kommunledning",
    )
    assert city.active_since == date(2024, 3, 15)
    assert library.active_since == date(2025, 1, 7)
    assert (blog.name, blog.active_since) == ("2026", date(2025, 6, 2))
    by_id = {p.person_id: p.name for p in result.people}
    assert [by_id[i] for i in city.officer_ids] == ["Åsa Öberg"]
    assert [by_id[i] for i in library.officer_ids] == ["Per Ek"]


def test_an_excel_registers_bad_rows_are_named_as_excel_numbers_them(tmp_path: Path) -> None:
    path = workbook(
        tmp_path,
        [
            ["plattform", "namn", "adress", "Telefon"],
            ["Facebook", "Lidingö stad", "facebook.com/lidingo", "08-731 30 00"],
        ],
    )
    assert "Row 1, column Telefon:" in refusal(path)

    path = workbook(
        tmp_path,
        [["plattform", "namn", "adress"], [], ["Myspace", "Gammalt", "myspace.com/x"]],
    )
    assert "Row 3, column plattform:" in refusal(path)


def test_an_excel_workbook_is_read_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    path = workbook(
        tmp_path,
        [["plattform", "namn", "adress"], ["X", "Lidingö", "x.com/lidingo"]],
        name="konton.csv",
    )
    assert plan(path).accounts[0].platform == "x"


def test_an_older_or_protected_excel_workbook_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "konton.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    text = refusal(path)
    assert "konton.xls" in text
    assert "Excel Workbook (.xlsx)" in text


def test_a_damaged_workbook_is_refused_not_a_crash(tmp_path: Path) -> None:
    good = workbook(tmp_path, [["plattform", "namn", "adress"], ["X", "A", "x.com/a"]])
    damaged = tmp_path / "trasig.xlsx"
    damaged.write_bytes(good.read_bytes()[:300])
    error = refused(damaged)
    assert "cannot be read as an Excel workbook" in error.render()
    assert "trasig.xlsx" in error.render()


def test_a_small_workbook_that_unpacks_to_gigabytes_is_refused_before_it_is_read(
    tmp_path: Path,
) -> None:
    """A zip bomb: 3,000 rows of 100,000 repeated letters pack to well under a megabyte but
    would take hundreds of megabytes to read."""
    good = workbook(tmp_path, [["plattform", "namn", "adress"], ["X", "A", "x.com/a"]])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            out.writestr(member, source.read(member.filename))
        out.writestr("xl/padding.xml", "A" * (120 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    text = refusal(bomb)
    assert "far more text than an account register" in text
    assert "bomb.xlsx" in text
