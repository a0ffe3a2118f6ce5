"""The day turns at midnight: My day shows the new day by itself.

A single-shot timer is armed, at each refresh, for a second after the next
Swedish midnight; and when the window is activated on another day than the
one shown (back from sleep, or the next morning) the day turns at once.

Signals (DayTurn):
    turned(): a new day has begun since the window last showed one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from assistant.clock import Clock, today, until_next_day


class DayTurn(QObject):
    turned = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.shown: date | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.turned)

    def precise(self) -> None:
        """Keep the time precisely (after the first paint: it needs Qt's enums).

        A coarse timer may fire over an hour late on a 24-hour interval.
        """
        from PySide6.QtCore import Qt

        self.timer.setTimerType(Qt.TimerType.PreciseTimer)

    def showing(self, day: date) -> None:
        """The window now shows ``day``: arm the timer for the next midnight."""
        self.shown = day
        self.timer.start(int(until_next_day(self.clock.now()) * 1000) + 1000)

    def look(self) -> None:
        """The window came back into use: turn the day if it is another day now."""
        if self.shown is not None and self.shown != today(self.clock):
            self.turned.emit()
