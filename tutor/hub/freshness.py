"""How old a signed hello may be, so the hub can forget the nonces it has seen.

Every signed hello carries a fresh nonce, and the hub refuses a nonce it has seen
(``used_nonces``). To keep that table small, nonces are forgotten after NONCE_KEEP; a hello
replayed later than that is refused as too old, by the time it carries (``device_time``,
read off the PC's clock) corrected by the offset the hub last measured for that clock.

A PC's clock may be years wrong, so its raw time proves nothing, and a clock changes: what
is judged is the time on the hub's clock, through the offset the hub last measured for the
request's clock epoch (tutor.clock_epochs: a clock that jumped, or was put back while the
PC was off, starts a new epoch, so one epoch's offset moves only by drift):

- corrected, the hello must not be older than FRESH_WINDOW. A clock put forward while the
  PC was off keeps its epoch and looks like a hello from the future: that is let through
  (a replay is never newer than the hello it copies), and the hello then measures the
  epoch's new offset, against which every older hello is old.
- a clock the hub never measured (a new device, a new epoch) cannot be judged: the hello
  passes, and its nonce refuses its replays until the hello has measured that clock.
  Hellos without an epoch (a relay hub's, which renders each PC's clock with offsets of
  its own) are judged by their nonce alone.

NONCE_KEEP is longer than twice the window, so a hello whose nonce was forgotten is
refused as stale. Enrollment nonces are never forgotten (one or two per device).
"""

from __future__ import annotations

from datetime import datetime, timedelta

FRESH_WINDOW = timedelta(hours=1)
NONCE_KEEP = 3 * FRESH_WINDOW
PRUNE_EVERY = timedelta(minutes=1)   # nonces are pruned at most this often per hub process


def stale_reason(device_time: datetime, epoch_offset_s: float | None, hub_now: datetime) -> str | None:
    """Why a hello read off a clock at ``device_time`` is too old, or None. ``epoch_offset_s``:
    hub minus device time last measured for that clock epoch (None: never measured)."""
    if epoch_offset_s is None:
        return None
    corrected = device_time + timedelta(seconds=epoch_offset_s)
    if corrected < hub_now - FRESH_WINDOW:
        return f"made at {corrected.isoformat()} by the hub's clock, more than {FRESH_WINDOW} ago"
    return None
