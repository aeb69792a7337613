"""Teacher accounts: first-run creation, login and lock, sessions, events without secrets."""

from __future__ import annotations

import json
import unicodedata
from datetime import timedelta

import pytest

from tutor.teacher import passwords
from tutor.teacher.api import TeacherSession
from tutor.teacher.errors import NotLoggedIn, TeacherError, TeacherLocked, WrongPassword


def events(ws, kind=None):
    sql = "SELECT kind, learner_id, payload FROM events" + (" WHERE kind = ?" if kind else "") + " ORDER BY seq"
    return [(r[0], r[1], json.loads(r[2])) for r in ws.conn.execute(sql, (kind,) if kind else ())]


def test_the_first_teacher_needs_no_session_and_later_ones_do(area):
    assert not area.has_teachers()
    first, changes = area.create_teacher("colan", "Cô Lan", "matkhau123", None)
    assert area.has_teachers() and not changes.empty
    with pytest.raises(NotLoggedIn):
        area.create_teacher("thaybinh", "Thầy Bình", "matkhau456", None)
    session = area.login("colan", "matkhau123")
    second, _ = area.create_teacher("thaybinh", "Thầy Bình", "matkhau456", session)
    assert [t.username for t in area.teachers()] == ["colan", "thaybinh"]
    assert first.teacher_id != second.teacher_id


def test_user_names_are_unique_whatever_the_case_or_unicode_form(area, session):
    area.create_teacher("cô_hoà", "Cô Hoà", "matkhau999", session)
    with pytest.raises(TeacherError) as err:
        area.create_teacher(unicodedata.normalize("NFD", "CÔ_HOÀ"), "Cô Hoà 2", "matkhau999", session)
    assert "đã có người dùng" in err.value.user_message
    # Logging in is as forgiving: another case and another Unicode form.
    teacher = area.login(unicodedata.normalize("NFD", "Cô_HOÀ"), "matkhau999").teacher
    assert teacher.username == "cô_hoà" and unicodedata.is_normalized("NFC", teacher.username)


def test_a_short_password_gets_a_plain_vietnamese_message(area):
    with pytest.raises(TeacherError) as err:
        area.create_teacher("colan", "Cô Lan", "12345", None)
    assert err.value.user_message == "Mật khẩu cần ít nhất 6 ký tự."
    assert not area.has_teachers()


def test_user_name_with_spaces_is_refused(area):
    with pytest.raises(TeacherError) as err:
        area.create_teacher("co lan", "Cô Lan", "matkhau123", None)
    assert "dấu cách" in err.value.user_message


def test_wrong_passwords_count_down_then_lock_for_five_minutes(area, session, clock):
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongPassword) as err:
            area.login("colan", "sai-mat-khau")
        assert err.value.tries_left == left
        assert f"Còn {left} lần thử" in err.value.user_message
    with pytest.raises(TeacherLocked) as err:
        area.login("colan", "sai-mat-khau")
    assert err.value.seconds_left == 300
    # Locked: even the right password waits.
    with pytest.raises(TeacherLocked):
        area.login("colan", "matkhau123")
    clock.advance(299)
    with pytest.raises(TeacherLocked):
        area.login("colan", "matkhau123")
    clock.advance(2)
    assert area.login("colan", "matkhau123").teacher.username == "colan"
    # A good login resets the count.
    with pytest.raises(WrongPassword) as err:
        area.login("colan", "sai")
    assert err.value.tries_left == 4


def test_a_clock_set_backwards_never_makes_the_lock_longer(area, session, clock):
    for _ in range(5):
        with pytest.raises((WrongPassword, TeacherLocked)):
            area.login("colan", "sai-mat-khau")
    clock.set_wall(clock.now() - timedelta(days=365))
    with pytest.raises(TeacherLocked) as err:
        area.login("colan", "matkhau123")
    assert err.value.seconds_left <= 300
    clock.advance(301)
    assert area.login("colan", "matkhau123")


def test_unknown_user_answers_like_a_wrong_password(area, session):
    with pytest.raises(WrongPassword) as err:
        area.login("khongco", "matkhau123")
    assert err.value.user_message.startswith("Tên đăng nhập hoặc mật khẩu chưa đúng")


def test_sessions_are_only_those_login_issued_and_not_logged_out(area, session):
    forged = TeacherSession(session.teacher, session.started_at)
    with pytest.raises(NotLoggedIn):
        area.create_class(forged, "Lớp giả")
    assert area.create_class(session, "Lớp thật")
    area.logout(session)
    with pytest.raises(NotLoggedIn) as err:
        area.create_class(session, "Lớp sau khi đăng xuất")
    assert "đăng nhập lại" in err.value.user_message


def test_change_password(area, session):
    with pytest.raises(TeacherError):
        area.change_password(session, "sai", "matkhaumoi")
    with pytest.raises(TeacherError):
        area.change_password(session, "matkhau123", "ngan")
    other = area.login("colan", "matkhau123")
    area.change_password(session, "matkhau123", "matkhaumoi")
    with pytest.raises(WrongPassword):
        area.login("colan", "matkhau123")
    assert area.login("colan", "matkhaumoi")
    with pytest.raises(NotLoggedIn):  # the other window must log in again
        area.create_class(other, "Lớp")
    assert area.create_class(session, "Lớp")


def test_every_account_action_is_an_event_and_no_secret_is_in_any(ws, area):
    area.create_teacher("colan", "Cô Lan", "matkhau123", None)
    with pytest.raises(WrongPassword):
        area.login("colan", "sai-mat-khau")
    with pytest.raises(WrongPassword):
        area.login("matkhau123", "")         # the password typed into the name field
    session = area.login("colan", "matkhau123")
    area.change_password(session, "matkhau123", "matkhaumoi")
    area.logout(session)
    found = events(ws)
    kinds = [k for k, _, _ in found]
    assert kinds == ["teacher_created", "teacher_login_failed", "teacher_login_failed", "teacher_login",
                     "teacher_password_changed", "teacher_logout"]
    teacher_id = session.teacher.teacher_id
    assert all(learner is None for _, learner, _ in found)
    assert [p["by"] for _, _, p in found] == [teacher_id, teacher_id, None, teacher_id, teacher_id, teacher_id]
    stored = ws.conn.execute("SELECT password_hash FROM teacher_accounts").fetchone()[0]
    salt, digest = stored.split("$")[4:6]
    log = ws.conn.execute("SELECT group_concat(payload) FROM events").fetchone()[0]
    for secret in ("matkhau123", "matkhaumoi", "sai-mat-khau", salt, digest):
        assert secret not in log


def test_hash_keeps_its_parameters_and_is_raised_at_next_login(ws, area, monkeypatch, real_scrypt):
    area.create_teacher("colan", "Cô Lan", "matkhau123", None)
    stored = ws.conn.execute("SELECT password_hash FROM teacher_accounts").fetchone()[0]
    assert stored.startswith("scrypt$16384$8$1$")
    assert passwords.verify_password("matkhau123", stored)
    stronger = passwords.ScryptParams(n=2**15, r=8, p=1)
    monkeypatch.setattr(passwords, "CURRENT", stronger)
    assert area.login("colan", "matkhau123")     # the old hash still opens the account...
    raised = ws.conn.execute("SELECT password_hash FROM teacher_accounts").fetchone()[0]
    assert raised.startswith("scrypt$32768$8$1$")  # ...and is re-hashed with the new cost
    assert area.login("colan", "matkhau123")
