"""This workstation's signing key, and the checking of other workstations' signatures.

Each workstation signs the head of its chain of facts (:mod:`assistant.store.chain`)
with its own Ed25519 key, through the maintained ``cryptography`` package: a
colleague's Kontokoll then knows a journal in the team folder is that
workstation's, and a printed report can name the log it was made from. The
key is made the first time it is needed and kept only in the data folder
(``workstation.key``, readable by the user alone); its public half travels
with every published journal and is pinned by each reader when first seen.

``cryptography`` is imported only here, and only when a key is used: it costs
more than painting the main window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.files import PRIVATE, write_file_atomically
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.paths import KEY_NAME

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


@dataclass(frozen=True)
class WorkstationKey:
    """This workstation's private key, and its public half as 64 hex digits."""

    private: Ed25519PrivateKey
    public_hex: str

    def sign(self, data: bytes) -> str:
        """The signature of ``data``, as 128 hex digits."""
        return self.private.sign(data).hex()


def workstation_key(data_dir: Path) -> WorkstationKey:
    """The data folder's signing key, made (and kept, 0600) the first time it is asked for.

    Raises :class:`UserError` when the key cannot be made or read: a key file
    that is damaged is named, never replaced (a new key would make every
    colleague's Kontokoll refuse this workstation's journal as an impostor's).
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = data_dir / KEY_NAME
    try:
        if not path.exists():
            made = Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            # Two Kontokolls starting at once: the first key written is the one kept.
            write_file_atomically(path, made, new_only=True, mode=PRIVATE)
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as error:
        raise _key_error(path, error.strerror or str(error)) from error
    except (ValueError, TypeError) as error:
        raise _key_error(path, str(error)) from error
    if not isinstance(loaded, Ed25519PrivateKey):
        raise _key_error(path, "not an Ed25519 key")
    public = loaded.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return WorkstationKey(loaded, public.hex())


def signature_holds(public_hex: str, data: bytes, signature_hex: str) -> bool:
    """Whether ``signature_hex`` is the signature of ``data`` by the key ``public_hex``.

    Anything that is not a key or a signature (wrong length, not hex) does not hold.
    """
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        key.verify(bytes.fromhex(signature_hex), data)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _key_error(path: Path, reason: str) -> UserError:
    return UserError(
        Message(
            "Storage",
            QT_TRANSLATE_NOOP(
                "Storage",
                "This workstation's signing key {path} cannot be used ({reason}). Restore the "
                "file from a backup of the data folder, or ask IT for help; do not delete it, "
                "or colleagues' Kontokoll will refuse this workstation's journal.",
            ),
            {"path": str(path), "reason": reason},
        )
    )
