"""The reminder banner at the top of the window.

Shows a reminder in the window itself: always when there is no system tray,
and beside the tray's notification otherwise, so a reminder is never only a
bubble that vanished. Also used for the catch-up summary on start.

Signals:
    showRequested(): show Today's duties.
    snoozeHourRequested(), snoozeTomorrowRequested(): hold the reminders.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.widgets import named

BANNER_LINES = 6


class ReminderBanner(QFrame):
    showRequested = Signal()
    snoozeHourRequested = Signal()
    snoozeTomorrowRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setAccessibleName(self.tr("Reminder"))
        self.setStyleSheet(
            "#reminderBanner { background: #fff4ce; border: 1px solid #e0c36b; "
            "border-radius: 4px; } #reminderBanner QLabel { color: #3b2f00; }"
        )
        self.text = named(QLabel(), "reminderText")
        self.text.setWordWrap(True)
        show = named(QPushButton(self.tr("Show d&uties")), "reminderShow")
        show.clicked.connect(self._show)
        hour = named(QPushButton(self.tr("Remind me in &1 hour")), "reminderSnoozeHour")
        hour.clicked.connect(lambda: self._done(self.snoozeHourRequested))
        tomorrow = named(QPushButton(self.tr("Remind me tomorro&w")), "reminderSnoozeTomorrow")
        tomorrow.clicked.connect(lambda: self._done(self.snoozeTomorrowRequested))
        close = named(QPushButton(self.tr("Dismiss")), "reminderDismiss")
        close.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (show, hour, tomorrow, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    def show_reminder(self, title: str, lines: list[str]) -> None:
        shown = [f"• {escape(line)}" for line in lines[:BANNER_LINES]]
        if len(lines) > BANNER_LINES:
            shown.append(
                escape(self.tr("…and {count} more.").format(count=len(lines) - BANNER_LINES))
            )
        self.text.setText(f"<b>{escape(title)}</b><br>" + "<br>".join(shown))
        self.show()

    def _show(self) -> None:
        self.hide()
        self.showRequested.emit()

    def _done(self, signal: object) -> None:
        self.hide()
        signal.emit()  # type: ignore[attr-defined]
