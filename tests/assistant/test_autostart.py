"""Starting at login: the entry each platform reads, and never somebody else's file."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TypedDict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.autostart import (
    autostart_entry_path,
    autostart_supported,
    desktop_exec,
    login_command,
    set_start_at_login,
    starts_at_login,
)
from assistant.messages import UserError

SPACED = ["/home/Åsa Berg/venv/bin/kontokoll", "--background", "--data-dir", "/srv/Our data"]
RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def unescape_string(value: str) -> str:
    """The Desktop Entry spec's escapes for string values: \\s \\n \\t \\r \\\\."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    out, chars = [], iter(value)
    for char in chars:
        out.append(escapes[next(chars)] if char == "\\" else char)
    return "".join(out)


def split_exec(value: str) -> list[str]:
    """Read an Exec value back into arguments, as a launcher following the spec does."""
    text = unescape_string(value)
    arguments: list[str] = []
    current: str | None = None
    quoted = False
    index = 0
    while index < len(text):
        char = text[index]
        if char == "%":
            assert text[index + 1] == "%", "a lone % would be a field code"
            current, index = (current or "") + "%", index + 2
            continue
        if quoted and char == "\\":
            assert text[index + 1] in '"`$\\'
            current, index = (current or "") + text[index + 1], index + 2
            continue
        if char == '"':
            quoted, current = not quoted, current or ""
        elif char == " " and not quoted:
            if current is not None:
                arguments.append(current)
            current = None
        else:
            assert quoted or char not in RESERVED, f"unquoted reserved {char!r}"
            current = (current or "") + char
        index += 1
    assert not quoted
    if current is not None:
        arguments.append(current)
    return arguments


def read_desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


class Where(TypedDict):
    platform: str
    env: Mapping[str, str]
    home: Path


def linux(home: Path, **env: str) -> Where:
    return {"platform": "linux", "env": env, "home": home}


def test_linux_entry_goes_to_the_xdg_config_home(tmp_path: Path) -> None:
    where = linux(tmp_path / "home", XDG_CONFIG_HOME=str(tmp_path / "config"))
    written = set_start_at_login(True, SPACED, **where)
    assert written == tmp_path / "config" / "autostart" / "kontokoll.desktop"
    assert written.is_file()
    assert starts_at_login(**where)


@pytest.mark.parametrize("config_home", [None, "", "relative/config"])
def test_linux_entry_goes_to_dot_config_without_a_usable_xdg_config_home(
    tmp_path: Path, config_home: str | None
) -> None:
    env = {} if config_home is None else {"XDG_CONFIG_HOME": config_home}
    written = set_start_at_login(True, SPACED, platform="linux", env=env, home=tmp_path)
    assert written == tmp_path / ".config" / "autostart" / "kontokoll.desktop"


def test_the_desktop_entry_starts_kontokoll_in_the_tray_with_paths_that_hold_spaces(
    tmp_path: Path,
) -> None:
    written = set_start_at_login(True, SPACED, platform="linux", env={}, home=tmp_path)
    assert written is not None
    entry = read_desktop_entry(written)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Kontokoll"
    assert entry["Comment"]
    assert entry["Terminal"] == "false"
    assert entry["NoDisplay"] == "false"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["X-Kontokoll"] == "true"
    assert split_exec(entry["Exec"]) == SPACED
    assert not [name for name in os.listdir(written.parent) if name != "kontokoll.desktop"]


