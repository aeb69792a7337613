"""Classes and enrolment: create, rename, archive; learners from this PC and from the site roster."""

from __future__ import annotations

import json

import pytest

from tests.progress.helpers import open_workspace
from tests.teacher.conftest import make_learner
from tests.teacher.helpers import pull
from tutor.clock import FakeClock
from tutor.teacher.errors import TeacherError, UnknownTeacherItem


def teacher_events(ws, kind):
    return [(r[0], json.loads(r[1])) for r in ws.conn.execute(
        "SELECT learner_id, payload FROM events WHERE kind = ? ORDER BY seq", (kind,))]


def test_create_rename_archive_and_unarchive(area, session, ws):
    info, changes = area.create_class(session, "  Lớp   tối thứ Ba ")
    assert info.name == "Lớp tối thứ Ba" and not info.archived and info.member_count == 0
    assert changes.learners
    area.rename_class(session, info.class_id, "Lớp Xóm Đông")
    assert [c.name for c in area.classes()] == ["Lớp Xóm Đông"]
    area.archive_class(session, info.class_id)
    assert area.classes() == []
    kept = area.classes(include_archived=True)
    assert [(c.name, c.archived) for c in kept] == [("Lớp Xóm Đông", True)]
    area.archive_class(session, info.class_id, archived=False)
    assert [c.name for c in area.classes()] == ["Lớp Xóm Đông"]
    by = session.teacher.teacher_id
    assert [p["name"] for _, p in teacher_events(ws, "class_created")] == ["Lớp tối thứ Ba"]
    assert [p["name"] for _, p in teacher_events(ws, "class_renamed")] == ["Lớp Xóm Đông"]
    assert [p["archived"] for _, p in teacher_events(ws, "class_archived")] == [True, False]
    for kind in ("class_created", "class_renamed", "class_archived"):
        assert all(p["by"] == by and learner is None for learner, p in teacher_events(ws, kind))


def test_class_names_are_checked(area, session, klass):
    with pytest.raises(TeacherError) as err:
        area.create_class(session, "   ")
    assert err.value.user_message == "Hãy đặt tên cho lớp."
    with pytest.raises(TeacherError) as err:
        area.create_class(session, "LỚP TỐI THỨ BA")
    assert "Đã có một lớp tên này" in err.value.user_message
    with pytest.raises(UnknownTeacherItem):
        area.rename_class(session, "no-such-class", "Lớp")


def test_enrol_this_pcs_learners_and_roster_learners(ws, area, session, klass, tmp_path):
    here = make_learner(ws, "Hà Thị Ngọc Diệp")
    other_pc = open_workspace(tmp_path / "other-pc", FakeClock())
    try:
        there = make_learner(other_pc, "Đặng Văn Ơn", "fish")
        pull(other_pc, ws, [there])
    finally:
        other_pc.close()
    origins = {x.display_name: x.origin for x in area.enrollable_learners()}
    assert origins == {"Hà Thị Ngọc Diệp": "this_pc", "Đặng Văn Ơn": "site_roster"}

    changes = area.enroll(session, klass.class_id, [here, there, here])
    assert changes.learner_ids == {here, there} and changes.learners and changes.progress
    # Class-list order: by given name (Diệp before Ơn).
    assert [m.display_name for m in area.members(klass.class_id)] == ["Hà Thị Ngọc Diệp", "Đặng Văn Ơn"]
    assert area.classes()[0].member_count == 2
    assert all(klass.class_id in x.class_ids for x in area.enrollable_learners())
    enrolled = teacher_events(ws, "class_enrolled")
    assert sorted(learner for learner, _ in enrolled) == sorted([here, there])
    assert all(p["by"] == session.teacher.teacher_id and p["class"]["name"] == klass.name for _, p in enrolled)

    assert area.enroll(session, klass.class_id, [here]).empty   # already in: nothing written
    assert len(teacher_events(ws, "class_enrolled")) == 2

    area.unenroll(session, klass.class_id, [there])
    assert [m.display_name for m in area.members(klass.class_id)] == ["Hà Thị Ngọc Diệp"]
    assert [learner for learner, _ in teacher_events(ws, "class_unenrolled")] == [there]


def test_enrolment_is_refused_for_unknown_learners_and_archived_classes(ws, area, session, klass):
    with pytest.raises(UnknownTeacherItem):
        area.enroll(session, klass.class_id, ["nobody"])
    learner = make_learner(ws, "Nguyễn Văn An")
    area.archive_class(session, klass.class_id)
    with pytest.raises(TeacherError) as err:
        area.enroll(session, klass.class_id, [learner])
    assert "cất đi" in err.value.user_message
    assert area.members(klass.class_id) == []
