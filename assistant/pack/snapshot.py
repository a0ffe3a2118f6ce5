"""A checklist as JSON, stored with each run so old runs keep the texts they followed.

A pack changes over time (a new version, another municipality's pack), but a
run of a checklist must still show the steps and texts the officer saw. The
run therefore keeps its checklist as a snapshot: :func:`checklist_to_json`
writes it and :func:`checklist_from_json` reads it back, a lossless round trip.

The JSON carries a ``format`` number so a later change of shape can still read
the snapshots stored before it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from assistant.pack.model import Checklist, EvidenceKind, Step, Text

SNAPSHOT_FORMAT = 1

_T = TypeVar("_T")


def checklist_to_json(checklist: Checklist) -> str:
    """The checklist as JSON text; the same checklist always gives the same text."""
    document = {
        "format": SNAPSHOT_FORMAT,
        "id": checklist.id,
        "title": _text_to_dict(checklist.title),
        "guidance": _text_to_dict(checklist.guidance),
        "in_order": checklist.in_order,
        "steps": [_step_to_dict(step) for step in checklist.steps],
    }
    # Swedish letters stay readable for anyone looking into the database.
    return json.dumps(document, ensure_ascii=False)


def checklist_from_json(text: str) -> Checklist:
    """The checklist a snapshot holds; ValueError if the text is not such a snapshot."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"a checklist snapshot is not JSON: {error}") from error
    table = _table(document, "snapshot")
    if table.get("format") != SNAPSHOT_FORMAT:
        raise ValueError(f"unknown checklist snapshot format: {table.get('format')!r}")
    steps = table.get("steps")
    if not isinstance(steps, list):
        raise ValueError("a checklist snapshot has no list of steps")
    return Checklist(
        id=_field(table, "id", str),
        title=_text(table, "title"),
        guidance=_text(table, "guidance"),
        in_order=_field(table, "in_order", bool),
        steps=tuple(_step(_table(step, "step")) for step in steps),
    )


def _text_to_dict(text: Text) -> dict[str, str]:
    return {"sv": text.sv, "en": text.en}


def _step_to_dict(step: Step) -> dict[str, Any]:
    return {
        "id": step.id,
        "title": _text_to_dict(step.title),
        "guidance": _text_to_dict(step.guidance),
        "evidence": [kind.value for kind in step.evidence],
        "any_evidence": step.any_evidence,
        "required": step.required,
    }


def _table(value: object, what: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"a checklist snapshot's {what} is not a JSON object")
    return value


def _field(table: Mapping[str, Any], key: str, kind: type[_T]) -> _T:
    value = table.get(key)
    if not isinstance(value, kind):
        raise ValueError(f"a checklist snapshot's {key!r} is not a {kind.__name__}")
    return value


def _text(table: Mapping[str, Any], key: str) -> Text:
    texts = _table(table.get(key), key)
    return Text(sv=_field(texts, "sv", str), en=_field(texts, "en", str))


def _step(table: Mapping[str, Any]) -> Step:
    evidence = table.get("evidence")
    if not isinstance(evidence, list):
        raise ValueError("a checklist snapshot's step has no list of evidence")
    return Step(
        id=_field(table, "id", str),
        title=_text(table, "title"),
        guidance=_text(table, "guidance"),
        # EvidenceKind() raises ValueError for a kind this version does not know.
        evidence=tuple(EvidenceKind(kind) for kind in evidence),
        any_evidence=_field(table, "any_evidence", bool),
        required=_field(table, "required", bool),
    )
