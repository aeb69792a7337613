"""Scheduling time from a PC clock that may jump: never backwards, never far ahead."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from tutor.clock import FakeClock
from tutor.store.released.v4_progress import PROGRESS_SCHEMA_STATEMENTS
from tutor.progress.trusted_time import (
    MAX_JUMP, RELEASE_FLOOR, TrustedClock, read_high_water, write_clock_marks,
)

START = datetime(2026, 11, 21, 8, 0, tzinfo=timezone.utc)
DAY = 86400


@pytest.fixture
def db():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    for statement in PROGRESS_SCHEMA_STATEMENTS:
        conn.execute(statement)
    yield conn
    conn.close()


def used(trusted: TrustedClock, db) -> datetime:
    """Read the time and record it, as every progress write does."""
    now = trusted.now()
    trusted.mark(db, now)
    return now


def test_a_correct_clock_is_followed(db):
    clock = FakeClock(START)
    trusted = TrustedClock(clock, db)
    assert used(trusted, db) == START
    clock.advance(3 * DAY)
    assert used(trusted, db) == START + timedelta(days=3)
    # a new session (app restarted) a week later
    clock.advance(7 * DAY)
    assert TrustedClock(clock, db).now() == START + timedelta(days=10)


def test_a_clock_set_back_inside_a_session_is_ignored_and_time_runs_on(db):
    clock = FakeClock(START)
    trusted = TrustedClock(clock, db)
    used(trusted, db)
    clock.set_wall(START - timedelta(days=5 * 365))
    assert trusted.now() == START
    clock.advance(600)  # ten real minutes later (the monotonic clock moved too)
    assert trusted.now() == START + timedelta(seconds=600)


def test_a_clock_set_back_before_a_new_session_stands_still_at_the_last_known_time(db):
    clock = FakeClock(START)
    used(TrustedClock(clock, db), db)
    clock.set_wall(START - timedelta(days=5 * 365))
    later = TrustedClock(clock, db)
    assert later.now() == START
    clock.advance(3600)
    assert later.now() == START + timedelta(hours=1)


def test_a_jump_of_years_ahead_inside_a_session_moves_at_most_max_jump(db):
    clock = FakeClock(START)
    trusted = TrustedClock(clock, db)
    used(trusted, db)
    clock.set_wall(START + timedelta(days=5 * 365))
    assert trusted.now() == START + MAX_JUMP
    # and back to the right time: time does not go back, nor further ahead
    clock.set_wall(START + timedelta(minutes=1))
    assert trusted.now() == START + MAX_JUMP


def test_a_jump_of_years_ahead_between_sessions_moves_at_most_max_jump(db):
    clock = FakeClock(START)
    used(TrustedClock(clock, db), db)
    clock.set_wall(START + timedelta(days=5 * 365))
    assert used(TrustedClock(clock, db), db) == START + MAX_JUMP
    assert read_high_water(db) == START + MAX_JUMP


def test_a_real_absence_shorter_than_max_jump_is_followed_exactly(db):
    clock = FakeClock(START)
    used(TrustedClock(clock, db), db)
    clock.set_wall(START + timedelta(days=45))  # PC switched off for the harvest
    assert TrustedClock(clock, db).now() == START + timedelta(days=45)


def test_sleep_with_the_app_open_is_followed(db):
    """A laptop asleep overnight: the wall clock moved, the monotonic clock did not."""
    clock = FakeClock(START)
    trusted = TrustedClock(clock, db)
    used(trusted, db)
    clock.set_wall(START + timedelta(hours=10))
    assert trusted.now() == START + timedelta(hours=10)


def test_a_new_pc_with_a_clock_before_the_release_is_floored(db):
    clock = FakeClock(datetime(2003, 1, 1, tzinfo=timezone.utc))
    assert TrustedClock(clock, db).now() == RELEASE_FLOOR


def test_the_high_water_mark_never_goes_down(db):
    write_clock_marks(db, START, START)
    write_clock_marks(db, START - timedelta(days=1), START)
    assert read_high_water(db) == START


def test_a_clock_that_stays_wrong_for_weeks_does_not_push_time_further_each_day(db):
    """Set to 2031 and left so for a month, the app started every day: time moves one day a day."""
    clock = FakeClock(START)
    used(TrustedClock(clock, db), db)
    clock.set_wall(START + timedelta(days=5 * 365))
    first = used(TrustedClock(clock, db), db)
    assert first == START + MAX_JUMP
    for day in range(1, 31):
        clock.advance(DAY)
        assert used(TrustedClock(clock, db), db) == first + timedelta(days=day)
    # put right at last: time does not go back, and has not run off by years
    clock.set_wall(START + timedelta(days=31))
    fixed = used(TrustedClock(clock, db), db)
    assert fixed == first + timedelta(days=30)
    clock.advance(DAY)
    assert used(TrustedClock(clock, db), db) == fixed + timedelta(days=1)


def test_a_clock_stuck_in_the_past_still_counts_the_days(db):
    clock = FakeClock(START)
    used(TrustedClock(clock, db), db)
    clock.set_wall(START - timedelta(days=5 * 365))
    assert used(TrustedClock(clock, db), db) == START
    clock.advance(2 * DAY)
    assert used(TrustedClock(clock, db), db) == START + timedelta(days=2)


def test_a_dead_cmos_battery_resetting_every_boot_adds_no_drift(db):
    """Each boot starts in 2000 until the clock is set again; sometimes the app starts first."""
    clock = FakeClock(START)
    used(TrustedClock(clock, db), db)
    real = START
    for _ in range(10):
        real += timedelta(days=1)
        clock.set_wall(datetime(2000, 1, 1, tzinfo=timezone.utc))
        used(TrustedClock(clock, db), db)  # a session before the clock is set
        clock.set_wall(real)
        assert used(TrustedClock(clock, db), db) == real
