"""The headings of an imported register: known ones under their common names, others refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.assistant.rules.register_files import plan, refused, write

ROW = (
    "Facebook;Lidingö stad;https://www.facebook.com/lidingostad;Kommunledning;"
    "Åsa Öberg;Per Ek;2024-03-15"
)


def test_a_register_with_the_apps_own_swedish_words_sets_the_officer(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Plattform;Namn;Webbadress;Förvaltning;Kontoansvarig;Ersättare;Aktiv sedan\n" + ROW + "\n",
    )
    result = plan(path)
    (imported,) = result.accounts
    by_id = {p.person_id: p.name for p in result.people}
    assert [by_id[i] for i in imported.officer_ids] == ["Åsa Öberg"]
    assert [by_id[i] for i in imported.deputy_ids] == ["Per Ek"]
    assert imported.url == "https://www.facebook.com/lidingostad"
    assert imported.department == "Kommunledning"
    assert imported.active_since == date(2024, 3, 15)


def test_the_officer_under_kontoansvarig_is_not_dropped(tmp_path: Path) -> None:
    # The old import took this file "successfully", with no officer: on nobody's My day.
    path = write(
        tmp_path, "plattform;namn;adress;Kontoansvarig\nFacebook;A;facebook.com/a;Åsa Öberg\n"
    )
    result = plan(path)
    assert [p.name for p in result.people] == ["Åsa Öberg"]
    assert result.accounts[0].officer_ids == (result.people[0].person_id,)


@pytest.mark.parametrize(
    "header",
    [
        "PLATTFORM;NAMN;WEBBADRESS;FÖRVALTNING;KONTOANSVARIG;ERSÄTTARE;AKTIV SEDAN",
        "plattform;namn;adress;forvaltning;ansvarig;ersattare;aktiv_sedan",
        " Plattform ;Kontots namn;Webb-adress;Förvaltning;Ansvarig tjänsteman;Ersättare;"
        "Aktiv-sedan",
        "Kanal;Kontonamn;Länk;Avdelning;Kontoansvariga;Ersättarna;Aktiv sedan (ÅÅÅÅ-MM-DD)",
        "Platform;Account name;Web address;Department;Account officer;Deputy;Active since",
        "platform;name;url;department;officer;deputies;active_since",
    ],
)
def test_headings_are_known_in_any_case_spacing_and_spelling_of_å_ä_ö(
    tmp_path: Path, header: str
) -> None:
    (imported,) = plan(write(tmp_path, f"{header}\n{ROW}\n")).accounts
    assert imported.name == "Lidingö stad"
    assert len(imported.officer_ids) == len(imported.deputy_ids) == 1
    assert imported.department == "Kommunledning"
    assert imported.active_since == date(2024, 3, 15)


def test_an_unknown_heading_is_refused_listing_the_headings_kontokoll_reads(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path,
        "Plattform;Namn;Adress;Telefon;Kontoansvarig\n"
        "Facebook;Lidingö stad;facebook.com/lidingo;08-731 30 00;Åsa Öberg\n",
    )
    error = refused(path)
    headline = error.message.render()
    assert "Nothing was imported from konton.csv" in headline
    for known in ("platform", "name", "url", "department", "officer", "deputies", "active since"):
        assert known in headline
    (problem,) = (d.render() for d in error.details)
    assert problem.startswith("Row 1, column Telefon:")
    assert "does not know this heading" in problem
    assert "Rename it" in problem


def test_two_columns_for_one_thing_are_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "plattform;namn;adress;Ansvarig;Kontoansvarig\nFacebook;A;facebook.com/a;Åsa;Per\n",
    )
    (problem,) = (d.render() for d in refused(path).details)
    assert problem.startswith("Row 1, column Kontoansvarig:")
    assert "second “officer” column, besides “Ansvarig”" in problem


def test_values_under_no_heading_are_refused_naming_the_column_letter(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "plattform;namn;;adress\n"
        "Facebook;A;;facebook.com/a\n"
        "Instagram;B;Åsa Öberg;instagram.com/b;extra\n",
    )
    problems = [d.render() for d in refused(path).details]
    assert len(problems) == 2
    assert problems[0].startswith("Row 1, column C:")
    assert "has no heading" in problems[0]
    assert "row 3 has a value" in problems[0]
    assert problems[1].startswith("Row 1, column E:")


def test_empty_columns_with_no_heading_are_no_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "plattform;namn;adress;;\nFacebook;A;facebook.com/a;;\n")
    assert [a.name for a in plan(path).accounts] == ["A"]


def test_blank_rows_above_the_headings_are_skipped_and_rows_keep_their_numbers(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, ";;\nplattform;namn;adress\nMyspace;A;myspace.com/a\n")
    (problem,) = (d.render() for d in refused(path).details)
    assert problem.startswith("Row 3, column plattform:")


def test_a_start_date_with_a_time_after_it_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, "plattform;namn;adress;aktiv sedan\nFacebook;A;a.se;2024-03-15 00:00\n")
    assert plan(path).accounts[0].active_since == date(2024, 3, 15)
