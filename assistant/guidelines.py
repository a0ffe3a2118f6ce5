"""Guideline packs: the rules an account officer follows, read from a TOML file.

A pack holds everything that differs between municipalities: the daily check,
the grounds for removing a post, the platforms, the three checklists of an
account's life (before you start, getting started, closing), how often content
is culled and in which months the information unit documents the accounts.
The shipped pack follows Lidingö stad's rules; another municipality loads its
own pack without a code change.

:func:`load_pack` reads and checks a pack. Whatever is wrong raises a
:class:`PackError` naming the file, the line where it can be found, the
section and the field, and saying what to do, in the user's language.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any, NoReturn, TypeVar

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.pack_lines import SourceLines, Where, section_name

CONTEXT = "GuidelinePack"
CHECKLIST_IDS = ("before_start", "getting_started", "closing")
DEFAULT_PACK_NAME = "lidingo.toml"
CULLING_INTERVAL_MONTHS = (1, 24)
MONTHS = (1, 12)


class EvidenceKind(StrEnum):
    """What an officer attaches to show a step was done."""

    NONE = "none"
    TEXT = "text"
    DATE = "date"
    URL = "url"
    PERSON = "person"
    FILE = "file"


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
    """One thing to do or look at, and the kind of evidence it asks for."""

    id: str
    title: Text
    guidance: Text
    evidence: EvidenceKind
    required: bool


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


# Where the problem is: the first line of every PackError.
_AT_FILE = QT_TRANSLATE_NOOP("GuidelinePack", "The guideline pack {file} cannot be used.")
_AT_LINE = QT_TRANSLATE_NOOP(
    "GuidelinePack", "The guideline pack {file} cannot be used. The problem is at line {line}."
)
_AT_SECTION = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The guideline pack {file} cannot be used. The problem is in the section {section}.",
)
_AT_SECTION_LINE = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The guideline pack {file} cannot be used. "
    "The problem is at line {line}, in the section {section}.",
)
_AT_FIELD = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The guideline pack {file} cannot be used. "
    "The problem is in the section {section}, field {field}.",
)
_AT_FIELD_LINE = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The guideline pack {file} cannot be used. "
    "The problem is at line {line}, in the section {section}, field {field}.",
)

# What the problem is, and what to do: the second line.
_READ_FAILED = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The file cannot be read ({reason}). Check that the file exists and that you may "
    "open it, then load it again.",
)
_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The file is not plain UTF-8 text. Open it in a text editor and save it with the "
    "encoding UTF-8.",
)
_SYNTAX = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The text does not follow the TOML format ({reason}). Correct it, comparing with "
    "the pack that comes with Kontokoll.",
)
_MISSING = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "It is missing or empty. Add it as in the pack that comes with Kontokoll.",
)
_WRONG_TYPE = QT_TRANSLATE_NOOP(
    "GuidelinePack", "The value is of the wrong kind. Write it like this: {example}"
)
_MISSING_TEXT = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The text in the language “{language}” is missing or empty. Every text needs both "
    "sv (Swedish) and en (English).",
)
_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "GuidelinePack", "“{value}” is not allowed here. Use one of: {allowed}."
)
_BAD_ID = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "“{value}” cannot be used as an id. Use lowercase letters a–z, digits and "
    "underscores, beginning with a letter, for example work_email.",
)
_DUPLICATE = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "“{value}” occurs more than once here. Each must be unique, so change or remove the repeat.",
)
_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "GuidelinePack", "{value} is out of range. Use a whole number from {low} to {high}."
)

_TEXT_EXAMPLE = '{ sv = "…", en = "…" }'
_ID = re.compile(r"[a-z][a-z0-9_]*\Z")
_TOML_POSITION = re.compile(r"\s*\((?:at line (\d+), column \d+|at end of document)\)\Z")


_T = TypeVar("_T")


class PackError(UserError):
    """A guideline pack that cannot be used: where the problem is and what it is."""

    def __init__(
        self,
        file: Path,
        problem: Message,
        *,
        line: int | None = None,
        section: str = "",
        field: str = "",
    ) -> None:
        self.file = file
        self.line = line
        self.section = section
        self.field = field
        self.problem = problem
        super().__init__(_where_message(file, line, section, field), problem)

    def __str__(self) -> str:
        return self.render()


def _where_message(file: Path, line: int | None, section: str, field: str) -> Message:
    if not section:
        template = _AT_FILE if line is None else _AT_LINE
    elif not field:
        template = _AT_SECTION if line is None else _AT_SECTION_LINE
    else:
        template = _AT_FIELD if line is None else _AT_FIELD_LINE
    values = {"file": str(file), "line": line, "section": section, "field": field}
    return Message(CONTEXT, template, values)


def load_pack(path: Path) -> GuidelinePack:
    """Read the guideline pack at ``path``; raises PackError if it cannot be used."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise PackError(path, Message(CONTEXT, _READ_FAILED, {"reason": reason})) from error
    try:
        # utf-8-sig: Windows editors often save a byte order mark, which TOML forbids.
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise PackError(path, Message(CONTEXT, _NOT_UTF8), line=line) from error
    try:
        document = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        text = str(error)
        position = _TOML_POSITION.search(text)
        reason = text[: position.start()] if position else text
        line_number = position.group(1) if position else None
        line = int(line_number) if line_number else max(1, len(source.splitlines()))
        problem = Message(CONTEXT, _SYNTAX, {"reason": reason})
        raise PackError(path, problem, line=line) from error
    return _PackReader(path, SourceLines(source)).pack(document)


