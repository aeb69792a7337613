"""The progress facade: events with their derived rows in one transaction, streaks, resuming."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.progress.helpers import first_lesson, right_response, wrong_response
from tutor.progress import projector as projector_module
from tutor.progress import service as service_module
from tutor.progress.errors import InvalidResponse, UnknownItem
from tutor.progress.mastery import Status

DAY = 86400
TABLES = ("events", "progress_attempts", "progress_cards", "progress_mastery", "progress_lessons",
          "progress_days", "progress_level_tests", "progress_levels_open", "progress_certificates",
          "progress_clock", "progress_signing_keys")


def snapshot(ws):
    return {t: [tuple(r) for r in ws.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in TABLES}


def kinds(ws, learner):
    return [r["kind"] for r in ws.conn.execute(
        "SELECT kind FROM events WHERE learner_id = ? ORDER BY seq", (learner,))]


def test_every_step_writes_its_event(ws, progress, learner):
    lesson = first_lesson(ws)
    q = lesson.quiz[0]
    before = kinds(ws, learner)
    changes = progress.open_lesson(learner, lesson.id)
    assert changes.progress and changes.learner_ids == {learner}
    progress.section_read(learner, lesson.id, 1)
    progress.answer(learner, lesson.id, q.id, right_response(q))
    progress.answer(learner, lesson.id, q.id, right_response(q), "review")
    assert kinds(ws, learner)[len(before):] == ["lesson_opened", "section_read", "attempt", "review"]
    attempt = json.loads(ws.conn.execute(
        "SELECT payload FROM events WHERE kind = 'attempt' AND learner_id = ?", (learner,)).fetchone()[0])
    assert attempt["lesson_id"] == lesson.id and attempt["question_id"] == q.id
    assert attempt["correct"] is True and attempt["context"] == "quiz" and attempt["rating"] == 3
    # derived rows key on the content ids
    row = ws.conn.execute("SELECT lesson_id, question_id, seq FROM progress_attempts LIMIT 1").fetchone()
    assert (row["lesson_id"], row["question_id"]) == (lesson.id, q.id)


def test_answer_result_carries_grade_feedback_and_a_warm_message(ws, progress, learner):
    lesson = first_lesson(ws)
    q = lesson.quiz[0]
    wrong = progress.answer(learner, lesson.id, q.id, wrong_response(q))
    assert not wrong.grade.correct and wrong.grade.feedback
    assert wrong.message and wrong.status is Status.PRACTISING
    assert wrong.changes.progress and wrong.changes.learner_ids == {learner}


def test_a_failure_mid_answer_stores_nothing(ws, progress, learner, monkeypatch):
    lesson = first_lesson(ws)
    q = lesson.quiz[0]
    progress.answer(learner, lesson.id, q.id, right_response(q))
    before = snapshot(ws)

    def broken(*args, **kwargs):
        raise OSError("disk went away after the event and the attempt were written")

    monkeypatch.setattr(projector_module, "review_card", broken)  # the projector writes the card
    with pytest.raises(OSError):
        progress.answer(learner, lesson.id, lesson.quiz[1].id, right_response(lesson.quiz[1]))
    assert snapshot(ws) == before
    assert not ws.conn.in_transaction


def test_a_failure_while_issuing_the_certificate_leaves_the_test_unfinished(ws, progress, learner, monkeypatch):
    test = progress.start_level_test(learner, 1)
    for ref in test.questions:
        progress.answer(learner, ref.lesson_id, ref.question.id, right_response(ref.question), "level_test",
                        test_id=test.test_id)
    before = snapshot(ws)

    def broken(*args, **kwargs):
        raise RuntimeError("power cut while signing")

    monkeypatch.setattr(service_module, "sign_certificate", broken)
    with pytest.raises(RuntimeError):
        progress.finish_level_test(learner, test.test_id)
    assert snapshot(ws) == before  # no finished test, no opened level, no events
    monkeypatch.undo()
    result = progress.finish_level_test(learner, test.test_id)
    assert result.passed and result.certificate is not None and result.unlocked_level == 2


def test_bad_input_is_refused_in_vietnamese_and_stores_nothing(ws, progress, learner):
    lesson = first_lesson(ws)
    before = snapshot(ws)
    single = next(q for q in lesson.quiz if q.kind in ("single", "multiple"))
    with pytest.raises(InvalidResponse) as caught:
        progress.answer(learner, lesson.id, single.id, 99)
    assert caught.value.user_message.startswith("Hãy")
    for call in (
        lambda: progress.answer(learner, lesson.id, "q404", 0),
        lambda: progress.answer(learner, "l9.khong-co", "q1", 0),
        lambda: progress.answer("nobody", lesson.id, single.id, 0),
        lambda: progress.open_lesson(learner, "l9.khong-co"),
        lambda: progress.section_read(learner, lesson.id, 99),
        lambda: progress.finish_level_test(learner, "no-such-test"),
    ):
        with pytest.raises(UnknownItem) as caught:
            call()
        assert caught.value.user_message
    assert snapshot(ws) == before


def test_streak_counts_days_in_a_row_on_the_learners_calendar(ws, progress, learner, clock):
    lesson = first_lesson(ws)
    assert progress.streak(learner).days == 0
    for _ in range(3):
        progress.open_lesson(learner, lesson.id)
        clock.advance(DAY)
    streak = progress.streak(learner)
    # a new day has begun without learning yet: the streak is still alive
    assert (streak.days, streak.active_today) == (3, False)
    assert "3 ngày" in streak.message
    progress.open_lesson(learner, lesson.id)
    assert (progress.streak(learner).days, progress.streak(learner).active_today) == (4, True)
    clock.advance(2 * DAY)  # a whole day missed
    streak = progress.streak(learner)
    assert (streak.days, streak.longest) == (0, 4)
    progress.open_lesson(learner, lesson.id)
    assert progress.streak(learner).days == 1


def test_a_late_night_session_counts_for_the_evening_it_started(ws, progress, learner, clock):
    lesson = first_lesson(ws)
    start = clock.now().replace(hour=14, minute=0)  # 21:00 in Vietnam
    clock.set_wall(start)
    progress.open_lesson(learner, lesson.id)
    clock.advance(5 * 3600)  # 02:00 the next calendar day, before the 04:00 rollover
    progress.open_lesson(learner, lesson.id)
    assert ws.conn.execute("SELECT count(*) FROM progress_days WHERE learner_id = ?", (learner,)).fetchone()[0] == 1


def test_continue_point_resumes_the_lesson_in_progress_then_the_next_not_passed(ws, progress, learner):
    order = [s.lesson_id for s in ws.content.lessons(level=1)]
    start = progress.continue_point(learner)
    assert (start.lesson_id, start.reason, start.status) == (order[0], "next", Status.NOT_STARTED)
    progress.open_lesson(learner, order[2])
    resume = progress.continue_point(learner)
    assert (resume.lesson_id, resume.reason) == (order[2], "resume")
    lesson = ws.content.lesson(order[2])
    for q in lesson.quiz[:4]:
        progress.answer(learner, lesson.id, q.id, right_response(q))
    after = progress.continue_point(learner)
    assert (after.lesson_id, after.reason) == (order[0], "next")


def test_sections_read_are_remembered(ws, progress, learner):
    lesson = first_lesson(ws)
    for index in (2, 0, 2):
        progress.section_read(learner, lesson.id, index)
    assert progress.lesson_status(learner, lesson.id).sections_read == (0, 2)


def test_answers_are_committed_when_answer_returns(ws, progress, learner, tmp_path):
    """A second connection sees the attempt as soon as answer() returned."""
    from tutor.store.db import connect

    lesson = first_lesson(ws)
    q = lesson.quiz[0]
    result = progress.answer(learner, lesson.id, q.id, right_response(q))
    other = connect(ws.data.database)
    try:
        row = other.execute("SELECT correct FROM progress_attempts WHERE seq = ?", (result.attempt_seq,)).fetchone()
        assert row is not None and row["correct"] == 1
    finally:
        other.close()


def test_time_spent_is_kept_in_seconds(ws, progress, learner):
    lesson = first_lesson(ws)
    q = lesson.quiz[0]
    progress.answer(learner, lesson.id, q.id, right_response(q), time_spent_s=12.3456)
    payload = json.loads(ws.conn.execute("SELECT payload FROM events WHERE kind = 'attempt'").fetchone()[0])
    assert payload["time_spent_s"] == 12.346


def test_due_review_after_days_uses_all_met_questions(ws, progress, learner, clock):
    lesson = first_lesson(ws)
    for q in lesson.quiz:
        progress.answer(learner, lesson.id, q.id, right_response(q))
    clock.advance(timedelta(days=30).total_seconds())
    assert progress.due_count(learner) == len(lesson.quiz)


def test_practice_attempt_is_an_event_without_the_prompt_text(ws, progress, learner):
    learner_id = learner if isinstance(learner, str) else learner.learner_id
    progress.practice_attempt(learner_id, "l1.ai-la-gi", {
        "kind": "prompt", "stars": 2, "missing": ["do_dai"], "prompt": "Tôi tên Hoa, SĐT 0912 345 678"})
    from tutor.events import events_for

    (event,) = [e for e in events_for(ws.conn, learner_id) if e.kind == "practice_attempt"]
    assert event.payload["stars"] == 2 and event.payload["missing"] == ["do_dai"]
    assert event.payload["lesson_id"] == "l1.ai-la-gi"
    assert "prompt" not in event.payload  # what the learner typed stays on this PC
