"""Progress rebuilt from the event log equals what the live path wrote, row for row.

Random learning sessions go through the real ProgressService (answers right and wrong,
reviews, level tests, teacher unlocks, clocks that jump); then the learner's progress
rows are wiped and rebuilt from the events alone, and every table is compared.
"""

from __future__ import annotations

import json
import shutil
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.progress.helpers import PACK, open_workspace, right_response, wrong_response
from tutor.clock import FakeClock
from tutor.progress.errors import ProgressError
from tutor.progress.rebuild import LEARNER_TABLES
from tutor.store.db import transaction

# Every column but attempt_id, a surrogate row number a rebuild cannot keep.
COLUMNS = {
    "progress_lessons": "lesson_id, first_opened_at, last_active_at, last_active_seq, sections_read",
    "progress_attempts": "seq, lesson_id, question_id, context, test_id, correct, response, answered_at",
    "progress_mastery": "lesson_id, status, criterion, passed_quiz_at, passed_quiz_seq, mastered_at, mastered_seq",
    "progress_cards": "lesson_id, question_id, card, state, due, last_review, reviews, lapses",
    "progress_level_tests": "test_id, level, seed, question_refs, started_at, finished_at, correct, total, passed",
    "progress_levels_open": "level, opened_by, opened_at",
    "progress_certificates": "certificate_id, level, learner_name, level_title, issued_on, device_id, key_id,"
                             " code, test_id, issued_at",
    "progress_days": "day",
}
assert set(COLUMNS) == set(LEARNER_TABLES)


def projection(conn, learner_id: str) -> dict[str, list[tuple]]:
    return {
        table: [tuple(r) for r in conn.execute(
            f"SELECT {columns} FROM {table} WHERE learner_id = ? ORDER BY {columns}", (learner_id,))]
        for table, columns in COLUMNS.items()
    }


