"""One writer per fact: only tutor.progress.projector writes a learner's progress_* rows.

Two checks. At run time, every statement SQLite runs during a full learning journey
through ProgressService (and a rebuild) is traced; a write to a projection table must
come from inside the projector (its module on the Python stack). Statically, no module
of tutor/ but the projector holds SQL text that writes a projection table.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

from tests.progress.helpers import first_lesson, right_response
from tutor.progress.projector import LEARNER_TABLES

ROOT = Path(__file__).resolve().parents[2]
PROJECTOR = "tutor.progress.projector"
WRITE = re.compile(
    r"\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"
    r"(" + "|".join(LEARNER_TABLES) + r")\b", re.IGNORECASE)


def _projector_on_stack() -> bool:
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_globals.get("__name__") == PROJECTOR:
            return True
        frame = frame.f_back
    return False


def test_a_whole_journey_writes_projection_rows_only_through_the_projector(ws, progress, learner):
    outside: list[str] = []
    written: set[str] = set()

    def trace(statement: str) -> None:
        match = WRITE.search(statement)
        if match:
            written.add(match.group(1).lower())
            if not _projector_on_stack():
                outside.append(statement)

    ws.conn.set_trace_callback(trace)
    try:
        lesson = first_lesson(ws)
        progress.open_lesson(learner, lesson.id)
        progress.section_read(learner, lesson.id, 0)
        for q in lesson.quiz:
            progress.answer(learner, lesson.id, q.id, right_response(q))
        progress.answer(learner, lesson.id, lesson.quiz[0].id, right_response(lesson.quiz[0]), "review")
        progress.practice_attempt(learner, lesson.id, {"kind": "prompt", "score": 3})
        test = progress.start_level_test(learner, 1)
        for ref in test.questions:
            progress.answer(learner, ref.lesson_id, ref.question.id, right_response(ref.question), "level_test",
                            test_id=test.test_id)
        result = progress.finish_level_test(learner, test.test_id)
        progress.unlock_level(learner, 3)
        progress.certificates(learner)
        progress.rebuild_learner(learner)
    finally:
        ws.conn.set_trace_callback(None)
    assert result.passed and result.certificate is not None
    assert outside == []
    # The journey did write every projection table, so the check above was not empty.
    assert written == set(LEARNER_TABLES)


def test_no_module_but_the_projector_holds_sql_that_writes_a_projection_table():
    offenders = []
    for path in sorted((ROOT / "tutor").rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        if module == PROJECTOR:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            texts = []
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.append(node.value)
            elif isinstance(node, ast.JoinedStr):
                texts.append("".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values))
            if any(WRITE.search(t) for t in texts):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
