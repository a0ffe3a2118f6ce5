"""Records to database rows and back, driven by the records' type hints.

Dates and instants are stored as ISO-8601 text, enums by value, tuples and
sets as JSON lists, mappings as JSON objects, booleans as integers. Fields
named in ``NESTED`` (such as a check's removals, which live in their own
table, or an account's ``kept_since``, worked out from its versions) are left out.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable
from dataclasses import fields
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, get_args, get_origin

from assistant.clock import parse_instant

R = TypeVar("R")

NESTED = frozenset({"removals", "kept_since"})


def to_row(record: object) -> dict[str, Any]:
    """The row for a record (a frozen dataclass)."""
    return {
        f.name: _encode(getattr(record, f.name))
        for f in fields(record)  # type: ignore[arg-type]
        if f.name not in NESTED
    }


def from_row(cls: type[R], row: dict[str, Any], **extra: Any) -> R:
    """The record of type ``cls`` stored in ``row``; ``extra`` fills nested fields."""
    values = {name: decode(row[name]) for name, decode in _decoders(typing.cast(type, cls))}
    values.update(extra)
    return cls(**values)


@cache
def _decoders(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """Per field, the function that reads its stored value: worked out once per class."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _decoder(hints[f.name])) for f in fields(cls) if f.name not in NESTED)


def _decoder(hint: Any) -> Callable[[Any], Any]:
    origin = get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        inner = _decoder(next(arg for arg in get_args(hint) if arg is not type(None)))
        return lambda value: None if value is None else inner(value)
    if origin is dict:
        return json.loads
    if origin in (tuple, frozenset):
        item = _decoder(get_args(hint)[0])
        collect = tuple if origin is tuple else frozenset
        return lambda value: collect(item(v) for v in json.loads(value))
    if hint is datetime:
        return parse_instant
    if hint is date:
        return date.fromisoformat
    if hint is bool:
        return bool
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint
    return _same


def _same(value: Any) -> Any:
    return value


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
    if isinstance(value, dict):
        return json.dumps({str(k): _encode(v) for k, v in value.items()}, sort_keys=True)
    return value
