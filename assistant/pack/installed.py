"""Another municipality's guideline pack: installed into the data folder, used from then on.

Installing copies the pack file into the data folder as ``guideline-pack.toml``,
so the pack stays in force when the original is moved or edited later. A pack
is checked before anything is copied: a pack that cannot be used is refused
with its :class:`~assistant.pack.reader.PackError`, and the pack in force stays
as it was. The copy is written by :func:`assistant.files.write_file_atomically`,
so a crash leaves either the old pack or the new, never half of one.
"""

from __future__ import annotations

from pathlib import Path

from assistant.files import PRIVATE, write_file_atomically
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.pack.errors import CONTEXT, PackError
from assistant.pack.model import GuidelinePack
from assistant.pack.reader import default_pack, load_pack, parse_pack, read_pack_bytes
from assistant.paths import INSTALLED_PACK_NAME

__all__ = [
    "INSTALLED_PACK_NAME",
    "install_pack",
    "installed_pack_path",
    "load_current_pack",
    "remove_installed_pack",
]

_SAVE_FAILED = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The guideline pack could not be saved in the data folder {folder} ({reason}). "
    "The pack in use is unchanged. Check that there is free space and that you may "
    "write to the folder, then load the pack again.",
)
_REMOVE_FAILED = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The installed guideline pack {file} could not be removed ({reason}). Check that "
    "you may write to the data folder, then try again.",
)


def installed_pack_path(data_dir: Path) -> Path:
    """Where the installed pack lives in a data folder, whether or not there is one."""
    return Path(data_dir) / INSTALLED_PACK_NAME


def install_pack(data_dir: Path, source: Path) -> GuidelinePack:
    """Check the pack at ``source`` and, if it can be used, make it the data folder's pack.

    Raises PackError (naming ``source``) when the pack cannot be used, and
    UserError when the copy cannot be written; either way nothing in the data
    folder has changed. Returns the pack read from the installed copy.
    """
    source = Path(source)
    # The very bytes that were checked are the ones copied, even if the file
    # is being saved by an editor at the same moment.
    data = read_pack_bytes(source)
    parse_pack(data, source)
    target = installed_pack_path(data_dir)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_file_atomically(target, data, mode=PRIVATE)
    except OSError as error:
        values = {"folder": str(data_dir), "reason": error.strerror or str(error)}
        raise UserError(Message(CONTEXT, _SAVE_FAILED, values)) from error
    return load_pack(target)


def remove_installed_pack(data_dir: Path) -> GuidelinePack:
    """Go back to the shipped pack; raises UserError if the installed copy cannot be removed."""
    path = installed_pack_path(data_dir)
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        values = {"file": str(path), "reason": error.strerror or str(error)}
        raise UserError(Message(CONTEXT, _REMOVE_FAILED, values)) from error
    return default_pack()


def load_current_pack(data_dir: Path) -> tuple[GuidelinePack, PackError | None]:
    """The pack in force: the installed one, else the shipped one.

    If the installed copy cannot be used (edited by hand in the data folder,
    say), the shipped pack is returned with the PackError, so the app still
    starts and can tell the user why their pack is not in force.
    """
    path = installed_pack_path(data_dir)
    # Almost every data folder has no installed pack: one stat, then the shipped pack.
    if not path.exists():
        return default_pack(), None
    try:
        return load_pack(path), None
    except PackError as error:
        return default_pack(), error
