"""The journals in the team folder: their file names, and a workstation's journal in segments.

From schema 8 a workstation's journal is a row of segments, each holding the
facts of :data:`SEGMENT_PLACES` places of its chain with their own signed
head, so a change republishes only the newest segment (a few hundred
kilobytes rather than the whole history) and a reader fetches only the
segments that changed. A segment is named after its workstation and the first
place of its chain (``<workstation>.000001001.kontokoll``); a reader needs no
other file to know which places a segment covers.

Under a journal's old name (``<workstation>.kontokoll``) a workstation that
writes segments keeps a marker with no facts (:func:`assistant.store.journal.build_marker`):
a Kontokoll from before segments reads it as a newer Kontokoll's journal and
says so, while a Kontokoll of this version reads such a file as a whole
journal only when the workstation has no segments there (it was written by an
older Kontokoll).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.team.files import is_temporary, signature

JOURNALS_DIR_NAME = "journals"
JOURNAL_SUFFIX = ".kontokoll"
SEGMENT_PLACES = 1000
"""Places of the chain one segment holds: about a year and a half of an officer's work."""
_WHOLE = re.compile(r"([A-Za-z0-9_-]{1,100})" + re.escape(JOURNAL_SUFFIX))
_SEGMENT = re.compile(r"([A-Za-z0-9_-]{1,100})\.(\d{9})" + re.escape(JOURNAL_SUFFIX))


@dataclass(frozen=True)
class JournalFile:
    """A journal (or a segment of one) in the team folder, as listed."""

    path: Path
    signature: str
    """What tells this version of the file from the next (see :mod:`assistant.team.files`)."""
    workstation_id: str
    first_place: int | None
    """The first place of the chain it holds, for a segment; None for a whole journal."""

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def stem(self) -> str:
        """How the file is known in the log: its name without the suffix."""
        return self.path.name.removesuffix(JOURNAL_SUFFIX)


def segment_name(workstation_id: str, first_place: int) -> str:
    """The file name of the segment of a workstation's journal beginning at ``first_place``."""
    return f"{workstation_id}.{first_place:09d}{JOURNAL_SUFFIX}"


def whole_name(workstation_id: str) -> str:
    """The file name of a whole journal, or of the marker that stands there beside segments."""
    return f"{workstation_id}{JOURNAL_SUFFIX}"


def segment_starts(places: int, per_segment: int = SEGMENT_PLACES) -> list[int]:
    """The first places of the segments that hold a chain of ``places`` places.

    A workstation that has recorded nothing yet has one segment all the same,
    empty: it shows its key to the team.
    """
    return list(range(1, max(places, 1) + 1, per_segment))


def list_journals(folder: Path) -> list[JournalFile]:
    """Every journal and segment in the ``journals`` folder, in the order they are read.

    Each workstation's segments come in the order of their places, so each is
    read on from the one before it. A whole journal of a workstation that also
    has segments is the marker beside them, or an older Kontokoll's journal
    they have replaced: it is left out. Only the names a workstation writes
    are journals; nothing else in the folder is opened.
    """
    if not folder.is_dir():
        os.stat(folder.parent)  # the team folder itself must still be there
        return []
    found: list[JournalFile] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if is_temporary(name):
                continue
            if segment := _SEGMENT.fullmatch(name):
                workstation, first = segment[1], int(segment[2])
            elif whole := _WHOLE.fullmatch(name):
                workstation, first = whole[1], None
            else:
                continue  # a workstation's id is a plain name: no other file is a journal
            if first == 0:
                continue  # places begin at 1: no Kontokoll writes this name
            try:
                # On Windows a listing's stat has no file id (st_ino 0), unlike the
                # fstat a merge notes; os.stat gives the same as fstat.
                status = os.stat(entry.path) if os.name == "nt" else entry.stat()
            except FileNotFoundError:
                continue  # replaced or removed since the listing
            found.append(JournalFile(Path(entry.path), signature(status), workstation, first))
    segmented = {file.workstation_id for file in found if file.first_place is not None}
    kept = [f for f in found if f.first_place is not None or f.workstation_id not in segmented]
    return sorted(kept, key=lambda f: (f.workstation_id, f.first_place or 0))
