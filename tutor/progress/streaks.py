"""Days-in-a-row, counted on the learner's calendar (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable


@dataclass(frozen=True)
class StreakCount:
    current: int        # days in a row up to today (or up to yesterday, while today is still open)
    active_today: bool  # learned something today already
    longest: int


def count_streak(days: Iterable[date], today: date) -> StreakCount:
    """A streak survives until a whole day passes without learning: a learner who
    studied yesterday and not yet today still has it (no pressure before evening)."""
    seen = {d for d in days if d <= today}  # a day "ahead" could only come from a wrong clock
    active = today in seen
    end = today if active else today - timedelta(days=1)
    current = 0
    while end - timedelta(days=current) in seen:
        current += 1
    longest = run = 0
    previous: date | None = None
    for day in sorted(seen):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    return StreakCount(current, active, longest)
