"""Answer feedback latency: from "Kiểm tra" pressed to grade + feedback + durable commit.

Times ProgressService.answer (grade, event, attempt, FSRS card, mastery, streak
day, one fsynced commit) over a few hundred answers on the real curriculum pack,
against the baseline of a bare INSERT + COMMIT with synchronous=FULL in WAL mode
on the same disk, measured in the same run. Also shows the grading alone.
Target (issue 4): p95 under 50 ms.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from itertools import cycle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _stats import pct  # noqa: E402
from tests.progress.helpers import PACK, open_workspace, progress_for, right_response, wrong_response  # noqa: E402
from tutor.clock import SystemClock  # noqa: E402
from tutor.progress.grading import grade  # noqa: E402

ANSWERS = 400
WARMUP = 20
TARGET_MS = 50.0


def bare_commits(folder: Path, n: int) -> list[float]:
    conn = sqlite3.connect(str(folder / "baseline.sqlite3"), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
    times = []
    for i in range(n + WARMUP):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t(payload) VALUES (?)", (f"answer {i}",))
        conn.execute("COMMIT")
        if i >= WARMUP:
            times.append((time.perf_counter() - t0) * 1000)
    conn.close()
    return times


def main() -> int:
    if not PACK.exists():
        print("build the pack first: make pack", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = open_workspace(folder / "data", SystemClock())
        learner, _ = ws.learners.create("Chị Hoàng Thị Mai", "rice")
        progress = progress_for(ws)
        questions = [
            (lesson.id, q)
            for summary in ws.content.lessons(level=1)
            for lesson in [ws.content.lesson(summary.lesson_id)]
            for q in lesson.quiz
        ]
        answer_ms, grade_ms = [], []
        for i, (lesson_id, q) in enumerate(cycle(questions)):
            if i >= ANSWERS + WARMUP:
                break
            response = right_response(q) if i % 4 else wrong_response(q)
            context = "review" if i % 9 == 8 else "quiz"
            t0 = time.perf_counter()
            progress.answer(learner.learner_id, lesson_id, q.id, response, context)
            elapsed = (time.perf_counter() - t0) * 1000
            t0 = time.perf_counter()
            grade(q, response)
            graded = (time.perf_counter() - t0) * 1000
            if i >= WARMUP:
                answer_ms.append(elapsed)
                grade_ms.append(graded)
        ws.close()
        bare = bare_commits(folder, ANSWERS)
    p50, p95 = statistics.median(answer_ms), pct(answer_ms, .95)
    b50, b95 = statistics.median(bare), pct(bare, .95)
    print(f"answers: {len(answer_ms)} on the real pack ({len(questions)} level-1 questions, all six kinds)")
    print(f"ProgressService.answer: median {p50:.2f} ms, p95 {p95:.2f} ms, max {max(answer_ms):.2f} ms "
          f"(target p95 < {TARGET_MS:.0f} ms) {'OK' if p95 < TARGET_MS else 'OVER TARGET'}")
    print(f"baseline bare INSERT+COMMIT, WAL, synchronous=FULL: median {b50:.2f} ms, p95 {b95:.2f} ms")
    print(f"ratio to baseline: median {p50 / max(b50, 1e-6):.1f}x, p95 {p95 / max(b95, 1e-6):.1f}x")
    print(f"grading alone: median {statistics.median(grade_ms) * 1000:.0f} us, p95 {pct(grade_ms, .95) * 1000:.0f} us")
    return 0


if __name__ == "__main__":
    sys.exit(main())