@given(st.lists(st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\0"))))
def test_any_argument_survives_the_exec_quoting(arguments: list[str]) -> None:
    command = ["/opt/kontokoll", *arguments]
    assert split_exec(desktop_exec(command)) == command


def test_a_path_with_quotes_dollars_and_percent_signs_survives_the_file(tmp_path: Path) -> None:
    command = ["/home/x/bin/kontokoll", "--data-dir", 'C:\\100% "real" $HOME `data`']
    written = set_start_at_login(True, command, platform="linux", env={}, home=tmp_path)
    assert written is not None
    assert split_exec(read_desktop_entry(written)["Exec"]) == command


def test_turning_it_off_removes_the_entry_and_twice_is_fine(tmp_path: Path) -> None:
    where = linux(tmp_path)
    written = set_start_at_login(True, SPACED, **where)
    assert set_start_at_login(False, SPACED, **where) is None
    assert written is not None
    assert not written.exists()
    assert not starts_at_login(**where)
    assert set_start_at_login(False, SPACED, **where) is None


def test_turning_it_on_again_replaces_kontokolls_own_entry(tmp_path: Path) -> None:
    where = linux(tmp_path)
    set_start_at_login(True, SPACED, **where)
    written = set_start_at_login(True, ["/usr/bin/kontokoll", "--background"], **where)
    assert written is not None
    assert read_desktop_entry(written)["Exec"] == "/usr/bin/kontokoll --background"


def test_an_entry_somebody_else_wrote_is_neither_removed_nor_replaced(tmp_path: Path) -> None:
    # Somebody wrote it by hand, perhaps with options of their own: refusing with a
    # message keeps their work and tells them why the setting did not change.
    foreign = tmp_path / ".config" / "autostart" / "kontokoll.desktop"
    foreign.parent.mkdir(parents=True)
    foreign.write_text("[Desktop Entry]\nType=Application\nExec=kontokoll --mine\n")
    where = linux(tmp_path)
    assert not starts_at_login(**where)
    for enabled in (False, True):
        with pytest.raises(UserError, match="did not write") as raised:
            set_start_at_login(enabled, SPACED, **where)
        assert str(foreign) in raised.value.render()
    assert foreign.read_text() == "[Desktop Entry]\nType=Application\nExec=kontokoll --mine\n"


def test_windows_gets_a_command_file_in_the_startup_folder(tmp_path: Path) -> None:
    command = [r"C:\Users\Åsa Berg\venv\Scripts\pythonw.exe", "-m", "ui.launcher"]
    command += ["--background", "--data-dir", "D:\\", r"E:\R&D 100%"]
    env = {"APPDATA": str(tmp_path / "Roaming")}
    written = set_start_at_login(True, command, platform="win32", env=env, home=tmp_path)
    startup = tmp_path / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    assert written == startup / "Startup" / "Kontokoll.cmd"
    raw = written.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")
    text = raw.decode("utf-8")
    assert "chcp 65001" in text
    assert (
        'start "" "C:\\Users\\Åsa Berg\\venv\\Scripts\\pythonw.exe" "-m" "ui.launcher" '
        '"--background" "--data-dir" "D:\\\\" "E:\\R&D 100%%"\r\n'
    ) in text
    assert starts_at_login(platform="win32", env=env, home=tmp_path)
    assert set_start_at_login(False, command, platform="win32", env=env, home=tmp_path) is None
    assert not written.exists()


def test_windows_without_appdata_uses_the_roaming_folder_in_home(tmp_path: Path) -> None:
    path = autostart_entry_path(platform="win32", env={}, home=tmp_path)
    assert path is not None
    assert path.parent.parent.parent.parent.parent.parent == tmp_path / "AppData" / "Roaming"


def test_macos_is_refused_with_a_message(tmp_path: Path) -> None:
    assert not autostart_supported("darwin")
    assert autostart_supported("linux")
    assert autostart_supported("win32")
    assert autostart_entry_path(platform="darwin", env={}, home=tmp_path) is None
    assert not starts_at_login(platform="darwin", env={}, home=tmp_path)
    assert set_start_at_login(False, SPACED, platform="darwin", env={}, home=tmp_path) is None
    with pytest.raises(UserError, match="cannot start at login on this system"):
        set_start_at_login(True, SPACED, platform="darwin", env={}, home=tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere"
)
def test_a_folder_that_cannot_be_written_is_explained(tmp_path: Path) -> None:
    locked = tmp_path / "config"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(UserError, match="Ask IT for write access") as raised:
            set_start_at_login(
                True, SPACED, platform="linux", env={"XDG_CONFIG_HOME": str(locked)}, home=tmp_path
            )
        assert str(locked / "autostart") in raised.value.render()
    finally:
        locked.chmod(0o700)


def fake_install(folder: Path, *names: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text("")
    return str(folder / ("python.exe" if names and names[0].endswith(".exe") else "python"))


def test_the_login_command_is_the_kontokoll_script_next_to_python(tmp_path: Path) -> None:
    python = fake_install(tmp_path / "venv" / "bin", "python", "kontokoll")
    command = login_command(None, python, platform="linux")
    assert command == [str(tmp_path / "venv" / "bin" / "kontokoll"), "--background"]


def test_on_windows_the_login_command_uses_pythonw_so_no_console_window_stays_open(
    tmp_path: Path,
) -> None:
    python = fake_install(tmp_path / "Scripts", "python.exe", "pythonw.exe", "kontokoll.exe")
    command = login_command(None, python, platform="win32")
    pythonw = str(tmp_path / "Scripts" / "pythonw.exe")
    assert command == [pythonw, "-m", "ui.launcher", "--background"]


def test_without_a_script_the_login_command_runs_the_launcher_module(tmp_path: Path) -> None:
    python = fake_install(tmp_path / "bin", "python")
    assert login_command(None, python, platform="linux") == [
        python,
        "-m",
        "ui.launcher",
        "--background",
    ]


def test_the_data_folder_is_named_only_when_it_is_not_the_default(tmp_path: Path) -> None:
    python = fake_install(tmp_path / "bin", "python", "kontokoll")
    default, other = tmp_path / "default", tmp_path / "our data"
    same = login_command(default, python, platform="linux", default_data_dir=default)
    assert same == [str(tmp_path / "bin" / "kontokoll"), "--background"]
    named = login_command(other, python, platform="linux", default_data_dir=default)
    assert named[1:] == ["--background", "--data-dir", str(other)]


def test_the_launcher_module_runs_as_the_fallback_command(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--version"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Kontokoll ")
