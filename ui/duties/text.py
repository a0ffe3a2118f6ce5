"""The words for a duty: its name, by when, and one line for a reminder.

Shared by Today's duty list, the tray menu, the reminder banner and the
notifications, so each says the same thing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from assistant.pack.model import GuidelinePack
from assistant.rules.duties import DutyItem, DutyKind, Urgency
from ui.common.i18n import translate


def kind_label(kind: DutyKind) -> str:
    return {
        DutyKind.DAILY_CHECK: QCoreApplication.translate("Duties", "Daily check"),
        DutyKind.MISSED_CHECKS: QCoreApplication.translate("Duties", "Missed checks"),
        DutyKind.CULLING: QCoreApplication.translate("Duties", "Culling"),
        DutyKind.DOCUMENTATION: QCoreApplication.translate("Duties", "Documentation"),
        DutyKind.REVISION: QCoreApplication.translate("Duties", "Revision of the rules"),
        DutyKind.STALE_CHECKLIST: QCoreApplication.translate("Duties", "Checklist left waiting"),
    }[kind]


def when_label(item: DutyItem, today: date) -> str:
    """«Due by 2027-02-28», «Today», «Overdue since 2026-11-03»."""
    if item.kind is DutyKind.MISSED_CHECKS:
        return QCoreApplication.translate("Duties", "Since {day}").format(day=item.due_on)
    if item.urgency is Urgency.OVERDUE:
        return QCoreApplication.translate("Duties", "Overdue, was due {day}").format(
            day=item.due_on
        )
    if item.due_on == today:
        return QCoreApplication.translate("Duties", "Today")
    return QCoreApplication.translate("Duties", "Due by {day}").format(day=item.due_on)


def subject(item: DutyItem, pack: GuidelinePack, language: str) -> str:
    """What the duty is about: «Lidingö stad (Facebook)», or a checklist of it."""
    if item.account is None:
        return QCoreApplication.translate("Duties", "All accounts")
    account = f"{item.account.name} ({pack.platform_name(item.account.platform, language)})"
    if item.detail:
        return f"{item.detail}: {account}"
    return account


def duty_line(item: DutyItem, pack: GuidelinePack, language: str, today: date) -> str:
    """One line for a menu or a notification: «Culling – Lidingö stad (Facebook): Due by …»."""
    return f"{kind_label(item.kind)} – {subject(item, pack, language)}: {when_label(item, today)}"


def reason_text(item: DutyItem) -> str:
    return item.reason.render(translate)


URGENCY_COLOURS = {
    Urgency.OVERDUE: QColor("#f4c7c3"),
    Urgency.DUE: QColor("#dde8f6"),
    Urgency.DUE_SOON: QColor("#fbe7b5"),
}
