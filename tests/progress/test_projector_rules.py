"""Rules of the one progress projector that a live-equals-rebuild test cannot see (both
paths run the same projector, so a rule lost there is lost in both): checked here
through what the learner is shown."""

from __future__ import annotations

from tests.progress.helpers import right_response, wrong_response


def two_lessons(ws):
    first, second = ws.content.lessons(level=1)[:2]
    return ws.content.lesson(first.lesson_id), ws.content.lesson(second.lesson_id)


def test_a_quiz_answer_makes_its_lesson_the_one_to_resume(ws, progress, learner, clock):
    a, b = two_lessons(ws)
    progress.open_lesson(learner, a.id)
    clock.advance(60)
    progress.open_lesson(learner, b.id)
    assert progress.continue_point(learner).lesson_id == b.id
    clock.advance(60)
    progress.answer(learner, a.id, a.quiz[0].id, wrong_response(a.quiz[0]))
    point = progress.continue_point(learner)
    assert (point.lesson_id, point.reason) == (a.id, "resume")


def test_a_review_answer_does_not_move_where_to_resume(ws, progress, learner, clock):
    a, b = two_lessons(ws)
    progress.open_lesson(learner, a.id)
    clock.advance(60)
    progress.open_lesson(learner, b.id)
    clock.advance(60)
    progress.answer(learner, a.id, a.quiz[0].id, right_response(a.quiz[0]), "review")
    assert progress.continue_point(learner).lesson_id == b.id


def test_sections_read_add_up_and_a_later_open_keeps_them(ws, progress, learner, clock):
    a, _ = two_lessons(ws)
    progress.section_read(learner, a.id, 1)
    progress.section_read(learner, a.id, 0)
    clock.advance(60)
    progress.open_lesson(learner, a.id)
    progress.answer(learner, a.id, a.quiz[0].id, wrong_response(a.quiz[0]))
    status = progress.lesson_status(learner, a.id)
    assert status.opened and status.sections_read == (0, 1)


def test_a_practice_attempt_alone_counts_the_day(ws, progress, learner):
    a, _ = two_lessons(ws)
    assert not progress.streak(learner).active_today
    progress.practice_attempt(learner, a.id, {"kind": "prompt", "score": 3})
    assert progress.streak(learner).active_today