def default_pack_path() -> Path:
    """The shipped pack, Lidingö stad's rules."""
    # Wheels install unzipped, so the resource is a real file with a real path.
    return Path(str(files("resources") / "packs" / DEFAULT_PACK_NAME))


@functools.cache
def default_pack() -> GuidelinePack:
    """The shipped pack, read once."""
    return load_pack(default_pack_path())


class _PackReader:
    """Turns a parsed TOML document into a GuidelinePack, or fails at the first problem."""

    def __init__(self, file: Path, lines: SourceLines) -> None:
        self.file = file
        self.lines = lines

    def fail(self, where: Where, key: str, template: str, **values: object) -> NoReturn:
        # A top-level key is a section of its own; below it, a key is a field of its table.
        section, field_name = (section_name(where), key) if where else (key, "")
        line = self.lines.line(where, key)
        problem = Message(CONTEXT, template, values)
        raise PackError(self.file, problem, line=line, section=section, field=field_name)

    def known(self, table: Mapping[str, Any], where: Where, allowed: tuple[str, ...]) -> None:
        for key in table:
            if key not in allowed:
                self.fail(where, key, _NOT_ALLOWED, value=key, allowed=", ".join(allowed))

    def value(
        self,
        table: Mapping[str, Any],
        where: Where,
        key: str,
        kind: type[_T],
        example: str,
        default: _T | None = None,
    ) -> _T:
        value = table.get(key, default)
        if value is None or value == "" or value == []:
            self.fail(where, key, _MISSING)
        # TOML's true and false are ints to Python; a count must not accept them.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(where, key, _WRONG_TYPE, example=example)
        return value

    def table(
        self, parent: Mapping[str, Any], where: Where, key: str, allowed: tuple[str, ...]
    ) -> dict[str, Any]:
        """A table written under its own ``[key]`` header."""
        table = self.value(parent, where, key, dict, f"[{section_name((*where, key))}]")
        self.known(table, (*where, key), allowed)
        return table

    def tables(
        self, parent: Mapping[str, Any], where: Where, key: str, allowed: tuple[str, ...]
    ) -> list[tuple[Where, dict[str, Any]]]:
        """A list of tables, each written under its own ``[[key]]`` header."""
        header = f"[[{section_name((*where, key))}]]"
        items = self.value(parent, where, key, list, header)
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                self.fail(where, key, _WRONG_TYPE, example=header)
            self.known(item, (*where, key, index), allowed)
        return [((*where, key, index), item) for index, item in enumerate(items)]

    def text(self, table: Mapping[str, Any], where: Where, key: str) -> Text:
        texts = self.value(table, where, key, dict, _TEXT_EXAMPLE)
        for language in texts:
            if language not in ("sv", "en"):
                self.fail(where, key, _NOT_ALLOWED, value=language, allowed="sv, en")
        for language in ("sv", "en"):
            text = texts.get(language)
            if text is not None and not isinstance(text, str):
                self.fail(where, key, _WRONG_TYPE, example=_TEXT_EXAMPLE)
            if not text or not text.strip():
                self.fail(where, key, _MISSING_TEXT, language=language)
        return Text(sv=texts["sv"].strip(), en=texts["en"].strip())

    def identifier(self, table: Mapping[str, Any], where: Where, seen: set[str]) -> str:
        value = self.value(table, where, "id", str, '"word_or_words"')
        if not _ID.match(value):
            self.fail(where, "id", _BAD_ID, value=value)
        if value in seen:
            self.fail(where, "id", _DUPLICATE, value=value)
        seen.add(value)
        return value

    def whole_number(
        self, table: Mapping[str, Any], where: Where, key: str, bounds: tuple[int, int]
    ) -> int:
        low, high = bounds
        number = self.value(table, where, key, int, str(low))
        if not low <= number <= high:
            self.fail(where, key, _OUT_OF_RANGE, value=number, low=low, high=high)
        return number

    def months(self, table: Mapping[str, Any], where: Where, key: str) -> tuple[int, ...]:
        example = "[3, 10]"
        months = self.value(table, where, key, list, example)
        low, high = MONTHS
        for month in months:
            if not isinstance(month, int) or isinstance(month, bool):
                self.fail(where, key, _WRONG_TYPE, example=example)
            if not low <= month <= high:
                self.fail(where, key, _OUT_OF_RANGE, value=month, low=low, high=high)
            if months.count(month) > 1:
                self.fail(where, key, _DUPLICATE, value=month)
        return tuple(sorted(months))

    def pack(self, document: Mapping[str, Any]) -> GuidelinePack:
        top = ("pack", "daily_check", "removal_grounds", "platforms", "checklists")
        self.known(document, (), top)
        where: Where = ("pack",)
        numbers = ("culling_interval_months", "documentation_months")
        pack = self.table(document, (), "pack", ("id", "version", "name", *numbers))
        return GuidelinePack(
            id=self.identifier(pack, where, set()),
            version=self.value(pack, where, "version", str, '"1.0"'),
            name=self.text(pack, where, "name"),
            source=self.file,
            culling_interval_months=self.whole_number(
                pack, where, "culling_interval_months", CULLING_INTERVAL_MONTHS
            ),
            documentation_months=self.months(pack, where, "documentation_months"),
            daily_check=self.daily_check(document),
            removal_grounds=self.removal_grounds(document),
            platforms=self.platforms(document),
            checklists=self.checklists(document),
        )

    def daily_check(self, document: Mapping[str, Any]) -> DailyRoutine:
        where: Where = ("daily_check",)
        table = self.table(document, (), "daily_check", ("title", "guidance", "steps"))
        return DailyRoutine(
            title=self.text(table, where, "title"),
            guidance=self.text(table, where, "guidance"),
            steps=self.steps(table, where),
        )

    def flag(self, table: Mapping[str, Any], where: Where, key: str, default: bool) -> bool:
        return self.value(table, where, key, bool, "true", default=default)

    def evidence(self, table: Mapping[str, Any], where: Where) -> EvidenceKind:
        kinds = [kind.value for kind in EvidenceKind]
        evidence = self.value(table, where, "evidence", str, '"text"', default="none")
        if evidence not in kinds:
            self.fail(where, "evidence", _NOT_ALLOWED, value=evidence, allowed=", ".join(kinds))
        return EvidenceKind(evidence)

    def steps(self, parent: Mapping[str, Any], where: Where) -> tuple[Step, ...]:
        seen: set[str] = set()
        fields = ("id", "title", "guidance", "evidence", "required")
        return tuple(
            Step(
                id=self.identifier(table, step_where, seen),
                title=self.text(table, step_where, "title"),
                guidance=self.text(table, step_where, "guidance"),
                evidence=self.evidence(table, step_where),
                required=self.flag(table, step_where, "required", default=True),
            )
            for step_where, table in self.tables(parent, where, "steps", fields)
        )

    def removal_grounds(self, document: Mapping[str, Any]) -> tuple[RemovalGround, ...]:
        seen: set[str] = set()
        fields = ("id", "title", "guidance", "needs_diary_number")
        return tuple(
            RemovalGround(
                id=self.identifier(table, where, seen),
                title=self.text(table, where, "title"),
                guidance=self.text(table, where, "guidance"),
                needs_diary_number=self.flag(table, where, "needs_diary_number", default=False),
            )
            for where, table in self.tables(document, (), "removal_grounds", fields)
        )

    def platforms(self, document: Mapping[str, Any]) -> tuple[Platform, ...]:
        seen: set[str] = set()
        fields = ("id", "name", "can_remove_others_posts")
        return tuple(
            Platform(
                id=self.identifier(table, where, seen),
                name=self.text(table, where, "name"),
                can_remove_others_posts=self.flag(
                    table, where, "can_remove_others_posts", default=True
                ),
            )
            for where, table in self.tables(document, (), "platforms", fields)
        )

    def checklists(self, document: Mapping[str, Any]) -> Mapping[str, Checklist]:
        checklists = self.table(document, (), "checklists", CHECKLIST_IDS)
        result = {}
        for checklist_id in CHECKLIST_IDS:
            where: Where = ("checklists", checklist_id)
            fields = ("title", "guidance", "in_order", "steps")
            table = self.table(checklists, ("checklists",), checklist_id, fields)
            result[checklist_id] = Checklist(
                id=checklist_id,
                title=self.text(table, where, "title"),
                guidance=self.text(table, where, "guidance"),
                in_order=self.flag(table, where, "in_order", default=False),
                steps=self.steps(table, where),
            )
        return MappingProxyType(result)
