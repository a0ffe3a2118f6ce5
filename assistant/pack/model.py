"""What a guideline pack holds, as frozen dataclasses: texts, steps, checklists, the pack.

:mod:`assistant.pack.reader` reads a pack's TOML file into these; the rest of
the core and the UI only ever see these classes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class EvidenceKind(StrEnum):
    """One field an officer fills in to show a step was done."""

    TEXT = "text"
    DATE = "date"
    URL = "url"
    PERSON = "person"
    FILE = "file"
    """A file, or a capture of the screen."""


@dataclass(frozen=True)
class Text:
    """A text in Swedish, the first language, and English."""

    sv: str
    en: str

    def in_language(self, language: str) -> str:
        """The text for ``language`` ("sv", "en", or a locale such as "en_GB"); else Swedish."""
        base = language.replace("-", "_").split("_")[0].lower()
        return self.en if base == "en" else self.sv


@dataclass(frozen=True)
class Step:
    """One thing to do or look at, and the fields that show it was done.

    ``evidence`` lists the fields the step asks for, in the order they are
    shown; an empty tuple means a plain confirmation ("done"). With
    ``any_evidence`` one filled-in field is enough (a link *or* a screenshot);
    otherwise every field is needed.
    """

    id: str
    title: Text
    guidance: Text
    evidence: tuple[EvidenceKind, ...]
    required: bool
    any_evidence: bool = False

    def needs(self) -> int:
        """How many of the step's fields must be filled in: 0 for a plain confirmation."""
        if not self.evidence:
            return 0
        return 1 if self.any_evidence else len(self.evidence)


@dataclass(frozen=True)
class Checklist:
    """The steps of one stage of an account's life, such as getting started."""

    id: str
    title: Text
    guidance: Text
    in_order: bool
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class RemovalGround:
    """A reason to remove a post, and what to do when it applies."""

    id: str
    title: Text
    guidance: Text
    needs_diary_number: bool


@dataclass(frozen=True)
class Platform:
    """A social medium an account can live on."""

    id: str
    name: Text
    can_remove_others_posts: bool


@dataclass(frozen=True)
class DailyRoutine:
    """The check made every working day: the things looked at, in order."""

    title: Text
    guidance: Text
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class GuidelinePack:
    """A municipality's rules for its social media accounts."""

    id: str
    version: str
    name: Text
    source: Path
    culling_interval_months: int
    documentation_months: tuple[int, ...]
    daily_check: DailyRoutine
    removal_grounds: tuple[RemovalGround, ...]
    platforms: tuple[Platform, ...]
    checklists: Mapping[str, Checklist] = dataclasses.field(hash=False)

    def removal_ground(self, ground_id: str) -> RemovalGround:
        """The removal ground with this id; KeyError if the pack has none."""
        return {ground.id: ground for ground in self.removal_grounds}[ground_id]

    def platform(self, platform_id: str) -> Platform:
        """The platform with this id; KeyError if the pack has none."""
        return {platform.id: platform for platform in self.platforms}[platform_id]

    def platform_name(self, platform_id: str, language: str) -> str:
        """The platform's name in a language; the id itself if the pack does not know it."""
        try:
            return self.platform(platform_id).name.in_language(language)
        except KeyError:
            return platform_id
