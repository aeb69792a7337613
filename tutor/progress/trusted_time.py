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

What the app can know bounds every reading (known_times): no real time is earlier than
the release floor, nor much later (PLAUSIBLE_AHEAD) than the newest date the app knows
to be real: the installed pack's signature date (signed when the app was built or
updated) and the hub's time when last seen. A first start with a clock five years fast
begins at that ceiling, not in 2031. (Those dates raise only the ceiling: a signer's or
hub's clock may itself be a little ahead, and a floor set by them would push time.)

Certificates need more: a date a third party will read. certificate_time gives the
hub's time carried on the boot-time clock when the hub was seen since this PC started,
else the PC clock when it lies within the known bounds, else None: then no certificate
is signed until one of those holds (the passed level waits; the next look at the
learner's certificates issues it).

So time never goes backwards, and each jump of the clock moves scheduling by
at most MAX_JUMP: due dates (trusted time + an FSRS interval capped by
ReviewPolicy.maximum_interval_days) stay within months of the real date, never
years. After a clock that ran ahead is put right, scheduling keeps that shift
(at most MAX_JUMP ahead: reviews come a little early, harmlessly) until the
learner is away longer than the shift. Events keep the raw PC time too
(device_time), which the hub corrects against its own clock at sync.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from tutor.clock import Clock, from_iso, to_iso

MAX_JUMP = timedelta(days=60)
# No progress can have been made before the app existed: a PC whose clock says
# 2003 is wrong even on its first start.
RELEASE_FLOOR = datetime(2026, 1, 1, tzinfo=timezone.utc)
# How far past the newest date the app knows to be real a clock may be believed: a build
# (and its signed pack) is used for a couple of years; a clock five years fast is not.
PLAUSIBLE_AHEAD = timedelta(days=2 * 365)
HUB_SEEN_KEY = "clock.hub_seen"


@dataclass(frozen=True)
class KnownTimes:
    floor: datetime  # the real time is at least this
    ceiling: datetime  # a reading later than this is not believed

    def plausible(self, when: datetime) -> bool:
        return self.floor <= when <= self.ceiling


def known_times(conn: sqlite3.Connection) -> KnownTimes:
    """Bounds from what the app can know: the release floor, the signature date of the
    newest installed pack (signed when the app was built or updated) and the hub's time
    when it was last seen."""
    dates = [RELEASE_FLOOR]
    try:
        row = conn.execute("SELECT max(created) FROM content_packs").fetchone()
        if row and row[0]:
            dates.append(from_iso(str(row[0]).replace("Z", "+00:00")))
    except (sqlite3.Error, ValueError):
        pass
    seen = _hub_seen(conn)
    if seen is not None:
        dates.append(seen[0])
    return KnownTimes(floor=RELEASE_FLOOR, ceiling=max(dates) + PLAUSIBLE_AHEAD)


def remember_hub_time(conn: sqlite3.Connection, hub_now: datetime, clock: Clock) -> None:
    """The hub's time read at a hello, with the boot-time clock's reading then, so the hub's
    time can be carried forward without the PC clock (certificate_time)."""
    value = json.dumps({"at": to_iso(hub_now), "boot": clock.boot_key(), "mono": clock.monotonic()})
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (HUB_SEEN_KEY, value))


def _hub_seen(conn: sqlite3.Connection) -> tuple[datetime, str, float] | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (HUB_SEEN_KEY,)).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return from_iso(data["at"]), str(data["boot"]), float(data["mono"])
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None


def hub_time_now(conn: sqlite3.Connection, clock: Clock) -> datetime | None:
    """The hub's time now, when the hub was seen since this PC last started."""
    seen = _hub_seen(conn)
    if seen is None:
        return None
    at, boot, mono = seen
    now_mono = clock.monotonic()
    if boot != clock.boot_key() or now_mono < mono:
        return None
    return at + timedelta(seconds=now_mono - mono)


def certificate_time(conn: sqlite3.Connection, clock: Clock) -> datetime | None:
    """The time a certificate may carry, or None while no trustworthy time is known."""
    hub = hub_time_now(conn, clock)
    if hub is not None:
        return hub
    wall = clock.now().astimezone(timezone.utc)
    return wall if known_times(conn).plausible(wall) else None


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
                  max_jump: timedelta = MAX_JUMP, floor: datetime = RELEASE_FLOOR,
                  ceiling: datetime | None = None) -> datetime:
    """The trusted time at the first reading of a session (rules a-d of the module doc),
    kept within [floor, ceiling] (never below the high-water mark, though)."""
    if marks is None:
        start = max(wall, floor)
        return min(start, ceiling) if ceiling is not None and ceiling >= floor else start
    high_water, last_wall = marks
    if high_water <= wall <= high_water + max_jump:
        start = wall
    elif timedelta(0) <= wall - last_wall <= max_jump:
        start = high_water + (wall - last_wall)
    elif wall > high_water + max_jump:
        start = high_water + max_jump
    else:
        start = high_water
    if ceiling is not None and start > ceiling:
        start = max(ceiling, high_water)
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
            known = known_times(self._conn)
            start = session_start(wall, read_clock_marks(self._conn), self._max_jump, self._floor, known.ceiling)
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
