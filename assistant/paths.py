"""Where Kontokoll keeps its data.

One data folder per workstation holds the database, the evidence files and the
settings. It is the platform's user data folder unless ``--data-dir`` or the
``KONTOKOLL_DATA_DIR`` environment variable names another.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from assistant.files import PRIVATE_FOLDER
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError

ENV_VAR = "KONTOKOLL_DATA_DIR"
DATABASE_NAME = "kontokoll.db"
EVIDENCE_DIR_NAME = "evidence"
SETTINGS_NAME = "settings.json"
REMINDER_STATE_NAME = "reminders.json"
LOCK_NAME = "kontokoll.lock"
HOLIDAY_CACHE_NAME = "holidays-cache.json"
INSTALLED_PACK_NAME = "guideline-pack.toml"
KEY_NAME = "workstation.key"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the command line's choice, else the environment's, else the default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_path  # only when needed: it is slow to import

    return user_data_path("Kontokoll", appauthor=False)


def ensure_writable(data_dir: Path) -> Path:
    """Create the folder if needed and prove it can be written, or say why not.

    The probe is a new file of a name nobody can have foreseen, made only if
    nothing has that name: a link planted in the folder is never followed,
    so no probe can empty a file it points to. On Linux and macOS the folder
    is made (or, being the user's own, set) open to its user alone: it holds
    personal data.
    """
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        keep_private(data_dir, PRIVATE_FOLDER)
        probe = data_dir / f".kontokoll-write-test-{secrets.token_hex(8)}"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        os.close(os.open(probe, flags, 0o600))
        probe.unlink()
    except OSError as error:
        raise UserError(
            Message(
                "Storage",
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "Kontokoll cannot write to its data folder {path} ({reason}). "
                    "Choose a folder you may write to with --data-dir, or ask IT "
                    "for write access.",
                ),
                {"path": str(data_dir), "reason": error.strerror or str(error)},
            )
        ) from error
    return data_dir


def keep_private(path: Path, mode: int) -> None:
    """Give ``path`` the permissions ``mode`` if it is the user's own, on Linux and macOS.

    On Windows a user's files keep their profile's own rights, which already
    keep other users out. A file of someone else's is left as it is.
    """
    if os.name == "nt":
        return
    status = os.stat(path, follow_symlinks=False)
    if status.st_uid == os.getuid() and status.st_mode & 0o777 != mode:
        os.chmod(path, mode)
