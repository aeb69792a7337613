"""Class dashboard: a class of 40 learners with a year of events opens in under 1 s (issue 7).

Builds a database with the real curriculum pack, 40 profiles enrolled in one class
through the real teacher area, and a year of learning for each: 3-4 days a week,
about 20 minutes a day (a lesson opened, sections read a minute or three apart,
quiz answers of 10-40 s, a few review answers), level tests and certificates when
a level is passed.

The year is written by a fast equivalent of ProgressService, not the service itself
(a year of answers through it, each an fsynced transaction, takes many minutes): the
same events (kinds and payload fields, trusted times in "at") and the same projection
rows the live path writes for them, progress_lessons, progress_attempts (seq = the
event's seq), progress_mastery (4 of the last 5 quiz answers right; mastered after a
later right review), progress_days, progress_level_tests, progress_levels_open,
progress_certificates; progress_cards is left out (no dashboard figure reads it).

Then times "opening the dashboard": grid + help_needed + difficult_questions +
level_completion + one learner_report, on a freshly opened workspace (first run, cold)
and repeated (median, p95), against baselines measured in the same run on the same
database: a bare SELECT count(*) over progress_attempts, and reading every attempt
row of the class's learners (the data the grid summarises).

Last, what the teacher actually waits for in the app: the class page's whole snapshot
(tutor.ui.screens.teacher.data.load_class, as the database thread reads it) handed to
the real ClassPage (offscreen Qt), the grid model filled and the page painted.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _stats import pct
from tests.progress.helpers import PACK, open_workspace
from tutor.clock import FakeClock, to_iso
from tutor.events import device_id
from tutor.ids import new_event_id
from tutor.progress.localday import LocalCalendar

LEARNERS = 40
WEEKS = 52
RUNS = 15
TARGET_S = 1.0
START = datetime(2026, 1, 5, 1, 0, tzinfo=UTC)   # 08:00 in Vietnam, a Monday
NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
GIVEN = ["An", "Bình", "Cường", "Dung", "Hà", "Hùng", "Lan", "Mai", "Nam", "Ơn", "Phúc", "Tâm", "Tuyết", "Yến"]


class YearWriter:
    """Writes a learner's year the way ProgressService would, in bulk."""

    def __init__(self, ws, rng: random.Random):
        self.conn = ws.conn
        self.device = device_id(ws.conn)
        self.rng = rng
        self.calendar = LocalCalendar()
        self.seq = ws.conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
        self.levels = [lv.number for lv in ws.content.levels()]
        self.lessons = {lv: [ws.content.lesson(s.lesson_id) for s in ws.content.lessons(level=lv)]
                        for lv in self.levels}
        self.events: list[tuple] = []
        self.attempts: list[tuple] = []
        self.lesson_rows: dict[tuple[str, str], list] = {}
        self.mastery: dict[tuple[str, str], list] = {}
        self.days: set[tuple[str, str]] = set()
        self.tests: list[tuple] = []
        self.opened: list[tuple] = []
        self.certificates: list[tuple] = []

    def event(self, learner: str, kind: str, at: datetime, payload: dict) -> int:
        self.seq += 1
        payload = {**payload, "at": to_iso(at)}
        self.events.append((self.seq, new_event_id(int(at.timestamp() * 1000)), self.device, learner, kind, 1,
                            to_iso(at), 0, json.dumps(payload, ensure_ascii=False, separators=(",", ":"))))
        if kind in ("lesson_opened", "section_read", "attempt", "review", "level_test"):
            self.days.add((learner, self.calendar.learning_day(at).isoformat()))
        return self.seq

    def answer(self, learner: str, lesson, question, context: str, at: datetime, right: bool,
               test_id: str | None = None) -> int:
        spent = round(self.rng.uniform(10, 40), 1)
        seq = self.event(learner, "review" if context == "review" else "attempt", at, {
            "lesson_id": lesson.id, "question_id": question.id, "context": context, "test_id": test_id,
            "correct": right, "response": None, "rating": 3 if right else 1, "time_spent_s": spent})
        self.attempts.append((seq, learner, lesson.id, question.id, context, test_id, int(right), "null",
                              to_iso(at)))
        key = (learner, lesson.id)
        if context == "quiz":
            row = self.lesson_rows.setdefault(key, [to_iso(at), to_iso(at), seq, []])
            row[1], row[2] = to_iso(at), seq
            state = self.mastery.setdefault(key, [None, [], None, None, None, None])
            state[1].append(right)
            if state[0] is None and sum(state[1][-5:]) >= 4:
                state[0], state[2], state[3] = "passed_quiz", to_iso(at), seq
                self.event(learner, "mastery_reached", at, {"lesson_id": lesson.id, "status": "passed_quiz",
                                                           "criterion": {"m": 4, "n": 5}, "attempt_seq": seq})
        elif right and key in self.mastery and self.mastery[key][0] == "passed_quiz" and seq > self.mastery[key][3]:
            state = self.mastery[key]
            state[0], state[4], state[5] = "mastered", to_iso(at), seq
            self.event(learner, "mastery_reached", at, {"lesson_id": lesson.id, "status": "mastered",
                                                       "criterion": {"m": 4, "n": 5}, "attempt_seq": seq})
        return seq

    def year(self, learner: str, name: str) -> None:
        rng = self.rng
        skill = rng.uniform(0.5, 0.9)
        level_index, lesson_index, finished = 0, 0, False
        passed: list = []
        for week in range(WEEKS):
            for day in sorted(rng.sample(range(7), rng.choice((3, 4)))):
                at = START + timedelta(weeks=week, days=day, minutes=rng.randint(0, 600))
                level = self.levels[level_index]
                lessons = self.lessons[level]
                if finished:   # every level passed: review only
                    for _ in range(12):
                        earlier = rng.choice(passed)
                        at += timedelta(seconds=rng.randint(15, 40))
                        self.answer(learner, earlier, rng.choice(earlier.quiz), "review", at, rng.random() < skill)
                    continue
                if lesson_index >= len(lessons):
                    self.level_test(learner, name, level, at, skill)
                    if self.tests[-1][-1]:
                        if level_index + 1 < len(self.levels):
                            level_index, lesson_index = level_index + 1, 0
                        else:
                            finished = True
                    continue
                lesson = lessons[lesson_index]
                self.event(learner, "lesson_opened", at, {"lesson_id": lesson.id})
                self.lesson_rows.setdefault((learner, lesson.id), [to_iso(at), to_iso(at), self.seq, []])
                for index in range(min(len(lesson.sections), rng.randint(2, 4))):
                    at += timedelta(seconds=rng.randint(20, 180))
                    self.event(learner, "section_read", at, {"lesson_id": lesson.id, "section_index": index,
                                                             "heading": lesson.sections[index].heading})
                    sections = self.lesson_rows[(learner, lesson.id)][3]
                    if index not in sections:
                        sections.append(index)
                if rng.random() < 0.5:   # some days are only reading
                    for question in lesson.quiz:
                        at += timedelta(seconds=rng.randint(15, 50))
                        self.answer(learner, lesson, question, "quiz", at, rng.random() < skill)
                for _ in range(min(len(passed), 5)):
                    earlier = rng.choice(passed)
                    at += timedelta(seconds=rng.randint(15, 40))
                    self.answer(learner, earlier, rng.choice(earlier.quiz), "review", at, rng.random() < skill + 0.05)
                if self.mastery.get((learner, lesson.id), [None])[0]:
                    passed.append(lesson)
                    lesson_index += 1

    def level_test(self, learner: str, name: str, level: int, at: datetime, skill: float) -> datetime:
        test_id = str(uuid.uuid4())
        questions = [(lesson, q) for lesson in self.lessons[level] for q in lesson.quiz if q.level_test][:20]
        self.event(learner, "level_test", at, {"phase": "started", "test_id": test_id, "level": level,
                                               "seed": 1, "questions": [f"{ls.id}#{q.id}" for ls, q in questions]})
        started = at
        correct = 0
        for lesson, question in questions:
            at += timedelta(seconds=self.rng.randint(15, 40))
            right = self.rng.random() < skill + 0.1
            correct += right
            self.answer(learner, lesson, question, "level_test", at, right, test_id)
        total = len(questions)
        passed = total > 0 and correct * 10 >= total * 8
        self.event(learner, "level_test", at, {"phase": "finished", "test_id": test_id, "level": level,
                                               "correct": correct, "total": total, "needed": -(-total * 8 // 10),
                                               "passed": passed})
        self.tests.append((test_id, learner, level, 1, "[]", to_iso(started), to_iso(at), correct, total, int(passed)))
        if passed and level != self.levels[-1]:
            following = self.levels[self.levels.index(level) + 1]
            self.event(learner, "level_unlocked", at, {"level": following, "by": "level_test", "test_id": test_id})
            self.opened.append((learner, following, "level_test", to_iso(at)))
        if passed:
            certificate_id = str(uuid.uuid4())
            self.event(learner, "certificate_issued", at, {"certificate_id": certificate_id, "level": level})
            self.certificates.append((certificate_id, learner, level, name, f"Cấp {level}", at.date().isoformat(),
                                      self.device, "bench", "BENCH-" + certificate_id[:8], test_id, to_iso(at)))
        return at

    def flush(self) -> None:
        conn = self.conn
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO events(seq, event_id, device_id, learner_id, kind, schema_ver, device_time,"
                         " clock_epoch, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.events)
        conn.executemany("INSERT INTO progress_attempts(seq, learner_id, lesson_id, question_id, context, test_id,"
                         " correct, response, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.attempts)
        conn.executemany("INSERT INTO progress_lessons(learner_id, lesson_id, first_opened_at, last_active_at,"
                         " last_active_seq, sections_read) VALUES (?, ?, ?, ?, ?, ?)",
                         [(k[0], k[1], v[0], v[1], v[2], json.dumps(sorted(v[3]))) for k, v in self.lesson_rows.items()])
        conn.executemany("INSERT INTO progress_mastery(learner_id, lesson_id, status, criterion, passed_quiz_at,"
                         " passed_quiz_seq, mastered_at, mastered_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         [(k[0], k[1], v[0], '{"m": 4, "n": 5}', v[2], v[3], v[4], v[5])
                          for k, v in self.mastery.items() if v[0]])
        conn.executemany("INSERT INTO progress_days(learner_id, day) VALUES (?, ?)", sorted(self.days))
        conn.executemany("INSERT INTO progress_level_tests(test_id, learner_id, level, seed, question_refs, started_at,"
                         " finished_at, correct, total, passed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.tests)
        conn.executemany("INSERT OR IGNORE INTO progress_levels_open(learner_id, level, opened_by, opened_at)"
                         " VALUES (?, ?, ?, ?)", self.opened)
        conn.executemany("INSERT OR IGNORE INTO progress_certificates(certificate_id, learner_id, level, learner_name,"
                         " level_title, issued_on, device_id, key_id, code, test_id, issued_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.certificates)
        conn.execute("COMMIT")


def build(folder: Path) -> tuple[str, str]:
    clock = FakeClock(START - timedelta(days=1))
    ws = open_workspace(folder, clock)
    area = ws.teacher
    area.create_teacher("colan", "Cô Lan", "matkhau123", None)
    session = area.login("colan", "matkhau123")
    klass, _ = area.create_class(session, "Lớp tối thứ Ba")
    rng = random.Random(7)
    ids = []
    for i in range(LEARNERS):
        name = f"{NAMES[i % len(NAMES)]} Thị {GIVEN[i % len(GIVEN)]} {i + 1}"
        learner, _ = ws.learners.create(name, "sun")
        ids.append((learner.learner_id, name))
    area.enroll(session, klass.class_id, [i for i, _ in ids])
    writer = YearWriter(ws, rng)
    ws.conn.execute("PRAGMA synchronous = OFF")
    for learner_id, name in ids:
        writer.year(learner_id, name)
    writer.flush()
    ws.conn.execute("PRAGMA synchronous = FULL")
    ws.close()   # runs PRAGMA optimize, as the app does at every close
    return klass.class_id, ids[len(ids) // 2][0]


def open_dashboard(area, class_id: str, learner_id: str) -> None:
    area.grid(class_id)
    area.help_needed(class_id)
    area.difficult_questions(class_id)
    area.level_completion(class_id)
    area.learner_report(learner_id)


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> int:
    if not PACK.exists():
        print("build the pack first: make pack", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        t0 = time.perf_counter()
        class_id, learner_id = build(folder)
        built_s = time.perf_counter() - t0
        end = START + timedelta(weeks=WEEKS)
        ws = open_workspace(folder, FakeClock(end))
        try:
            conn = ws.conn
            counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("events", "progress_attempts", "progress_mastery", "progress_certificates")}
            area = ws.teacher
            cold = timed(lambda: open_dashboard(area, class_id, learner_id))
            warm = [timed(lambda: open_dashboard(area, class_id, learner_id)) for _ in range(RUNS)]
            parts = {
                "grid (all lessons)": lambda: area.grid(class_id),
                "help_needed": lambda: area.help_needed(class_id),
                "difficult_questions": lambda: area.difficult_questions(class_id),
                "level_completion": lambda: area.level_completion(class_id),
                "learner_report": lambda: area.learner_report(learner_id),
            }
            part_ms = {name: statistics.median(timed(fn) for _ in range(5)) * 1000 for name, fn in parts.items()}
            count_all = [timed(lambda: conn.execute("SELECT count(*) FROM progress_attempts").fetchone())
                         for _ in range(RUNS)]
            scan_all = [timed(lambda: conn.execute("SELECT sum(correct) FROM progress_attempts").fetchone())
                        for _ in range(RUNS)]
            read_rows = [timed(lambda: conn.execute(
                "SELECT a.learner_id, a.lesson_id, a.question_id, a.correct, a.answered_at FROM progress_attempts a"
                " JOIN teacher_enrolments e ON e.learner_id = a.learner_id WHERE e.class_id = ?",
                (class_id,)).fetchall()) for _ in range(RUNS)]
            session = area.login("colan", "matkhau123")
            report_s = timed(lambda: area.class_report(session, class_id))
            window_cold, window_warm = time_class_page(ws, class_id)
        finally:
            ws.close()
    med, p95 = statistics.median(warm), pct(warm, .95)
    base_count, base_rows = statistics.median(count_all), statistics.median(read_rows)
    base_scan = statistics.median(scan_all)
    print(f"database: {LEARNERS} learners in one class, {WEEKS} weeks; " + ", ".join(
        f"{n} {t}" for t, n in counts.items()) + f" (built in {built_s:.1f} s, fast writer)")
    print("open the dashboard (grid + help_needed + difficult_questions + level_completion + learner_report):")
    print(f"  first run after opening the database: {cold * 1000:.0f} ms")
    print(f"  repeated ({RUNS} runs): median {med * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms "
          f"(target < {TARGET_S:.0f} s) {'OK' if max(p95, cold) < TARGET_S else 'OVER TARGET'}")
    print("  parts (median of 5): " + ", ".join(f"{k} {v:.0f} ms" for k, v in part_ms.items()))
    print(f"baseline SELECT count(*) FROM progress_attempts: median {base_count * 1000:.2f} ms "
          f"-> dashboard is {med / max(base_count, 1e-9):.0f}x")
    print(f"baseline SELECT sum(correct) FROM progress_attempts (a full scan): median {base_scan * 1000:.1f} ms "
          f"-> dashboard is {med / max(base_scan, 1e-9):.1f}x")
    print(f"baseline read every attempt row of the class: median {base_rows * 1000:.0f} ms "
          f"-> dashboard is {med / max(base_rows, 1e-9):.2f}x")
    print(f"class report (every learner's report, grid, levels, certificates): {report_s * 1000:.0f} ms")
    print(f"in the app: class page snapshot read + grid filled + page painted (offscreen Qt): first "
          f"{window_cold * 1000:.0f} ms, then median {statistics.median(window_warm) * 1000:.0f} ms, "
          f"p95 {pct(window_warm, .95) * 1000:.0f} ms (target < {TARGET_S:.0f} s) "
          f"{'OK' if max(window_cold, pct(window_warm, .95)) < TARGET_S else 'OVER TARGET'}")
    return 0


def time_class_page(ws, class_id: str) -> tuple[float, list[float]]:
    """The class page as the app shows it: snapshot read, handed to the real widget, painted."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tutor.ui.screens.teacher.class_page import ClassPage
    from tutor.ui.screens.teacher.data import load_class

    app = QApplication.instance() or QApplication([])
    page = ClassPage()
    page.resize(1280, 800)
    page.show()
    app.processEvents()

    def open_page() -> None:
        page.clear()
        page.show_snapshot(load_class(ws, class_id))
        page.repaint()
        app.processEvents()

    cold = timed(open_page)
    warm = [timed(open_page) for _ in range(RUNS)]
    page.close()
    return cold, warm


if __name__ == "__main__":
    sys.exit(main())
