"""``kontokoll --help`` and the command line's errors speak the language of the settings."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.cli import main as cli
from assistant.cli.words import speak_argparse
from assistant.messages import untranslated
from assistant.settings import Settings, save_settings
from ui.launcher import main

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations  # noqa: E402


@pytest.fixture(autouse=True)
def _argparse_in_english_after() -> Iterator[None]:
    """The launcher sets argparse's words for the whole process: the next test gets English."""
    yield
    speak_argparse(untranslated)


def said(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int | str | None, str]:
    """Run ``kontokoll ARGV`` as the launcher does; its exit code and all it printed."""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    printed = capsys.readouterr()
    return exited.value.code, printed.out + printed.err


def speaking(folder: Path, language: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    save_settings(folder, Settings(language=language))
    return folder


def test_the_help_is_in_swedish_when_the_settings_say_swedish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KONTOKOLL_DATA_DIR", str(speaking(tmp_path / "data", "sv")))
    code, printed = said(["--help"], capsys)
    assert code == 0
    assert printed.startswith("användning: kontokoll")
    assert "flaggor:" in printed
    assert "visa den här hjälptexten och avsluta" in printed
    assert "visa programmets version och avsluta" in printed
    assert "Dagliga kontroller" in printed
    assert "--data-dir MAPP" in printed
    assert "KOMMANDO" in printed
    for english in ("usage:", "options:", "show this help", "Daily checks", "the account register"):
        assert english not in printed


def test_the_help_is_in_english_when_the_settings_say_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = speaking(tmp_path / "data", "en")
    code, printed = said(["--data-dir", str(folder), "--help"], capsys)
    assert code == 0
    assert printed.startswith("usage: kontokoll")
    assert "options:" in printed
    assert "show this help message and exit" in printed
    assert "Daily checks, checklists and proof" in printed
    assert "--data-dir DIR" in printed
    assert "användning" not in printed


def test_the_data_folder_named_on_the_command_line_chooses_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KONTOKOLL_DATA_DIR", str(speaking(tmp_path / "engelsk", "en")))
    folder = speaking(tmp_path / "svensk", "sv")
    code, printed = said(["status", f"--data-dir={folder}", "--help"], capsys)
    assert code == 0
    assert printed.startswith("användning: kontokoll status")
    assert "skriv ut JSON" in printed


def test_a_command_s_help_is_in_swedish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = speaking(tmp_path / "data", "sv")
    code, printed = said(["--data-dir", str(folder), "accounts", "import", "--help"], capsys)
    assert code == 0
    assert printed.startswith("användning: kontokoll accounts import")
    assert "argument:" in printed  # the positional arguments' heading
    assert "FIL" in printed
    assert "en CSV-fil (UTF-8 eller Windows-1252" in printed
    assert "positional arguments" not in printed
    assert "a CSV file" not in printed


def test_an_unknown_command_is_refused_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = speaking(tmp_path / "data", "sv")
    code, printed = said(["--data-dir", str(folder), "statsu"], capsys)
    assert code == 2
    assert "användning: kontokoll" in printed
    assert "kontokoll: fel: argument KOMMANDO: ogiltigt val: 'statsu' (välj bland" in printed
    assert "error" not in printed
    assert "invalid choice" not in printed


def test_a_missing_argument_is_refused_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = speaking(tmp_path / "data", "sv")
    code, printed = said(["--data-dir", str(folder), "report", "--from"], capsys)
    assert code == 2
    assert "kontokoll report: fel: argument --from: förväntade ett argument" in printed
    code, printed = said(["--data-dir", str(folder), "ics"], capsys)
    assert code == 2
    assert "fel: följande argument krävs: --out" in printed
    code, printed = said(["--data-dir", str(folder), "verify", "--inte"], capsys)
    assert code == 2
    assert "fel: okända argument: --inte" in printed


def test_an_error_is_in_english_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = speaking(tmp_path / "data", "en")
    code, printed = said(["--data-dir", str(folder), "statsu"], capsys)
    assert code == 2
    assert "kontokoll: error: argument COMMAND: invalid choice: 'statsu'" in printed


def test_a_data_folder_option_without_a_folder_is_still_refused_as_argparse_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, printed = said(["--data-dir"], capsys)
    assert code == 2
    assert "--data-dir" in printed


def test_lupdate_reads_every_text_the_command_line_looks_up(tmp_path: Path) -> None:
    """A help text or argparse word lupdate does not extract stays English in Swedish."""
    looked_up: set[tuple[str, str]] = set()

    def recording(context: str, text: str, n: int | None = None, /) -> str:
        looked_up.add((context, text))
        return text

    speak_argparse(recording)
    parser = cli.build_parser(recording)
    for argv in (["statsu"], ["report", "--from"], ["ics"], ["verify", "--inte"], ["--help"]):
        with (
            pytest.raises(SystemExit),
            contextlib.redirect_stdout(io.StringIO()),
            contextlib.redirect_stderr(io.StringIO()),
        ):
            parser.parse_args(argv)
    for sub in ("status", "accounts", "ics", "demo", "report", "sync", "verify"):
        with pytest.raises(SystemExit), contextlib.redirect_stdout(io.StringIO()):
            parser.parse_args([sub, "--help"])
    assert {context for context, _text in looked_up} == {"CliHelp", "Argparse"}

    ts = tmp_path / "cli.ts"
    sources = sorted(str(path) for path in (ROOT / "assistant" / "cli").glob("*.py"))
    lupdate = update_translations.tool("pyside6-lupdate")
    subprocess.run([lupdate, "-locations", "none", *sources, "-ts", str(ts)], check=True)
    extracted = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    assert looked_up - extracted == set()


def test_a_standalone_translator_speaks_the_language_chosen_with_its_plural_forms() -> None:
    from ui.common.i18n import translator_for

    swedish, english = translator_for("sv"), translator_for("en")
    assert swedish("Cli", "not checked") == "inte kontrollerad"
    assert swedish("Cli", "Imported %n accounts from {file}.", 1) == (
        "1 konto har importerats från {file}."
    )
    assert swedish("Cli", "Imported %n accounts from {file}.", 3) == (
        "3 konton har importerats från {file}."
    )
    assert (
        english("Cli", "Imported %n accounts from {file}.", 1) == "Imported 1 account from {file}."
    )
    assert english("Cli", "not checked") == "not checked"
    assert swedish("Cli", "a text nobody translated, %n times", 2) == (
        "a text nobody translated, 2 times"
    )
