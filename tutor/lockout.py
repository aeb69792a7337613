"""Wrong-secret lock-out: the rule shared by learner PINs and teacher passwords.

Five wrong tries in a row lock the profile or account. Each lock in a row lasts twice
the one before (5, 10, 20, 40 minutes ... at most a day) until the right secret is
typed, so guessing a 4-digit PIN by waiting out locks takes weeks, not minutes.

The PC's wall clock is never believed: moving it forward used to end a lock at once.
How long a lock has lasted is read off the boot-time clock (Clock.monotonic: seconds
since the PC started, counting sleep, untouched by clock settings):
- readings not smaller than the one taken at the lock: the lock has lasted at least
  their difference (exactly that within one boot; more if the PC restarted since);
- a smaller reading: the PC restarted, so at least the time since this boot has
  passed, or what the trusted time (tutor.progress.trusted_time: never back, each
  start moves it at most MAX_JUMP ahead) says, whichever is more. A forward clock
  then still needs a restart of the PC for every five guesses.
A clock set backwards can never lengthen a lock: nothing here reads it.

State lives in the ``lockouts`` table, one row per subject ("learner:<id>",
"teacher:<username key>"); teacher subjects are keyed by the name typed, so an
unknown name counts and locks exactly like a known one. Core code: no Qt.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from tutor.clock import Clock, from_iso, to_iso

MAX_TRIES = 5
LOCK_SECONDS = 5 * 60
MAX_LOCK_SECONDS = 24 * 3600



@dataclass(frozen=True)
class LockState:
    failed_tries: int = 0  # wrong tries since the last lock ended (or the last right one)
    locks: int = 0  # locks in a row since the last right secret: sets the next lock's length
    lock_seconds: int = 0  # length of the current (or last) lock; 0: none
    boot_key: str | None = None  # Clock.boot_key() at the lock
    mono_at: float | None = None  # Clock.monotonic() at the lock
    until: str | None = None  # trusted time the lock ends, ISO (used only after a restart)


def lock_length(locks: int) -> int:
    """Seconds the ``locks``-th lock in a row lasts (1-based)."""
    return min(LOCK_SECONDS * 2 ** max(0, locks - 1), MAX_LOCK_SECONDS)


def lasted_at_least(state: LockState, clock: Clock, trusted_now: datetime) -> float:
    """A lower bound of the real seconds since the lock started (module doc)."""
    if state.mono_at is None:
        return float("inf")
    mono = clock.monotonic()
    restarted = mono < state.mono_at or (
        state.boot_key is not None and state.boot_key.startswith("boot:")
        and clock.boot_key().startswith("boot:") and clock.boot_key() != state.boot_key)
    if not restarted:
        return mono - state.mono_at
    by_trusted = 0.0
    if state.until:
        started = from_iso(state.until) - timedelta(seconds=state.lock_seconds)
        by_trusted = (trusted_now - started).total_seconds()
    return max(mono if mono < state.mono_at else mono - state.mono_at, by_trusted)


def seconds_left(state: LockState, clock: Clock, trusted_now: datetime) -> int:
    """Whole seconds the lock still lasts (0 when not locked), never more than its length."""
    if state.lock_seconds <= 0 or state.failed_tries < MAX_TRIES:
        return 0
    left = state.lock_seconds - lasted_at_least(state, clock, trusted_now)
    return int(min(max(left, 0) + 0.999, state.lock_seconds)) if left > 0 else 0


def after_wrong_try(state: LockState, clock: Clock, trusted_now: datetime) -> LockState:
    """The state after one more wrong try (call only when not locked). Tries made before
    a lock do not count again once it has ended; the count of locks keeps growing."""
    tries = (0 if state.failed_tries >= MAX_TRIES else state.failed_tries) + 1
    if tries < MAX_TRIES:
        return replace(state, failed_tries=tries)
    locks = state.locks + 1
    length = lock_length(locks)
    return LockState(failed_tries=tries, locks=locks, lock_seconds=length, boot_key=clock.boot_key(),
                     mono_at=clock.monotonic(), until=to_iso(trusted_now + timedelta(seconds=length)))


def is_locked_now(state: LockState) -> bool:
    """Whether ``state`` (just returned by after_wrong_try) started a lock."""
    return state.failed_tries >= MAX_TRIES


def tries_left(state: LockState) -> int:
    return MAX_TRIES - state.failed_tries


# -- storage ---------------------------------------------------------------------------------


def read(conn: sqlite3.Connection, subject: str) -> LockState:
    row = conn.execute("SELECT failed_tries, locks, lock_seconds, boot_key, mono_at, until FROM lockouts"
                       " WHERE subject = ?", (subject,)).fetchone()
    return LockState(*row) if row else LockState()


def read_many(conn: sqlite3.Connection, prefix: str) -> dict[str, LockState]:
    rows = conn.execute("SELECT subject, failed_tries, locks, lock_seconds, boot_key, mono_at, until"
                        " FROM lockouts WHERE subject LIKE ?", (prefix + "%",)).fetchall()
    return {r[0]: LockState(*r[1:]) for r in rows}


def write(conn: sqlite3.Connection, subject: str, state: LockState) -> None:
    """Inside the caller's transaction."""
    conn.execute(
        "INSERT INTO lockouts (subject, failed_tries, locks, lock_seconds, boot_key, mono_at, until)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(subject) DO UPDATE SET failed_tries = excluded.failed_tries,"
        " locks = excluded.locks, lock_seconds = excluded.lock_seconds, boot_key = excluded.boot_key,"
        " mono_at = excluded.mono_at, until = excluded.until",
        (subject, state.failed_tries, state.locks, state.lock_seconds, state.boot_key, state.mono_at, state.until),
    )


def clear(conn: sqlite3.Connection, subject: str) -> None:
    """The right secret (or a new one): no tries counted, the next lock is short again."""
    conn.execute("DELETE FROM lockouts WHERE subject = ?", (subject,))


def learner_subject(learner_id: str) -> str:
    return f"learner:{learner_id}"


def teacher_subject(username_key: str) -> str:
    return f"teacher:{username_key}"


__all__ = [
    "LOCK_SECONDS", "MAX_LOCK_SECONDS", "MAX_TRIES", "LockState", "after_wrong_try", "clear",
    "is_locked_now", "lasted_at_least", "learner_subject", "lock_length", "read", "read_many",
    "seconds_left", "teacher_subject", "tries_left", "write",
]
