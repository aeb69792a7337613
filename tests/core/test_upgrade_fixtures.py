"""A PC database left by each released schema opens with today's code, progress intact.

The fixtures were made by the released app at each schema (tests/fixtures/README.md),
never by today's code, so this proves the upgrade path a PC in the field takes.
"""

from __future__ import annotations

import base64
import re
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.progress.helpers import PACK
from tutor.clock import FakeClock
from tutor.paths import DataDir
from tutor.progress.mastery import Status
from tutor.store.migrations import LATEST_VERSION, MIGRATIONS, apply_migrations, current_version
from tutor.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# pc_schema_<name>.sqlite3 for every schema a released app left on PCs (5 shipped only together
# with 6), and the first builds of 7 and 8, shipped before those migrations were corrected.
RELEASED = ("v3", "v4", "v6", "v7", "v8", "v9", "v7_b9c640b", "v8_02fa3fc")


def schema_of(name: str) -> int:
    return int(name.split("_")[0].removeprefix("v"))


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
    version = schema_of(request.param)
    source = FIXTURES / f"pc_schema_{request.param}.sqlite3"
    before = read_fixture(source)
    assert before["version"] == version
    data = DataDir(tmp_path / "data").ensure()
    shutil.copy(source, data.database)
    ws = Workspace.open(data.root, clock=FakeClock(datetime(2026, 12, 10, 3, 0, tzinfo=UTC)),
                        bundled_pack=PACK if PACK.exists() else None, backup=False)
    yield version, before, ws
    ws.close()


@pytest.mark.parametrize("upgraded", RELEASED, indirect=True, ids=str)
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


def schema(conn: sqlite3.Connection) -> set[tuple]:
    """sqlite_master with whitespace folded; SQLite's own statistics table left out
    (PRAGMA optimize makes it on some databases and not others)."""
    return {(kind, name, table, re.sub(r"\s+", " ", sql or "").strip())
            for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
            if not name.startswith("sqlite_stat")}


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory) -> set[tuple]:
    root = tmp_path_factory.mktemp("fresh")
    ws = Workspace.open(root / "data", clock=FakeClock(datetime(2026, 12, 10, 3, 0, tzinfo=UTC)),
                        bundled_pack=PACK if PACK.exists() else None, backup=False)
    try:
        return schema(ws.conn)
    finally:
        ws.close()


@pytest.mark.parametrize("upgraded", RELEASED, indirect=True, ids=str)
def test_an_upgraded_database_has_the_schema_of_a_fresh_one(upgraded, fresh_schema):
    # The first builds of migrations 7 and 8 lacked the events_merges index, teacher_carrier_sites
    # and teacher_device_keys.site_id; the repair migration adds them where missing.
    _version, _before, ws = upgraded
    found = schema(ws.conn)
    assert {"missing": fresh_schema - found, "extra": found - fresh_schema} == {"missing": set(), "extra": set()}


class OneSiteHub:
    """The two answers add_site reads from a hub (enrol, the site's PCs); the real hub's side
    is tests/sync/test_carrier_sites.py, this test is about the repaired database."""

    def __init__(self, hub_url: str, token: str | None):
        self.token = token

    def enroll(self, body: dict) -> dict:
        return {"site_id": "site-yl", "site_name": "Xã Yên Lạc", "device_token": "tok"}

    def site_devices(self) -> dict:
        key = base64.b64encode(bytes(range(32))).decode()
        return {"devices": [{"device_id": "pc-1", "public_key": key, "name": "Máy 1"}]}

    def close(self) -> None:
        pass


@pytest.mark.parametrize("upgraded", ["v8_02fa3fc"], indirect=True, ids=str)
def test_a_database_from_the_first_build_of_8_serves_a_volunteer_laptops_sites(upgraded):
    # Without the repair: "no such table: teacher_carrier_sites" (and no site_id column for the keys).
    from tutor.teacher.carrier_sites import add_site, carrier_sites

    _version, _before, ws = upgraded
    site = add_site(ws.conn, ws.clock, OneSiteHub, "http://127.0.0.1:1", "123456", "của Minh")
    assert (site.site_name, site.devices) == ("Xã Yên Lạc", 1)
    assert [(s.site_id, s.devices) for s in carrier_sites(ws.conn)] == [("site-yl", 1)]


def test_the_repair_changes_nothing_on_a_database_that_is_already_whole(tmp_path, fresh_schema):
    from tutor.store.released import v10_repair_early_7_8

    (repair,) = [m for m in MIGRATIONS if m.statements is v10_repair_early_7_8.STATEMENTS]
    conn = sqlite3.connect(tmp_path / "whole.sqlite3", isolation_level=None)
    try:
        apply_migrations(conn)
        before = schema(conn)
        repair.run(conn)
        repair.run(conn)
        assert schema(conn) == before
        assert before == fresh_schema
    finally:
        conn.close()
