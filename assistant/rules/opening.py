"""What finishing a checklist does to an account: *getting started* opens it, *closing* closes it.

Finishing either records a new version of the account. A register edit made
on another workstation before it heard of that finish must not open a closed
account again, or close an opened one: :func:`as_finished` gives the account
as its finished checklists left it, whatever a register version says. The
three checklists' ids are here too. Kept apart from :mod:`assistant.rules.lifecycle`
so that My day, shown first at start-up, can know the accounts without the
checklists' rules.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from assistant.records import Account

BEFORE_START = "before_start"
GETTING_STARTED = "getting_started"
CLOSING = "closing"


def as_finished(account: Account, opened_on: date | None, closed_on: date | None) -> Account:
    """``account`` as finishing *getting started* on ``opened_on`` and *closing* on
    ``closed_on`` (the first day each was finished, if ever) left it."""
    if account.planned and opened_on is not None:
        account = replace(account, planned=False, active_since=opened_on)
    if account.closed_on is None and closed_on is not None:
        account = replace(account, closed_on=closed_on)
    return account
