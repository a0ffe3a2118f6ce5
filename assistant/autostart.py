"""Starting Kontokoll when the user logs in, minimised to the tray.

Linux (and other XDG desktops) get an autostart desktop entry, Windows a small
``.cmd`` file in the Startup folder; macOS is not supported yet. Every entry
Kontokoll writes carries a marker line, so Kontokoll never removes or replaces
a file somebody else put there. The platform, environment and home folder are
arguments, so tests never touch the real ones.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from assistant.files import SHARED, write_file_atomically
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError

MARKER = "X-Kontokoll=true"
_XDG_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd")
# Characters the Desktop Entry spec reserves in Exec: an argument holding one is quoted.
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def autostart_supported(platform: str = sys.platform) -> bool:
    """Whether Kontokoll knows how to start at login on this platform."""
    return platform == "win32" or platform.startswith(_XDG_PLATFORMS)


def autostart_entry_path(
    *, platform: str = sys.platform, env: Mapping[str, str] = os.environ, home: Path | None = None
) -> Path | None:
    """Where Kontokoll's start-at-login entry lives, or None where it is not supported."""
    home = Path.home() if home is None else home
    if platform == "win32":
        appdata = env.get("APPDATA") or str(home / "AppData" / "Roaming")
        startup = Path(appdata, "Microsoft", "Windows", "Start Menu", "Programs", "Startup")
        return startup / "Kontokoll.cmd"
    if platform.startswith(_XDG_PLATFORMS):
        # The XDG spec: an unset, empty or relative XDG_CONFIG_HOME means ~/.config.
        config = env.get("XDG_CONFIG_HOME", "")
        config_home = Path(config) if os.path.isabs(config) else home / ".config"
        return config_home / "autostart" / "kontokoll.desktop"
    return None


def login_command(
    data_dir: Path | None,
    executable: str = sys.executable,
    *,
    platform: str = sys.platform,
    default_data_dir: Path | None = None,
) -> list[str]:
    """The command that starts Kontokoll in the tray, with its data folder unless the default.

    On Windows ``pythonw`` comes first: the ``kontokoll.exe`` console script would keep
    a console window open all day beside the tray icon.
    """
    folder = Path(executable).parent
    names = ["pythonw.exe", "kontokoll.exe"] if platform == "win32" else ["kontokoll"]
    command = [executable, "-m", "ui.launcher"]
    for name in names:
        candidates = [folder / name, folder / "Scripts" / name]
        found = next((path for path in candidates if path.is_file()), None)
        if found is not None:
            module = ["-m", "ui.launcher"] if name.startswith("pythonw") else []
            command = [str(found), *module]
            break
    command.append("--background")
    if data_dir is not None:
        if default_data_dir is None:
            from platformdirs import user_data_path  # slow to import: only when needed

            default_data_dir = user_data_path("Kontokoll", appauthor=False)
        if data_dir.resolve() != default_data_dir.resolve():
            command += ["--data-dir", str(data_dir.resolve())]
    return command


def desktop_exec(command: Sequence[str]) -> str:
    """``command`` as the value of a desktop entry's Exec key, quoted as the spec asks."""

    def quoted(argument: str) -> str:
        if argument and not _EXEC_RESERVED.intersection(argument):
            return argument
        return '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'

    line = " ".join(quoted(argument).replace("%", "%%") for argument in command)
    # The spec's string escapes apply on top of the quoting, so a backslash doubles again.
    escapes = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    return "".join(escapes.get(char, char) for char in line)


def windows_command_line(command: Sequence[str]) -> str:
    """``command`` for a ``.cmd`` file: each argument quoted, ``%`` doubled for cmd.

    Backslashes before the closing quote double, or the program would read ``\\"``
    as a quote inside the argument (``C:\\`` would swallow the rest of the line).
    """
    return " ".join(
        '"' + re.sub(r"(\\+)$", r"\1\1", part).replace("%", "%%") + '"' for part in command
    )


def entry_text(command: Sequence[str], platform: str = sys.platform) -> str:
    """What Kontokoll writes into its start-at-login entry."""
    if platform == "win32":
        lines = ["@echo off", f"rem {MARKER}", "chcp 65001 >nul"]
        lines.append(f'start "" {windows_command_line(command)}')
        return "\r\n".join(lines) + "\r\n"
    lines = ["[Desktop Entry]", "Type=Application", "Name=Kontokoll"]
    lines.append("Comment=Daily checks of the social media accounts, from the tray")
    lines += [f"Exec={desktop_exec(command)}", "Terminal=false", "NoDisplay=false"]
    lines += ["X-GNOME-Autostart-enabled=true", MARKER]
    return "\n".join(lines) + "\n"


def _written_by_kontokoll(entry: Path) -> bool:
    text = entry.read_text(encoding="utf-8", errors="replace")
    return any(line.strip() in (MARKER, f"rem {MARKER}") for line in text.splitlines())


def starts_at_login(
    *, platform: str = sys.platform, env: Mapping[str, str] = os.environ, home: Path | None = None
) -> bool:
    """Whether Kontokoll's own start-at-login entry is in place."""
    entry = autostart_entry_path(platform=platform, env=env, home=home)
    try:
        return entry is not None and entry.is_file() and _written_by_kontokoll(entry)
    except OSError:
        return False


def set_start_at_login(
    enabled: bool,
    command: Sequence[str],
    *,
    platform: str = sys.platform,
    env: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> Path | None:
    """Write or remove the entry; return where it was written, None when removed.

    Raises :class:`UserError` when the platform is not supported, when a file that
    Kontokoll did not write is in the way, or when the folder cannot be changed.
    """
    entry = autostart_entry_path(platform=platform, env=env, home=home)
    if entry is None:
        if not enabled:
            return None
        raise _autostart_error(
            QT_TRANSLATE_NOOP(
                "Autostart",
                "Kontokoll cannot start at login on this system yet. Add it to the "
                "programs started at login in the system's own settings instead.",
            )
        )
    try:
        if entry.exists() and not _written_by_kontokoll(entry):
            raise _autostart_error(
                QT_TRANSLATE_NOOP(
                    "Autostart",
                    "Kontokoll left {path} alone because it did not write that file. "
                    "Remove or rename it yourself, then change this setting again.",
                ),
                path=str(entry),
            )
        if not enabled:
            entry.unlink(missing_ok=True)
            return None
        entry.parent.mkdir(parents=True, exist_ok=True)
        # Written whole, with a new file's usual permissions as other entries have.
        write_file_atomically(entry, entry_text(command, platform).encode("utf-8"), mode=SHARED)
    except OSError as error:
        raise _autostart_error(
            QT_TRANSLATE_NOOP(
                "Autostart",
                "Kontokoll could not change whether it starts at login: {path} cannot "
                "be written ({reason}). Ask IT for write access to that folder, or start "
                "Kontokoll yourself after logging in.",
            ),
            path=str(entry.parent),
            reason=error.strerror or str(error),
        ) from error
    return entry


def _autostart_error(template: str, **values: object) -> UserError:
    return UserError(Message("Autostart", template, values))
