"""Class work a teacher does on one PC reaches the learner on another PC through the real hub.

The teacher's laptop (PC A), whose account was made at the hub, enrols a learner and assigns a lesson; the learner signs in
on PC B of the same site; after B's sync round the assignment is on B's home screen.
A merge made on A is folded on B too.
"""

from __future__ import annotations

from tests.sync.conftest import HUB_TIME
from tests.sync.test_move import pack_pc  # noqa: F401  (fixture)
from tutor.clock import FakeClock
from tutor.sync.state import hub_link
from tutor.teacher.passwords import hash_password


def teacher_from_the_hub(hub, pc):
    """An enrolled PC's teacher account is made at the hub and arrives with a sync round."""
    hub.storage.create_teacher(hub_link(pc.conn).site_id, "colan", "Cô Lan", hash_password("matkhau123"),
                               hub.clock.now())
    pc.engine().sync_once()
    return pc.ws.teacher.login("colan", "matkhau123")


def test_assignment_made_on_the_teachers_pc_reaches_the_learners_pc(hub, pack_pc):  # noqa: F811
    code = hub.new_site("Xã Yên Lạc")
    pc_a = pack_pc("a", FakeClock(HUB_TIME))
    pc_b = pack_pc("b", FakeClock(HUB_TIME))
    pc_a.enroll(hub, code)
    pc_b.enroll(hub, code)
    lan, _ = pc_a.ws.learners.create("Bà Lan", "sun")
    lesson_id = pc_a.ws.content.lessons(level=1)[2].lesson_id

    teacher = pc_a.ws.teacher
    session = teacher_from_the_hub(hub, pc_a)
    klass, _ = teacher.create_class(session, "Lớp tối thứ Ba")
    teacher.enroll(session, klass.class_id, [lan.learner_id])
    teacher.assign(session, klass.class_id, lesson_ids=[lesson_id])
    pc_a.engine().sync_once()

    assert pc_b.ws.teacher.learner_assignments(lan.learner_id) == []
    report = pc_b.engine().sync_once()
    assert lan.learner_id in report.learners_added
    seen_on_b = pc_b.ws.teacher.learner_assignments(lan.learner_id)
    assert [(a.lesson_id, a.done) for a in seen_on_b] == [(lesson_id, False)]
    assert seen_on_b == pc_a.ws.teacher.learner_assignments(lan.learner_id)


def test_a_merge_made_on_one_pc_is_folded_on_the_other(hub, pack_pc):  # noqa: F811
    code = hub.new_site("Xã Yên Lạc")
    pc_a = pack_pc("a", FakeClock(HUB_TIME))
    pc_b = pack_pc("b", FakeClock(HUB_TIME))
    pc_a.enroll(hub, code)
    pc_b.enroll(hub, code)
    keep, _ = pc_a.ws.learners.create("Bà Lan", "sun")
    twin, _ = pc_b.ws.learners.create("Lan", "leaf")
    lesson = pc_b.ws.content.lesson(pc_b.ws.content.lessons(level=1)[0].lesson_id)
    pc_b.ws.progress.open_lesson(twin.learner_id, lesson.id)
    pc_b.engine().sync_once()
    pc_a.engine().sync_once()

    teacher = pc_a.ws.teacher
    session = teacher_from_the_hub(hub, pc_a)
    teacher.merge_profiles(session, keep.learner_id, twin.learner_id)
    assert pc_a.ws.progress.continue_point(keep.learner_id).lesson_id == lesson.id
    pc_a.engine().sync_once()

    pc_b.engine().sync_once()
    assert pc_b.ws.teacher.merged_into(twin.learner_id) == keep.learner_id
    point = pc_b.ws.progress.continue_point(keep.learner_id)
    assert point is not None and point.lesson_id == lesson.id
