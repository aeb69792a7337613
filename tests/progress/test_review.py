"""FSRS spaced review: cards for questions met, due across lessons, safe from clock jumps."""

from __future__ import annotations

import json
from datetime import timedelta

from fsrs import State

from tests.progress.helpers import progress_for, right_response, wrong_response
from tutor.clock import from_iso
from tutor.progress.review import DEFAULT_POLICY, DueCard, interleave_by_lesson
from tutor.progress.trusted_time import MAX_JUMP

DAY = 86400
FIVE_YEARS = timedelta(days=5 * 365)


def lessons(ws, n, level=1):
    return [ws.content.lesson(s.lesson_id) for s in ws.content.lessons(level=level)[:n]]


def cards(ws, learner):
    return ws.conn.execute("SELECT * FROM progress_cards WHERE learner_id = ?", (learner,)).fetchall()


def test_a_card_is_made_for_each_question_met_and_none_is_due_straight_away(ws, progress, learner):
    lesson = lessons(ws, 1)[0]
    for q in lesson.quiz[:3]:
        progress.answer(learner, lesson.id, q.id, right_response(q))
    assert {r["question_id"] for r in cards(ws, learner)} == {q.id for q in lesson.quiz[:3]}
    assert progress.due_count(learner) == 0
    assert progress.due_items(learner) == []


def test_a_wrong_answer_comes_back_after_the_learning_step(ws, progress, learner, clock):
    lesson = lessons(ws, 1)[0]
    q = lesson.quiz[0]
    result = progress.answer(learner, lesson.id, q.id, wrong_response(q))
    assert result.next_due == progress.now() + DEFAULT_POLICY.learning_step
    clock.advance(DEFAULT_POLICY.learning_step.total_seconds() - 60)
    assert progress.due_count(learner) == 0
    clock.advance(120)
    items = progress.due_items(learner)
    assert [(i.lesson_id, i.question_id) for i in items] == [(lesson.id, q.id)]
    assert items[0].lesson_title == lesson.title


def test_a_right_answer_is_due_days_later_and_a_right_review_spaces_it_further(ws, progress, learner, clock):
    lesson = lessons(ws, 1)[0]
    q = lesson.quiz[0]
    first = progress.answer(learner, lesson.id, q.id, right_response(q))
    first_gap = first.next_due - progress.now()
    assert timedelta(days=1) <= first_gap <= timedelta(days=10)
    clock.advance(first_gap.total_seconds() + 60)
    assert progress.due_count(learner) == 1
    second = progress.answer(learner, lesson.id, q.id, right_response(q), "review")
    assert second.next_due - progress.now() > first_gap
    assert progress.due_count(learner) == 0
    row = cards(ws, learner)[0]
    assert row["reviews"] == 2 and row["state"] == int(State.Review)
    assert from_iso(row["due"]) == second.next_due


def test_review_cards_are_due_for_the_whole_learning_day(ws, progress, learner, clock):
    """A card due at 15:00 local is offered in the morning session of that day."""
    lesson = lessons(ws, 1)[0]
    q = lesson.quiz[0]
    clock.set_wall(clock.now().replace(hour=8))  # 15:00 in Vietnam
    first = progress.answer(learner, lesson.id, q.id, right_response(q))
    days = (first.next_due - progress.now()).days
    clock.advance(days * DAY - 6 * 3600)  # 09:00 local on the due day, six hours before the due time
    assert progress.due_count(learner) == 1


def test_todays_review_mixes_lessons(ws, progress, learner, clock):
    chosen = lessons(ws, 3)
    for lesson in chosen:
        for q in lesson.quiz[:3]:
            progress.answer(learner, lesson.id, q.id, wrong_response(q))
    clock.advance(DAY)
    items = progress.due_items(learner, limit=None)
    assert len(items) == 9 == progress.due_count(learner)
    order = [i.lesson_id for i in items]
    assert order[:3] != [order[0]] * 3
    assert set(order[:3]) == {lesson.id for lesson in chosen}
    assert len(progress.due_items(learner, limit=4)) == 4


def test_interleaving_takes_lessons_in_turn_most_overdue_first():
    base = from_iso("2026-11-21T00:00:00.000+00:00")
    pending = [DueCard("b", "q1", base, State.Review), DueCard("b", "q2", base, State.Review),
               DueCard("a", "q1", base + timedelta(hours=1), State.Review),
               DueCard("c", "q1", base + timedelta(hours=2), State.Review)]
    assert [(c.lesson_id, c.question_id) for c in interleave_by_lesson(pending)] == [
        ("b", "q1"), ("a", "q1"), ("c", "q1"), ("b", "q2"),
    ]


def assert_all_due_near(ws, learner, real_now, ahead):
    for row in cards(ws, learner):
        due, reviewed = from_iso(row["due"]), from_iso(row["last_review"])
        assert real_now - timedelta(days=1) <= reviewed <= real_now + ahead, row["question_id"]
        assert real_now - timedelta(days=1) <= due <= real_now + ahead + timedelta(
            days=DEFAULT_POLICY.maximum_interval_days), row["question_id"]


def test_a_clock_set_back_five_years_never_leaves_cards_due_years_in_the_past(ws, progress, learner, clock):
    real_now = clock.now()
    lesson, other = lessons(ws, 2)
    for q in lesson.quiz[:3]:
        progress.answer(learner, lesson.id, q.id, right_response(q))
    clock.set_wall(real_now - FIVE_YEARS)
    # in the same session, and after the app restarts with the wrong clock
    for service in (progress, progress_for(ws)):
        for q in other.quiz[:2] + lesson.quiz[:1]:
            service.answer(learner, other.id if q in other.quiz else lesson.id, q.id, wrong_response(q))
    assert_all_due_near(ws, learner, real_now, ahead=timedelta(days=1))
    # the wrong answers are due after the learning step, even while the clock still says 2021
    clock.advance(DEFAULT_POLICY.learning_step.total_seconds() + 60)
    later = progress_for(ws)
    assert later.due_count(learner) == 3
    # the raw clock reading is kept for the hub; the payload has the corrected time
    event = ws.conn.execute("SELECT device_time, payload FROM events WHERE kind = 'attempt' ORDER BY seq DESC"
                            " LIMIT 1").fetchone()
    assert from_iso(event["device_time"]).year == real_now.year - 5
    assert from_iso(json.loads(event["payload"])["at"]).year == real_now.year


def test_a_clock_set_five_years_ahead_never_schedules_years_ahead(ws, progress, learner, clock):
    real_now = clock.now()
    lesson, other = lessons(ws, 2)
    for q in lesson.quiz[:3]:
        progress.answer(learner, lesson.id, q.id, right_response(q))
    clock.set_wall(real_now + FIVE_YEARS)
    for service in (progress, progress_for(ws)):
        for q in other.quiz[:3]:
            service.answer(learner, other.id, q.id, right_response(q))
        for q in lesson.quiz[:3]:
            service.answer(learner, lesson.id, q.id, right_response(q), "review")
    assert_all_due_near(ws, learner, real_now, ahead=MAX_JUMP + timedelta(hours=1))
    # the clock is put right: nothing is lost, and the cards come due within months, not years
    clock.set_wall(real_now + timedelta(days=1))
    fixed = progress_for(ws)
    assert fixed.now() <= real_now + MAX_JUMP + timedelta(hours=1)
    latest_due = max(from_iso(r["due"]) for r in cards(ws, learner))
    assert latest_due - real_now < timedelta(days=MAX_JUMP.days + DEFAULT_POLICY.maximum_interval_days)