def wipe(conn, learner_id: str) -> None:
    with transaction(conn):
        for table in LEARNER_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE learner_id = ?", (learner_id,))


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One workspace with the real pack for all examples: each example is a new learner in it."""
    if not PACK.exists():
        pytest.skip("the bundled pack is not built (make pack)")
    clock = FakeClock()
    clock.advance(0.123456)  # microseconds in every reading, as a real clock has
    ws = open_workspace(tmp_path_factory.mktemp("rebuild") / "data", clock)
    bystander, _ = ws.learners.create("Ông Ba", "fish")
    lesson = ws.content.lesson(ws.content.lessons(level=1)[0].lesson_id)
    for q in lesson.quiz:
        ws.progress.answer(bystander.learner_id, lesson.id, q.id, right_response(q))
    yield ws, clock, bystander.learner_id
    ws.close()


# One step of a session: what the learner (or the PC's clock) does next.
steps = st.one_of(
    st.tuples(st.just("open"), st.integers(0, 5)),
    st.tuples(st.just("read"), st.integers(0, 5), st.integers(0, 6)),
    st.tuples(st.just("answer"), st.integers(0, 5), st.integers(0, 9), st.booleans()),
    st.tuples(st.just("quiz"), st.integers(0, 5), st.booleans()),
    st.tuples(st.just("review"), st.lists(st.booleans(), min_size=1, max_size=6)),
    st.tuples(st.just("wait"), st.floats(0.0, 4 * 86400.0, allow_nan=False)),
    st.tuples(st.just("clock_back"), st.floats(60.0, 400 * 86400.0, allow_nan=False)),
    st.tuples(st.just("test"), st.integers(1, 2), st.floats(0.5, 1.0)),
    st.tuples(st.just("unlock"), st.integers(2, 5)),
    st.tuples(st.just("practice"), st.integers(0, 5)),
)


def run_step(ws, clock, learner_id: str, step) -> None:
    progress = ws.progress
    kind = step[0]
    level_lessons = ws.content.lessons(level=1) + ws.content.lessons(level=2)

    def lesson_at(index: int):
        return ws.content.lesson(level_lessons[index % len(level_lessons)].lesson_id)

    if kind == "open":
        progress.open_lesson(learner_id, lesson_at(step[1]).id)
    elif kind == "read":
        lesson = lesson_at(step[1])
        progress.section_read(learner_id, lesson.id, step[2] % len(lesson.sections))
    elif kind == "answer":
        lesson = lesson_at(step[1])
        q = lesson.quiz[step[2] % len(lesson.quiz)]
        progress.answer(learner_id, lesson.id, q.id, right_response(q) if step[3] else wrong_response(q),
                        time_spent_s=12.3456)
    elif kind == "quiz":
        lesson = lesson_at(step[1])
        for q in lesson.quiz:
            progress.answer(learner_id, lesson.id, q.id, right_response(q) if step[2] else wrong_response(q))
    elif kind == "review":
        for item, right in zip(progress.due_items(learner_id), step[1]):
            q = item.question
            progress.answer(learner_id, item.lesson_id, q.id, right_response(q) if right else wrong_response(q),
                            context="review")
    elif kind == "wait":
        clock.advance(step[1])
    elif kind == "clock_back":
        clock.set_wall(clock.now() - timedelta(seconds=step[1]))
    elif kind == "test":
        test = progress.start_level_test(learner_id, step[1])
        right_count = round(len(test.questions) * step[2])
        for index, ref in enumerate(test.questions):
            q = ref.question
            response = right_response(q) if index < right_count else wrong_response(q)
            progress.answer(learner_id, ref.lesson_id, q.id, response, "level_test", test_id=test.test_id)
        progress.finish_level_test(learner_id, test.test_id)
    elif kind == "unlock":
        progress.unlock_level(learner_id, step[1])
    elif kind == "practice":
        progress.practice_attempt(learner_id, lesson_at(step[1]).id, {"kind": "prompt", "score": 3})


@settings(max_examples=30, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(session=st.lists(steps, min_size=1, max_size=40))
def test_rebuild_equals_the_live_path_row_for_row(shared, session):
    ws, clock, bystander = shared
    learner, _ = ws.learners.create("Bà Hoa", "rice")
    for step in session:
        try:
            run_step(ws, clock, learner.learner_id, step)
        except ProgressError:
            pass  # a locked level, say: refused before anything is written, as in the app
    live = projection(ws.conn, learner.learner_id)
    others = projection(ws.conn, bystander)

    wipe(ws.conn, learner.learner_id)
    changes = ws.progress.rebuild_learner(learner.learner_id)

    assert projection(ws.conn, learner.learner_id) == live
    assert projection(ws.conn, bystander) == others
    assert changes.progress and changes.learner_ids == {learner.learner_id}
    # Rebuilding rows that are already there changes nothing either.
    ws.progress.rebuild_learner(learner.learner_id)
    assert projection(ws.conn, learner.learner_id) == live


def test_what_the_learner_sees_survives_a_rebuild(shared):
    ws, clock, _ = shared
    # Earlier examples moved this shared PC clock back by up to 400 days at a time, before
    # the app's release; a certificate is signed only from a plausible clock
    # (tutor.progress.trusted_time.certificate_time), so put the clock right first.
    clock.set_wall(FakeClock().now())
    learner, _ = ws.learners.create("Chị Mai", "flower")
    lid = learner.learner_id
    lesson = ws.content.lesson(ws.content.lessons(level=1)[0].lesson_id)
    ws.progress.open_lesson(lid, lesson.id)
    ws.progress.section_read(lid, lesson.id, 0)
    for q in lesson.quiz:
        ws.progress.answer(lid, lesson.id, q.id, right_response(q))
    total = len(ws.content.level_test_questions(1))
    test = ws.progress.start_level_test(lid, 1)
    for ref in test.questions:
        ws.progress.answer(lid, ref.lesson_id, ref.question.id, right_response(ref.question), "level_test",
                           test_id=test.test_id)
    result = ws.progress.finish_level_test(lid, test.test_id)
    assert result.passed and result.certificate is not None and total
    clock.advance(3 * 86400)
    before = (ws.progress.lesson_status(lid, lesson.id), ws.progress.level_map(lid), ws.progress.continue_point(lid),
              ws.progress.due_count(lid), ws.progress.certificates(lid), ws.progress.badges(lid),
              ws.progress.streak(lid))
    wipe(ws.conn, lid)
    assert ws.progress.certificates(lid) == [] and not ws.progress.level_map(lid)[1].open
    ws.progress.rebuild_learner(lid)
    after = (ws.progress.lesson_status(lid, lesson.id), ws.progress.level_map(lid), ws.progress.continue_point(lid),
             ws.progress.due_count(lid), ws.progress.certificates(lid), ws.progress.badges(lid),
             ws.progress.streak(lid))
    assert after == before
    assert after[4][0].code == result.certificate.code  # the signed code, not signed again


def test_merging_two_profiles_folds_the_second_into_the_first(shared):
    ws, clock, _ = shared
    keep, _ = ws.learners.create("Bác Tư", "tree")
    dup, _ = ws.learners.create("Bác Tư (2)", "tree")
    lessons = [ws.content.lesson(s.lesson_id) for s in ws.content.lessons(level=1)[:2]]
    for q in lessons[0].quiz:
        ws.progress.answer(keep.learner_id, lessons[0].id, q.id, right_response(q))
    clock.advance(600)
    ws.progress.open_lesson(dup.learner_id, lessons[1].id)
    for q in lessons[1].quiz:
        ws.progress.answer(dup.learner_id, lessons[1].id, q.id, right_response(q))
    dup_attempts = ws.conn.execute("SELECT count(*) FROM progress_attempts WHERE learner_id = ?",
                                   (dup.learner_id,)).fetchone()[0]
    keep_attempts = ws.conn.execute("SELECT count(*) FROM progress_attempts WHERE learner_id = ?",
                                    (keep.learner_id,)).fetchone()[0]

    changes = ws.progress.rebuild_learner(keep.learner_id, [keep.learner_id, dup.learner_id])

    assert changes.learner_ids == {keep.learner_id, dup.learner_id}
    assert {lessons[0].id, lessons[1].id} <= {
        r[0] for r in ws.conn.execute("SELECT lesson_id FROM progress_mastery WHERE learner_id = ?",
                                      (keep.learner_id,))}
    assert ws.conn.execute("SELECT count(*) FROM progress_attempts WHERE learner_id = ?",
                           (keep.learner_id,)).fetchone()[0] == keep_attempts + dup_attempts
    assert projection(ws.conn, dup.learner_id) == {table: [] for table in COLUMNS}
    assert ws.progress.continue_point(keep.learner_id).lesson_id != lessons[1].id  # lesson 2 is passed now
    # A recorded merge is remembered: a plain rebuild (after a pull, say) keeps both histories.
    with transaction(ws.conn):
        from tutor.events import append_event

        append_event(ws.conn, clock, "profiles_merged", keep.learner_id,
                     {"keep": keep.learner_id, "merge": dup.learner_id, "by": "teacher"})
    merged = projection(ws.conn, keep.learner_id)
    ws.progress.rebuild_learner(keep.learner_id)
    assert projection(ws.conn, keep.learner_id) == merged
    # Asked to rebuild the merged-away profile (new history of it was pulled, say), the kept
    # profile is rebuilt: its events are not counted twice, and the merged one stays empty.
    changes = ws.progress.rebuild_learner(dup.learner_id)
    assert keep.learner_id in changes.learner_ids
    assert projection(ws.conn, keep.learner_id) == merged
    assert projection(ws.conn, dup.learner_id) == {table: [] for table in COLUMNS}


def _copy_events(src, dst, learner_id, hub_offset_s: float) -> None:
    """Events of ``learner_id`` from one PC into another as a pull would put them there."""
    from datetime import datetime

    rows = src.conn.execute(
        "SELECT event_id, device_id, seq, learner_id, kind, schema_ver, device_time, clock_epoch, payload"
        " FROM events WHERE learner_id = ? ORDER BY seq", (learner_id,)).fetchall()
    from tutor.sync.apply import insert_pulled

    with transaction(dst.conn):
        insert_pulled(dst.conn, [{
            "event_id": r[0], "device_id": r[1], "seq": r[2], "learner_id": r[3], "kind": r[4],
            "schema_ver": r[5], "device_time": r[6], "clock_epoch": r[7], "payload": json.loads(r[8]),
            "corrected_time": (datetime.fromisoformat(r[6]) + timedelta(seconds=hub_offset_s)).isoformat(),
        } for r in rows])


def test_two_devices_merge_by_corrected_time_and_keep_each_device_order(tmp_path, template_copy):
    """PC B's clock is 5 years ahead; its answers interleave with A's by hub time, not raw time."""
    from tutor.clock import FakeClock as Clock
    from tutor.sync.state import save_clock_offset

    skew = timedelta(days=1826)
    clock_a, clock_b = Clock(), Clock()
    clock_b.set_wall(clock_a.now() + skew)
    pc_a, pc_b = template_copy("a", clock_a), template_copy("b", clock_b)
    learner, _ = pc_a.learners.create("Cô Sáu", "sun")
    lid = learner.learner_id
    _copy_events(pc_a, pc_b, lid, 0.0)
    from tutor.sync.apply import rebuild_learner as rebuild_profile

    with transaction(pc_b.conn):
        rebuild_profile(pc_b.conn, lid, "2026-11-21T08:00:00.000+00:00")
    save_clock_offset(pc_b.conn, -skew.total_seconds())
    lesson = pc_a.content.lesson(pc_a.content.lessons(level=1)[0].lesson_id)
    quiz = lesson.quiz
    # Interleaved in real time: A, B, A, B ... (right on A, wrong on B).
    for index, q in enumerate(quiz[:4]):
        pc = pc_a if index % 2 == 0 else pc_b
        pc.progress.answer(lid, lesson.id, q.id, right_response(q) if pc is pc_a else wrong_response(q))
        clock_a.advance(60)
        clock_b.advance(60)
    _copy_events(pc_b, pc_a, lid, -skew.total_seconds())
    pc_a.progress.rebuild_learner(lid)

    answered = [r[0] for r in pc_a.conn.execute(
        "SELECT question_id FROM progress_attempts WHERE learner_id = ? ORDER BY answered_at", (lid,))]
    assert answered == [q.id for q in quiz[:4]]
    times = [r[0] for r in pc_a.conn.execute(
        "SELECT answered_at FROM progress_attempts WHERE learner_id = ? ORDER BY answered_at", (lid,))]
    assert times[-1] < "2027"  # B's answers placed in A's frame, not five years ahead
    card = pc_a.conn.execute("SELECT last_review FROM progress_cards WHERE learner_id = ? AND question_id = ?",
                             (lid, quiz[1].id)).fetchone()[0]
    assert card < "2027"


@pytest.fixture
def template_copy(tmp_path):
    """Workspaces with the real pack, each a copy of one template (importing the pack costs time)."""
    if not PACK.exists():
        pytest.skip("the bundled pack is not built (make pack)")
    template = tmp_path / "template"
    open_workspace(template, FakeClock()).close()
    opened = []

    def make(name: str, clock):
        shutil.copytree(template, tmp_path / name)
        ws = open_workspace(tmp_path / name, clock)
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()


def test_an_unreadable_event_is_skipped_and_the_rest_rebuilt(shared):
    ws, clock, _ = shared
    learner, _ = ws.learners.create("Anh Sáu", "tree")
    lesson = ws.content.lesson(ws.content.lessons(level=1)[0].lesson_id)
    for q in lesson.quiz:
        ws.progress.answer(learner.learner_id, lesson.id, q.id, right_response(q))
    live = projection(ws.conn, learner.learner_id)
    from tutor.events import append_event
    from tutor.progress.rebuild import rebuild_learner

    with transaction(ws.conn):  # a newer app's answer, say, in a shape this one cannot read
        append_event(ws.conn, clock, "attempt", learner.learner_id, {"lesson": lesson.id, "at": "soon"})
    stats = rebuild_learner(ws.conn, learner.learner_id, now=ws.progress.now())
    assert stats.skipped == 1
    assert projection(ws.conn, learner.learner_id) == live


def test_migration_6_marks_what_was_pulled_before_it(tmp_path):
    from tutor.store.db import connect
    from tutor.store.migrations import apply_migrations

    conn = connect(tmp_path / "old.sqlite3")
    apply_migrations(conn, upto=4)
    conn.execute("INSERT INTO meta(key, value) VALUES ('device_id', 'here'), ('retired_device_ids', 'before')")
    for device in ("here", "elsewhere", "before", "elsewhere"):
        conn.execute("INSERT INTO events(event_id, device_id, learner_id, kind, schema_ver, device_time, payload)"
                     " VALUES (?, ?, 'l', 'attempt', 1, '2026-11-21T08:00:00.000+00:00', '{}')",
                     (f"e-{device}-{conn.execute('SELECT count(*) FROM events').fetchone()[0]}", device))
    apply_migrations(conn)
    rows = conn.execute("SELECT device_id, seq, origin_seq FROM events ORDER BY seq").fetchall()
    assert [tuple(r) for r in rows] == [("here", 1, None), ("elsewhere", 2, 2), ("before", 3, None),
                                        ("elsewhere", 4, 4)]
    from tutor.sync import outbox

    assert [e.seq for e in outbox.read_batch(conn, "elsewhere", 0, 10)] == []  # never sent back
    conn.close()


def test_opposite_merges_fold_in_time_order_not_log_order(shared):
    """This PC merged B into A; a merge of A into B made earlier on another PC arrives later
    (a higher seq). The earlier merge stands, as in the teacher tables: B keeps the history."""
    ws, clock, _ = shared
    a, _ = ws.learners.create("Chị Năm", "tree")
    b, _ = ws.learners.create("Chị Năm (2)", "tree")
    lesson = ws.content.lesson(ws.content.lessons(level=1)[0].lesson_id)
    for q in lesson.quiz:
        ws.progress.answer(a.learner_id, lesson.id, q.id, right_response(q))
    from tutor.events import append_event

    with transaction(ws.conn):
        append_event(ws.conn, clock, "profiles_merged", a.learner_id,
                     {"keep": a.learner_id, "merge": b.learner_id, "by": "here",
                      "at": "2026-11-21T09:00:00.000+00:00", "op": "op-here"})
        append_event(ws.conn, clock, "profiles_merged", b.learner_id,
                     {"keep": b.learner_id, "merge": a.learner_id, "by": "there",
                      "at": "2026-11-21T08:00:00.000+00:00", "op": "op-there"})
    for asked in (a.learner_id, b.learner_id):
        changes = ws.progress.rebuild_learner(asked)
        assert changes.learner_ids == {a.learner_id, b.learner_id}
        counts = {learner: ws.conn.execute("SELECT count(*) FROM progress_attempts WHERE learner_id = ?",
                                           (learner,)).fetchone()[0] for learner in (a.learner_id, b.learner_id)}
        assert counts == {a.learner_id: 0, b.learner_id: len(lesson.quiz)}


def test_merges_are_read_through_their_partial_index(shared):
    from tutor.progress.merges import MERGE_EVENTS_SQL

    ws, _, _ = shared
    plan = " ".join(str(r[-1]) for r in ws.conn.execute("EXPLAIN QUERY PLAN " + MERGE_EVENTS_SQL))
    assert "USING INDEX events_merges" in plan
