"""Answer to feedback shown, through the real window (offscreen), on the real pack.

Measures from the learner's answer (the question widget's signal) until the
feedback box is visible: grading, the durable commit on the database thread and
the hop back to the window. Baseline in the same run: ProgressService.answer
called directly on the same kind of database (grading + commit, no UI).
Target (issue 4): under 50 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from _stats import pct  # noqa: E402
from tests.ui.test_journey_ui import right_response  # noqa: E402
from tutor.dbthread import DbThread  # noqa: E402
from tutor.ui.i18n import LanguageSwitcher  # noqa: E402
from tutor.paths import DataDir  # noqa: E402
from tutor.ui.app import build_window  # noqa: E402
from tutor.ui.controllers.session import read_startup_state  # noqa: E402
from tutor.ui.taskman import TaskManager  # noqa: E402
from tutor.workspace import Workspace  # noqa: E402

PACK = ROOT / "tutor" / "data" / "curriculum.bdpack"
ANSWERS = 200


def baseline(tmp: Path) -> list[float]:
    ws = Workspace.open(tmp / "base", bundled_pack=PACK)
    learner, _ = ws.learners.create("Baseline", "sun")
    lesson = ws.content.lesson("l1.ai-la-gi")
    times = []
    for i in range(ANSWERS):
        q = lesson.quiz[i % len(lesson.quiz)]
        t0 = time.perf_counter()
        ws.progress.answer(learner.learner_id, lesson.id, q.id, right_response(q))
        times.append((time.perf_counter() - t0) * 1000)
    ws.close()
    return times


def through_window(tmp: Path) -> list[float]:
    app = QApplication.instance() or QApplication([])
    db = DbThread(tmp / "ui", bundled_pack=PACK)
    db.opened.result()
    learner = db.call(lambda ws: ws.learners.create("Chị Hoa", "flower"))[0]
    tasks = TaskManager(db)
    window = build_window(tasks, LanguageSwitcher(app), DataDir(tmp / "ui"), initial=db.call(read_startup_state))
    window.show()
    session, quizzes = window.features.session, window.features.quiz
    while session.pc is None:
        app.processEvents()
    session.enter(learner)
    times = []
    while len(times) < ANSWERS:
        window.stack.setCurrentWidget(window.home)
        while tasks.pending:  # home reloads after the answers (Changes): a learner reads it first
            app.processEvents()
        quizzes.start_lesson_quiz("l1.ai-la-gi")
        while not (window._screens.get("quiz") and window.stack.currentWidget() is window.quiz):
            app.processEvents()
        quiz = window.quiz
        for _ in range(len(quiz.items)):
            q = quiz.items[quiz.index].question
            assert not quiz.feedback_box.isVisible()
            t0 = time.perf_counter()
            quiz.widget.answered.emit(right_response(q))
            while not quiz.feedback_box.isVisible():
                app.processEvents()
            times.append((time.perf_counter() - t0) * 1000)
            if quiz.index + 1 < len(quiz.items):
                quiz.next_question()
    tasks.shutdown()
    return times[:ANSWERS]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        base = baseline(Path(tmp))
        ui = through_window(Path(tmp))
    print(f"answers: {ANSWERS} each, real pack, synchronous=FULL")
    print(f"baseline ProgressService.answer: median {statistics.median(base):.2f} ms, p95 {pct(base, .95):.2f} ms")
    print(f"answer to feedback shown (window): median {statistics.median(ui):.2f} ms, p95 {pct(ui, .95):.2f} ms, "
          f"max {max(ui):.2f} ms  (target < 50 ms) {'OK' if pct(ui, .95) < 50 else 'OVER TARGET'}")
    print(f"ratio window/baseline (median): {statistics.median(ui) / statistics.median(base):.2f}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 may crash while collecting Qt objects at exit.
    os._exit(code)
