"""Writing the files Kontokoll exports: whole or not at all, with cells kept as text.

The duty calendar and the manager's review are saved where the user says,
often on a share, and opened in Excel. :func:`write_atomically` writes them
with :func:`assistant.files.write_file_atomically`, so a full disk or a lost
connection never leaves half a file in place of an earlier one, and says
what went wrong in the user's words.
:func:`inert` keeps a spreadsheet from running a cell as a formula.
"""

from __future__ import annotations

from pathlib import Path

from assistant.files import SHARED, write_file_atomically
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: str) -> str:
    """A cell Excel shows as text rather than running as a formula."""
    return f"'{cell}" if cell.startswith(_FORMULA_STARTS) else cell


def _cannot_write(template: str, **values: object) -> UserError:
    return UserError(Message("Export", template, values))


def write_atomically(path: Path, data: bytes, *, example_suffix: str = "") -> None:
    """Write the whole file or nothing: a temporary file beside it, then renamed over it.

    Raises :class:`UserError` naming the file and what to do when it cannot
    be written; ``example_suffix`` completes the example name suggested when
    ``path`` is a folder. Any earlier file at ``path`` is then unchanged.
    """
    try:
        _write_whole(path, data, example_suffix)
    except OSError as error:
        # A path the system refuses outright (too long, a device): said like any other.
        raise _cannot_write(
            QT_TRANSLATE_NOOP(
                "Export",
                "{path} could not be written ({reason}). Check that you may write to the "
                "folder, that the disk is not full and that the file is not open in another "
                "program, then try again. Any earlier file there is unchanged.",
            ),
            path=str(path),
            reason=error.strerror or str(error),
        ) from error


def _write_whole(path: Path, data: bytes, example_suffix: str) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise _cannot_write(
            QT_TRANSLATE_NOOP(
                "Export",
                "The folder {folder} does not exist, so {path} could not be written. "
                "Create the folder or choose another place for the file.",
            ),
            folder=str(folder),
            path=str(path),
        )
    if path.is_dir():
        raise _cannot_write(
            QT_TRANSLATE_NOOP(
                "Export", "{path} is a folder. Add a file name to it, such as kontokoll{suffix}."
            ),
            path=str(path),
            suffix=path.suffix or example_suffix,
        )
    # The replaced file's permissions are kept: it may be shared that way on purpose.
    write_file_atomically(path, data, keep_mode=True, mode=SHARED)
