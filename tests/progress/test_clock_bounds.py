"""Trusted time is bounded by what the app can know, and no certificate is signed from an
untrusted clock (issue 13 item 9, PC side)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.progress.test_levels import take_test
from tutor.progress import messages
from tutor.progress.trusted_time import (
    PLAUSIBLE_AHEAD, certificate_time, known_times, remember_hub_time, session_start,
)

FIVE_YEARS = timedelta(days=5 * 365)


def _pack_date(ws):
    return datetime.fromisoformat(ws.conn.execute("SELECT max(created) FROM content_packs").fetchone()[0]
                                  .replace("Z", "+00:00"))


def test_a_first_start_with_a_clock_five_years_fast_is_not_believed(ws, clock):
    from tutor.progress.service import ProgressService

    real = clock.now()
    clock.set_wall(real + FIVE_YEARS)
    progress = ProgressService(ws.conn, clock, ws.content)  # the first reading on this PC
    assert progress.now() <= _pack_date(ws) + PLAUSIBLE_AHEAD < real + FIVE_YEARS


def test_session_start_keeps_within_the_ceiling_but_never_goes_back():
    floor = datetime(2026, 1, 1, tzinfo=timezone.utc)
    ceiling = datetime(2028, 12, 1, tzinfo=timezone.utc)
    wall = datetime(2031, 12, 1, tzinfo=timezone.utc)
    assert session_start(wall, None, floor=floor, ceiling=ceiling) == ceiling
    high = datetime(2029, 6, 1, tzinfo=timezone.utc)  # from an older version: kept, not lowered
    assert session_start(wall, (high, high), floor=floor, ceiling=ceiling) == high


def test_no_certificate_from_a_clock_five_years_fast_until_it_is_put_right(ws, progress, learner, clock):
    real = clock.now()
    clock.set_wall(real + FIVE_YEARS)
    assert certificate_time(ws.conn, clock) is None
    _test, result = take_test(progress, learner, 1, 100)
    assert result.passed and result.certificate is None
    assert messages.CERTIFICATE_WAITS in result.message
    assert progress.certificates(learner) == []
    assert progress.certificates_waiting(learner) == [1]
    clock.set_wall(real + timedelta(days=1))  # someone puts the clock right
    (certificate,) = progress.certificates(learner)
    assert certificate.fields.level == 1 and certificate.fields.issued_on.startswith(str(real.year))
    assert progress.certificates_waiting(learner) == []


def test_the_hub_time_seen_since_boot_dates_certificates_whatever_the_pc_clock(ws, progress, learner, clock):
    real = clock.now()
    remember_hub_time(ws.conn, real, clock)
    clock.set_wall(real + FIVE_YEARS)
    clock.advance(3600)
    assert certificate_time(ws.conn, clock) == real + timedelta(hours=1)
    _test, result = take_test(progress, learner, 1, 100)
    assert result.certificate is not None
    assert result.certificate.fields.issued_on[:4] == str(real.year)
    clock.reboot()  # after a restart the hub's reading no longer carries over
    assert certificate_time(ws.conn, clock) is None
    assert known_times(ws.conn).ceiling >= real + PLAUSIBLE_AHEAD
