"""The reminder clock: one single-shot timer for the next reminder moment.

The timer is armed for the next moment (:func:`assistant.reminders.next_moment`)
and armed again after each firing, after any change (:meth:`rearm`), and by a
periodic sync. The sync also catches a moment the timer slept through: a
machine that wakes at 10:30 after sleeping through 09:00 reminds at once.
Everything reads the injected clock, so tests move time instead of waiting.

Signals:
    remind(list[DutyItem], str): announce these duties; the str is the Moment.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from assistant.clock import Clock, local_date
from assistant.duties import DutyItem
from assistant.reminders import (
    Moment,
    ReminderState,
    at_local,
    load_reminder_state,
    next_moment,
    save_reminder_state,
    to_announce,
)
from assistant.settings import Settings

SYNC_INTERVAL_MS = 5 * 60 * 1000
"""How often the clock is looked at again: after sleep, or a change of the clock."""


class ReminderScheduler(QObject):
    remind = Signal(list, str)

    def __init__(
        self,
        clock: Clock,
        data_dir: Path,
        settings: Callable[[], Settings],
        duties: Callable[[], list[DutyItem]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.data_dir = data_dir
        self._settings = settings
        self._duties = duties
        self.state: ReminderState = load_reminder_state(data_dir)
        self.previous_run = self.state.last_seen
        """When Kontokoll last ran before this start: what fell due since is caught up on."""
        self.armed_for: tuple[datetime, Moment] | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("reminderTimer")
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.sync)
        self.sync_timer = QTimer(self)
        self.sync_timer.setObjectName("reminderSync")
        self.sync_timer.setInterval(SYNC_INTERVAL_MS)
        self.sync_timer.timeout.connect(self.sync)

    def start(self) -> None:
        self.rearm()
        self.sync_timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.sync_timer.stop()
        self._save(last_seen=self.clock.now())

    def rearm(self) -> None:
        """Arm the timer for the next moment from now."""
        now = self.clock.now()
        self.armed_for = next_moment(now, self._settings(), self.state.snoozed_until)
        milliseconds = int((self.armed_for[0] - now).total_seconds() * 1000)
        self.timer.start(max(0, milliseconds))

    def sync(self) -> None:
        """Fire a moment that has come (or was slept through), then arm for the next."""
        now = self.clock.now()
        if self.armed_for is not None and self.armed_for[0] <= now:
            self._fire(self.armed_for[1], now)
        else:
            self._save(last_seen=now)
        self.rearm()

    def snooze(self, until: datetime) -> None:
        """Hold every reminder until ``until``; then say again what is still due."""
        self._save(snoozed_until=until)
        self.rearm()

    def snooze_for_an_hour(self) -> None:
        self.snooze(self.clock.now() + timedelta(hours=1))

    def snooze_until_tomorrow(self) -> None:
        """Until tomorrow's morning reminder, which then says everything still due."""
        tomorrow = local_date(self.clock.now()) + timedelta(days=1)
        self.snooze(at_local(tomorrow, self._settings().morning_reminder))

    def _fire(self, moment: Moment, now: datetime) -> None:
        if moment is Moment.SNOOZE_END:
            self.state = ReminderState(self.state.last_seen, None)
        items = to_announce(moment, self._duties(), local_date(now))
        self._save(last_seen=now)
        if items:
            self.remind.emit(items, moment.value)

    def _save(self, **changes: datetime | None) -> None:
        values = {"last_seen": self.state.last_seen, "snoozed_until": self.state.snoozed_until}
        values.update(changes)
        self.state = ReminderState(**values)
        # A full disk must not stop the reminders: the state is then kept in memory.
        with contextlib.suppress(OSError):
            save_reminder_state(self.data_dir, self.state)
