"""A broken guideline pack's sections and fields: each refusal names section, field and line.

Each test breaks one thing in another municipality's pack
(:mod:`tests.packs`) and reads the PackError: a value of the wrong kind or
missing, an unknown or misspelt name, a text without both languages, a bad
or repeated id, a number out of range, an empty list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.pack.reader import load_pack
from tests.packs import OTHER_MUNICIPALITY, changed, line_of, load_error, write


@pytest.mark.parametrize(
    ("old", "new", "section", "field", "needle", "occurrence"),
    [
        pytest.param(
            "culling_interval_months = 4",
            'culling_interval_months = "4"',
            "pack",
            "culling_interval_months",
            "culling_interval_months",
            1,
            id="wrong-type-number",
        ),
        pytest.param(
            "culling_interval_months = 4",
            "culling_interval_months = true",
            "pack",
            "culling_interval_months",
            "culling_interval_months",
            1,
            id="boolean-is-not-a-number",
        ),
        pytest.param(
            "required = false",
            'required = "no"',
            "checklists.getting_started.steps[2]",
            "required",
            "required",
            1,
            id="wrong-type-boolean",
        ),
        pytest.param(
            'title = { sv = "Uppdrag", en = "Assignment" }',
            'title = "Uppdrag"',
            "checklists.getting_started.steps[1]",
            "title",
            'title = "Uppdrag"',
            1,
            id="text-without-languages",
        ),
        pytest.param(
            'id = "public_page"\n',
            "",
            "checklists.getting_started.steps[2]",
            "id",
            "[[checklists.getting_started.steps]]",
            2,
            id="missing-field-points-at-its-table",
        ),
        pytest.param(
            'version = "2025.2"\n',
            "",
            "pack",
            "version",
            "[pack]",
            1,
            id="missing-version",
        ),
    ],
)
def test_wrong_or_missing_value_names_section_field_and_line(
    tmp_path: Path, old: str, new: str, section: str, field: str, needle: str, occurrence: int
) -> None:
    source = changed(old, new)
    error = load_error(tmp_path, source)
    assert (error.section, error.field) == (section, field)
    assert error.line == line_of(source, needle, occurrence)
    rendered = error.render()
    assert f"line {error.line}" in rendered
    assert f"section {section}, field {field}" in rendered


def test_missing_section_is_named(tmp_path: Path) -> None:
    start = OTHER_MUNICIPALITY.index("[daily_check]")
    end = OTHER_MUNICIPALITY.index("[[removal_grounds]]")
    error = load_error(tmp_path, OTHER_MUNICIPALITY[:start] + OTHER_MUNICIPALITY[end:])
    assert (error.section, error.field, error.line) == ("daily_check", "", None)
    assert "missing" in error.render()


def test_missing_checklist_is_named(tmp_path: Path) -> None:
    start = OTHER_MUNICIPALITY.index("[checklists.closing]")
    error = load_error(tmp_path, OTHER_MUNICIPALITY[:start])
    assert (error.section, error.field) == ("checklists", "closing")


def test_unknown_checklist_lists_the_known_ones(tmp_path: Path) -> None:
    source = changed("[checklists.closing]", "[checklists.closing]\n\n[checklists.moving]")
    error = load_error(tmp_path, source)
    assert (error.section, error.field) == ("checklists", "moving")
    assert error.line == line_of(source, "[checklists.moving]")
    assert "before_start, getting_started, closing" in error.render()


def test_misspelt_field_is_reported_with_the_known_fields(tmp_path: Path) -> None:
    source = changed("required = false", "requird = false")
    error = load_error(tmp_path, source)
    assert (error.section, error.field) == ("checklists.getting_started.steps[2]", "requird")
    assert error.line == line_of(source, "requird")
    assert "id, title, guidance, evidence, evidence_rule, required" in error.render()


@pytest.mark.parametrize(
    ("old", "new", "language"),
    [
        ('sv = "Mål", en = "Goals"', 'sv = "", en = "Goals"', "sv"),
        ('sv = "Mål", en = "Goals"', 'sv = "Mål"', "en"),
        ('sv = "Mål", en = "Goals"', 'sv = "Mål", en = "   "', "en"),
    ],
)
def test_text_needs_both_swedish_and_english(
    tmp_path: Path, old: str, new: str, language: str
) -> None:
    source = changed(old, new)
    error = load_error(tmp_path, source)
    assert (error.section, error.field) == ("checklists.before_start.steps[1]", "title")
    assert error.line == line_of(source, new)
    assert error.problem.values["language"] == language
    assert f"“{language}”" in error.render()


def test_unknown_evidence_kind_lists_the_allowed_ones(tmp_path: Path) -> None:
    source = changed('evidence = "url"\nrequired', 'evidence = "photo"\nrequired')
    error = load_error(tmp_path, source)
    assert (error.section, error.field) == ("checklists.getting_started.steps[2]", "evidence")
    assert error.line == line_of(source, 'evidence = "photo"')
    assert "“photo”" in error.render()
    assert "none, text, date, url, person, file" in error.render()


@pytest.mark.parametrize("bad_id", ["Public page", "public-page", "1st_page", "sida_å"])
def test_bad_id_is_refused(tmp_path: Path, bad_id: str) -> None:
    source = changed('id = "public_page"', f'id = "{bad_id}"')
    error = load_error(tmp_path, source)
    assert (error.section, error.field) == ("checklists.getting_started.steps[2]", "id")
    assert error.line == line_of(source, f'id = "{bad_id}"')
    assert f"“{bad_id}”" in error.render()


def test_duplicate_platform_id_names_the_repeat(tmp_path: Path) -> None:
    source = changed('id = "mastodon"', 'id = "facebook"')
    error = load_error(tmp_path, source)
    assert (error.section, error.field) == ("platforms[2]", "id")
    assert error.line == line_of(source, 'id = "facebook"', 2)


def test_the_same_step_id_may_be_used_in_two_checklists(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, changed('id = "announcement"', 'id = "goals"')))
    assert pack.checklists["closing"].steps[0].id == "goals"


@pytest.mark.parametrize("interval", [0, 25, -3])
def test_culling_interval_out_of_range_is_refused(tmp_path: Path, interval: int) -> None:
    source = changed("culling_interval_months = 4", f"culling_interval_months = {interval}")
    error = load_error(tmp_path, source)
    assert (error.section, error.field) == ("pack", "culling_interval_months")
    assert error.line == line_of(source, "culling_interval_months")
    assert "from 1 to 24" in error.render()


@pytest.mark.parametrize(
    ("months", "expected"),
    [("[4, 13]", "from 1 to 12"), ("[0]", "from 1 to 12"), ("[4, 4]", "more than once")],
)
def test_bad_documentation_months_are_refused(tmp_path: Path, months: str, expected: str) -> None:
    source = changed("documentation_months = [11, 4]", f"documentation_months = {months}")
    error = load_error(tmp_path, source)
    assert (error.section, error.field) == ("pack", "documentation_months")
    assert error.line == line_of(source, "documentation_months")
    assert expected in error.render()


def test_empty_step_list_is_missing(tmp_path: Path) -> None:
    start = OTHER_MUNICIPALITY.index("[[checklists.closing.steps]]")
    source = OTHER_MUNICIPALITY[:start] + "steps = []\n"
    error = load_error(tmp_path, source)
    assert (error.section, error.field) == ("checklists.closing", "steps")
    assert error.line == line_of(source, "steps = []")
