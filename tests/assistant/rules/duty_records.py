"""The recurring duties' records, and what the tests of their date rules share.

A culling, a documentation, a revision of the rules and a larger change,
each built as the officer or the information unit records it; the due-soon
window the app starts with; and hypothesis' settings with the range of days
the properties draw from.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import settings
from hypothesis import strategies as st

from assistant.records import Account, Culling, Documentation, LargerChange, Revision, new_id
from tests.factories import RECORDED_BY, at

SOON = 14  # the default due-soon window, in days
SCREENSHOT = "d0" * 32

examples = settings(max_examples=80, deadline=None)
days = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


def culling(of: Account, done_on: date, *, supersedes: Culling | None = None) -> Culling:
    return Culling(
        id=new_id(),
        account_id=of.account_id,
        done_on=done_on,
        done_by=of.officer_ids[0] if of.officer_ids else "someone",
        period_from=done_on - timedelta(days=90),
        period_to=done_on,
        removed="Kommentarer äldre än tre månader",
        not_removable="Inlägg i andras flöden",
        evidence_sha256="",
        recorded_at=at(done_on, 15),
        recorded_by=RECORDED_BY,
        supersedes=supersedes.id if supersedes else None,
    )


def documentation(of: Account, done_on: date, screenshot: str = SCREENSHOT) -> Documentation:
    return Documentation(
        id=new_id(),
        account_id=of.account_id,
        done_on=done_on,
        done_by="informationsenheten",
        screenshot_sha256=screenshot,
        note="Hela kontot, startsidan och de senaste inläggen.",
        recorded_at=at(done_on, 14),
        recorded_by=RECORDED_BY,
    )


def revision(done_on: date) -> Revision:
    return Revision(
        id=new_id(),
        done_on=done_on,
        done_by="informationsenheten",
        note="Riktlinjerna gicks igenom; inget ändrat.",
        recorded_at=at(done_on, 13),
        recorded_by=RECORDED_BY,
    )


def larger_change(of: Account, changed_on: date) -> LargerChange:
    return LargerChange(
        id=new_id(),
        account_id=of.account_id,
        changed_on=changed_on,
        description="Nytt namn och ny profilbild",
        recorded_at=at(changed_on, 11),
        recorded_by=RECORDED_BY,
    )
