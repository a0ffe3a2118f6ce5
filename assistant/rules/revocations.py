"""Revoking a workstation: when the information unit stops trusting what one has recorded.

A workstation whose key was lost, whose computer was stolen, or whose journal
brought what nobody recorded is revoked by the information unit with a
reason (a :class:`~assistant.corrections.Revocation`). From then on nothing
it recorded counts on any workstation of the team: not its checks, duties,
absences, register entries, withdrawals or grants. Its records stay in the
log (they are never erased) and count again only if the revocation is
itself withdrawn — which this version does not offer.

A revocation counts only when made by someone confirmed in the information
unit's role (:mod:`assistant.rules.role_grants`); nobody revokes their own
workstation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime

from assistant.corrections import Revocation
from assistant.messages import QT_TRANSLATE_NOOP, Message, UserError
from assistant.records import Person, Role, new_id

REASON_LIMIT = 2000


def in_force(
    revocations: Iterable[tuple[Revocation, str]],
    holders_without: Callable[[set[str]], Mapping[Role, set[str]]],
    current_id: Mapping[str, str],
) -> dict[str, Revocation]:
    """Per revoked workstation id, the revocation of it that counts.

    ``revocations`` come with the workstation each came from ("" for this one).
    They are taken in the order recorded: one counts when its workstation is not
    revoked already and its maker holds the information unit's role, as the grants
    from the workstations not revoked so far say (``holders_without``, given those
    revoked). So a workstation revoked loses its say, and the answer depends on the
    log alone, never on what was worked out before.
    """
    revoked: dict[str, Revocation] = {}
    for revocation, origin in sorted(revocations, key=lambda r: (r[0].recorded_at, r[0].id)):
        if origin in revoked or revocation.workstation_id in revoked:
            continue
        unit = holders_without(set(revoked)).get(Role.INFORMATION_UNIT, set())
        if current_id.get(revocation.recorded_by, revocation.recorded_by) in unit:
            revoked[revocation.workstation_id] = revocation
    return revoked


def _refused(template: str, field: str = "", **values: object) -> UserError:
    return UserError(Message("Revocations", template, values), field=field)


def revocation(
    workstation_id: str,
    reason: str,
    *,
    by: Person | None,
    holders: Mapping[Role, set[str]],
    own_workstation_id: str,
    known: Iterable[str],
    revoked: Mapping[str, Revocation],
    now: datetime,
) -> Revocation:
    """The information unit's revocation of a colleague's workstation, or why it cannot be."""
    if by is None or by.person_id not in holders.get(Role.INFORMATION_UNIT, set()):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Revocations",
                "Only someone confirmed in the information unit's role may revoke a workstation.",
            )
        )
    if workstation_id == own_workstation_id:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Revocations",
                "This is your own workstation; it cannot revoke itself. Ask a colleague in "
                "the information unit to revoke it from theirs.",
            )
        )
    if workstation_id not in set(known):
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Revocations", "Kontokoll has not seen that workstation in the team folder."
            )
        )
    if workstation_id in revoked:
        raise _refused(QT_TRANSLATE_NOOP("Revocations", "That workstation is already revoked."))
    text = reason.strip()
    if not text or len(text) > REASON_LIMIT:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Revocations",
                "Say in a sentence or two why the workstation is revoked: the reason "
                "reaches the whole team.",
            ),
            "reason",
        )
    return Revocation(
        id=new_id(),
        workstation_id=workstation_id,
        reason=text,
        recorded_at=now,
        recorded_by=by.person_id,
    )
