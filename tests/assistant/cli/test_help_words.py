"""Every word of the command line's help and errors goes through the ``translate`` given."""

from __future__ import annotations

import argparse
import io
from collections.abc import Iterator

import pytest

from assistant.cli import main as cli
from assistant.cli.words import speak_argparse
from assistant.messages import untranslated

LETTERS = {"N", "P", "Y", "S"}
"""The metavars that are a letter, the same in every language."""


def marked(context: str, text: str, n: int | None = None, /) -> str:
    """A "translation" that shows which context each text was looked up in."""
    return f"«{context}:{text}»"


@pytest.fixture(autouse=True)
def _argparse_in_english_after() -> Iterator[None]:
    yield
    speak_argparse(untranslated)


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from parsers(sub)


def test_every_help_text_and_name_in_the_help_is_translated() -> None:
    speak_argparse(marked)
    parser = cli.build_parser(marked)
    seen = 0
    for each in parsers(parser):
        texts: list[str | None] = [each.description] if each.description else []
        for action in each._actions:
            if isinstance(action, argparse._SubParsersAction):
                texts.extend(choice.help for choice in action._choices_actions)
            else:
                texts.append(action.help)
            if isinstance(action.metavar, str) and action.metavar not in LETTERS:
                texts.append(action.metavar)
        for text in texts:
            assert text is not None
            assert text.startswith(("«CliHelp:", "«Argparse:")), text
            seen += 1
    assert seen > 60


def test_the_help_s_headings_and_usage_are_argparse_s_words_translated() -> None:
    speak_argparse(marked)
    printed = cli.build_parser(marked).format_help()
    assert printed.startswith("«Argparse:usage: »kontokoll")
    assert "«Argparse:options»:" in printed
    assert "«Argparse:positional arguments»:" in printed
    assert "--data-dir «CliHelp:DIR»" in printed
    assert "«Argparse:show this help message and exit»" in printed
    assert "«CliHelp:show program's version number and exit»" in printed


def test_an_error_is_said_in_argparse_s_words_translated(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.parse(["ics", "--months"], marked)
    assert exited.value.code == 2
    assert capsys.readouterr().err.endswith(
        "«Argparse:kontokoll ics: error: «Argparse:argument --months: "
        "«Argparse:expected one argument»»\n»"
    )


def test_parsing_without_a_translation_speaks_english_again(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        cli.parse(["statsu"], marked)
    capsys.readouterr()
    with pytest.raises(SystemExit):
        cli.parse(["statsu"])
    printed = capsys.readouterr().err
    assert "«" not in printed
    assert "kontokoll: error: argument COMMAND: invalid choice: 'statsu'" in printed
    out = io.StringIO()
    cli.build_parser().print_help(out)
    assert out.getvalue().startswith("usage: kontokoll")
