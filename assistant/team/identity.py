"""One person, one id, across the team's workstations.

A person says who they are at the first start of each workstation, before
its team folder is chosen, so their second workstation (or the register the
information unit imported) may already know them under another person id.
Once the team's journals are merged, :func:`joined_identity` finds the
record with the same work e-mail and makes it this workstation's user, by a
new version of the person that carries both records' roles. The id the
register uses is kept (else the earlier of the two), so two workstations
doing this at once agree, and the id nobody keeps is superseded everywhere.
Pure: :func:`assistant.workspace.identity.join_team_identity` reads the log
for it and records the answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime

from assistant.records import Account, Person, new_id


def joined_identity(
    people: Mapping[str, Person], me_id: str, accounts: Iterable[Account], now: datetime
) -> Person | None:
    """The new version of the user that takes the team's record of them; None if there is none.

    Of the records with the user's work e-mail, the one the register names as
    officer or deputy of an account is kept (the information unit may have
    registered the person after they first started Kontokoll); failing that,
    the earliest. Every workstation so keeps the same one.
    """
    me = people.get(me_id)
    if me is None or not me.email.strip():
        return None
    email = me.email.strip().casefold()
    twins = [
        p
        for p in people.values()
        if p.person_id != me.person_id and p.email.strip().casefold() == email
    ]
    if not twins:
        return None
    named = {
        person_id
        for account in accounts
        for person_id in (*account.officer_ids, *account.deputy_ids)
    }

    def kept_first(person: Person) -> tuple[bool, datetime, str]:
        return (person.person_id not in named, person.recorded_at, person.person_id)

    kept = min([me, *twins], key=kept_first)
    if kept.person_id == me.person_id:
        return None
    return replace(
        me,
        id=new_id(),
        person_id=kept.person_id,
        roles=me.roles | kept.roles,
        recorded_at=now,
        recorded_by=kept.person_id,
        supersedes=me.id,
    )
