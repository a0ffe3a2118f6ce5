"""How a page marks a withdrawn entry, and offers to withdraw one that is not.

The account page and the review's drill-down write each entry as HTML in a
text browser. After an entry comes either a note that it was withdrawn (by
whom, when, why) or, for a person who may withdraw it, a *Withdraw…* link
(``withdraw:<kind>/<id>``) that the page opens as a
:class:`~ui.common.withdraw_dialog.WithdrawDialog`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QCoreApplication, QUrl

from assistant.clock import local_date
from assistant.corrections import Withdrawable, Withdrawal
from assistant.records import Person
from assistant.rules.withdrawals import Entry

SCHEME = "withdraw"


def _never(_entry: Entry) -> bool:
    return False


@dataclass(frozen=True)
class WithdrawalMarks:
    """What a page needs to mark withdrawn entries and to offer withdrawing the others."""

    made: Mapping[str, Withdrawal] = field(default_factory=dict)
    """Every withdrawal, by the id of what it withdrew."""
    people: Mapping[str, Person] = field(default_factory=dict)
    may_withdraw: Callable[[Entry], bool] = _never
    """Whether the user may withdraw an entry (only the account page offers it)."""

    def after(self, kind: Withdrawable, entry: Entry, within: str = "") -> str:
        """The HTML that follows an entry: its withdrawal, or the link to withdraw it.

        ``within`` is the check a removal belongs to: withdrawn with it, a
        removal needs no mark of its own.
        """
        made = self.made.get(entry.id)
        if made is not None:
            return self._withdrawn(made)
        if within in self.made or not self.may_withdraw(entry):
            return ""
        text = QCoreApplication.translate("Withdrawals", "Withdraw…")
        return f' · <a href="{SCHEME}:{kind.value}/{escape(entry.id)}">{escape(text)}</a>'

    def _withdrawn(self, made: Withdrawal) -> str:
        label = QCoreApplication.translate("Withdrawals", "WITHDRAWN")
        return f"<br><b>{escape(label)}</b> <i>{escape(withdrawn_by(made, self.people))}</i>"

    def is_withdrawn(self, entry_id: str) -> bool:
        return entry_id in self.made


def withdrawal_asked(url: QUrl) -> tuple[Withdrawable, str] | None:
    """The kind and id of the entry a *Withdraw…* link names, or None for another link."""
    if url.scheme() != SCHEME:
        return None
    kind, _, entry_id = url.path().partition("/")
    try:
        return Withdrawable(kind), entry_id
    except ValueError:
        return None


def withdrawn_by(made: Withdrawal, people: Mapping[str, Person]) -> str:
    """When, by whom and why an entry was withdrawn (or a checklist called off)."""
    person = people.get(made.recorded_by)
    return QCoreApplication.translate(
        "Withdrawals", "{day} by {name}: “{reason}”. It does not count."
    ).format(
        day=local_date(made.recorded_at).isoformat(),
        name=person.name if person else "?",
        reason=made.reason,
    )
