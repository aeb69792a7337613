"""Teacher accounts that come from the hub: an enrolled PC takes them in with the roster and
offers no first-run step of its own, so a learner cannot make themselves a teacher."""

from __future__ import annotations

import pytest

from tutor.sync import state
from tutor.teacher.accounts import apply_site_teachers
from tutor.teacher.errors import TeacherError, WrongPassword
from tutor.teacher.passwords import hash_password


def hub_account(teacher_id="t-lan", username="colan", name="Cô Lan", password="lop-hoc-2026", revoked=False):
    return {"teacher_id": teacher_id, "username": username, "display_name": name,
            "password_hash": hash_password(password), "created_at": "2026-11-20T08:00:00.000+00:00",
            "revoked": revoked}


def enroll(ws):
    with ws.conn:
        state.save_hub_link(ws.conn, state.HubLink("http://hub.local:8765", "token", "site-1", "Xã Yên Lạc"))


def test_an_enrolled_pc_offers_no_first_run_and_refuses_one(ws, area):
    assert area.first_run_allowed()
    enroll(ws)
    assert not area.first_run_allowed()
    with pytest.raises(TeacherError) as refused:
        area.create_teacher("hocvien", "Học viên", "toi-la-giao-vien", None)
    assert "máy chủ" in refused.value.user_message
    assert not area.has_teachers()


def test_accounts_from_the_hub_log_in_offline_follow_changes_and_go_when_revoked(ws, area):
    enroll(ws)
    assert apply_site_teachers(ws.conn, [hub_account()]) == 1
    assert apply_site_teachers(ws.conn, [hub_account()]) == 1   # a new hash of the same password
    session = area.login("ColAn", "lop-hoc-2026")
    assert session.teacher.display_name == "Cô Lan"
    with pytest.raises(TeacherError) as at_hub:
        area.change_password(session, "lop-hoc-2026", "mat-khau-moi-2027")
    assert "máy chủ" in at_hub.value.user_message
    area.logout(session)

    new = hub_account(name="Cô Lan (tổ trưởng)", password="mat-khau-moi-2027")
    assert apply_site_teachers(ws.conn, [new]) == 1
    with pytest.raises(WrongPassword):
        area.login("colan", "lop-hoc-2026")
    assert area.login("colan", "mat-khau-moi-2027").teacher.display_name == "Cô Lan (tổ trưởng)"

    assert apply_site_teachers(ws.conn, [hub_account(revoked=True)]) == 1
    assert not area.has_teachers()
    with pytest.raises(WrongPassword):
        area.login("colan", "mat-khau-moi-2027")


def test_a_local_account_keeps_its_name_and_bad_entries_are_skipped(ws, area, session):
    entries = [hub_account(teacher_id="t-other"), {"teacher_id": "t-x"}, "nonsense",
               hub_account(teacher_id="t-binh", username="thaybinh", name="Thầy Bình")]
    assert apply_site_teachers(ws.conn, entries) == 1
    assert sorted(t.username for t in area.teachers()) == ["colan", "thaybinh"]
    assert area.login("colan", "matkhau123")                      # the PC's own Cô Lan, untouched
    assert apply_site_teachers(ws.conn, {"not": "a list"}) == 0
