"""Mastery: 4 of the last 5 quiz answers pass the lesson; mastered only after a later review."""

from __future__ import annotations

import json
from itertools import cycle

import pytest

from tests.progress.helpers import first_lesson, right_response, wrong_response
from tutor.progress.mastery import AttemptFact, Criterion, Status, criterion_met, evaluate


def facts(*answers: tuple[bool, str]) -> list[AttemptFact]:
    return [AttemptFact(seq, correct, context) for seq, (correct, context) in enumerate(answers, start=1)]


Q = "quiz"


def test_four_of_the_last_five_passes():
    assert criterion_met([True, True, False, True, True])
    assert not criterion_met([True, True, False, True, False])
    assert criterion_met([True, True, True, True])  # four right answers are enough on their own
    assert not criterion_met([True, True, True])
    # only the last five count: old right answers do not carry a bad recent run
    assert not criterion_met([True] * 6 + [False, False, True, True, True])


def test_status_goes_from_not_started_to_practising_to_passed():
    assert evaluate([]).status is Status.NOT_STARTED
    assert evaluate([], started=True).status is Status.PRACTISING
    assert evaluate(facts((True, Q), (False, Q), (True, Q))).status is Status.PRACTISING
    state = evaluate(facts((True, Q), (False, Q), (True, Q), (True, Q), (True, Q)))
    assert state.status is Status.PASSED_QUIZ and state.passed_quiz_seq == 5
    assert (state.recent_correct, state.recent_total) == (4, 5)
    assert state.criterion == Criterion(4, 5)


def test_passed_is_sticky_after_later_wrong_answers():
    state = evaluate(facts(*[(True, Q)] * 4, *[(False, Q)] * 5))
    assert state.status is Status.PASSED_QUIZ
    assert state.recent_correct == 0


def test_mastered_needs_a_right_review_after_passing():
    passed = [(True, Q)] * 4
    assert evaluate(facts(*passed)).status is Status.PASSED_QUIZ
    assert evaluate(facts(*passed, (False, "review"))).status is Status.PASSED_QUIZ
    assert evaluate(facts(*passed, (True, "review"))).status is Status.MASTERED
    assert evaluate(facts(*passed, (True, "level_test"))).status is Status.MASTERED
    # a review answered right BEFORE the quiz was passed does not count as "later"
    early = evaluate(facts((True, "review"), *passed))
    assert early.status is Status.PASSED_QUIZ
    # more quiz answers are not a review
    assert evaluate(facts(*passed, (True, Q), (True, Q))).status is Status.PASSED_QUIZ


def test_a_custom_criterion_is_kept_with_the_result():
    state = evaluate(facts((True, Q), (True, Q), (False, Q)), Criterion(2, 3))
    assert state.status is Status.PASSED_QUIZ and state.criterion.as_dict() == {"m": 2, "n": 3}
    with pytest.raises(ValueError):
        Criterion(6, 5)


# --- through the service, on the real pack ----------------------------------------------------


def answer_quiz(progress, learner, lesson, pattern, context="quiz"):
    """Answer the lesson's questions in turn (starting again at the first when out of them)."""
    results = []
    for question, ok in zip(cycle(lesson.quiz), pattern):
        response = right_response(question) if ok else wrong_response(question)
        results.append(progress.answer(learner, lesson.id, question.id, response, context))
    return results


def test_service_passes_the_lesson_at_four_of_five_and_stores_the_criterion(ws, progress, learner):
    lesson = first_lesson(ws)
    results = answer_quiz(progress, learner, lesson, [True, False, True, True])
    assert [r.status for r in results] == [Status.PRACTISING] * 4
    assert not any(r.new_mastery for r in results)
    fifth = answer_quiz(progress, learner, lesson, [True, True, True, True, True])[-1]
    # answers 1..4 above + the first four of the second run: [T F T T | T] -> 4 of the last 5
    row = ws.conn.execute("SELECT * FROM progress_mastery WHERE learner_id = ?", (learner,)).fetchone()
    assert row["status"] == "passed_quiz"
    assert json.loads(row["criterion"]) == {"m": 4, "n": 5}
    assert fifth.status is Status.PASSED_QUIZ
    events = [r["payload"] for r in ws.conn.execute(
        "SELECT payload FROM events WHERE kind = 'mastery_reached' AND learner_id = ?", (learner,))]
    assert len(events) == 1
    assert json.loads(events[0])["criterion"] == {"m": 4, "n": 5}
    assert progress.lesson_status(learner, lesson.id).status is Status.PASSED_QUIZ


def test_new_mastery_is_reported_once_with_a_warm_message(ws, progress, learner):
    lesson = first_lesson(ws)
    results = answer_quiz(progress, learner, lesson, [True] * 6)
    flags = [r.new_mastery for r in results]
    assert flags == [False, False, False, True, False, False]
    assert "bài" in results[3].message


def test_mastered_only_after_a_later_review_goes_right(ws, progress, learner, clock):
    lesson = first_lesson(ws)
    answer_quiz(progress, learner, lesson, [True] * 5)
    assert progress.lesson_status(learner, lesson.id).status is Status.PASSED_QUIZ
    clock.advance(3 * 86400)
    q = lesson.quiz[0]
    wrong = progress.answer(learner, lesson.id, q.id, wrong_response(q), "review")
    assert wrong.status is Status.PASSED_QUIZ and not wrong.new_mastery
    right = progress.answer(learner, lesson.id, lesson.quiz[1].id, right_response(lesson.quiz[1]), "review")
    assert right.status is Status.MASTERED and right.new_mastery
    status = progress.lesson_status(learner, lesson.id)
    assert status.status is Status.MASTERED and status.mastered_at is not None
    assert ws.conn.execute(
        "SELECT count(*) FROM events WHERE kind = 'mastery_reached' AND learner_id = ?", (learner,)
    ).fetchone()[0] == 2


def test_a_lesson_only_opened_is_practising(ws, progress, learner):
    lesson = first_lesson(ws)
    assert progress.lesson_status(learner, lesson.id).status is Status.NOT_STARTED
    progress.open_lesson(learner, lesson.id)
    progress.section_read(learner, lesson.id, 0)
    status = progress.lesson_status(learner, lesson.id)
    assert status.status is Status.PRACTISING and status.opened and status.sections_read == (0,)
