"""Everything one data folder holds, opened together for the command line and the UI."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from assistant.pack.errors import PackError
from assistant.pack.installed import load_current_pack
from assistant.pack.model import GuidelinePack
from assistant.paths import EVIDENCE_DIR_NAME, HOLIDAY_CACHE_NAME, ensure_writable
from assistant.settings import Settings, load_settings
from assistant.store.connection import DamagedDatabaseError, StorageError, not_read
from assistant.store.database import Store
from assistant.store.evidence import EvidenceStore
from assistant.store.read_only import copy_for_reading, discard, open_copy, reopened
from assistant.store.salvage import ReadableCopy
from assistant.workdays import SwedishHolidays, WorkingCalendar
from assistant.workspace.log import LogCache


@dataclass
class Workspace:
    """An open data folder: its database, evidence, settings, guideline pack and calendar.

    ``read_only`` is set when the log is open read-only: a copy of what could
    be read of a damaged database (:func:`open_read_only_workspace`), in which
    every write is refused. ``pack_problem`` is set when the data folder's
    installed pack could not be used at start-up, so the shipped pack is in
    force instead; the UI says so.
    Screens and commands read it through :mod:`assistant.workspace.reading`
    and write through :mod:`assistant.workspace.recording`; ``log`` keeps what
    they read while the database is unchanged.
    """

    data_dir: Path
    store: Store
    evidence: EvidenceStore
    settings: Settings
    pack: GuidelinePack
    calendar: WorkingCalendar
    pack_problem: PackError | None = None
    log: LogCache = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.log = LogCache(self.store)

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings from now on (a new calendar if the days off changed)."""
        self.settings = settings
        if settings.de_facto_days_off != self.calendar.de_facto_days_off:
            self.calendar = WorkingCalendar(settings.de_facto_days_off, self.calendar.holidays)

    def use_pack(self, pack: GuidelinePack) -> None:
        """Follow ``pack`` from now on, such as one just installed or the shipped one."""
        self.pack = pack
        self.pack_problem = None

    @property
    def read_only(self) -> ReadableCopy | None:
        """What could be read of the database, when the log is open read-only; else None."""
        return self.store.read_only

    @property
    def change_count(self) -> int:
        """How many changes this workstation's own connection has made: grows with each write."""
        return self.store.change_count

    @contextmanager
    def elsewhere(self) -> Iterator[Workspace]:
        """The same data folder on a connection of its own, for work on another thread.

        SQLite connections stay in the thread that opened them; the settings,
        pack and calendar are shared (the calendar only read). A failure of the
        database meanwhile comes out as a :class:`UserError` saying so.
        """
        store = reopened(self.store)
        try:
            yield dataclasses.replace(self, store=store)
        except StorageError as error:
            raise not_read(error) from error
        finally:
            store.close()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_workspace(data_dir: Path) -> Workspace:
    """Open the data folder, creating it on first use; raises UserError when it cannot."""
    ensure_writable(data_dir)
    settings = load_settings(data_dir)
    pack, pack_problem = load_current_pack(data_dir)
    return Workspace(
        data_dir=data_dir,
        store=Store.open(data_dir),
        evidence=EvidenceStore(data_dir / EVIDENCE_DIR_NAME),
        settings=settings,
        pack=pack,
        calendar=WorkingCalendar(
            settings.de_facto_days_off, SwedishHolidays(data_dir / HOLIDAY_CACHE_NAME)
        ),
        pack_problem=pack_problem,
    )


def open_read_only_workspace(data_dir: Path, copy: ReadableCopy | None = None) -> Workspace:
    """The data folder opened read-only, to look at a damaged log and export it.

    Nothing is written in the data folder: the database is read into a copy
    of its own (``copy``, made by :func:`read_only_copy_of` beforehand, or
    here), the evidence folder refuses new files, and the holidays are worked
    out without their cache. Raises UserError when there is nothing to read.
    """
    settings = load_settings(data_dir)
    pack, pack_problem = load_current_pack(data_dir)
    return Workspace(
        data_dir=data_dir,
        store=open_copy(copy or copy_for_reading(data_dir)),
        evidence=EvidenceStore(data_dir / EVIDENCE_DIR_NAME, read_only=True),
        settings=settings,
        pack=pack,
        calendar=WorkingCalendar(settings.de_facto_days_off, SwedishHolidays()),
        pack_problem=pack_problem,
    )


def read_only_copy_of(data_dir: Path) -> ReadableCopy:
    """Copy what can be read of the data folder's database, for :func:`open_read_only_workspace`:
    the slow part, which may run on another thread. Raises UserError when there is nothing
    to read."""
    return copy_for_reading(data_dir)


def discard_copy(copy: ReadableCopy) -> None:
    """Remove a copy made by :func:`read_only_copy_of` that will not be opened after all."""
    discard(copy)


__all__ = [
    "DamagedDatabaseError",
    "ReadableCopy",
    "Workspace",
    "discard_copy",
    "open_read_only_workspace",
    "open_workspace",
    "read_only_copy_of",
]
