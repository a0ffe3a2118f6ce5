"""An account's recurring duties on its page: when the next is due, and what was done.

Withdrawn records are listed, marked; the others offer *Withdraw…* to whoever may.

Signals (DutyHistory):
    dutyRequested(str, str): log this duty ("culling", "documentation", "change")
        for this account id.
    evidenceRequested(QUrl): open an ``evidence:`` link.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from assistant.corrections import Withdrawable
from assistant.pack.model import GuidelinePack
from assistant.records import Account, DutyLog
from assistant.rules.recurring import culling_deadline
from assistant.settings import Settings
from ui.checklists.text import person_name
from ui.common.widgets import named
from ui.common.withdrawal_marks import WithdrawalMarks


class DutyHistory(QWidget):
    dutyRequested = Signal(str, str)
    evidenceRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account_id = ""
        self.view = named(QTextBrowser(), "accountDuties", self.tr("Culling and documentation"))
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self.evidenceRequested.emit)
        buttons = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, name, kind in (
            (self.tr("Log c&ulling…"), "accountLogCulling", "culling"),
            (self.tr("Log d&ocumentation…"), "accountLogDocumentation", "documentation"),
            (self.tr("Larger c&hange…"), "accountRecordChange", "change"),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(lambda _checked=False, k=kind: self._request(k))
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)

    def _request(self, kind: str) -> None:
        if self.account_id:
            self.dutyRequested.emit(kind, self.account_id)

    def show_history(
        self,
        account: Account,
        log: DutyLog,
        marks: WithdrawalMarks,
        pack: GuidelinePack,
        settings: Settings,
        today: date,
    ) -> None:
        self.account_id = account.account_id
        open_now = account.is_active_on(today)
        for button in self.buttons:
            button.setEnabled(open_now)
        self.view.setHtml(self.history_html(account, log, marks, pack, settings, today))

    def history_html(
        self,
        account: Account,
        log: DutyLog,
        marks: WithdrawalMarks,
        pack: GuidelinePack,
        settings: Settings,
        today: date,
    ) -> str:
        """The next culling's deadline and every record, withdrawn ones marked."""
        people = marks.people
        html = []
        if account.is_active_on(today):
            counted = [c for c in log.cullings if not marks.is_withdrawn(c.id)]
            deadline = culling_deadline(
                account, counted, pack.culling_interval_months, settings.due_soon_days
            )
            if deadline.due_on < today:
                template = self.tr("Culling is overdue: it was due {day} (every {months} months).")
            else:
                template = self.tr("Next culling due by {day} (every {months} months).")
            next_text = template.format(day=deadline.due_on, months=pack.culling_interval_months)
            html.append(f"<p><b>{escape(next_text)}</b></p>")
        none_yet = escape(self.tr("None logged yet."))
        cullings = escape(self.tr("Cullings"))
        html.append(f"<h3>{cullings}</h3>")
        if not log.cullings:
            html.append(f"<p>{none_yet}</p>")
        for culling in reversed(log.cullings):
            line = self.tr("{day}, by {name}: {first} – {last}. Culled: {removed}").format(
                day=culling.done_on,
                name=person_name(people, culling.done_by),
                first=culling.period_from,
                last=culling.period_to,
                removed=culling.removed,
            )
            if culling.not_removable:
                line += " " + self.tr("Not possible to remove: {kept}").format(
                    kept=culling.not_removable
                )
            link = _evidence_link(culling.evidence_sha256)
            after = marks.after(Withdrawable.CULLING, culling)
            html.append(f"<p>{escape(line)}{link}{after}</p>")
        documentation_heading = escape(self.tr("Documentation"))
        html.append(f"<h3>{documentation_heading}</h3>")
        if not log.documentations:
            html.append(f"<p>{none_yet}</p>")
        for documentation in reversed(log.documentations):
            line = self.tr("{day}, by {name}").format(
                day=documentation.done_on, name=person_name(people, documentation.done_by)
            )
            if documentation.note:
                line += f": {documentation.note}"
            link = _evidence_link(documentation.screenshot_sha256)
            after = marks.after(Withdrawable.DOCUMENTATION, documentation)
            html.append(f"<p>{escape(line)}{link}{after}</p>")
        if log.larger_changes:
            changes = escape(self.tr("Larger changes"))
            html.append(f"<h3>{changes}</h3>")
            for change in reversed(log.larger_changes):
                after = marks.after(Withdrawable.LARGER_CHANGE, change)
                html.append(f"<p>{escape(f'{change.changed_on}: {change.description}')}{after}</p>")
        return "".join(html)


def _evidence_link(sha256: str) -> str:
    if not sha256:
        return ""
    label = QCoreApplication.translate("AccountPage", "Screenshot")
    return f' · <a href="evidence:{sha256}">{escape(label)}</a>'
