"""A checklist's snapshot, kept with each run, reads back exactly as it was written."""

from __future__ import annotations

import json

import pytest

from assistant.pack.model import Checklist, EvidenceKind, Step, Text
from assistant.pack.reader import CHECKLIST_IDS, default_pack
from assistant.pack.snapshot import checklist_from_json, checklist_to_json


def made_up_checklist() -> Checklist:
    """Every kind of step: a confirmation, an optional one, one of several, all of several."""

    def text(word: str) -> Text:
        return Text(sv=f"{word} på svenska: åäö", en=f"{word} in English")

    steps = (
        Step("confirm", text("Bekräfta"), text("Gör det"), (), required=True),
        Step("optional", text("Valfri"), text("Om du vill"), (EvidenceKind.TEXT,), False),
        Step(
            "either",
            text("Länk eller bild"),
            text("En räcker"),
            (EvidenceKind.URL, EvidenceKind.FILE),
            required=True,
            any_evidence=True,
        ),
        Step(
            "all",
            text("Alla"),
            text("Alla tre"),
            (EvidenceKind.DATE, EvidenceKind.URL, EvidenceKind.PERSON),
            required=True,
        ),
    )
    return Checklist("closing", text("Avsluta"), text("Stäng"), in_order=True, steps=steps)


@pytest.mark.parametrize("checklist_id", CHECKLIST_IDS)
def test_each_shipped_checklist_round_trips(checklist_id: str) -> None:
    checklist = default_pack().checklists[checklist_id]
    snapshot = checklist_to_json(checklist)
    restored = checklist_from_json(snapshot)
    assert restored == checklist
    assert restored.steps == checklist.steps
    assert checklist_to_json(restored) == snapshot


def test_every_kind_of_step_round_trips() -> None:
    checklist = made_up_checklist()
    restored = checklist_from_json(checklist_to_json(checklist))
    assert restored == checklist
    assert [s.needs() for s in restored.steps] == [0, 1, 1, 3]
    assert [s.required for s in restored.steps] == [True, False, True, True]
    assert restored.steps[2].any_evidence is True
    assert restored.steps[3].evidence == (
        EvidenceKind.DATE,
        EvidenceKind.URL,
        EvidenceKind.PERSON,
    )


def test_snapshot_is_readable_json_with_a_format_number() -> None:
    snapshot = checklist_to_json(made_up_checklist())
    document = json.loads(snapshot)
    assert document["format"] == 1
    assert document["id"] == "closing"
    assert document["in_order"] is True
    assert document["steps"][2]["evidence"] == ["url", "file"]
    assert document["steps"][2]["any_evidence"] is True
    assert document["steps"][0]["evidence"] == []
    # Swedish letters are kept as they are, not escaped.
    assert "åäö" in snapshot


def test_the_same_checklist_always_gives_the_same_snapshot() -> None:
    checklist = default_pack().checklists["getting_started"]
    assert checklist_to_json(checklist) == checklist_to_json(checklist)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("not json", id="not-json"),
        pytest.param("[]", id="not-an-object"),
        pytest.param('{"format": 99}', id="unknown-format"),
        pytest.param('{"format": 1, "id": "x"}', id="no-steps"),
    ],
)
def test_something_else_than_a_snapshot_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="snapshot"):
        checklist_from_json(text)


def test_a_snapshot_with_an_unknown_evidence_kind_is_a_value_error() -> None:
    document = json.loads(checklist_to_json(made_up_checklist()))
    document["steps"][1]["evidence"] = ["photo"]
    with pytest.raises(ValueError, match="photo"):
        checklist_from_json(json.dumps(document))


def test_a_snapshot_missing_a_text_is_a_value_error() -> None:
    document = json.loads(checklist_to_json(made_up_checklist()))
    del document["steps"][0]["title"]["en"]
    with pytest.raises(ValueError, match="'en'"):
        checklist_from_json(json.dumps(document))
