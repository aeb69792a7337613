"""A learner moves between PCs of one site and continues where they stopped (A -> B -> A).

Real hub over HTTP, real curriculum, real ProgressService on both PCs. PC B's clock is
a year ahead of the hub's and A's: B shows the learner's progress in its own frame,
and A sees B's answers at the right time. (A clock further ahead than the app can
believe, five years, is capped at its first reading: tests/progress/test_clock_bounds.py.)
"""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest

from tests.progress.helpers import PACK, open_workspace, right_response, wrong_response
from tests.sync.conftest import HUB_TIME, Pc
from tutor.clock import FakeClock
from tutor.sync.engine import SyncEngine
from tutor.teacher.sync_folds import TEACHER_FOLDS

# A year, a whole number of days (learning days line up), within what a first start
# believes (tutor.progress.trusted_time.PLAUSIBLE_AHEAD).
SKEW = timedelta(days=365)


class PackPc(Pc):
    """A PC with the real curriculum (a copy of one template: importing the pack costs time)."""

    def __init__(self, root, clock: FakeClock):
        self.clock = clock
        self.ws = open_workspace(root, clock)
        self.transport = None

    def engine(self, transport=None, batch_size: int = 2000, rebuild=None) -> SyncEngine:
        return SyncEngine(self.conn, transport or self.http(), self.clock, batch_size=batch_size,
                          rebuild=rebuild or self.ws.progress.rebuild_learner, folds=TEACHER_FOLDS)


@pytest.fixture
def pack_pc(tmp_path):
    if not PACK.exists():
        pytest.skip("the bundled pack is not built (make pack)")
    template = tmp_path / "template"
    open_workspace(template, FakeClock()).close()
    made: list[PackPc] = []

    def make(name: str, clock: FakeClock) -> PackPc:
        shutil.copytree(template, tmp_path / name)
        pc = PackPc(tmp_path / name, clock)
        made.append(pc)
        return pc

    yield make
    for pc in made:
        pc.close()


def seen_by(pc: PackPc, learner_id: str, shift: timedelta = timedelta(0)):
    """What the learner sees on ``pc``, with its times moved back by ``shift`` (its clock's error)."""
    progress, content = pc.ws.progress, pc.ws.content
    statuses = {}
    for summary in content.lessons():
        s = progress.lesson_status(learner_id, summary.lesson_id)
        statuses[summary.lesson_id] = (
            s.status, s.recent_correct, s.recent_total, s.opened, s.sections_read,
            s.passed_quiz_at - shift if s.passed_quiz_at else None,
            s.mastered_at - shift if s.mastered_at else None)
    point = progress.continue_point(learner_id)
    return {
        "lessons": statuses,
        "continue": (point.lesson_id, point.reason) if point else None,
        "levels": [(lv.level, lv.open, lv.opened_by, lv.test_passed, lv.best_correct) for lv in
                   progress.level_map(learner_id)],
        "due": [(d.lesson_id, d.question.id) for d in progress.due_items(learner_id, limit=None)],
        "certificates": progress.certificates(learner_id),
        "badges": [(b.level, b.title) for b in progress.badges(learner_id)],
        "streak": progress.streak(learner_id).days,
    }


def advance(days: float, *clocks: FakeClock) -> None:
    for clock in clocks:
        clock.advance(days * 86400)


