"""Reading a guideline pack's values one at a time, and failing at the first wrong one.

:class:`FieldReader` holds the checks every section of a pack shares: only
known keys, a value of the right kind, a text in both Swedish and English,
an id that is a plain word and unique, a whole number within bounds, a list
of months, a flag. Each failure is a :class:`~assistant.pack.errors.PackError`
naming the line, section and field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from assistant.messages import Message
from assistant.pack.errors import (
    BAD_ID,
    CONTEXT,
    DUPLICATE,
    MISSING,
    MISSING_TEXT,
    NOT_ALLOWED,
    OUT_OF_RANGE,
    WRONG_TYPE,
    PackError,
)
from assistant.pack.lines import SourceLines, Where, section_name
from assistant.pack.model import Text

MONTHS = (1, 12)
_TEXT_EXAMPLE = '{ sv = "…", en = "…" }'
_ID = re.compile(r"[a-z][a-z0-9_]*\Z")

_T = TypeVar("_T")


class FieldReader:
    """Reads the values of one pack file, raising a PackError at the first problem."""

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
                self.fail(where, key, NOT_ALLOWED, value=key, allowed=", ".join(allowed))

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
            self.fail(where, key, MISSING)
        # TOML's true and false are ints to Python; a count must not accept them.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(where, key, WRONG_TYPE, example=example)
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
                self.fail(where, key, WRONG_TYPE, example=header)
            self.known(item, (*where, key, index), allowed)
        return [((*where, key, index), item) for index, item in enumerate(items)]

    def text(self, table: Mapping[str, Any], where: Where, key: str) -> Text:
        texts = self.value(table, where, key, dict, _TEXT_EXAMPLE)
        for language in texts:
            if language not in ("sv", "en"):
                self.fail(where, key, NOT_ALLOWED, value=language, allowed="sv, en")
        for language in ("sv", "en"):
            text = texts.get(language)
            if text is not None and not isinstance(text, str):
                self.fail(where, key, WRONG_TYPE, example=_TEXT_EXAMPLE)
            if not text or not text.strip():
                self.fail(where, key, MISSING_TEXT, language=language)
        return Text(sv=texts["sv"].strip(), en=texts["en"].strip())

    def identifier(self, table: Mapping[str, Any], where: Where, seen: set[str]) -> str:
        value = self.value(table, where, "id", str, '"word_or_words"')
        if not _ID.match(value):
            self.fail(where, "id", BAD_ID, value=value)
        if value in seen:
            self.fail(where, "id", DUPLICATE, value=value)
        seen.add(value)
        return value

    def whole_number(
        self, table: Mapping[str, Any], where: Where, key: str, bounds: tuple[int, int]
    ) -> int:
        low, high = bounds
        number = self.value(table, where, key, int, str(low))
        if not low <= number <= high:
            self.fail(where, key, OUT_OF_RANGE, value=number, low=low, high=high)
        return number

    def months(self, table: Mapping[str, Any], where: Where, key: str) -> tuple[int, ...]:
        example = "[3, 10]"
        months = self.value(table, where, key, list, example)
        low, high = MONTHS
        for month in months:
            if not isinstance(month, int) or isinstance(month, bool):
                self.fail(where, key, WRONG_TYPE, example=example)
            if not low <= month <= high:
                self.fail(where, key, OUT_OF_RANGE, value=month, low=low, high=high)
            if months.count(month) > 1:
                self.fail(where, key, DUPLICATE, value=month)
        return tuple(sorted(months))

    def flag(self, table: Mapping[str, Any], where: Where, key: str, default: bool) -> bool:
        return self.value(table, where, key, bool, "true", default=default)
