"""The time progress is scheduled by, safe from PC clocks that jump.

Village PCs lose their clock (a dead CMOS battery starts every boot in 2000),
get set to a wrong year by hand, or jump when someone "fixes" them. FSRS needs
review times that never go backwards, and no card may end up due years in the
past or the future because of a wrong reading. Two values are kept in
``progress_clock``: the high-water mark H (the latest trusted time any write
used) and W, the raw PC clock reading at the latest write.

When the app starts (the first reading in a process), with the PC clock at ``wall``:

a. H <= wall <= H + MAX_JUMP: the clock agrees with our history (an ordinary
   restart, or a real absence shorter than MAX_JUMP = 60 days): believe it.
b. otherwise, 0 <= wall - W <= MAX_JUMP: the clock is wrong but has been ticking
   steadily since the last write (set to 2031 a month ago, or still in 2021):
   time moved on by what it counted, so start at H + (wall - W).
c. otherwise, wall > H + MAX_JUMP: a jump far ahead (a wrong year, or a very long
   absence): believe at most MAX_JUMP. A real long absence catches up at the
   next start through rule (a).
d. otherwise (the clock went back): stand still at H.

Inside a session time runs with the monotonic clock, following the wall clock
only while it stays within MAX_JUMP ahead of that (a laptop asleep overnight is
followed; a jump of years is cut to MAX_JUMP; a jump back is ignored).

So time never goes backwards, and each jump of the clock moves scheduling by
at most MAX_JUMP: due dates (trusted time + an FSRS interval capped by
ReviewPolicy.maximum_interval_days) stay within months of the real date, never
years. After a clock that ran ahead is put right, scheduling keeps that shift
(at most MAX_JUMP ahead: reviews come a little early, harmlessly) until the
learner is away longer than the shift. Events keep the raw PC time too
(device_time), which the hub corrects against its own clock at sync.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from tutor.clock import Clock, from_iso, to_iso

MAX_JUMP = timedelta(days=60)
# No progress can have been made before the app existed: a PC whose clock says
# 2003 is wrong even on its first start.
RELEASE_FLOOR = datetime(2026, 1, 1, tzinfo=timezone.utc)


def read_clock_marks(conn: sqlite3.Connection) -> tuple[datetime, datetime] | None:
    """(high-water trusted time, raw wall reading at the latest write), or None on a new PC."""
    row = conn.execute("SELECT high_water, last_wall FROM progress_clock WHERE id = 1").fetchone()
    return (from_iso(row[0]), from_iso(row[1])) if row else None


def read_high_water(conn: sqlite3.Connection) -> datetime | None:
    marks = read_clock_marks(conn)
    return marks[0] if marks else None


def write_clock_marks(conn: sqlite3.Connection, trusted: datetime, wall: datetime) -> None:
    """Raise the high-water mark to ``trusted`` (never lowering it) and remember the raw
    reading. Call inside the write transaction."""
    conn.execute(
        "INSERT INTO progress_clock(id, high_water, last_wall) VALUES (1, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET high_water = max(high_water, excluded.high_water),"
        " last_wall = excluded.last_wall",
        (to_iso(trusted), to_iso(wall)),
    )


def session_start(wall: datetime, marks: tuple[datetime, datetime] | None,
                  max_jump: timedelta = MAX_JUMP, floor: datetime = RELEASE_FLOOR) -> datetime:
    """The trusted time at the first reading of a session (rules a-d of the module doc)."""
    if marks is None:
        return max(wall, floor)
    high_water, last_wall = marks
    if high_water <= wall <= high_water + max_jump:
        start = wall
    elif timedelta(0) <= wall - last_wall <= max_jump:
        start = high_water + (wall - last_wall)
    elif wall > high_water + max_jump:
        start = high_water + max_jump
    else:
        start = high_water
    return max(start, floor)


class TrustedClock:
    """``now()`` for scheduling: the wall clock, corrected as the module doc explains."""

    def __init__(
        self,
        clock: Clock,
        conn: sqlite3.Connection,
        max_jump: timedelta = MAX_JUMP,
        floor: datetime = RELEASE_FLOOR,
    ):
        self._clock = clock
        self._conn = conn
        self._max_jump = max_jump
        self._floor = floor
        self._anchor: tuple[datetime, float, timedelta] | None = None  # start, monotonic, offset
        self._last: datetime | None = None
        self._last_wall: datetime | None = None

    def now(self) -> datetime:
        wall = self._clock.now().astimezone(timezone.utc)
        mono = self._clock.monotonic()
        if self._anchor is None:
            start = session_start(wall, read_clock_marks(self._conn), self._max_jump, self._floor)
            # The offset keeps following the wall clock's own progress for the whole session.
            self._anchor = (start, mono, start - wall)
        start, mono0, offset = self._anchor
        ran = start + timedelta(seconds=max(0.0, mono - mono0))
        lowest = max(ran, self._last) if self._last is not None else ran
        highest = max(ran + self._max_jump, lowest)
        trusted = min(max(wall + offset, lowest), highest)
        self._last, self._last_wall = trusted, wall
        return trusted

    def mark(self, conn: sqlite3.Connection, used: datetime) -> None:
        """Record that a write used ``used`` (from now()). Inside the write transaction."""
        wall = self._last_wall if self._last_wall is not None else self._clock.now().astimezone(timezone.utc)
        write_clock_marks(conn, used, wall)
