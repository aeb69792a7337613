"""Learners' calendar days, from UTC times.

Streaks, "Ôn tập hôm nay" and certificate dates are about the learner's day,
not UTC's: in Vietnam (UTC+7) a lesson at 06:30 and one at 20:00 fall on
different UTC dates. All stored times stay UTC; only these questions use the
local offset. Like Anki, a day rolls over at 04:00, so a late evening session
that runs past midnight still counts for the evening's day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

VIETNAM = timedelta(hours=7)


@dataclass(frozen=True)
class LocalCalendar:
    utc_offset: timedelta = VIETNAM
    rollover_hour: int = 4

    def learning_day(self, when: datetime) -> date:
        """The day an activity counts for (streaks, due-today)."""
        return (when.astimezone(timezone.utc) + self.utc_offset - timedelta(hours=self.rollover_hour)).date()

    def calendar_date(self, when: datetime) -> date:
        """The date printed on paper (no rollover: a test passed at 01:00 is dated that day)."""
        return (when.astimezone(timezone.utc) + self.utc_offset).date()

    def end_of_learning_day(self, when: datetime) -> datetime:
        """UTC instant the learning day of ``when`` ends (the next rollover)."""
        day = self.learning_day(when) + timedelta(days=1)
        local = datetime.combine(day, time(self.rollover_hour))
        return (local - self.utc_offset).replace(tzinfo=timezone.utc)
