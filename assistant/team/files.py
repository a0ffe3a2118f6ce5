"""Whole files in and out of the team folder, never half a file.

Writing: through :func:`assistant.files.write_file_atomically`, a file is
copied to a hidden temporary name beside its target, synced to disk, then
renamed into place. A journal replaces the earlier one in that rename; an
evidence file never overwrites anything. A failed write removes its
temporary file and leaves what was there before.

Reading: a journal is copied to a local temporary file, holding the share's
file open as briefly as possible (the writer may be replacing it meanwhile);
an evidence file is copied while its SHA-256 is worked out, and kept only if
that matches its name.

An ``OSError`` from here means the team folder could not be reached or
written; :class:`LocalWriteError` means the data folder could not be written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import time
from pathlib import Path
from typing import BinaryIO

from assistant.files import (
    PRIVATE,
    TEAM,
    copy_file_atomically,
    temporary_prefix,
    write_file_atomically,
)
from assistant.store.journal import (
    HEADER_SIZE,
    SIZE_LIMIT,
    OversizedJournalError,
    check_header,
)

_CHUNK = 1 << 20


class LocalWriteError(Exception):
    """Writing in this workstation's data folder failed (disk full, no permission)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def signature(status: os.stat_result) -> str:
    """What tells one version of a file from the next without reading it.

    A published file is a new file each time (a rename), so its size,
    modification time and file id together change whenever it does.
    """
    return f"{status.st_size}:{status.st_mtime_ns}:{status.st_ino}"


def is_temporary(name: str) -> bool:
    """A file being written (or left behind by a write that was cut off)."""
    return name.startswith(".")


def put_file(source: Path, target: Path, *, overwrite: bool) -> os.stat_result | None:
    """Copy ``source`` (local) to ``target`` (in the team folder) as a whole file.

    With ``overwrite`` the new file replaces any earlier one in one rename;
    without it an existing ``target`` is left alone. Returns the written
    file's status, or None when nothing was written.
    """
    return copy_file_atomically(source, target, new_only=not overwrite, mode=TEAM)


def put_evidence(source: Path, target: Path, sha256: str, *, overwrite: bool) -> bool:
    """Copy a local evidence file to the team folder, only if its content is still its SHA-256.

    A file changed in the data folder since it was kept is never spread to
    the team: it is left out (``kontokoll verify`` names it), and False is
    returned. Otherwise as :func:`put_file`; True when a file was written.
    """
    digest = hashlib.sha256()
    with source.open("rb") as src:

        def copy_verified(out: BinaryIO) -> None:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
            if digest.hexdigest() != sha256:
                raise _DamagedCopyError

        try:
            written = write_file_atomically(
                target, copy_verified, new_only=not overwrite, mode=TEAM
            )
        except _DamagedCopyError:
            return False
    return written is not None


def put_new_bytes(data: bytes, target: Path) -> bool:
    """Write ``data`` as ``target`` in the team folder unless that name is taken."""
    return write_file_atomically(target, data, new_only=True, mode=TEAM) is not None


def fetch_journal(
    source: Path, local_dir: Path, *, size_limit: int = SIZE_LIMIT
) -> tuple[Path, str]:
    """Copy the journal at ``source`` to a new temporary file in ``local_dir``.

    Reads its header first: raises :class:`~assistant.store.journal.NotAJournalError`,
    :class:`~assistant.store.journal.NewerJournalError` or (for a file over
    ``size_limit`` bytes) :class:`~assistant.store.journal.OversizedJournalError`
    before copying the rest of a file that is not to be read. Returns the copy
    and the signature of the very file copied.
    """
    with source.open("rb") as src:
        status = os.fstat(src.fileno())
        copied = signature(status)
        if status.st_size > size_limit:
            raise OversizedJournalError(status.st_size)
        header = src.read(HEADER_SIZE)
        check_header(header)
        local = local_dir / f".team-{secrets.token_hex(6)}.tmp"
        try:
            with _open_local(local) as out:
                _write_local(out, header)
                _copy(src, out, limit=size_limit - len(header))
        except BaseException:
            with contextlib.suppress(OSError):
                local.unlink()
            raise
    return local, copied


