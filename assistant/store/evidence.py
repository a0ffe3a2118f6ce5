"""Evidence files: screenshots and documents kept as proof.

Each file is stored once under its SHA-256 (``evidence/ab/abcdef….png``).
A stored file is never overwritten: the same content lands on the same name,
and a name already taken is left as it is.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from pathlib import Path

from assistant.files import PRIVATE, write_file_atomically
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.records import Evidence
from assistant.store.connection import StorageError, Trouble, not_saved

_CHUNK = 1 << 20
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024
"""Most an evidence file may hold: a screenshot is a few megabytes, a video is not evidence."""
_SHA256 = re.compile(r"[0-9a-f]{64}")
_PLAIN_SUFFIX = re.compile(r"\.[\w-]{1,16}")


def is_sha256(text: str) -> bool:
    """Whether ``text`` is a SHA-256 as evidence files are named: 64 lowercase hex digits."""
    return _SHA256.fullmatch(text) is not None


def suffix_of(original_name: str) -> str:
    """The suffix an evidence file is kept under: its original's, if plain (``.png``), or none."""
    suffix = Path(original_name).suffix.lower()
    return suffix if _PLAIN_SUFFIX.fullmatch(suffix) else ""


def _error(template: str, **values: object) -> UserError:
    return UserError(Message("Evidence", template, values))


class EvidenceStore:
    """The folder of evidence files of one data folder; ``read_only`` refuses every new file."""

    def __init__(self, root: Path, *, read_only: bool = False) -> None:
        self.root = root
        self.read_only = read_only

    def path_for(self, sha256: str, suffix: str = "") -> Path:
        """Where the file of ``sha256`` is kept; ValueError for a name that is no SHA-256.

        The name comes from the log, which a journal from the share may have
        filled: only 64 hex digits and a plain suffix ever become a path, so
        no name can lead out of the evidence folder.
        """
        if not is_sha256(sha256) or (suffix and not _PLAIN_SUFFIX.fullmatch(suffix)):
            raise ValueError(f"not an evidence file's name: {sha256[:80]!r}{suffix[:20]!r}")
        return self.root / sha256[:2] / f"{sha256}{suffix}"

    def find(self, evidence: Evidence) -> Path | None:
        """The stored file of a record, or None when it has gone missing (or is no SHA-256)."""
        if not is_sha256(evidence.sha256):
            return None
        path = self.path_for(evidence.sha256, suffix_of(evidence.original_name))
        return path if path.is_file() else None

    def add_file(self, source: Path, *, recorded_at: datetime, recorded_by: str) -> Evidence:
        try:
            if source.stat().st_size > MAX_EVIDENCE_BYTES:  # not read into memory at all
                raise _too_large(source.name, source.stat().st_size)
            data = source.read_bytes()
        except FileNotFoundError as error:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Evidence", "The file {path} no longer exists. Choose the file again."
                ),
                path=str(source),
            ) from error
        except OSError as error:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Evidence", "The file {path} cannot be read ({reason}). Choose another file."
                ),
                path=str(source),
                reason=error.strerror or str(error),
            ) from error
        return self.add_bytes(data, source.name, recorded_at=recorded_at, recorded_by=recorded_by)

    def add_bytes(
        self, data: bytes, original_name: str, *, recorded_at: datetime, recorded_by: str
    ) -> Evidence:
        if self.read_only:
            raise not_saved(StorageError("read-only", Trouble.READ_ONLY))
        if not data:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Evidence", "The file {name} is empty. A screenshot must show the post."
                ),
                name=original_name,
            )
        if len(data) > MAX_EVIDENCE_BYTES:
            raise _too_large(original_name, len(data))
        if suffix_of(original_name) == ".pdf" and not data.startswith(b"%PDF-"):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Evidence",
                    "The file {name} is called a PDF but is not one. Attach the screenshot "
                    "itself: a picture (PNG, JPEG and the like) or a PDF.",
                ),
                name=original_name,
            )
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path_for(sha256, suffix_of(original_name))
        if not target.is_file():
            self._write_new(target, data)
        import mimetypes  # here, not at the top: it reads the system's type tables

        media_type = mimetypes.guess_type(original_name)[0] or "application/octet-stream"
        return Evidence(
            sha256=sha256,
            original_name=original_name,
            media_type=media_type,
            size=len(data),
            recorded_at=recorded_at,
            recorded_by=recorded_by,
        )

    def _write_new(self, target: Path, data: bytes) -> None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            # A name already taken holds the same content: it is left as it is.
            write_file_atomically(target, data, new_only=True, mode=PRIVATE)
        except OSError as error:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Evidence",
                    "The evidence file could not be saved in {folder} ({reason}). "
                    "Free some disk space or check the folder's permissions, then try again.",
                ),
                folder=str(target.parent),
                reason=error.strerror or str(error),
            ) from error


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _too_large(name: str, size: int) -> UserError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Evidence",
            "The file {name} is {megabytes} MB; a screenshot of a post is far smaller, and at "
            "most {limit} MB is kept. Attach the screenshot itself.",
        ),
        name=name,
        megabytes=size // (1024 * 1024),
        limit=MAX_EVIDENCE_BYTES // (1024 * 1024),
    )
