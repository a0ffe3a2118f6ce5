"""The one way Kontokoll writes a file: whole or not at all, and still there after a power cut.

Every file Kontokoll writes whole (settings, the reminders' state, the
holiday cache, the start-at-login entry, exports, evidence files, the
installed guideline pack, the journals and evidence files in the team
folder) goes through :func:`write_file_atomically`; only the SQLite database
and its copies are SQLite's own to write.

1. the whole content goes to a hidden temporary file beside the target
   (same folder, so the rename below is atomic; the leading dot tells the
   team folder's readers to skip it, see :func:`temporary_prefix`);
2. it is flushed and ``fsync``-ed, so the content is on the disk before any
   name points to it;
3. it then takes the target's name, either *replacing* an earlier file in
   one rename, or only if the name is *free* (a hard link, which never
   overwrites; on shares without hard links, a look first, then a rename);
4. the folder is ``fsync``-ed, so the rename itself survives a power cut
   (POSIX only: Windows cannot open a folder to sync it; a file system that
   will not sync a folder, such as some shares, is passed over silently).

Whatever fails, the temporary file is removed and whatever was at the
target before is still there, whole. Failures are raised as ``OSError`` (or
whatever a fill raises); each caller says them to the user in its own words.

A new file gets the usual permissions of a new file (``0o666`` less the
umask, typically ``0o644``), so colleagues on a share can read it, unless
the caller names others: :data:`PRIVATE` for what only this workstation's
user should read (evidence, settings), :data:`SHARED` for a file others must
read whatever the umask (exports, the login entry). A replaced file keeps its
own where the caller asks for that.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

Fill = Callable[[BinaryIO], object]
"""Writes a file's content into the open temporary file; raising abandons the write."""

PRIVATE = 0o600
"""Readable and writable by the workstation's user only: the data folder's own files."""
SHARED = 0o644
"""Readable by everyone: files other people and programs open."""
TEAM = 0o640
"""Readable by the user's group, the team, and nobody else: the team folder's files.

On a network share the server's own rights decide; on a folder shared by
local users it keeps the journals and evidence from everyone outside the team."""
PRIVATE_FOLDER = 0o700
"""The data folder: the workstation's user alone may list or enter it."""

_CHUNK = 1 << 20
_REPLACE_ATTEMPTS = 6


def temporary_prefix(target: Path) -> str:
    """How the names of ``target``'s temporary files begin: hidden, and named after it."""
    return f".{target.name}.tmp-"


def write_file_atomically(
    target: Path,
    content: bytes | Fill,
    *,
    new_only: bool = False,
    keep_mode: bool = False,
    mode: int | None = None,
) -> os.stat_result | None:
    """Write ``content`` (bytes, or a :data:`Fill`) as the whole file ``target``.

    With ``new_only`` an existing ``target`` is never overwritten: the write
    is then dropped and None returned. Otherwise an earlier file is replaced
    in one rename, keeping its permissions with ``keep_mode``. ``mode`` sets
    the permissions of a new file (:data:`PRIVATE`, :data:`SHARED`); None
    leaves the usual ones. Returns the status of the file written (what the
    team folder tells versions by).
    """
    temp = target.with_name(temporary_prefix(target) + os.urandom(6).hex())
    renamed = False
    try:
        # "x": a fresh file with the usual permissions, not mkstemp's 0600.
        with temp.open("xb") as out:
            if isinstance(content, bytes):
                out.write(content)
            else:
                content(out)
            out.flush()
            os.fsync(out.fileno())
        if not (keep_mode and _keep_mode(temp, target)) and mode is not None:
            os.chmod(temp, mode)
        written = os.stat(temp)
        if new_only:
            if not move_to_new_name(temp, target):
                return None
            renamed = not temp.exists()
        else:
            _replace(temp, target)
            renamed = True
    finally:
        if not renamed:
            with contextlib.suppress(OSError):
                temp.unlink()
    _sync_folder(target.parent)
    return written


def move_to_new_name(temp: Path, target: Path) -> bool:
    """Give the finished file ``temp`` the name ``target``, unless that name is taken.

    Returns whether it now has that name; an existing ``target`` is never
    overwritten. A hard link is tried first (it fails if the name exists);
    the caller removes ``temp`` if it is still there.
    """
    try:
        os.link(temp, target)
    except FileExistsError:
        return False
    except OSError:
        # Some shares have no hard links; a rename may then overwrite, so look first.
        if target.exists():
            return False
        os.replace(temp, target)
    return True


def copy_file_atomically(
    source: Path, target: Path, *, new_only: bool = False, mode: int | None = None
) -> os.stat_result | None:
    """Copy the file ``source`` to ``target`` in chunks, as :func:`write_file_atomically` does."""
    with source.open("rb") as src:

        def copy(out: BinaryIO) -> None:
            while chunk := src.read(_CHUNK):
                out.write(chunk)

        return write_file_atomically(target, copy, new_only=new_only, mode=mode)


def write_json_atomically(path: Path, payload: Any, *, mode: int | None = None) -> None:
    """Write ``payload`` as the JSON file ``path`` (UTF-8, indented for a person to read)."""
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    write_file_atomically(path, text.encode("utf-8"), mode=mode)


def _keep_mode(temp: Path, target: Path) -> bool:
    """Give ``temp`` the permissions of the file it replaces; False when there is none."""
    try:
        mode = os.stat(target).st_mode & 0o777
    except FileNotFoundError:
        return False
    os.chmod(temp, mode)
    return True


def _replace(temp: Path, target: Path) -> None:
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(temp, target)
            return
        except PermissionError:
            # Windows refuses to replace a file another program (a colleague's
            # Kontokoll on the share, a virus scanner) is reading at this
            # moment; that reader lets go within a moment.
            if os.name != "nt" or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(0.1 * (attempt + 1))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    # The file is in place by now: a folder that cannot be synced fails nothing.
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
