"""Clock epochs: the spans in which this PC's wall clock ran without jumping.

Every event keeps the raw PC time it was written at (device_time) and the epoch of the
clock that time was read off (clock_epoch). The hub corrects device times by the offset
it measures when the PC says hello, and that offset is right only for times read off
the clock the PC has at that moment. When someone fixes a clock that ran five years
behind in the middle of a lesson, the answers before the fix were read off another
clock: they belong to an earlier epoch, and ``clock_epochs`` says how to move them.

A jump is a change of more than JUMP_SECONDS in (wall clock - monotonic clock):
- within one boot (Linux: the kernel's boot id; elsewhere: one process) the size of the
  jump is known exactly and kept as the new epoch's ``shift_s``;
- across a restart only a clock that went backwards can be told from time passing (a
  clock put forward while the PC was off looks like a long absence). Such an epoch's
  shift is unknown (NULL); sync then uses the hub offset measured while that epoch was
  the PC's clock (``hub_offset_s``), if a sync happened then.

Events written before epochs were kept all say 0, and so does the first epoch.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from tutor.clock import Clock, from_iso, to_iso

JUMP_SECONDS = 300.0



def current_epoch(conn: sqlite3.Connection, clock: Clock) -> int:
    """The epoch of the clock as it reads now, starting a new one if it jumped since the
    latest reading. Call inside a write transaction (append_event's, or the caller's)."""
    wall = clock.now()
    skew = wall.timestamp() - clock.monotonic()
    boot = clock.boot_key()
    row = conn.execute("SELECT epoch, boot_key, skew_s FROM clock_epochs ORDER BY epoch DESC LIMIT 1").fetchone()
    if row is None:
        # The first reading (a new database, or events written before epochs were kept:
        # those are epoch 0, read off a clock of which only their times are known).
        row = (0, None, None)
        conn.execute("INSERT INTO clock_epochs(epoch, started_at) VALUES (0, ?)", (to_iso(wall),))
    epoch, anchor_boot, anchor_skew = row[0], row[1], row[2]
    if anchor_boot == boot and anchor_skew is not None:
        jump = skew - anchor_skew
        if abs(jump) <= JUMP_SECONDS:
            return epoch
        _start(conn, epoch + 1, wall, jump, boot, skew)
        return epoch + 1
    # A new boot or process: readings of the old anchor do not compare with ours.
    last = _last_own_wall(conn)
    if last is not None and wall < last - timedelta(seconds=JUMP_SECONDS):
        _start(conn, epoch + 1, wall, None, boot, skew)
        return epoch + 1
    conn.execute("UPDATE clock_epochs SET boot_key = ?, skew_s = ? WHERE epoch = ?", (boot, skew, epoch))
    return epoch


def remember_hub_offset(conn: sqlite3.Connection, epoch: int, offset_s: float) -> None:
    """The hub's offset measured at hello while ``epoch`` was this PC's clock."""
    conn.execute("UPDATE clock_epochs SET hub_offset_s = ? WHERE epoch = ?", (float(offset_s), epoch))


def epoch_offsets(conn: sqlite3.Connection, latest_offset_s: float | None = None) -> dict[int, float]:
    """Hub time minus device time, in seconds, for every epoch that can be placed on the
    hub's clock: the latest epoch gets ``latest_offset_s`` (default: what was measured in
    it); the others follow through known shifts, or their own measured offset."""
    rows = conn.execute("SELECT epoch, shift_s, hub_offset_s FROM clock_epochs ORDER BY epoch").fetchall()
    if not rows:
        return {0: latest_offset_s} if latest_offset_s is not None else {}
    offsets: dict[int, float] = {e: measured for e, _shift, measured in rows if measured is not None}
    if latest_offset_s is not None:
        offsets[rows[-1][0]] = float(latest_offset_s)
    # A shift links an epoch to the one before it (offset_before = offset_after + shift):
    # walk back from what is known, then forward, so every linked epoch gets a value.
    for (before, _s, _m), (after, shift, _m2) in zip(reversed(rows[:-1]), reversed(rows[1:])):
        if shift is not None and after in offsets:
            offsets[before] = offsets[after] + shift
    for (before, _s, _m), (after, shift, _m2) in zip(rows[:-1], rows[1:]):
        if shift is not None and before in offsets and after not in offsets:
            offsets[after] = offsets[before] - shift
    return offsets


def _start(conn: sqlite3.Connection, epoch: int, wall, shift: float | None, boot: str, skew: float) -> None:
    conn.execute("INSERT INTO clock_epochs(epoch, started_at, shift_s, boot_key, skew_s) VALUES (?, ?, ?, ?, ?)",
                 (epoch, to_iso(wall), shift, boot, skew))


def _last_own_wall(conn: sqlite3.Connection):
    """The PC's clock at its latest own event (pulled events carry other PCs' clocks)."""
    row = conn.execute("SELECT device_time FROM events WHERE origin_seq IS NULL ORDER BY seq DESC LIMIT 1").fetchone()
    try:
        return from_iso(row[0]) if row else None
    except ValueError:
        return None


__all__ = ["JUMP_SECONDS", "current_epoch", "epoch_offsets", "remember_hub_offset"]
