"""Dashboard figures equal what the events written through the real ProgressService say."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from tests.progress.helpers import right_response, wrong_response
from tests.teacher.conftest import make_learner
from tutor.sync import state


def lesson_ids(ws, level=1):
    return [s.lesson_id for s in ws.content.lessons(level=level)]


def answer(ws, learner, lesson_id, index, right, context="quiz", **kwargs):
    question = ws.content.lesson(lesson_id).quiz[index]
    response = right_response(question) if right else wrong_response(question)
    return ws.progress.answer(learner, lesson_id, question.id, response, context, **kwargs)


@pytest.fixture
def cls3(ws, area, session, klass, clock):
    """A class of three with known histories, and one learner outside the class."""
    l1, l2 = lesson_ids(ws)[:2]
    an, binh, cuong = (make_learner(ws, n) for n in ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"))
    outsider = make_learner(ws, "Người Ngoài Lớp")
    area.enroll(session, klass.class_id, [an, binh, cuong])
    # An: lesson 1, one right then two wrong.
    ws.progress.open_lesson(an, l1)
    for index, right in ((0, True), (1, False), (2, False)):
        answer(ws, an, l1, index, right)
    # Bình: passes lesson 1 (six right), a later review makes it mastered; then three wrong on lesson 2.
    for index in range(len(ws.content.lesson(l1).quiz)):
        answer(ws, binh, l1, index, True)
    clock.advance(3600)
    answer(ws, binh, l1, 0, True, "review")
    clock.advance(60)
    streak_start = ws.progress.now()
    for index in range(3):
        answer(ws, binh, l2, index, False)
        clock.advance(30)
    # Cường: lesson 2, one wrong then four right: 4 of the last 5, passed.
    answer(ws, cuong, l2, 0, False)
    for index in range(4):
        answer(ws, cuong, l2, index, True)
    # Someone outside the class answers a lot wrong: none of it may show.
    for _ in range(5):
        answer(ws, outsider, l2, 0, False)
    return {"an": an, "binh": binh, "cuong": cuong, "l1": l1, "l2": l2, "streak_start": streak_start}


def test_grid_statuses_and_counts(ws, area, klass, cls3):
    grid = area.grid(klass.class_id, level=1)
    assert [c.short_title for c in grid.lessons][:3] == ["1.1", "1.2", "1.3"] and len(grid.lessons) == 16
    assert [r.display_name for r in grid.rows] == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]
    cells = {(r.learner_id, c.lesson_id): (c.status, c.attempts, c.correct) for r in grid.rows for c in r.cells}
    an, binh, cuong, l1, l2 = (cls3[k] for k in ("an", "binh", "cuong", "l1", "l2"))
    assert cells[(an, l1)] == ("started", 3, 1)
    assert cells[(an, l2)] == ("not_started", 0, 0)
    assert cells[(binh, l1)] == ("mastered", 7, 7)
    assert cells[(binh, l2)] == ("started", 3, 0)
    assert cells[(cuong, l1)] == ("not_started", 0, 0)
    assert cells[(cuong, l2)] == ("passed_quiz", 5, 4)
    help_rows = {r.display_name: r.needs_help for r in grid.rows}
    assert help_rows == {"Nguyễn Văn An": (), "Trần Thị Bình": ("Sai 3 câu liền ở bài 1.2",), "Lê Văn Cường": ()}
    # Without a level filter, every current lesson is a column.
    assert [c.lesson_id for c in area.grid(klass.class_id).lessons] == [s.lesson_id for s in ws.content.lessons()]


def test_difficult_questions(ws, area, klass, cls3):
    found = area.difficult_questions(klass.class_id)
    l1, l2 = cls3["l1"], cls3["l2"]
    q = [question.id for question in ws.content.lesson(l2).quiz]
    assert (found[0].lesson_id, found[0].question_id) == (l2, q[0])
    assert (found[0].wrong, found[0].answered, found[0].learners_wrong) == (2, 3, 2)  # the outsider is not counted
    assert found[0].prompt == ws.content.lesson(l2).quiz[0].prompt.splitlines()[0].strip()
    assert {(d.lesson_id, d.wrong, d.answered) for d in found[1:]} == {
        (l1, 1, 2), (l1, 1, 2), (l2, 1, 2), (l2, 1, 2)} and len(found) == 5
    assert len(area.difficult_questions(klass.class_id, limit=2)) == 2


def test_wrong_streak_names_the_lesson(area, klass, cls3):
    help_list = area.help_needed(klass.class_id)
    assert [(h.display_name, h.reason, h.detail, h.lesson_id) for h in help_list] == [
        ("Trần Thị Bình", "wrong_streak", "Sai 3 câu liền ở bài 1.2", cls3["l2"])]
    assert help_list[0].since == cls3["streak_start"]


def test_inactive_after_two_weeks_of_trusted_time(ws, area, session, klass, clock, cls3):
    newcomer = make_learner(ws, "Phạm Thị Dung")
    clock.advance(86400)
    area.enroll(session, klass.class_id, [newcomer])
    clock.advance(13 * 86400)
    answer(ws, cls3["binh"], cls3["l1"], 1, True, "review")   # Bình comes back: no longer stuck or idle
    clock.advance(86400 + 600)
    found = {(h.display_name, h.reason): h.detail for h in area.help_needed(klass.class_id)}
    assert found == {
        ("Nguyễn Văn An", "inactive"): "Không học 15 ngày",
        ("Lê Văn Cường", "inactive"): "Không học 15 ngày",
        # joined a day after the others, never started: counted from the day they joined
        ("Phạm Thị Dung", "inactive"): "Chưa học lần nào, đã vào lớp 14 ngày",
    }


def test_level_completion_and_certificates(ws, area, klass, cls3, clock):
    levels = area.level_completion(klass.class_id)
    assert [lv.level for lv in levels] == [1, 2, 3, 4, 5]
    one = levels[0]
    assert (one.learners_total, one.lessons_total, one.lessons_passed, one.lessons_mastered,
            one.learners_passed_test) == (3, 16, 2, 1, 0)
    assert all((lv.lessons_passed, lv.learners_passed_test) == (0, 0) for lv in levels[1:])
    # Cường passes the level 1 test: a certificate, level 2 open.
    test = ws.progress.start_level_test(cls3["cuong"], 1)
    for ref in test.questions:
        ws.progress.answer(cls3["cuong"], ref.lesson_id, ref.question.id, right_response(ref.question),
                           "level_test", test_id=test.test_id)
    result = ws.progress.finish_level_test(cls3["cuong"], test.test_id)
    assert result.passed and result.certificate is not None
    assert area.level_completion(klass.class_id)[0].learners_passed_test == 1
    certificates = area.certificates(klass.class_id)
    assert [(c.display_name, c.level, c.code) for c in certificates] == [
        ("Lê Văn Cường", 1, result.certificate.code)]
    report = area.learner_report(cls3["cuong"])
    assert report.certificates == 1 and report.levels_unlocked == (1, 2)


def test_learner_report_counts(ws, area, klass, cls3):
    report = area.learner_report(cls3["binh"])
    assert (report.display_name, report.attempts, report.correct) == ("Trần Thị Bình", 10, 7)
    assert (report.lessons_passed, report.lessons_mastered, report.certificates) == (1, 1, 0)
    assert report.levels_unlocked == (1,)
    assert {(w.lesson_id, w.wrong, w.answered) for w in report.weak_questions} == {(cls3["l2"], 1, 1)}
    assert len(report.weak_questions) == 3
    assert report.last_activity == cls3["streak_start"] + timedelta(seconds=60)
    assert report.last_sync_of_pc is None      # this PC never synced


def test_time_spent_follows_the_documented_rule(ws, area, session, klass, clock):
    learner = make_learner(ws, "Vũ Thị Hằng")
    lesson = lesson_ids(ws)[0]
    ws.progress.open_lesson(learner, lesson)
    clock.advance(5)
    ws.progress.section_read(learner, lesson, 0)
    clock.advance(120)
    ws.progress.section_read(learner, lesson, 1)          # read section 0 for 120 s
    clock.advance(780)
    answer(ws, learner, lesson, 0, True, time_spent_s=30)  # section 1: 780 s, capped at 600, minus 30
    clock.advance(20)
    answer(ws, learner, lesson, 1, False)                 # no time recorded: 20 s since the last answer
    clock.advance(400)
    answer(ws, learner, lesson, 2, False)                 # 400 s since the last answer: capped at 180
    clock.advance(7200)
    ws.progress.section_read(learner, lesson, 2)          # the last thing done: nothing to measure it by
    assert area.learner_report(learner).time_spent_s == 120 + (600 - 30) + 30 + 20 + 180


def test_last_sync_of_this_pc_is_reported(ws, area, cls3, clock):
    when = clock.now() + timedelta(minutes=5)
    state.save_success(ws.conn, when)
    assert area.learner_report(cls3["an"]).last_sync_of_pc == when


def test_class_report_and_its_csv(ws, area, session, klass, cls3):
    report = area.class_report(session, klass.class_id)
    assert report.teacher_name == "Cô Lan" and report.class_info.member_count == 3
    assert [r.display_name for r in report.learners] == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]
    assert report.grid.rows == area.grid(klass.class_id).rows
    data = area.class_report_csv(report)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Báo cáo lớp", klass.name] and rows[2] == ["Giáo viên", "Cô Lan"]
    header = rows.index(next(r for r in rows if r[:1] == ["Họ tên"]))
    binh = next(r for r in rows[header + 1:] if r[:1] == ["Trần Thị Bình"])
    columns = dict(zip(rows[header], binh))
    assert (columns["Số câu đã làm"], columns["Số câu đúng"], columns["Tỉ lệ đúng (%)"]) == ("10", "7", "70")
    assert (columns["Bài 1.1"], columns["Bài 1.2"], columns["Bài 1.3"]) == ("Thành thạo", "Đang học", "Chưa học")
    level_one = next(r for r in rows if r[:2] == ["1", "Xử lý văn bản cơ bản"])
    assert level_one[2:] == ["16", "3", "0", "2", "1", str(round(100 * 2 / 48))]
    made = ws.conn.execute("SELECT count(*) FROM events WHERE kind = 'class_report_made'").fetchone()[0]
    assert made == 1


def test_unlock_level_is_recorded_with_the_teacher(ws, area, session, cls3):
    changes = area.unlock_level(session, cls3["an"], 3)
    assert changes.progress
    assert 3 in area.learner_report(cls3["an"]).levels_unlocked
    by = ws.conn.execute("SELECT json_extract(payload, '$.by') FROM events WHERE kind = 'level_unlocked'"
                         " AND learner_id = ?", (cls3["an"],)).fetchone()[0]
    assert by == session.teacher.teacher_id
