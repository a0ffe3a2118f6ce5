"""Importing an existing account register from the CSV files Excel and LibreOffice write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.messages import UserError
from assistant.rules.check_days import overview
from assistant.store.database import Store
from assistant.workdays import WorkingCalendar
from tests.assistant.rules.register_files import (
    ENGLISH_HEADER,
    SWEDISH_HEADER,
    plan,
    refusal,
    write,
)
from tests.factories import FRIDAY, RECORDED_BY, account, at, person

# -- what Excel writes ------------------------------------------------------------------


def test_swedish_excel_file_with_semicolons_and_a_byte_order_mark(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"{SWEDISH_HEADER}\r\n"
        "Facebook;Lidingö stad;https://www.facebook.com/lidingostad;Kommunledning;"
        "Åsa Öberg;Per Ek;2024-03-15\r\n",
        encoding="utf-8-sig",
    )
    (imported,) = plan(path).accounts
    assert imported.platform == "facebook"
    assert imported.name == "Lidingö stad"
    assert imported.url == "https://www.facebook.com/lidingostad"
    assert imported.department == "Kommunledning"
    assert imported.active_since == date(2024, 3, 15)
    assert (imported.recorded_at, imported.recorded_by) == (at(FRIDAY), RECORDED_BY)


def test_english_file_with_commas_and_no_byte_order_mark(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"{ENGLISH_HEADER}\n"
        "Instagram,Lidingö library,instagram.com/lidingobibliotek,Culture,Per Ek,,2025-01-07\n",
    )
    (imported,) = plan(path).accounts
    assert imported.platform == "instagram"
    assert imported.url == "https://instagram.com/lidingobibliotek"
    assert imported.deputy_ids == ()
    assert imported.active_since == date(2025, 1, 7)


def test_headings_in_any_case_and_order_with_only_the_required_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "Adress;Plattform;NAMN\nfacebook.com/lidingo;Facebook;Lidingö stad\n")
    (imported,) = plan(path).accounts
    assert (imported.platform, imported.name) == ("facebook", "Lidingö stad")
    assert imported.officer_ids == imported.deputy_ids == ()


def test_excel_quoting_keeps_delimiters_quotes_and_line_breaks_inside_cells(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path,
        f"{SWEDISH_HEADER}\r\n"
        'Facebook;"Lidingö stad; kultur";https://www.facebook.com/kultur;'
        '"Kultur- och fritids""förvaltningen""";"Åsa Öberg";"Per Ek; Eva Lund";\r\n'
        'Blogg;"Stadsarkitektens\nblogg";https://blogg.lidingo.se;Stadsbyggnad;;;\r\n',
    )
    culture, blog = plan(path).accounts
    assert culture.name == "Lidingö stad; kultur"
    assert culture.department == 'Kultur- och fritids"förvaltningen"'
    assert len(culture.deputy_ids) == 2
    assert blog.name == "Stadsarkitektens\nblogg"


@pytest.mark.parametrize(
    ("written", "platform"),
    [
        ("Facebook", "facebook"),
        ("facebook", "facebook"),
        ("INSTAGRAM", "instagram"),
        ("blogg", "blog"),
        ("Blog", "blog"),
        ("X", "x"),
        ("Twitter", "x"),
        ("twitter", "x"),
        ("youtube", "youtube"),
        ("Annan", "other"),
    ],
)
def test_the_platform_is_matched_by_name_or_id_in_any_case(
    tmp_path: Path, written: str, platform: str
) -> None:
    path = write(tmp_path, f"plattform;namn;adress\n{written};Lidingö stad;lidingo.se/konto\n")
    assert plan(path).accounts[0].platform == platform


def test_an_account_without_a_start_date_is_active_from_today(tmp_path: Path) -> None:
    path = write(tmp_path, f"{SWEDISH_HEADER}\nFacebook;Lidingö stad;facebook.com/lidingo;;;;\n")
    (imported,) = plan(path).accounts
    assert imported.active_since == FRIDAY
    assert imported.is_active_on(FRIDAY)


def test_blank_rows_are_skipped(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "plattform;namn;adress\n;;\nFacebook;A;facebook.com/a\n\nInstagram;B;instagram.com/b\n",
    )
    assert [a.name for a in plan(path).accounts] == ["A", "B"]


# -- the people an import names ---------------------------------------------------------


def test_officers_and_deputies_already_known_are_found_by_email_or_name(tmp_path: Path) -> None:
    asa = person("Åsa Öberg", "asa.oberg@lidingo.se")
    per = person("Per Ek", "per.ek@lidingo.se")
    path = write(
        tmp_path,
        f"{SWEDISH_HEADER}\n"
        "Facebook;Lidingö stad;facebook.com/lidingo;;ASA.OBERG@lidingo.se;per ek;\n",
    )
    result = plan(path, people={asa.person_id: asa, per.person_id: per})
    assert result.accounts[0].officer_ids == (asa.person_id,)
    assert result.accounts[0].deputy_ids == (per.person_id,)
    assert result.people == ()


