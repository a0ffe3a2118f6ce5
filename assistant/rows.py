"""Records to database rows and back, driven by the records' type hints.

Dates and instants are stored as ISO-8601 text, enums by value, tuples and
sets as JSON lists, booleans as integers. Fields named in ``skip`` (such as a
check's removals, which live in their own table) are left out.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import fields
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, get_args, get_origin

from assistant.clock import parse_instant

R = TypeVar("R")

NESTED = frozenset({"removals"})


def to_row(record: object) -> dict[str, Any]:
    """The row for a record (a frozen dataclass)."""
    return {
        f.name: _encode(getattr(record, f.name))
        for f in fields(record)  # type: ignore[arg-type]
        if f.name not in NESTED
    }


def from_row(cls: type[R], row: dict[str, Any], **extra: Any) -> R:
    """The record of type ``cls`` stored in ``row``; ``extra`` fills nested fields."""
    hints = _hints(typing.cast(type, cls))
    values = {name: _decode(hint, row[name]) for name, hint in hints.items() if name in row}
    values.update(extra)
    return cls(**values)


@cache
def _hints(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in fields(cls) if f.name not in NESTED}


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, frozenset):
        return json.dumps(sorted(_encode(v) for v in value))
    if isinstance(value, tuple):
        return json.dumps([_encode(v) for v in value])
    return value


def _decode(hint: Any, value: Any) -> Any:
    origin = get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        hint = next(arg for arg in get_args(hint) if arg is not type(None))
        origin = get_origin(hint)
    if origin in (tuple, frozenset):
        (item,) = get_args(hint)[:1]
        items = [_decode(item, v) for v in json.loads(value)]
        return tuple(items) if origin is tuple else frozenset(items)
    if hint is datetime:
        return parse_instant(value)
    if hint is date:
        return date.fromisoformat(value)
    if hint is bool:
        return bool(value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    return value
