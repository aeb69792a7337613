"""Opening a real workspace with the bundled curriculum and the progress tables.

Until the lead registers PROGRESS_SCHEMA_STATEMENTS as migration 4, the tables
are created here the way a migration would: all statements in one transaction.
Once the migration exists the tables are already there and nothing is done.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tutor.clock import Clock, FakeClock
from tutor.progress.service import ProgressService
from tutor.store.released.v4_progress import PROGRESS_SCHEMA_STATEMENTS
from tutor.store.db import transaction
from tutor.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "tutor" / "data" / "curriculum.bdpack"


def ensure_progress_schema(conn: sqlite3.Connection) -> None:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'progress_attempts'").fetchone():
        return
    with transaction(conn):
        for statement in PROGRESS_SCHEMA_STATEMENTS:
            conn.execute(statement)


def open_workspace(data_dir: Path, clock: Clock | None = None) -> Workspace:
    ws = Workspace.open(data_dir, clock=clock or FakeClock(), bundled_pack=PACK, backup=False)
    ensure_progress_schema(ws.conn)
    return ws


def progress_for(ws: Workspace, **kwargs) -> ProgressService:
    from tutor.sync.state import clock_offset_s

    kwargs.setdefault("clock_offset_s", lambda: clock_offset_s(ws.conn))
    return ProgressService(ws.conn, ws.clock, ws.content, **kwargs)


def right_response(question):
    """A response that grades as right, for any question kind."""
    kind = question.kind
    if kind == "single":
        return next(i for i, o in enumerate(question.options) if o.correct)
    if kind == "multiple":
        return {i for i, o in enumerate(question.options) if o.correct}
    if kind == "truefalse":
        return question.answer
    if kind == "ordering":
        return list(range(len(question.items)))
    if kind == "matching":
        return {i: i for i in range(len(question.pairs))}
    return question.answers[0]


def wrong_response(question):
    """A well-formed response that grades as wrong."""
    kind = question.kind
    if kind == "single":
        return next(i for i, o in enumerate(question.options) if not o.correct)
    if kind == "multiple":
        return {i for i, o in enumerate(question.options) if not o.correct}
    if kind == "truefalse":
        return not question.answer
    if kind == "ordering":
        return list(reversed(range(len(question.items))))
    if kind == "matching":
        n = len(question.pairs)
        return {i: (i + 1) % n for i in range(n)}
    return "chắc chắn không phải đáp án này"


def first_lesson(ws):
    return ws.content.lesson(ws.content.lessons(level=1)[0].lesson_id)
