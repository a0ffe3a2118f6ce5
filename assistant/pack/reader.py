"""Guideline packs: the rules an account officer follows, read from a TOML file.

A pack holds everything that differs between municipalities: the daily check,
the grounds for removing a post, the platforms, the three checklists of an
account's life (before you start, getting started, closing), how often content
is culled and in which months the information unit documents the accounts.
The shipped pack follows Lidingö stad's rules; another municipality loads its
own pack without a code change.

:func:`load_pack` reads and checks a pack into the dataclasses of
:mod:`assistant.pack.model`. Whatever is wrong raises a :class:`PackError`
naming the file, the line where it can be found, the section and the field,
and saying what to do, in the user's language.

A step's ``evidence`` is one kind (``"date"``), a list of kinds shown in that
order (``["person", "date"]``) or ``"none"`` for a plain confirmation; with
``evidence_rule = "any"`` one field of the list is enough.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any, NoReturn, TypeVar

from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.pack.lines import SourceLines, Where, section_name
from assistant.pack.model import (
    Checklist,
    DailyRoutine,
    EvidenceKind,
    GuidelinePack,
    Platform,
    RemovalGround,
    Step,
    Text,
)

# The dataclasses live in pack_model; they are named here too, where callers look for them.
__all__ = [
    "CHECKLIST_IDS",
    "Checklist",
    "DailyRoutine",
    "EvidenceKind",
    "GuidelinePack",
    "PackError",
    "Platform",
    "RemovalGround",
    "Step",
    "Text",
    "default_pack",
    "default_pack_path",
    "load_pack",
    "parse_pack",
    "read_pack_bytes",
]

CONTEXT = "GuidelinePack"
CHECKLIST_IDS = ("before_start", "getting_started", "closing")
DEFAULT_PACK_NAME = "lidingo.toml"
CULLING_INTERVAL_MONTHS = (1, 24)
MONTHS = (1, 12)


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

_EVIDENCE_LIST_EMPTY = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    "The list of evidence is empty. List the fields the step asks for, such as "
    '["person", "date"], or write evidence = "none" for a step that is only confirmed.',
)
_EVIDENCE_NONE_IN_LIST = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    '“none” cannot stand in a list of evidence. Write evidence = "none" on its own for '
    "a step that is only confirmed, or list only the fields the step asks for.",
)
_ANY_NEEDS_TWO = QT_TRANSLATE_NOOP(
    "GuidelinePack",
    'evidence_rule = "any" means that one of several fields is enough, so the step must '
    'ask for at least two, such as evidence = ["url", "file"]. Add the missing kinds to '
    "evidence, or remove evidence_rule.",
)

_TEXT_EXAMPLE = '{ sv = "…", en = "…" }'
_EVIDENCE_EXAMPLE = '"date" or ["person", "date"]'
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
        self.problem = problem
        super().__init__(_where_message(file, line, section, field), problem, field=field)

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
    return parse_pack(read_pack_bytes(path), path)


def read_pack_bytes(path: Path) -> bytes:
    """The bytes of the pack file at ``path``; raises PackError if it cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise PackError(path, Message(CONTEXT, _READ_FAILED, {"reason": reason})) from error


def parse_pack(data: bytes, path: Path) -> GuidelinePack:
    """Check ``data``, the text of the pack file ``path``; raises PackError naming ``path``.

    Reading once and checking those very bytes lets a caller copy exactly what
    was checked, even if the file changes on disk meanwhile.
    """
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

    def evidence_kind(self, value: object, where: Where, allowed: tuple[str, ...]) -> str:
        if not isinstance(value, str):
            self.fail(where, "evidence", _WRONG_TYPE, example=_EVIDENCE_EXAMPLE)
        if value not in allowed:
            self.fail(where, "evidence", _NOT_ALLOWED, value=value, allowed=", ".join(allowed))
        return value

    def evidence(self, table: Mapping[str, Any], where: Where) -> tuple[EvidenceKind, ...]:
        """The fields a step asks for: one kind, a list of kinds, or none at all."""
        kinds = tuple(kind.value for kind in EvidenceKind)
        value = table.get("evidence", "none")
        if not isinstance(value, list):
            single = self.evidence_kind(value, where, ("none", *kinds))
            return () if single == "none" else (EvidenceKind(single),)
        if not value:
            self.fail(where, "evidence", _EVIDENCE_LIST_EMPTY)
        chosen: list[EvidenceKind] = []
        for item in value:
            if item == "none":
                self.fail(where, "evidence", _EVIDENCE_NONE_IN_LIST)
            kind = EvidenceKind(self.evidence_kind(item, where, kinds))
            if kind in chosen:
                self.fail(where, "evidence", _DUPLICATE, value=item)
            chosen.append(kind)
        return tuple(chosen)

    def any_evidence(self, table: Mapping[str, Any], where: Where, count: int) -> bool:
        """Whether one field of several is enough: evidence_rule = "any" rather than "all"."""
        rule = self.value(table, where, "evidence_rule", str, '"all"', default="all")
        if rule not in ("all", "any"):
            self.fail(where, "evidence_rule", _NOT_ALLOWED, value=rule, allowed="all, any")
        if rule == "any" and count < 2:
            self.fail(where, "evidence_rule", _ANY_NEEDS_TWO)
        return rule == "any"

    def step(self, table: Mapping[str, Any], where: Where, seen: set[str]) -> Step:
        step_id = self.identifier(table, where, seen)
        title = self.text(table, where, "title")
        guidance = self.text(table, where, "guidance")
        evidence = self.evidence(table, where)
        return Step(
            id=step_id,
            title=title,
            guidance=guidance,
            evidence=evidence,
            any_evidence=self.any_evidence(table, where, len(evidence)),
            required=self.flag(table, where, "required", default=True),
        )

    def steps(self, parent: Mapping[str, Any], where: Where) -> tuple[Step, ...]:
        seen: set[str] = set()
        fields = ("id", "title", "guidance", "evidence", "evidence_rule", "required")
        return tuple(
            self.step(table, step_where, seen)
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
