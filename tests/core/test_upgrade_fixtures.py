"""A PC database left by each released schema opens with today's code, progress intact.

The fixtures were made by the released app at each schema (tests/fixtures/README.md),
never by today's code, so this proves the upgrade path a PC in the field takes.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.progress.helpers import PACK
from tutor.clock import FakeClock
from tutor.paths import DataDir
from tutor.progress.mastery import Status
from tutor.store.migrations import LATEST_VERSION, current_version
from tutor.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RELEASED = (3, 4, 6, 7, 8, 9)  # schemas a released app left on PCs (5 shipped only together with 6)

FACTS = {
    "progress_attempts": "seq, learner_id, lesson_id, question_id, context, test_id, correct, response, answered_at",
    "progress_mastery": "learner_id, lesson_id, status, criterion, passed_quiz_at, passed_quiz_seq, mastered_at,"
                        " mastered_seq",
    "progress_lessons": "learner_id, lesson_id, first_opened_at, last_active_at, last_active_seq, sections_read",
    "progress_level_tests": "test_id, learner_id, level, finished_at, correct, total, passed",
    "progress_levels_open": "learner_id, level, opened_by",
    "progress_certificates": "certificate_id, learner_id, level, learner_name, issued_on, device_id, key_id, code",
}


def rows(conn: sqlite3.Connection, table: str) -> list[tuple]:
    columns = FACTS[table]
    return [tuple(r) for r in conn.execute(f"SELECT {columns} FROM {table} ORDER BY {columns}")]


def read_fixture(path: Path) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = {
            "version": current_version(conn),
            "learners": conn.execute("SELECT learner_id, display_name, icon FROM learners").fetchall(),
            "events": conn.execute("SELECT event_id, kind, payload FROM events ORDER BY seq").fetchall(),
        }
        if found["version"] >= 4:
            found.update({table: rows(conn, table) for table in FACTS})
        return found
    finally:
        conn.close()


@pytest.fixture
def upgraded(request, tmp_path):
    version = request.param
    source = FIXTURES / f"pc_schema_v{version}.sqlite3"
    before = read_fixture(source)
    assert before["version"] == version
    data = DataDir(tmp_path / "data").ensure()
    shutil.copy(source, data.database)
    ws = Workspace.open(data.root, clock=FakeClock(datetime(2026, 12, 10, 3, 0, tzinfo=UTC)),
                        bundled_pack=PACK if PACK.exists() else None, backup=False)
    yield version, before, ws
    ws.close()


@pytest.mark.parametrize("upgraded", RELEASED, indirect=True, ids=lambda v: f"v{v}")
def test_a_released_pc_database_upgrades_with_the_learners_progress(upgraded):
    version, before, ws = upgraded
    assert current_version(ws.conn) == LATEST_VERSION
    assert [tuple(r) for r in ws.conn.execute("SELECT learner_id, display_name, icon FROM learners")] \
        == before["learners"]
    ((learner_id, name, _icon),) = before["learners"]
    assert name == "Bà Lò Thị Ún"
    # The event log is kept whole, payloads byte for byte.
    after = [tuple(r) for r in ws.conn.execute("SELECT event_id, kind, payload FROM events ORDER BY seq")]
    assert after[:len(before["events"])] == before["events"]
    if version < 4:
        return
    for table in FACTS:
        assert rows(ws.conn, table) == before[table], table
    # What the learner sees, through today's code.
    assert before["progress_attempts"] and before["progress_certificates"]
    ((_, lesson_id, status, *_),) = before["progress_mastery"]
    assert status == Status.MASTERED.value
    progress = ws.progress
    assert progress.lesson_status(learner_id, lesson_id).status is Status.MASTERED
    assert [c.code for c in progress.certificates(learner_id)] == [r[7] for r in before["progress_certificates"]]
    levels = {lv.level: lv for lv in progress.level_map(learner_id)}
    assert levels[1].test_passed and levels[2].open
    assert progress.streak(learner_id).longest >= 1
    # Rebuilt from the old events by today's projector: the same facts come back.
    progress.rebuild_learner(learner_id)
    for table in ("progress_mastery", "progress_level_tests", "progress_levels_open", "progress_certificates"):
        assert rows(ws.conn, table) == before[table], table
    assert len(rows(ws.conn, "progress_attempts")) == len(before["progress_attempts"])
    # And the upgraded database takes new answers.
    lesson = ws.content.lesson(lesson_id)
    question = lesson.quiz[0]
    from tests.progress.helpers import right_response

    assert progress.answer(learner_id, lesson_id, question.id, right_response(question), "review").grade.correct
