"""Guideline packs: the shipped Lidingö pack, other municipalities' packs, and broken packs."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path

import pytest

from assistant.messages import Message
from assistant.pack.reader import (
    CHECKLIST_IDS,
    EvidenceKind,
    GuidelinePack,
    PackError,
    Step,
    Text,
    default_pack,
    default_pack_path,
    load_pack,
)
from tests.packs import OTHER_MUNICIPALITY, changed, line_of, load_error, write


def all_texts(value: object) -> list[Text]:
    if isinstance(value, Text):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [t for f in dataclasses.fields(value) for t in all_texts(getattr(value, f.name))]
    if isinstance(value, Mapping):
        value = tuple(value.values())
    if isinstance(value, tuple):
        return [t for item in value for t in all_texts(item)]
    return []


def all_steps(pack: GuidelinePack) -> list[tuple[str, tuple[Step, ...]]]:
    lists = [("daily_check", pack.daily_check.steps)]
    return lists + [(checklist.id, checklist.steps) for checklist in pack.checklists.values()]


# The shipped pack


def test_shipped_pack_is_lidingos_with_all_three_checklists() -> None:
    pack = load_pack(default_pack_path())
    assert pack.id == "lidingo"
    assert tuple(pack.checklists) == CHECKLIST_IDS
    assert all(pack.checklists[name].id == name for name in CHECKLIST_IDS)
    assert all(checklist.steps for checklist in pack.checklists.values())
    assert pack.daily_check.steps


def test_shipped_pack_culls_every_third_month_and_documents_in_march_and_october() -> None:
    pack = default_pack()
    assert pack.culling_interval_months == 3
    assert pack.documentation_months == (3, 10)


def test_default_pack_is_read_once_from_the_shipped_file() -> None:
    path = default_pack_path()
    assert path.is_file()
    assert path.name == "lidingo.toml"
    assert default_pack() is default_pack()
    assert default_pack().source == path


def test_every_text_in_the_shipped_pack_has_swedish_and_english() -> None:
    pack = default_pack()
    texts = all_texts(pack)
    assert len(texts) > 60
    for text in texts:
        assert text.sv.strip()
        assert text.en.strip()
        assert text.sv == text.sv.strip()


def test_swedish_texts_of_the_shipped_pack_are_not_the_english_ones() -> None:
    pack = default_pack()
    steps = [step for _, steps in all_steps(pack) for step in steps]
    assert all(step.guidance.sv != step.guidance.en for step in steps)
    assert "ö" in pack.name.sv
    assert any("å" in step.guidance.sv for step in steps)


def test_ids_in_the_shipped_pack_are_unique_within_each_list() -> None:
    pack = default_pack()
    id_lists = [[step.id for step in steps] for _, steps in all_steps(pack)]
    id_lists.append([ground.id for ground in pack.removal_grounds])
    id_lists.append([platform.id for platform in pack.platforms])
    for ids in id_lists:
        assert len(ids) == len(set(ids)), ids


def test_shipped_platforms_are_the_listed_ones_and_only_x_cannot_remove_posts() -> None:
    platforms = {
        p.id: (p.name.sv, p.name.en, p.can_remove_others_posts) for p in default_pack().platforms
    }
    assert platforms == {
        "facebook": ("Facebook", "Facebook", True),
        "instagram": ("Instagram", "Instagram", True),
        "x": ("X", "X", False),
        "youtube": ("YouTube", "YouTube", True),
        "linkedin": ("LinkedIn", "LinkedIn", True),
        "tiktok": ("TikTok", "TikTok", True),
        "flickr": ("Flickr", "Flickr", True),
        "blog": ("Blogg", "Blog", True),
        "other": ("Annan", "Other", True),
    }
    assert default_pack().platform("x").can_remove_others_posts is False


def test_shipped_removal_grounds_cover_the_rules() -> None:
    pack = default_pack()
    assert {ground.id for ground in pack.removal_grounds} == {
        "defamation",
        "hate_speech_harassment",
        "violence_pornography",
        "incitement_to_crime",
        "copyright",
        "obscene_language",
        "advertising",
        "confidential",
        "privacy_violation",
        "presumed_unlawful",
    }
    needing_diary = [g.id for g in pack.removal_grounds if g.needs_diary_number]
    assert needing_diary == ["confidential"]
    assert "genast" in pack.removal_ground("privacy_violation").guidance.sv


def test_shipped_checklists_ask_for_the_evidence_the_rules_need() -> None:
    checklists = default_pack().checklists
    evidence = {
        (checklist.id, step.id): (step.evidence, step.any_evidence)
        for checklist in checklists.values()
        for step in checklist.steps
    }
    text, date, url, person, file = (
        EvidenceKind.TEXT,
        EvidenceKind.DATE,
        EvidenceKind.URL,
        EvidenceKind.PERSON,
        EvidenceKind.FILE,
    )
    assert evidence[("before_start", "goals")] == ((text,), False)
    assert evidence[("before_start", "target_groups")] == ((text,), False)
    # Who decided, and when.
    assert evidence[("before_start", "manager_decision")] == ((person, date), False)
    assert evidence[("before_start", "officers_appointed")] == ((person,), False)
    # When, the account's web address, and the responsible person.
    assert evidence[("getting_started", "information_unit_notified")] == (
        (date, url, person),
        False,
    )
    assert evidence[("getting_started", "public_page")] == ((url,), False)
    assert evidence[("getting_started", "graphic_profile")] == ((file,), False)
    # A plain confirmation that every officer and deputy is an administrator.
    assert evidence[("getting_started", "administrators")] == ((), False)
    assert evidence[("closing", "manager_contacted")] == ((date,), False)
    assert evidence[("closing", "information_unit_contacted")] == ((date,), False)
    # A link to the announcement or a screenshot of it: either is enough.
    assert evidence[("closing", "closing_announcement")] == ((url, file), True)
    assert evidence[("closing", "account_screenshot")] == ((file,), False)


def test_shipped_checklists_have_their_steps_in_the_rules_order() -> None:
    checklists = default_pack().checklists
    assert [step.id for step in checklists["getting_started"].steps] == [
        "manager_assignment",
        "information_unit_notified",
        "work_email",
        "public_page",
        "graphic_profile",
        "administrators",
        "registrar_access",
        "public_register",
    ]
    assert [step.id for step in checklists["closing"].steps] == [
        "manager_contacted",
        "information_unit_contacted",
        "closing_announcement",
        "account_screenshot",
        "account_closed",
        "removed_from_register",
    ]
    assert checklists["getting_started"].in_order
    assert checklists["closing"].in_order
    assert not checklists["before_start"].in_order
    every_step = [step for checklist in checklists.values() for step in checklist.steps]
    assert all(step.required for step in every_step)
    assert default_pack().version == "1.1"


def test_unknown_ground_or_platform_is_a_key_error() -> None:
    pack = default_pack()
    with pytest.raises(KeyError):
        pack.removal_ground("rudeness")
    with pytest.raises(KeyError):
        pack.platform("myspace")


@pytest.mark.parametrize(
    ("language", "expected"), [("sv", "Hej"), ("en", "Hello"), ("en_GB", "Hello"), ("fi", "Hej")]
)
def test_text_in_a_language_falls_back_to_swedish(language: str, expected: str) -> None:
    assert Text(sv="Hej", en="Hello").in_language(language) == expected


# Another municipality's pack


def test_other_municipalitys_pack_with_its_own_interval_loads_without_code_change(
    tmp_path: Path,
) -> None:
    pack = load_pack(write(tmp_path, OTHER_MUNICIPALITY))
    assert pack.id == "exempelby"
    assert pack.version == "2025.2"
    assert pack.culling_interval_months == 4
    assert pack.documentation_months == (4, 11)
    assert pack.platform("mastodon").can_remove_others_posts is False
    assert pack.removal_ground("secret").needs_diary_number
    assert not pack.removal_ground("insults").needs_diary_number


def test_left_out_fields_take_their_defaults(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, OTHER_MUNICIPALITY))
    assert pack.daily_check.steps[0].evidence == ()
    assert pack.daily_check.steps[0].any_evidence is False
    assert pack.daily_check.steps[0].required is True
    assert pack.checklists["before_start"].in_order is False
    assert pack.checklists["getting_started"].in_order is True
    assert [s.required for s in pack.checklists["getting_started"].steps] == [True, False]


def test_pack_saved_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, "\ufeff".encode() + OTHER_MUNICIPALITY.encode()))
    assert pack.id == "exempelby"


# Broken packs


def test_missing_file_is_a_pack_error(tmp_path: Path) -> None:
    path = tmp_path / "absent.toml"
    with pytest.raises(PackError) as caught:
        load_pack(path)
    error = caught.value
    assert (error.file, error.line, error.section, error.field) == (path, None, "", "")
    assert str(path) in error.render()


def test_folder_instead_of_a_file_is_a_pack_error(tmp_path: Path) -> None:
    with pytest.raises(PackError) as caught:
        load_pack(tmp_path)
    assert caught.value.file == tmp_path


def test_text_not_in_utf8_names_the_line(tmp_path: Path) -> None:
    source = changed('sv = "Exempelby kommun"', 'sv = "Exempelby kommun å"')
    error = load_error(tmp_path, source.encode("latin-1"))
    assert error.line == line_of(source, "Exempelby kommun")
    assert "UTF-8" in error.render()


def test_toml_syntax_error_names_the_line_from_the_parser(tmp_path: Path) -> None:
    source = changed('id = "assignment"', 'id "assignment"')
    error = load_error(tmp_path, source)
    assert error.line == line_of(source, 'id "assignment"')
    assert (error.section, error.field) == ("", "")
    assert "TOML" in error.render()
    assert f"line {error.line}" in error.render()


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


def test_error_is_translated_through_its_context(tmp_path: Path) -> None:
    error = load_error(tmp_path, changed('evidence = "url"\nrequired', 'evidence = "x"\nrequired'))
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        asked.append((context, text))
        return text.replace("cannot be used", "kan inte användas")

    rendered = error.render(translate)
    assert [context for context, _ in asked] == ["GuidelinePack", "GuidelinePack"]
    assert isinstance(error.problem, Message)
    assert asked[1][1] == error.problem.template
    assert "kan inte användas" in rendered.splitlines()[0]
    assert rendered.splitlines()[1] == error.problem.render()
