"""Assignments: given to a class, seen by learners, and rebuilt from events on another PC."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.progress.helpers import open_workspace, right_response
from tests.teacher.conftest import make_learner
from tests.teacher.helpers import pull
from tutor.clock import FakeClock
from tutor.teacher.errors import TeacherError, UnknownTeacherItem
from tutor.teacher.projection import table_rows

TODAY = date(2026, 11, 21)   # the FakeClock's day in Vietnam (08:00 UTC = 15:00 local)


def lessons(ws, level=1):
    return [s.lesson_id for s in ws.content.lessons(level=level)]


def pass_lesson(ws, learner, lesson_id):
    lesson = ws.content.lesson(lesson_id)
    for question in lesson.quiz:
        ws.progress.answer(learner, lesson_id, question.id, right_response(question))


def test_assign_lessons_and_a_level_test_and_the_learner_sees_them(ws, area, session, klass, clock):
    learner = make_learner(ws, "Nguyễn Thị Ánh Tuyết")
    area.enroll(session, klass.class_id, [learner])
    first, second = lessons(ws)[:2]
    work, changes = area.assign(session, klass.class_id, lesson_ids=[first, second], due=TODAY + timedelta(days=2))
    assert work.kind == "lessons" and work.lesson_ids == (first, second) and work.created_by == session.teacher.teacher_id
    assert changes.progress and changes.learner_ids == {learner}
    clock.advance(60)
    test, _ = area.assign(session, klass.class_id, level=1)
    assert area.assignments(klass.class_id) == [test, work]   # newest first

    tiles = area.learner_assignments(learner)
    assert [(t.title, t.lesson_id, t.level, t.done, t.overdue) for t in tiles] == [
        ("Bài 1.1: AI là gì và không là gì", first, 1, False, False),
        ("Bài 1.2: Gõ và sửa chữ tiếng Việt trên máy tính", second, 1, False, False),
        ("Bài kiểm tra Cấp 1", None, 1, False, False),
    ]
    pass_lesson(ws, learner, first)
    tiles = area.learner_assignments(learner)
    assert [(t.lesson_id, t.done) for t in tiles][-1] == (first, True)   # done tiles go last
    # Three days later the second lesson is overdue (the level test has no due date).
    clock.advance(3 * 86400)
    overdue = {t.lesson_id: t.overdue for t in area.learner_assignments(learner)}
    assert overdue == {second: True, None: False, first: False}


def test_bad_assignments_are_refused(ws, area, session, klass):
    with pytest.raises(TeacherError):
        area.assign(session, klass.class_id)
    with pytest.raises(TeacherError):
        area.assign(session, klass.class_id, lesson_ids=lessons(ws)[:1], level=1)
    with pytest.raises(UnknownTeacherItem):
        area.assign(session, klass.class_id, lesson_ids=["l9.khong-co"])
    with pytest.raises(UnknownTeacherItem):
        area.assign(session, klass.class_id, level=42)
    with pytest.raises(TeacherError) as err:
        area.assign(session, klass.class_id, level=1, due=TODAY - timedelta(days=1))
    assert "Hạn nộp đã qua" in err.value.user_message
    assert area.assignments(klass.class_id, include_cancelled=True) == []


def test_cancelled_and_archived_class_work_leaves_the_home_screen(ws, area, session, klass, clock):
    learner = make_learner(ws, "Đặng Văn Ơn")
    area.enroll(session, klass.class_id, [learner])
    keep, _ = area.assign(session, klass.class_id, lesson_ids=lessons(ws)[:1])
    clock.advance(60)
    drop, _ = area.assign(session, klass.class_id, lesson_ids=lessons(ws)[1:2])
    area.cancel_assignment(session, drop.assignment_id)
    assert area.assignments(klass.class_id) == [keep]
    assert [a.cancelled for a in area.assignments(klass.class_id, include_cancelled=True)] == [True, False]
    assert [t.assignment.assignment_id for t in area.learner_assignments(learner)] == [keep.assignment_id]
    assert area.cancel_assignment(session, drop.assignment_id).empty
    area.archive_class(session, klass.class_id)
    assert area.learner_assignments(learner) == []


def test_the_same_lesson_from_two_classes_is_one_tile_with_the_earliest_due_day(ws, area, session, klass):
    learner = make_learner(ws, "Hà Thị Ngọc Diệp")
    other, _ = area.create_class(session, "Lớp sáng")
    lesson = lessons(ws)[0]
    for info, due in ((klass, TODAY + timedelta(days=9)), (other, TODAY + timedelta(days=3))):
        area.enroll(session, info.class_id, [learner])
        area.assign(session, info.class_id, lesson_ids=[lesson], due=due)
    tiles = area.learner_assignments(learner)
    assert len(tiles) == 1 and tiles[0].assignment.due == TODAY + timedelta(days=3)


def test_rebuild_from_events_equals_the_live_tables(ws, area, session, klass):
    a, b, c = (make_learner(ws, n) for n in ("Nguyễn Văn A", "Trần Thị B", "Lê Văn C"))
    area.enroll(session, klass.class_id, [a, b])
    area.rename_class(session, klass.class_id, "Lớp đổi tên")
    first, _ = area.assign(session, klass.class_id, lesson_ids=lessons(ws)[:3], due=TODAY + timedelta(days=7))
    area.assign(session, klass.class_id, level=1)
    area.unenroll(session, klass.class_id, [b])
    area.enroll(session, klass.class_id, [b, c])
    area.cancel_assignment(session, first.assignment_id)
    other, _ = area.create_class(session, "Lớp cũ")
    area.enroll(session, other.class_id, [c])
    area.archive_class(session, other.class_id)
    area.merge_profiles(session, a, c)
    live = table_rows(ws.conn)
    assert all(live.values())
    area.rebuild_from_events()
    assert table_rows(ws.conn) == live


def test_the_learners_pc_learns_its_assignments_from_pulled_events(ws, area, session, klass, tmp_path):
    """Teacher's laptop (ws) assigns; the learner's PC pulls the learner's history and rebuilds."""
    learner_pc = open_workspace(tmp_path / "learner-pc", FakeClock())
    try:
        early = make_learner(learner_pc, "Nguyễn Thị Ánh Tuyết")
        pull(learner_pc, ws, [early])                      # the roster reaches the laptop
        late = make_learner(ws, "Đặng Văn Ơn")
        area.enroll(session, klass.class_id, [early])
        area.assign(session, klass.class_id, lesson_ids=lessons(ws)[:2], due=TODAY + timedelta(days=5))
        area.assign(session, klass.class_id, level=1)
        area.enroll(session, klass.class_id, [late])          # joins after the work was given
        cancelled, _ = area.assign(session, klass.class_id, lesson_ids=lessons(ws)[2:3])
        area.cancel_assignment(session, cancelled.assignment_id)

        pull(ws, learner_pc, [early, late])
        changes = learner_pc.teacher.rebuild_from_events()
        assert changes.progress
        for learner in (early, late):
            mine = learner_pc.teacher.learner_assignments(learner)
            assert [(t.title, t.assignment.due) for t in mine] == [
                (t.title, t.assignment.due) for t in area.learner_assignments(learner)]
            assert len(mine) == 3
        assert [c.name for c in learner_pc.teacher.classes()] == [klass.name]

        # Later changes reach the PC the same way: the class is archived on the laptop.
        area.archive_class(session, klass.class_id)
        pull(ws, learner_pc, [early])
        learner_pc.teacher.rebuild_from_events()
        assert learner_pc.teacher.learner_assignments(early) == []
    finally:
        learner_pc.close()
