"""Merging two profiles of one person made on two PCs: recorded, recomputed, reversible in data."""

from __future__ import annotations

import json

import pytest

from tests.progress.helpers import open_workspace, right_response, wrong_response
from tests.teacher.conftest import make_learner
from tests.teacher.helpers import pull
from tutor.clock import FakeClock
from tutor.teacher.errors import TeacherError


@pytest.fixture
def two_profiles(ws, area, session, klass, tmp_path, clock):
    """An on this PC passes lesson 1's first half; the same An on another PC answers lesson 1's rest."""
    lesson = ws.content.lesson(ws.content.lessons(level=1)[0].lesson_id)
    here = make_learner(ws, "Nguyễn Văn An")
    for question in lesson.quiz[:2]:
        ws.progress.answer(here, lesson.id, question.id, right_response(question), time_spent_s=10)
    other_pc = open_workspace(tmp_path / "other-pc", FakeClock(clock.now()))
    try:
        there = make_learner(other_pc, "Nguyen Van An", "fish")
        other_pc.clock.advance(600)
        for question in lesson.quiz[2:]:
            other_pc.progress.answer(there, lesson.id, question.id, right_response(question), time_spent_s=10)
        other_pc.progress.answer(there, lesson.id, lesson.quiz[0].id, wrong_response(lesson.quiz[0]),
                                 time_spent_s=10)
        pull(other_pc, ws, [there])
    finally:
        other_pc.close()
    other_class, _ = area.create_class(session, "Lớp vi tính")
    area.enroll(session, klass.class_id, [here])
    area.enroll(session, other_class.class_id, [there])
    return {"keep": here, "merge": there, "lesson": lesson, "other_class": other_class}


def test_merge_makes_one_profile_with_both_histories(ws, area, session, klass, two_profiles):
    keep, merge, lesson = two_profiles["keep"], two_profiles["merge"], two_profiles["lesson"]
    before = area.learner_report(keep)
    assert (before.attempts, before.lessons_passed) == (2, 0)
    changes = area.merge_profiles(session, keep, merge)
    assert changes.learners and changes.progress and changes.learner_ids == {keep, merge}

    report = area.learner_report(keep)
    total = len(lesson.quiz) + 1
    assert (report.attempts, report.correct) == (total, total - 1)
    assert report.lessons_passed == 1                     # the two halves together pass the quiz
    assert report.time_spent_s == 10 * total              # answering time from both PCs
    assert ws.progress.lesson_status(keep, lesson.id).status.value == "passed_quiz"
    # The merged tile is archived, not deleted; its class place moved to the kept profile.
    assert merge not in {x.learner_id for x in area.enrollable_learners()}
    assert ws.conn.execute("SELECT archived FROM learners WHERE learner_id = ?", (merge,)).fetchone()[0] == 1
    assert ws.conn.execute("SELECT count(*) FROM events WHERE learner_id = ? AND kind = 'attempt'",
                           (merge,)).fetchone()[0] == len(lesson.quiz) - 2 + 1
    assert [m.learner_id for m in area.members(two_profiles["other_class"].class_id)] == [keep]
    assert [m.learner_id for m in area.members(klass.class_id)] == [keep]
    recorded = [(r[0], json.loads(r[1])) for r in ws.conn.execute(
        "SELECT learner_id, payload FROM events WHERE kind = 'profiles_merged' ORDER BY seq")]
    assert {learner for learner, _ in recorded} == {keep, merge}    # each PC's history carries it
    assert all((p["keep"], p["merge"], p["by"]) == (keep, merge, session.teacher.teacher_id) for _, p in recorded)
    assert area.source_ids(keep) == [keep, merge]


def test_merging_twice_or_into_itself_is_refused_clearly(ws, area, session, two_profiles):
    keep, merge = two_profiles["keep"], two_profiles["merge"]
    with pytest.raises(TeacherError) as err:
        area.merge_profiles(session, keep, keep)
    assert err.value.user_message == "Không thể gộp một hồ sơ với chính nó."
    area.merge_profiles(session, keep, merge)
    with pytest.raises(TeacherError) as err:
        area.merge_profiles(session, keep, merge)
    assert "đã được gộp vào hồ sơ khác rồi" in err.value.user_message
    with pytest.raises(TeacherError):
        area.merge_profiles(session, merge, keep)
    third = make_learner(ws, "Nguyễn V. An")
    area.merge_profiles(session, third, keep)          # a chain: keep (with merge) into third
    assert area.source_ids(third) == [third, keep, merge]
    assert area.learner_report(third).attempts == len(two_profiles["lesson"].quiz) + 1


def test_a_merge_made_on_another_pc_applies_after_a_pull(ws, area, session, two_profiles, tmp_path):
    keep, merge = two_profiles["keep"], two_profiles["merge"]
    laptop = open_workspace(tmp_path / "laptop", FakeClock())
    try:
        pull(ws, laptop, [keep, merge])
        laptop.teacher.rebuild_from_events()
        laptop.teacher.create_teacher("thaybinh", "Thầy Bình", "matkhau123", None)
        remote = laptop.teacher.login("thaybinh", "matkhau123")
        laptop.teacher.merge_profiles(remote, keep, merge)
        pull(laptop, ws, [keep, merge])
    finally:
        laptop.close()
    assert area.learner_report(keep).attempts == 2          # not applied yet: only in the log
    changes = area.rebuild_from_events()
    assert changes.learner_ids == {keep, merge}
    assert area.learner_report(keep).attempts == len(two_profiles["lesson"].quiz) + 1
    assert ws.conn.execute("SELECT archived FROM learners WHERE learner_id = ?", (merge,)).fetchone()[0] == 1


def test_opposite_merges_from_two_pcs_resolve_the_same_for_teacher_tables_and_progress(
        ws, area, session, clock, two_profiles, tmp_path):
    """A laptop merged An's profiles one way; this PC, later in time but before the pull,
    merged them the other way. The earlier merge stands (the later one would make a
    cycle) for the teacher tables and for every progress rebuild alike."""
    here, there = two_profiles["keep"], two_profiles["merge"]
    laptop = open_workspace(tmp_path / "laptop", FakeClock(clock.now()))
    try:
        pull(ws, laptop, [here, there])
        laptop.teacher.rebuild_from_events()
        laptop.teacher.create_teacher("thaybinh", "Thầy Bình", "matkhau123", None)
        remote = laptop.teacher.login("thaybinh", "matkhau123")
        laptop.teacher.merge_profiles(remote, there, here)     # earlier: keep "there"
        clock.advance(600)
        area.merge_profiles(session, here, there)               # later, here: keep "here"
        pull(laptop, ws, [here, there])
    finally:
        laptop.close()
    area.rebuild_from_events()
    total = len(two_profiles["lesson"].quiz) + 1
    assert area.merged_into(here) == there and area.merged_into(there) == there
    assert area.source_ids(there) == [there, here]
    # What a sync pull does for each learner it brought events of: a rebuild with no sources given.
    for learner_id in (here, there):
        ws.progress.rebuild_learner(learner_id)
        assert ws.conn.execute("SELECT count(*) FROM progress_attempts WHERE learner_id = ?",
                               (there,)).fetchone()[0] == total
        assert ws.conn.execute("SELECT count(*) FROM progress_attempts WHERE learner_id = ?",
                               (here,)).fetchone()[0] == 0
