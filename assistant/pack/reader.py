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
and saying what to do, in the user's language (:mod:`assistant.pack.errors`);
the checks each value shares are :mod:`assistant.pack.fields`.

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
from typing import Any

from assistant.messages import Message
from assistant.pack.errors import (
    ANY_NEEDS_TWO,
    CONTEXT,
    DUPLICATE,
    EVIDENCE_LIST_EMPTY,
    EVIDENCE_NONE_IN_LIST,
    NOT_ALLOWED,
    NOT_UTF8,
    READ_FAILED,
    SYNTAX,
    TOO_DEEP,
    TOO_LARGE,
    WRONG_TYPE,
    PackError,
)
from assistant.pack.fields import FieldReader
from assistant.pack.lines import SourceLines, Where
from assistant.pack.model import (
    Checklist,
    DailyRoutine,
    EvidenceKind,
    GuidelinePack,
    Platform,
    RemovalGround,
    Step,
)

CHECKLIST_IDS = ("before_start", "getting_started", "closing")
DEFAULT_PACK_NAME = "lidingo.toml"
SIZE_LIMIT = 1 << 20
"""Bytes a pack file may have: the shipped one has a few dozen kilobytes."""
CULLING_INTERVAL_MONTHS = (1, 24)

_EVIDENCE_EXAMPLE = '"date" or ["person", "date"]'
_TOML_POSITION = re.compile(r"\s*\((?:at line (\d+), column \d+|at end of document)\)\Z")


def load_pack(path: Path) -> GuidelinePack:
    """Read the guideline pack at ``path``; raises PackError if it cannot be used."""
    path = Path(path)
    return parse_pack(read_pack_bytes(path), path)


def read_pack_bytes(path: Path) -> bytes:
    """The bytes of the pack file at ``path``; raises PackError if it cannot be read."""
    try:
        with Path(path).open("rb") as file:
            data = file.read(SIZE_LIMIT + 1)
    except OSError as error:
        reason = error.strerror or str(error)
        raise PackError(path, Message(CONTEXT, READ_FAILED, {"reason": reason})) from error
    return data  # one byte over the limit is enough for parse_pack to refuse it


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
        raise PackError(path, Message(CONTEXT, NOT_UTF8), line=line) from error
    if len(data) > SIZE_LIMIT:
        too_large = {"limit": SIZE_LIMIT >> 10}
        raise PackError(path, Message(CONTEXT, TOO_LARGE, too_large))
    try:
        document = tomllib.loads(source)
    except RecursionError as error:  # tomllib parses nested tables and lists recursively
        raise PackError(path, Message(CONTEXT, TOO_DEEP)) from error
    except tomllib.TOMLDecodeError as error:
        text = str(error)
        position = _TOML_POSITION.search(text)
        reason = text[: position.start()] if position else text
        line_number = position.group(1) if position else None
        line = int(line_number) if line_number else max(1, len(source.splitlines()))
        problem = Message(CONTEXT, SYNTAX, {"reason": reason})
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


class _PackReader(FieldReader):
    """Turns a parsed TOML document into a GuidelinePack, or fails at the first problem."""

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

    def evidence_kind(self, value: object, where: Where, allowed: tuple[str, ...]) -> str:
        if not isinstance(value, str):
            self.fail(where, "evidence", WRONG_TYPE, example=_EVIDENCE_EXAMPLE)
        if value not in allowed:
            self.fail(where, "evidence", NOT_ALLOWED, value=value, allowed=", ".join(allowed))
        return value

    def evidence(self, table: Mapping[str, Any], where: Where) -> tuple[EvidenceKind, ...]:
        """The fields a step asks for: one kind, a list of kinds, or none at all."""
        kinds = tuple(kind.value for kind in EvidenceKind)
        value = table.get("evidence", "none")
        if not isinstance(value, list):
            single = self.evidence_kind(value, where, ("none", *kinds))
            return () if single == "none" else (EvidenceKind(single),)
        if not value:
            self.fail(where, "evidence", EVIDENCE_LIST_EMPTY)
        chosen: list[EvidenceKind] = []
        for item in value:
            if item == "none":
                self.fail(where, "evidence", EVIDENCE_NONE_IN_LIST)
            kind = EvidenceKind(self.evidence_kind(item, where, kinds))
            if kind in chosen:
                self.fail(where, "evidence", DUPLICATE, value=item)
            chosen.append(kind)
        return tuple(chosen)

    def any_evidence(self, table: Mapping[str, Any], where: Where, count: int) -> bool:
        """Whether one field of several is enough: evidence_rule = "any" rather than "all"."""
        rule = self.value(table, where, "evidence_rule", str, '"all"', default="all")
        if rule not in ("all", "any"):
            self.fail(where, "evidence_rule", NOT_ALLOWED, value=rule, allowed="all, any")
        if rule == "any" and count < 2:
            self.fail(where, "evidence_rule", ANY_NEEDS_TWO)
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