def test_learner_continues_on_b_then_back_on_a_with_clocks_a_year_apart(hub, pack_pc):
    code = hub.new_site("Xã Yên Lạc")
    pc_a = pack_pc("a", FakeClock(HUB_TIME))
    pc_b = pack_pc("b", FakeClock(HUB_TIME + SKEW))
    pc_a.enroll(hub, code)
    pc_b.enroll(hub, code)
    clocks = (hub.clock, pc_a.clock, pc_b.clock)
    lan, _ = pc_a.ws.learners.create("Bà Lan", "sun", pin="2468")
    lid = lan.learner_id
    content = pc_a.ws.content
    lessons = [content.lesson(s.lesson_id) for s in content.lessons(level=1)]
    first, second = lessons[0], lessons[1]

    # On A: reads and passes lesson 1, passes the level 1 test, starts lesson 2.
    progress_a = pc_a.ws.progress
    progress_a.open_lesson(lid, first.id)
    progress_a.section_read(lid, first.id, 0)
    for q in first.quiz:
        progress_a.answer(lid, first.id, q.id, right_response(q))
    advance(1, *clocks)
    test = progress_a.start_level_test(lid, 1)
    for ref in test.questions:
        progress_a.answer(lid, ref.lesson_id, ref.question.id, right_response(ref.question), "level_test",
                          test_id=test.test_id)
    result = progress_a.finish_level_test(lid, test.test_id)
    assert result.passed and result.unlocked_level == 2 and result.certificate is not None
    progress_a.open_lesson(lid, second.id)
    progress_a.answer(lid, second.id, second.quiz[0].id, wrong_response(second.quiz[0]))
    advance(1, *clocks)
    pc_a.engine().sync_once()

    # On B: the learner signs in and finds everything where A left it.
    report = pc_b.engine(rebuild=pc_b.ws.progress.rebuild_learner).sync_once()
    assert report.learners_added == [lid] and report.rebuilt == [lid] and report.clock_flagged
    assert pc_b.ws.learners.sign_in(lid, "2468").display_name == "Bà Lan"
    on_a, on_b = seen_by(pc_a, lid), seen_by(pc_b, lid, SKEW)
    assert on_b == on_a
    assert on_a["continue"] == (second.id, "resume")
    assert on_a["levels"][1][1] and on_a["certificates"][0].code == result.certificate.code
    assert on_a["lessons"][first.id][0].value == "mastered"
    advance(2, *clocks)
    due_a, due_b = seen_by(pc_a, lid)["due"], seen_by(pc_b, lid, SKEW)["due"]
    assert due_b == due_a and due_a  # the same questions come back for review on both PCs

    # The learner continues on B: today's review, then lesson 2's quiz, passed.
    progress_b = pc_b.ws.progress
    for item in progress_b.due_items(lid, limit=None):
        progress_b.answer(lid, item.lesson_id, item.question.id, right_response(item.question), "review")
    for q in second.quiz:
        progress_b.answer(lid, second.id, q.id, right_response(q))
    assert progress_b.lesson_status(lid, second.id).status.value == "passed_quiz"
    advance(0.5, *clocks)
    pushed = pc_b.engine().sync_once().pushed
    assert pushed == len(pc_b.own_events()) > 0  # B's own events only: A's never go back

    # Back on A: B's progress is there, in A's frame.
    back = pc_a.engine(rebuild=pc_a.ws.progress.rebuild_learner).sync_once()
    assert back.rebuilt == [lid] and back.pulled == pushed
    assert seen_by(pc_a, lid) == seen_by(pc_b, lid, SKEW)
    status = progress_a.lesson_status(lid, second.id)
    assert status.status.value == "passed_quiz"
    assert HUB_TIME < status.passed_quiz_at < HUB_TIME + timedelta(days=5)
    assert progress_a.continue_point(lid).lesson_id not in (first.id, second.id)
    assert progress_a.due_count(lid) == 0  # reviewed on B: nothing due again on A today

    # Nothing moves on a further round either way.
    assert pc_a.engine().sync_once().pulled == 0
    assert pc_b.engine().sync_once().pulled == 0
    sent_by_b = {e["event_id"] for e in hub.storage.device_events(pc_b.ws.device_id)}
    assert sent_by_b == {row[2] for row in pc_b.own_events()}
    assert not sent_by_b & {row[2] for row in pc_a.own_events()}


def test_a_round_cut_before_the_rebuild_finishes_it_next_time(hub, pack_pc):
    code = hub.new_site("Xã Hoà")
    pc_a, pc_b = pack_pc("a", FakeClock(HUB_TIME)), pack_pc("b", FakeClock(HUB_TIME))
    pc_a.enroll(hub, code)
    pc_b.enroll(hub, code)
    lan, _ = pc_a.ws.learners.create("Bà Lan", "sun")
    lesson = pc_a.ws.content.lesson(pc_a.ws.content.lessons(level=1)[0].lesson_id)
    for q in lesson.quiz:
        pc_a.ws.progress.answer(lan.learner_id, lesson.id, q.id, right_response(q))
    pc_a.engine().sync_once()

    def power_cut(_learner_id):
        raise KeyboardInterrupt("power cut")

    with pytest.raises(KeyboardInterrupt):
        pc_b.engine(rebuild=power_cut).sync_once()
    assert pc_b.ws.progress.lesson_status(lan.learner_id, lesson.id).status.value == "not_started"
    report = pc_b.engine(rebuild=pc_b.ws.progress.rebuild_learner).sync_once()
    assert report.pulled == 0 and report.rebuilt == [lan.learner_id]
    assert pc_b.ws.progress.lesson_status(lan.learner_id, lesson.id).status.value == "passed_quiz"


def test_a_failing_rebuild_does_not_stop_the_round_and_is_retried(hub, pack_pc):
    code = hub.new_site("Xã Hoà")
    pc_a, pc_b = pack_pc("a", FakeClock(HUB_TIME)), pack_pc("b", FakeClock(HUB_TIME))
    pc_a.enroll(hub, code)
    pc_b.enroll(hub, code)
    lan, _ = pc_a.ws.learners.create("Bà Lan", "sun")
    ba, _ = pc_a.ws.learners.create("Ông Ba", "fish")
    lesson = pc_a.ws.content.lesson(pc_a.ws.content.lessons(level=1)[0].lesson_id)
    for learner in (lan, ba):
        for q in lesson.quiz:
            pc_a.ws.progress.answer(learner.learner_id, lesson.id, q.id, right_response(q))
    pc_a.engine().sync_once()

    def trouble_for_lan(learner_id):
        if learner_id == lan.learner_id:
            raise RuntimeError("a bug")
        return pc_b.ws.progress.rebuild_learner(learner_id)

    report = pc_b.engine(rebuild=trouble_for_lan).sync_once()
    assert report.rebuilt == [ba.learner_id] and set(report.learners_added) == {lan.learner_id, ba.learner_id}
    assert pc_b.ws.progress.lesson_status(ba.learner_id, lesson.id).status.value == "passed_quiz"
    again = pc_b.engine().sync_once()
    assert again.rebuilt == [lan.learner_id]
    assert pc_b.ws.progress.lesson_status(lan.learner_id, lesson.id).status.value == "passed_quiz"
