"""The shipped guideline pack: Lidingö stad's rules, complete in Swedish and English.

Its checklists, platforms, removal grounds and the evidence each step asks
for, as the rules have them. Reading any pack is
:mod:`tests.assistant.pack.test_reader`; a broken one's sections and fields,
:mod:`tests.assistant.pack.test_pack_fields`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import pytest

from assistant.pack.model import EvidenceKind, GuidelinePack, Step, Text
from assistant.pack.reader import CHECKLIST_IDS, default_pack, default_pack_path, load_pack


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
