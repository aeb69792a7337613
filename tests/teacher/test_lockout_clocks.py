"""Lock-outs hold against a clock moved forward, grow with repeated failures, and an unknown
teacher name behaves like a known one (issue 13 item 8)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tutor import lockout
from tutor.errors import ProfileLocked, WrongPin
from tutor.teacher.errors import TeacherLocked, WrongPassword
from tutor.workspace import Workspace


def _lock_learner(ws, learner_id):
    for _ in range(lockout.MAX_TRIES - 1):
        with pytest.raises(WrongPin):
            ws.learners.sign_in(learner_id, "1111")
    with pytest.raises(ProfileLocked) as err:
        ws.learners.sign_in(learner_id, "1111")
    return err.value.seconds_left


def test_moving_the_clock_forward_does_not_end_a_pin_lock(ws, clock):
    learner, _ = ws.learners.create("Hoa", "sun", pin="2468")
    _lock_learner(ws, learner.learner_id)
    clock.set_wall(clock.now() + timedelta(days=3))
    with pytest.raises(ProfileLocked):
        ws.learners.sign_in(learner.learner_id, "2468")
    assert ws.learners.get(learner.learner_id).locked_seconds_left > 0
    clock.advance(lockout.LOCK_SECONDS)  # real time, counted by the boot-time clock
    assert ws.learners.sign_in(learner.learner_id, "2468")


def test_restarting_the_app_with_the_clock_forward_keeps_the_lock(data_dir, clock):
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    learner, _ = ws.learners.create("Hoa", "sun", pin="2468")
    _lock_learner(ws, learner.learner_id)
    ws.close()
    clock.set_wall(clock.now() + timedelta(hours=2))
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    try:
        with pytest.raises(ProfileLocked):
            ws.learners.sign_in(learner.learner_id, "2468")
    finally:
        ws.close()


def test_each_lock_in_a_row_lasts_longer(ws, clock):
    learner, _ = ws.learners.create("Hoa", "sun", pin="2468")
    lengths = []
    for _ in range(4):
        lengths.append(_lock_learner(ws, learner.learner_id))
        clock.advance(lengths[-1])
    assert lengths == [300, 600, 1200, 2400]
    assert ws.learners.sign_in(learner.learner_id, "2468")  # the right PIN: short locks again
    assert _lock_learner(ws, learner.learner_id) == 300


def test_guessing_every_pin_by_waiting_out_locks_takes_weeks():
    waited = sum(lockout.lock_length(n) for n in range(1, 10_000 // lockout.MAX_TRIES + 1))
    assert waited > 365 * 24 * 3600


def test_after_a_restart_of_the_pc_time_since_boot_or_trusted_time_counts():
    class Booted:
        def __init__(self, mono, key):
            self.mono, self.key = mono, key

        def monotonic(self):
            return self.mono

        def boot_key(self):
            return self.key

    t0 = datetime(2026, 11, 21, tzinfo=timezone.utc)
    state = lockout.after_wrong_try(lockout.LockState(failed_tries=4), Booted(5000.0, "boot:a"), t0)
    assert lockout.seconds_left(state, Booted(5100.0, "boot:a"), t0 + timedelta(days=9)) == 200  # same boot
    assert lockout.seconds_left(state, Booted(60.0, "boot:b"), t0) == 240  # restarted a minute ago
    assert lockout.seconds_left(state, Booted(60.0, "boot:b"), t0 + timedelta(seconds=280)) == 20


def test_moving_the_clock_forward_does_not_end_a_teacher_lock(area, session, clock):
    for _ in range(5):
        with pytest.raises((WrongPassword, TeacherLocked)):
            area.login("colan", "sai-mat-khau")
    clock.set_wall(clock.now() + timedelta(days=1))
    with pytest.raises(TeacherLocked):
        area.login("colan", "matkhau123")


def test_an_unknown_teacher_name_counts_down_and_locks_like_a_known_one(area, session, clock):
    answers = {}
    for name in ("colan", "khongco"):
        seen = []
        for _ in range(6):
            with pytest.raises((WrongPassword, TeacherLocked)) as err:
                area.login(name, "sai-mat-khau")
            seen.append((type(err.value).__name__, err.value.user_message))
        answers[name] = seen
    assert answers["colan"] == answers["khongco"]
    assert answers["khongco"][-1][0] == "TeacherLocked"


def test_a_long_lock_is_told_in_hours():
    assert "khoảng 3 giờ" in ProfileLocked(2 * 3600 + 60).user_message
    assert "5 phút" in ProfileLocked(300).user_message
