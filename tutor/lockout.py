"""Wrong-secret lock-out: the rule shared by learner PINs and teacher passwords.

Five wrong tries in a row lock the profile or account for five minutes, read off the
PC's wall clock. A clock set backwards must never lock someone out for days: a lock
that would last longer than one period is restarted as one period from now (and the
seconds left are never more than one period). The first try after a lock has ended
starts the count again.

Pure functions over the stored values (``locked_until`` is the ISO text kept in the
database, or None); the callers read and write their own rows. Core code: no Qt.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tutor.clock import from_iso, to_iso

MAX_TRIES = 5
LOCK_SECONDS = 5 * 60


def seconds_locked(locked_until: str | None, now: datetime) -> int:
    """Whole seconds the lock still lasts (0 when not locked), at most one lock period."""
    if not locked_until:
        return 0
    left = (from_iso(locked_until) - now).total_seconds()
    return int(min(max(left, 0), LOCK_SECONDS))


def repaired_lock(locked_until: str | None, now: datetime) -> str | None:
    """The ``locked_until`` to store when the wall clock went backwards (the lock would
    outlast one period): one period from ``now``. None when nothing needs repairing."""
    if not locked_until:
        return None
    left = (from_iso(locked_until) - now).total_seconds()
    if left <= LOCK_SECONDS:
        return None
    return lock_until(now)


def lock_until(now: datetime) -> str:
    """``locked_until`` for a lock that starts ``now``."""
    return to_iso(now + timedelta(seconds=LOCK_SECONDS))


def next_tries(failed_tries: int, locked_until: str | None) -> tuple[int, bool]:
    """After one more wrong try: (the wrong tries counted, whether they lock). Tries made
    before a lock do not count again once it has ended."""
    tries = (failed_tries if locked_until is None else 0) + 1
    return tries, tries >= MAX_TRIES


__all__ = ["LOCK_SECONDS", "MAX_TRIES", "lock_until", "next_tries", "repaired_lock", "seconds_locked"]
