"""Level tests at 80%, levels opening in turn or by a teacher, badges and the level map."""

from __future__ import annotations

import json

import pytest

from tests.progress.helpers import right_response, wrong_response
from tutor.progress import level_test as tests
from tutor.progress.certificates import verify_certificate
from tutor.progress.errors import LevelLocked, ProgressError, UnknownItem


def take_test(progress, learner, level, right_count):
    test = progress.start_level_test(learner, level)
    for i, ref in enumerate(test.questions):
        q = ref.question
        response = right_response(q) if i < right_count else wrong_response(q)
        progress.answer(learner, ref.lesson_id, q.id, response, "level_test", test_id=test.test_id)
    return test, progress.finish_level_test(learner, test.test_id)


def test_pass_mark_is_eighty_percent_exactly():
    assert tests.needed(24) == 20 and tests.needed(18) == 15 and tests.needed(5) == 4
    assert tests.passed(20, 24) and not tests.passed(19, 24)
    assert tests.passed(4, 5) and not tests.passed(3, 5)
    assert not tests.passed(0, 0)


def test_the_draw_is_reproducible_from_its_seed(ws):
    refs = ws.content.level_test_questions(1)
    assert [r.ref for r in tests.draw(refs, 7)] == [r.ref for r in tests.draw(refs, 7)]
    assert sorted(r.ref for r in tests.draw(refs, 7)) == sorted(r.ref for r in refs)
    assert len(tests.draw(refs, 7, limit=5)) == 5


def test_scoring_counts_the_last_answer_and_unanswered_as_wrong():
    assert tests.score(["a", "b", "c"], [("a", False), ("a", True), ("b", True), ("b", False)]) == 1


def test_level_one_is_open_and_level_two_is_not(ws, progress, learner):
    opened = {lv.level: lv.open for lv in progress.level_map(learner)}
    assert opened == {1: True, 2: False, 3: False, 4: False, 5: False}
    level2_lesson = ws.content.lessons(level=2)[0].lesson_id
    with pytest.raises(LevelLocked) as caught:
        progress.open_lesson(learner, level2_lesson)
    assert "Cấp độ 2" in caught.value.user_message
    with pytest.raises(LevelLocked):
        progress.start_level_test(learner, 2)


def test_passing_at_eighty_percent_opens_the_next_level_with_badge_and_certificate(ws, progress, learner):
    total = len(ws.content.level_test_questions(1))
    test, result = take_test(progress, learner, 1, tests.needed(total))
    assert result.passed and (result.correct, result.total) == (tests.needed(total), total)
    assert result.unlocked_level == 2
    assert result.badge is not None and result.badge.level == 1
    assert result.certificate is not None and result.certificate.fields.level == 1
    assert result.certificate.fields.learner_name == "Bà Nguyễn Thị Hoa"
    assert verify_certificate(result.certificate.fields, result.certificate.code, progress.public_key().pem)
    level_map = {lv.level: lv for lv in progress.level_map(learner)}
    assert level_map[2].open and level_map[2].opened_by == "level_test" and level_map[1].test_passed
    progress.open_lesson(learner, ws.content.lessons(level=2)[0].lesson_id)  # no longer locked
    assert [b.level for b in progress.badges(learner)] == [1]
    assert [c.fields.certificate_id for c in progress.certificates(learner)] == [
        result.certificate.fields.certificate_id]
    kinds = [r["kind"] for r in ws.conn.execute(
        "SELECT kind FROM events WHERE learner_id = ? AND kind IN"
        " ('level_test', 'level_unlocked', 'certificate_issued') ORDER BY seq", (learner,))]
    assert kinds == ["level_test", "level_test", "level_unlocked", "certificate_issued"]
    started = json.loads(ws.conn.execute(
        "SELECT payload FROM events WHERE kind = 'level_test' ORDER BY seq LIMIT 1").fetchone()[0])
    assert started["seed"] == test.seed and started["questions"] == [r.ref for r in test.questions]


