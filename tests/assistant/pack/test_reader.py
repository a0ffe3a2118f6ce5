"""Reading a guideline pack: another municipality's, and one whose file cannot be read.

A pack with its own interval and months loads without a code change; a
missing file, a folder, text not in UTF-8 or broken TOML is a PackError
naming the file and the line, in the user's language. The shipped pack is
:mod:`tests.assistant.pack.test_shipped_pack`; a wrong section or field,
:mod:`tests.assistant.pack.test_pack_fields`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.messages import Message
from assistant.pack.errors import PackError
from assistant.pack.reader import load_pack
from tests.packs import OTHER_MUNICIPALITY, changed, line_of, load_error, write

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


# A file that cannot be read


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


# The error in the user's language


def test_error_is_translated_through_its_context(tmp_path: Path) -> None:
    error = load_error(tmp_path, changed('evidence = "url"\nrequired', 'evidence = "x"\nrequired'))
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str, n: int | None = None, /) -> str:
        asked.append((context, text))
        return text.replace("cannot be used", "kan inte användas")

    rendered = error.render(translate)
    assert [context for context, _ in asked] == ["GuidelinePack", "GuidelinePack"]
    assert isinstance(error.problem, Message)
    assert asked[1][1] == error.problem.template
    assert "kan inte användas" in rendered.splitlines()[0]
    assert rendered.splitlines()[1] == error.problem.render()