def _open_local(path: Path) -> BinaryIO:
    try:
        return path.open("xb")
    except OSError as error:
        raise LocalWriteError(error) from error


def _write_local(out: BinaryIO, chunk: bytes) -> None:
    try:
        out.write(chunk)
    except OSError as error:
        raise LocalWriteError(error) from error


def _copy(
    src: BinaryIO, out: BinaryIO, digest: hashlib._Hash | None = None, limit: int | None = None
) -> None:
    """Copy from the team folder (an OSError) to a local file (a LocalWriteError).

    A file that grows past ``limit`` bytes while it is copied is refused as oversized.
    """
    copied = 0
    while chunk := src.read(_CHUNK):
        copied += len(chunk)
        if limit is not None and copied > limit:
            raise OversizedJournalError(copied)
        if digest is not None:
            digest.update(chunk)
        _write_local(out, chunk)
    try:
        out.flush()
    except OSError as error:
        raise LocalWriteError(error) from error


def remove_stale_copies(local_dir: Path, older_than: float = 24 * 3600) -> None:
    """Remove temporary journal copies left by a run that was cut off."""
    limit = time.time() - older_than
    with contextlib.suppress(OSError), os.scandir(local_dir) as entries:
        for entry in entries:
            if entry.name.startswith(".team-") and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    if entry.stat().st_mtime < limit:
                        os.unlink(entry.path)


def remove_own_leftovers(target: Path, older_than: float = 3600) -> None:
    """Remove temporary files of ``target`` left in the team folder by a cut-off write.

    Only this workstation's own (they are named after its journal), and only
    old ones: a younger one may be another Kontokoll here, writing right now.
    """
    limit = time.time() - older_than
    prefix = temporary_prefix(target)
    with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
        for entry in entries:
            if entry.name.startswith(prefix):
                with contextlib.suppress(OSError):
                    if entry.stat().st_mtime < limit:
                        os.unlink(entry.path)


def find_evidence(team_evidence: Path, sha256: str, suffix: str) -> Path | None:
    """The team folder's copy of an evidence file, under its usual name or another suffix.

    Two workstations may have kept the same file under names with different
    suffixes; the content, and so the SHA-256, is the same.
    """
    folder = team_evidence / sha256[:2]
    exact = folder / f"{sha256}{suffix}"
    if exact.is_file():
        return exact
    if not folder.is_dir():
        return None
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(sha256) and not is_temporary(entry.name):
                return Path(entry.path)
    return None


class _TeamFolderError(Exception):
    """Carries an ``OSError`` of the team folder through the local writer, told apart."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


class _DamagedCopyError(Exception):
    """The copy's SHA-256 differs from its name: it is not to be kept."""


def fetch_evidence(source: Path, target: Path, sha256: str) -> bool:
    """Copy an evidence file from the team folder to ``target`` if its content matches.

    A copy whose SHA-256 differs (cut off, or damaged on the share) is thrown
    away; returns whether the file is now at ``target``.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LocalWriteError(error) from error
    digest = hashlib.sha256()
    with source.open("rb") as src:

        def copy_verified(out: BinaryIO) -> None:
            try:
                _copy(src, out, digest)
                src.close()  # let go of the share's file before the copy is synced
            except OSError as error:
                raise _TeamFolderError(error) from error
            if digest.hexdigest() != sha256:
                raise _DamagedCopyError

        try:
            # A name taken meanwhile (another fetch) holds the same content.
            write_file_atomically(target, copy_verified, new_only=True, mode=PRIVATE)
        except _DamagedCopyError:
            return False
        except _TeamFolderError as failed:
            raise failed.error from None
        except OSError as error:
            raise LocalWriteError(error) from error
    return True
