"""What a step asks for: one field, several fields, all of them or any one, or a confirmation."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.pack.model import EvidenceKind, Step, Text
from assistant.pack.reader import load_pack
from tests.packs import changed, line_of, load_error, write

TEXT, DATE, URL, PERSON, FILE = (
    EvidenceKind.TEXT,
    EvidenceKind.DATE,
    EvidenceKind.URL,
    EvidenceKind.PERSON,
    EvidenceKind.FILE,
)
# The second step of getting started, which asks for a url and is optional.
PAGE_STEP = 'evidence = "url"\nrequired = false'
PAGE_SECTION = "checklists.getting_started.steps[2]"


def page_step(tmp_path: Path, evidence_lines: str) -> Step:
    pack = load_pack(write(tmp_path, changed(PAGE_STEP, f"{evidence_lines}\nrequired = false")))
    return pack.checklists["getting_started"].steps[1]


def step(evidence: tuple[EvidenceKind, ...], any_evidence: bool = False) -> Step:
    text = Text(sv="Steg", en="Step")
    return Step("s", text, text, evidence, required=True, any_evidence=any_evidence)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ('"date"', (DATE,)),
        ('"file"', (FILE,)),
        ('["person", "date"]', (PERSON, DATE)),
        ('["date", "url", "person"]', (DATE, URL, PERSON)),
        ('["text"]', (TEXT,)),
        ('"none"', ()),
    ],
)
def test_evidence_is_one_kind_a_list_in_order_or_none(
    tmp_path: Path, written: str, expected: tuple[EvidenceKind, ...]
) -> None:
    loaded = page_step(tmp_path, f"evidence = {written}")
    assert loaded.evidence == expected
    assert loaded.any_evidence is False
    assert loaded.required is False


def test_evidence_list_may_span_several_lines(tmp_path: Path) -> None:
    loaded = page_step(tmp_path, 'evidence = [\n  "url",\n  "file",\n]\nevidence_rule = "any"')
    assert loaded.evidence == (URL, FILE)
    assert loaded.any_evidence is True


def test_left_out_evidence_is_a_plain_confirmation(tmp_path: Path) -> None:
    loaded = page_step(tmp_path, "")
    assert loaded.evidence == ()
    assert loaded.needs() == 0


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        pytest.param("[]", "The list of evidence is empty.", id="empty-list"),
        pytest.param('["none"]', "“none” cannot stand in a list", id="none-alone-in-list"),
        pytest.param('["url", "none"]', "“none” cannot stand in a list", id="none-in-list"),
        pytest.param('["url", "url"]', "“url” occurs more than once", id="repeated-kind"),
        pytest.param(
            '["url", "photo"]',
            "“photo” is not allowed here. Use one of: text, date, url, person, file.",
            id="unknown-kind-in-list",
        ),
        pytest.param(
            '"photo"',
            "“photo” is not allowed here. Use one of: none, text, date, url, person, file.",
            id="unknown-single-kind",
        ),
        pytest.param('""', "“” is not allowed here.", id="empty-string"),
        pytest.param("3", 'Write it like this: "date" or ["person", "date"]', id="number"),
        pytest.param('["url", 3]', "The value is of the wrong kind.", id="number-in-list"),
        pytest.param('"URL"', "“URL” is not allowed here.", id="kinds-are-lowercase"),
    ],
)
def test_bad_evidence_names_section_field_line_and_what_to_do(
    tmp_path: Path, written: str, expected: str
) -> None:
    source = changed(PAGE_STEP, f"evidence = {written}\nrequired = false")
    error = load_error(tmp_path, source)
    assert (error.section, error.field) == (PAGE_SECTION, "evidence")
    assert error.line == line_of(source, f"evidence = {written}")
    assert error.problem.context == "GuidelinePack"
    rendered = error.render()
    assert f"line {error.line}, in the section {PAGE_SECTION}, field evidence" in rendered
    assert expected in rendered


def test_any_rule_makes_one_field_of_several_enough(tmp_path: Path) -> None:
    loaded = page_step(tmp_path, 'evidence = ["url", "file"]\nevidence_rule = "any"')
    assert (loaded.evidence, loaded.any_evidence) == ((URL, FILE), True)
    assert loaded.needs() == 1


def test_all_rule_is_the_default_and_may_be_written_out(tmp_path: Path) -> None:
    written = page_step(tmp_path, 'evidence = ["url", "file"]\nevidence_rule = "all"')
    left_out = page_step(tmp_path, 'evidence = ["url", "file"]')
    assert written == left_out
    assert written.any_evidence is False
    assert written.needs() == 2


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            'evidence = "url"\nevidence_rule = "any"',
            'evidence_rule = "any" means that one of several fields is enough',
            id="any-with-one-kind",
        ),
        pytest.param(
            'evidence = ["url"]\nevidence_rule = "any"',
            "must ask for at least two",
            id="any-with-a-list-of-one",
        ),
        pytest.param(
            'evidence = "none"\nevidence_rule = "any"',
            "must ask for at least two",
            id="any-with-none",
        ),
        pytest.param(
            'evidence = ["url", "file"]\nevidence_rule = "some"',
            "“some” is not allowed here. Use one of: all, any.",
            id="unknown-rule",
        ),
        pytest.param(
            'evidence = ["url", "file"]\nevidence_rule = true',
            'Write it like this: "all"',
            id="rule-not-a-string",
        ),
    ],
)
def test_bad_evidence_rule_is_refused(tmp_path: Path, lines: str, expected: str) -> None:
    source = changed(PAGE_STEP, f"{lines}\nrequired = false")
    error = load_error(tmp_path, source)
    assert (error.section, error.field) == (PAGE_SECTION, "evidence_rule")
    assert error.line == line_of(source, "evidence_rule")
    assert expected in error.render()


def test_any_rule_without_evidence_in_the_daily_check_is_refused(tmp_path: Path) -> None:
    posts = 'guidance = { sv = "Läs inläggen."'
    source = changed(posts, f'evidence_rule = "any"\n{posts}')
    error = load_error(tmp_path, source)
    assert (error.section, error.field) == ("daily_check.steps[1]", "evidence_rule")
    assert error.line == line_of(source, "evidence_rule")


def test_the_daily_check_steps_read_evidence_too(tmp_path: Path) -> None:
    posts = 'guidance = { sv = "Läs inläggen.", en = "Read the posts." }'
    source = changed(posts, f'{posts}\nevidence = ["text", "file"]')
    pack = load_pack(write(tmp_path, source))
    assert pack.daily_check.steps[0].evidence == (TEXT, FILE)


@pytest.mark.parametrize(
    ("evidence", "any_evidence", "needed"),
    [
        ((), False, 0),
        ((DATE,), False, 1),
        ((PERSON, DATE), False, 2),
        ((DATE, URL, PERSON), False, 3),
        ((URL, FILE), True, 1),
    ],
)
def test_a_step_needs_all_its_fields_one_of_them_or_none(
    evidence: tuple[EvidenceKind, ...], any_evidence: bool, needed: int
) -> None:
    assert step(evidence, any_evidence).needs() == needed


def test_none_is_no_longer_a_kind_of_evidence() -> None:
    assert [kind.value for kind in EvidenceKind] == ["text", "date", "url", "person", "file"]
    with pytest.raises(ValueError, match="none"):
        EvidenceKind("none")