def test_one_below_the_pass_mark_fails_kindly_and_opens_nothing(ws, progress, learner):
    total = len(ws.content.level_test_questions(1))
    _, result = take_test(progress, learner, 1, tests.needed(total) - 1)
    assert not result.passed and result.certificate is None and result.unlocked_level is None
    assert result.badge is None
    assert f"{result.correct} trên {result.total}" in result.message and f"Cần {result.needed}" in result.message
    assert not {lv.level: lv.open for lv in progress.level_map(learner)}[2]
    assert progress.certificates(learner) == [] and progress.badges(learner) == []


def test_unanswered_questions_count_as_wrong(ws, progress, learner):
    test = progress.start_level_test(learner, 1)
    result = progress.finish_level_test(learner, test.test_id)
    assert (result.correct, result.passed) == (0, False)


def test_finishing_twice_returns_the_same_result_and_answers_are_then_refused(ws, progress, learner):
    total = len(ws.content.level_test_questions(1))
    test, first = take_test(progress, learner, 1, total)
    again = progress.finish_level_test(learner, test.test_id)
    assert (again.correct, again.passed) == (first.correct, first.passed)
    assert again.certificate == first.certificate
    ref = test.questions[0]
    with pytest.raises(ProgressError):
        progress.answer(learner, ref.lesson_id, ref.question.id, right_response(ref.question), "level_test",
                        test_id=test.test_id)


def test_a_second_pass_keeps_the_first_certificate_and_badge(ws, progress, learner):
    total = len(ws.content.level_test_questions(1))
    _, first = take_test(progress, learner, 1, total)
    _, second = take_test(progress, learner, 1, total)
    assert second.passed and second.badge is None and second.unlocked_level is None
    assert second.certificate == first.certificate
    assert len(progress.certificates(learner)) == 1 and len(progress.badges(learner)) == 1


def test_a_question_outside_the_test_is_refused(ws, progress, learner):
    test = progress.start_level_test(learner, 1)
    in_test = {r.ref for r in test.questions}
    lesson = ws.content.lesson(ws.content.lessons(level=1)[0].lesson_id)
    outside = next(q for q in lesson.quiz if f"{lesson.id}#{q.id}" not in in_test)
    with pytest.raises(UnknownItem):
        progress.answer(learner, lesson.id, outside.id, right_response(outside), "level_test",
                        test_id=test.test_id)


def test_a_teacher_can_open_any_level(ws, progress, learner):
    changes = progress.unlock_level(learner, 4)
    assert changes.progress and changes.learner_ids == {learner}
    level_map = {lv.level: lv for lv in progress.level_map(learner)}
    assert level_map[4].open and level_map[4].opened_by == "teacher" and not level_map[2].open
    progress.open_lesson(learner, ws.content.lessons(level=4)[0].lesson_id)
    event = ws.conn.execute("SELECT payload FROM events WHERE kind = 'level_unlocked'").fetchone()
    assert json.loads(event[0])["level"] == 4 and json.loads(event[0])["by"] == "teacher"
    assert progress.unlock_level(learner, 4).empty  # already open: nothing to do
    with pytest.raises(UnknownItem):
        progress.unlock_level(learner, 9)


def test_level_map_counts_passed_and_mastered_lessons(ws, progress, learner, clock):
    lesson = ws.content.lesson(ws.content.lessons(level=1)[0].lesson_id)
    for q in lesson.quiz[:4]:
        progress.answer(learner, lesson.id, q.id, right_response(q))
    level1 = progress.level_map(learner)[0]
    assert (level1.lessons_passed, level1.lessons_mastered) == (1, 0)
    assert level1.lessons_total == len(ws.content.lessons(level=1))
    clock.advance(5 * 86400)
    q = lesson.quiz[0]
    progress.answer(learner, lesson.id, q.id, right_response(q), "review")
    level1 = progress.level_map(learner)[0]
    assert (level1.lessons_passed, level1.lessons_mastered) == (1, 1)