def test_new_people_are_created_once_though_named_on_several_rows(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"{SWEDISH_HEADER}\n"
        "Facebook;Lidingö stad;facebook.com/lidingo;;Åsa Öberg;Per Ek, eva.lund@lidingo.se;\n"
        "Instagram;Bibliotek;instagram.com/bibliotek;;Per Ek;Åsa Öberg;\n"
        "X;Räddningstjänsten;x.com/lidingo;;eva.lund@lidingo.se;;\n",
    )
    result = plan(path)
    by_name = {p.name: p for p in result.people}
    assert len(result.people) == 3
    assert set(by_name) == {"eva.lund@lidingo.se", "Per Ek", "Åsa Öberg"}
    assert by_name["eva.lund@lidingo.se"].email == "eva.lund@lidingo.se"
    assert by_name["Åsa Öberg"].email == ""
    city, library, rescue = result.accounts
    asa, per, eva = (by_name[n].person_id for n in ("Åsa Öberg", "Per Ek", "eva.lund@lidingo.se"))
    assert (city.officer_ids, city.deputy_ids) == ((asa,), (per, eva))
    assert (library.officer_ids, library.deputy_ids) == ((per,), (asa,))
    assert rescue.officer_ids == (eva,)


# -- all rows or none -------------------------------------------------------------------


def test_bad_rows_are_all_named_by_row_and_column_and_nothing_is_planned(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"{SWEDISH_HEADER}\n"
        "Facebook;Lidingö stad;facebook.com/lidingo;;Åsa Öberg;;\n"  # row 2: good
        "Myspace;Gammalt konto;myspace.com/lidingo;;;;\n"  # row 3: unknown platform
        "Instagram;Bibliotek;instagram.com/bibliotek;;;;\n"  # row 4: good
        "YouTube;Film;inte en adress;;;;15 mars 2024\n",  # row 5: bad address and date
    )
    with pytest.raises(UserError) as refused:
        plan(path)
    error = refused.value
    details = [d.render() for d in error.details]
    assert len(details) == 3
    assert details[0].startswith("Row 3, column plattform:")
    assert "Myspace" in details[0]
    assert details[1].startswith("Row 5, column adress:")
    assert "inte en adress" in details[1]
    assert details[2].startswith("Row 5, column aktiv_sedan:")
    assert "15 mars 2024" in details[2]
    assert "Nothing was imported from konton.csv" in error.render()
    assert not any(d.startswith(("Row 2", "Row 4")) for d in details)


def test_row_numbers_count_records_as_excel_shows_them_even_after_a_line_break_in_a_cell(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path,
        'plattform;namn;adress\nBlogg;"Två\nrader";blogg.lidingo.se\nMyspace;Gammalt;myspace.com/x\n',
    )
    assert "Row 3, column plattform:" in refusal(path)


def test_an_empty_name_is_named_as_the_bad_cell(tmp_path: Path) -> None:
    path = write(tmp_path, "platform,name,url\nFacebook,  ,facebook.com/lidingo\n")
    assert "Row 2, column name:" in refusal(path)


def test_the_same_address_twice_in_the_file_is_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "plattform;namn;adress\n"
        "Facebook;Lidingö stad;https://www.facebook.com/lidingostad/\n"
        "Facebook;Lidingö stad igen;facebook.com/LidingoStad\n",
    )
    text = refusal(path)
    assert "Row 3, column adress:" in text
    assert "row 2" in text


def test_an_address_already_in_the_register_is_refused(tmp_path: Path) -> None:
    registered = account(url="https://www.facebook.com/lidingostad")
    path = write(
        tmp_path, "plattform;namn;adress\nFacebook;Lidingö stad;facebook.com/lidingostad\n"
    )
    text = refusal(path, accounts={registered.account_id: registered})
    assert "Row 2, column adress:" in text
    assert "already registered" in text


def test_missing_required_columns_are_named(tmp_path: Path) -> None:
    path = write(tmp_path, "plattform;förvaltning;ansvarig\nFacebook;Kultur;Åsa\n")
    text = refusal(path)
    assert "There is no “name” column" in text
    assert "There is no “url” column" in text
    assert "There is no “platform” column" not in text


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    assert "is empty" in refusal(write(tmp_path, ""))
    assert "is empty" in refusal(write(tmp_path, "\ufeff\r\n \r\n", name="blank.csv"))


def test_a_file_with_headings_but_no_accounts_is_refused(tmp_path: Path) -> None:
    assert "holds no accounts" in refusal(write(tmp_path, f"{SWEDISH_HEADER}\n;;;;;;\n"))


def test_a_file_that_cannot_be_read_is_refused_with_its_path(tmp_path: Path) -> None:
    missing = tmp_path / "finns-inte.csv"
    assert str(missing) in refusal(missing)


# -- saving what was planned --------------------------------------------------------------


def test_imported_accounts_are_saved_and_active_today(tmp_path: Path, store: Store) -> None:
    path = write(
        tmp_path,
        f"{SWEDISH_HEADER}\n"
        "Facebook;Lidingö stad;facebook.com/lidingo;;Åsa Öberg;Per Ek;2026-11-16\n"
        "Instagram;Bibliotek;instagram.com/bibliotek;;Per Ek;;\n",
    )
    result = plan(path, store.accounts(), store.people())
    store.add_accounts(result.accounts, result.people)

    saved = store.accounts()
    assert sorted(a.name for a in saved.values()) == ["Bibliotek", "Lidingö stad"]
    assert sorted(p.name for p in store.people().values()) == ["Per Ek", "Åsa Öberg"]
    assert all(a.is_active_on(FRIDAY) for a in saved.values())
    rows = overview(saved.values(), store.checks(), WorkingCalendar(), FRIDAY)
    assert [row.account.name for row in rows] == ["Bibliotek", "Lidingö stad"]

    # Importing the same file again finds every address already registered.
    text = refusal(path, accounts=store.accounts())
    assert "Row 2, column adress:" in text
    assert "Row 3, column adress:" in text
