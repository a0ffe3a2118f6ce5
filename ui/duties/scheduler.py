"""The reminder clock: one single-shot timer for the next moment to look at the clock.

Each look (:meth:`ReminderScheduler.sync`) asks the core what reminder is
owed now (:func:`assistant.rules.reminders.moment_due`), gives it, and arms the
timer for the next reminder time. It looks when the timer fires, on start,
after any change, and every few minutes, so a computer that slept through
09:00, or a Kontokoll started at 10:30, still gets the morning reminder, at
once. Everything reads the injected clock, so tests move time instead of
waiting.

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
from assistant.reminder_state import load_reminder_state, save_reminder_state
from assistant.rules.duties import DutyItem
from assistant.rules.reminders import (
    ReminderState,
    WorkingDay,
    moment_due,
    next_moment,
    next_working_morning,
    to_announce,
)
from assistant.settings import Settings

SYNC_INTERVAL_MS = 5 * 60 * 1000
"""How often the clock is looked at anyway: after sleep, or a change of the clock."""


class ReminderScheduler(QObject):
    remind = Signal(list, str)

    def __init__(
        self,
        clock: Clock,
        data_dir: Path,
        settings: Callable[[], Settings],
        working_day: WorkingDay,
        duties: Callable[[], list[DutyItem]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.data_dir = data_dir
        self._settings = settings
        self._working_day = working_day
        self._duties = duties
        self.state: ReminderState = load_reminder_state(data_dir)
        self.armed_for: datetime | None = None
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
        self.sync()
        self.sync_timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.sync_timer.stop()

    def sync(self) -> None:
        """Give the reminder owed now, if any, then arm the timer for the next moment."""
        now = self.clock.now()
        moment = moment_due(now, self._settings(), self.state, self._working_day)
        if moment is not None:
            since = self.state.morning_of
            self._save(self.state.after(moment, now, self._settings()))
            items = to_announce(moment, self._duties(), since, local_date(now))
            if items:
                self.remind.emit(items, moment.value)
        self.armed_for = next_moment(now, self._settings(), self.state.snoozed_until)
        milliseconds = int((self.armed_for - now).total_seconds() * 1000)
        self.timer.start(max(0, milliseconds))

    def snooze(self, until: datetime) -> None:
        """Hold every reminder until ``until``; then say again what is still due."""
        self._save(ReminderState(self.state.morning_of, self.state.afternoon_of, until))
        self.sync()

    def snooze_for_an_hour(self) -> None:
        self.snooze(self.clock.now() + timedelta(hours=1))

    def snooze_until_tomorrow(self) -> None:
        """Until the next working day's morning reminder, which then says all still due."""
        self.snooze(next_working_morning(self.clock.now(), self._settings(), self._working_day))

    def _save(self, state: ReminderState) -> None:
        self.state = state
        # A full disk must not stop the reminders: the state is then kept in memory.
        with contextlib.suppress(OSError):
            save_reminder_state(self.data_dir, state)
