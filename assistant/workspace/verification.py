"""``kontokoll verify`` and the app's check at start: is the log what was recorded?

:func:`verify_log` holds the whole local log to its proof: SQLite's own
integrity check, every workstation's chain of facts, every signed head, and
every evidence file's SHA-256. It changes nothing. :class:`Verified` says
what was checked and names each broken record, in messages a person can
act on (:func:`problem_message`).

What it proves, and what not, is said in the README: a person holding this
workstation's key and its database can rewrite its history until it is
published; a head read by colleagues, or printed in a report, pins it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.messages import QT_TRANSLATE_NOOP, Message
from assistant.paths import KEY_NAME
from assistant.signing import workstation_key
from assistant.store.chain import Broken
from assistant.store.evidence import is_sha256, sha256_of, suffix_of
from assistant.store.log_check import HeadProblem, LogCheck, check_log
from assistant.workspace.data_folder import Workspace

_BROKEN = {
    Broken.CHANGED: QT_TRANSLATE_NOOP("Verify", "{record} {id} was changed after it was recorded."),
    Broken.REMOVED: QT_TRANSLATE_NOOP("Verify", "{record} {id} was removed from the log."),
    Broken.NOT_CHAINED: QT_TRANSLATE_NOOP(
        "Verify",
        "{record} {id} was put into the log outside Kontokoll: it has no place in a chain.",
    ),
    Broken.GAP: QT_TRANSLATE_NOOP(
        "Verify", "{record} {id} follows a gap in its chain: the records before it were removed."
    ),
    Broken.LINK: QT_TRANSLATE_NOOP(
        "Verify",
        "The chain was rewritten at {record} {id}: it does not follow from the one before.",
    ),
}
_HEAD = {
    HeadProblem.SIGNATURE: QT_TRANSLATE_NOOP(
        "Verify", "The signed head of workstation {workstation} (signed {signed}) does not hold."
    ),
    HeadProblem.CUT: QT_TRANSLATE_NOOP(
        "Verify",
        "Records of workstation {workstation} up to number {seq}, signed {signed}, are gone.",
    ),
    HeadProblem.REWRITTEN: QT_TRANSLATE_NOOP(
        "Verify",
        "The history of workstation {workstation} differs from what it signed on {signed}.",
    ),
}
_EVIDENCE_CHANGED = QT_TRANSLATE_NOOP(
    "Verify", "The evidence file {name} ({sha}) was changed: its content no longer matches."
)
_EVIDENCE_MISSING = QT_TRANSLATE_NOOP(
    "Verify", "The evidence file {name} ({sha}) recorded here is missing from the data folder."
)
_INTEGRITY = QT_TRANSLATE_NOOP("Verify", "The database file is damaged: {reason}")


@dataclass
class Verified:
    """What :func:`verify_log` checked, and every problem it found (empty when all holds)."""

    problems: list[Message] = field(default_factory=list)
    facts: int = 0
    workstations: int = 0
    evidence_checked: int = 0
    evidence_not_fetched: int = 0
    unproven: int = 0
    chained_at_upgrade: int = 0
    chain_begun: str = ""

    @property
    def holds(self) -> bool:
        return not self.problems

    def summary(self) -> Message:
        return Message(
            "Verify",
            QT_TRANSLATE_NOOP(
                "Verify",
                "Records checked: {facts}, from the chains of workstations: {workstations}. "
                "Evidence files checked: {files}. The database file itself was checked too.",
            ),
            {
                "facts": self.facts,
                "workstations": self.workstations,
                "files": self.evidence_checked,
            },
        )


def verify_log(workspace: Workspace) -> Verified:
    """Check the workspace's whole log and its evidence files; change nothing."""
    key_exists = (workspace.data_dir / KEY_NAME).exists()
    own_key = workstation_key(workspace.data_dir).public_hex if key_exists else None
    found = check_log(workspace.store, own_key)
    verified = Verified(
        facts=found.facts,
        workstations=found.workstations,
        unproven=found.unproven,
        chained_at_upgrade=found.chained_at_upgrade,
        chain_begun=found.chain_begun,
    )
    verified.problems.extend(_message(_INTEGRITY, reason=reason) for reason in found.integrity)
    verified.problems.extend(
        _message(_BROKEN[b.problem], record=_record(b.table), id=b.fact_id) for b in found.broken
    )
    verified.problems.extend(
        _message(_HEAD[h.problem], workstation=h.workstation_id, seq=h.seq, signed=h.signed_at)
        for h in found.heads
        if h.problem is not None
    )
    _check_evidence(workspace, found, verified)
    return verified


def _check_evidence(workspace: Workspace, found: LogCheck, verified: Verified) -> None:
    for sha256, original_name, origin in found.evidence:
        if not is_sha256(sha256):
            continue  # named as a changed record by the chain check
        path = workspace.evidence.path_for(sha256, suffix_of(original_name))
        try:
            held = sha256_of(path)
        except FileNotFoundError:
            if origin:
                verified.evidence_not_fetched += 1  # a colleague's, not fetched here yet
            else:
                verified.problems.append(
                    _message(_EVIDENCE_MISSING, name=original_name, sha=sha256[:12])
                )
            continue
        except OSError as error:
            verified.problems.append(
                _message(_INTEGRITY, reason=f"{path}: {error.strerror or error}")
            )
            continue
        verified.evidence_checked += 1
        if held != sha256:
            verified.problems.append(
                _message(_EVIDENCE_CHANGED, name=original_name, sha=sha256[:12])
            )


def _message(template: str, **values: object) -> Message:
    return Message("Verify", template, values)


_TABLE_NAMES = {
    "people": QT_TRANSLATE_NOOP("Verify", "The person record"),
    "accounts": QT_TRANSLATE_NOOP("Verify", "The account record"),
    "evidence": QT_TRANSLATE_NOOP("Verify", "The evidence record"),
    "daily_checks": QT_TRANSLATE_NOOP("Verify", "The check"),
    "removals": QT_TRANSLATE_NOOP("Verify", "The removal"),
    "checklist_runs": QT_TRANSLATE_NOOP("Verify", "The checklist"),
    "step_marks": QT_TRANSLATE_NOOP("Verify", "The checklist step"),
    "checklist_finishes": QT_TRANSLATE_NOOP("Verify", "The finished checklist"),
    "cullings": QT_TRANSLATE_NOOP("Verify", "The culling"),
    "documentations": QT_TRANSLATE_NOOP("Verify", "The documentation"),
    "revisions": QT_TRANSLATE_NOOP("Verify", "The revision"),
    "larger_changes": QT_TRANSLATE_NOOP("Verify", "The larger change"),
    "absences": QT_TRANSLATE_NOOP("Verify", "The absence"),
}
"""How each kind of record is named at the start of a message (its id follows as it is)."""


def _record(table: str) -> Message:
    return Message("Verify", _TABLE_NAMES.get(table, table), {})
