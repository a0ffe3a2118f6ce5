"""Calling off a checklist begun by mistake, from its wizard.

A run under way (a step saved, not finished) is called off by withdrawing it
(:class:`~assistant.corrections.Withdrawable` ``CHECKLIST_RUN``) in the
:class:`~ui.common.withdraw_dialog.WithdrawDialog`, with a reason. The account
is then as it was before the run began: a closing called off leaves it active
again. The run stays on the account's page, marked as called off.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from assistant.clock import Clock, local_date
from assistant.corrections import Withdrawable
from assistant.records import Account, Person
from assistant.rules.checklists import RunState
from assistant.rules.opening import CLOSING
from assistant.workspace.data_folder import Workspace
from ui.common.labels import person_name
from ui.common.withdraw_dialog import WithdrawDialog


def call_off_dialog(
    workspace: Workspace,
    clock: Clock,
    state: RunState,
    account: Account,
    people: Mapping[str, Person],
    language: str,
    parent: QWidget,
) -> WithdrawDialog:
    """The dialog asking why the run is called off (opened by the caller)."""
    run = state.run
    what = QCoreApplication.translate(
        "CallOff", "“{title}” for “{account}”, begun on {day} by {name}"
    ).format(
        title=state.checklist.title.in_language(language),
        account=account.name,
        day=local_date(run.recorded_at).isoformat(),
        name=person_name(people, run.recorded_by),
    )
    return WithdrawDialog(
        workspace, clock, Withdrawable.CHECKLIST_RUN, run, people, parent, what=what
    )


def called_off_message(state: RunState, account: Account, language: str) -> str:
    """What the status bar says once the run is called off."""
    if state.run.checklist_id == CLOSING:
        return QCoreApplication.translate(
            "CallOff", "The closing of “{account}” is called off: the account is active again."
        ).format(account=account.name)
    return QCoreApplication.translate("CallOff", "“{title}” for “{account}” is called off.").format(
        title=state.checklist.title.in_language(language), account=account.name
    )
