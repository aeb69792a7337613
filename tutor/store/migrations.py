"""Numbered schema upgrades keyed by PRAGMA user_version.

Each upgrade runs in one transaction together with the user_version bump, so a
crash mid-upgrade leaves the previous schema intact. Released schemas keep a
fixture database under tests/fixtures/ that the tests upgrade.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from typing import Callable, Sequence

from tutor.errors import TutorError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: Sequence[str] | Callable[[], Sequence[str]]

    def sql(self) -> Sequence[str]:
        return self.statements() if callable(self.statements) else self.statements


CORE_V1 = [
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE learners (
        learner_id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        icon TEXT NOT NULL,
        pin_hash BLOB,
        pin_salt BLOB,
        failed_pin_tries INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL,
        last_seen_at TEXT,
        archived INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT NOT NULL UNIQUE,
        device_id TEXT NOT NULL,
        learner_id TEXT,
        kind TEXT NOT NULL,
        schema_ver INTEGER NOT NULL,
        device_time TEXT NOT NULL,
        clock_epoch INTEGER NOT NULL DEFAULT 0,
        payload TEXT NOT NULL
    )""",
    "CREATE INDEX events_learner ON events(learner_id, seq)",
]

CORE_V2_PREFS = [
    # Display preferences follow the person, not the PC: grandma needs big text, her grandson does not.
    "ALTER TABLE learners ADD COLUMN prefs TEXT NOT NULL DEFAULT '{}'",
]

# Issue 18: the movement reports per learner group; both optional, NULL = not said.
CORE_V10_GROUPS = [
    "ALTER TABLE learners ADD COLUMN learner_group TEXT",
    "ALTER TABLE learners ADD COLUMN age_band TEXT",
]


def _content_v1() -> Sequence[str]:
    from tutor.lessons.store_schema import CONTENT_SCHEMA_STATEMENTS

    return CONTENT_SCHEMA_STATEMENTS


def _progress_v1() -> Sequence[str]:
    from tutor.progress.store_schema import PROGRESS_SCHEMA_STATEMENTS

    return PROGRESS_SCHEMA_STATEMENTS


def _teacher_v5() -> Sequence[str]:
    from tutor.teacher.store_schema import TEACHER_SCHEMA_STATEMENTS

    return TEACHER_SCHEMA_STATEMENTS


def _sync_v6() -> Sequence[str]:
    from tutor.sync.store_schema import SYNC_V6_STATEMENTS

    return SYNC_V6_STATEMENTS


def _clock_epochs_v7() -> Sequence[str]:
    from tutor.clock_epochs import CLOCK_EPOCHS_V7

    return CLOCK_EPOCHS_V7


def _teacher_v8() -> Sequence[str]:
    from tutor.teacher.store_schema import TEACHER_V8_STATEMENTS

    return TEACHER_V8_STATEMENTS


def _lockouts_v9() -> Sequence[str]:
    from tutor.lockout import LOCKOUTS_V9

    return LOCKOUTS_V9


MIGRATIONS: list[Migration] = [
    Migration(1, "learners, settings, event log", CORE_V1),
    Migration(2, "per-learner display preferences", CORE_V2_PREFS),
    Migration(3, "curriculum content and search index", _content_v1),
    Migration(4, "learning progress: attempts, mastery, review cards, level tests, certificates", _progress_v1),
    Migration(5, "teacher area: accounts, classes, enrolments, assignments, merges, carried bundles", _teacher_v5),
    Migration(6, "pulled events keep their origin seq and corrected time", _sync_v6),
    Migration(7, "clock epochs: which events were read off which setting of the PC clock", _clock_epochs_v7),
    Migration(8, "teacher accounts received from the hub; a volunteer laptop's sites", _teacher_v8),
    Migration(9, "lock-outs on the boot-time clock, growing with repeated failures", _lockouts_v9),
    Migration(10, "optional learner group (the framework's four, or other) and age band", CORE_V10_GROUPS),
]

LATEST_VERSION = MIGRATIONS[-1].version


class DatabaseTooNew(TutorError):
    def __init__(self, found: int):
        super().__init__(
            f"database schema version {found} is newer than this app knows ({LATEST_VERSION})",
            "Dữ liệu này do một phiên bản mới hơn của ứng dụng tạo ra. "
            "Hãy cài phiên bản mới nhất rồi mở lại.",
        )


def current_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def refuse_newer_schema(conn: sqlite3.Connection) -> None:
    """Checked before anything writes, so a newer app's file is left byte-for-byte as it was."""
    found = current_version(conn)
    if found > LATEST_VERSION:
        conn.close()
        raise DatabaseTooNew(found)


def apply_migrations(conn: sqlite3.Connection, upto: int | None = None) -> int:
    """Bring the database to ``upto`` (default: latest). Returns the final version."""
    target = LATEST_VERSION if upto is None else upto
    version = current_version(conn)
    if version > LATEST_VERSION:
        raise DatabaseTooNew(version)
    for migration in MIGRATIONS:
        if migration.version <= version or migration.version > target:
            continue
        log.info("migrating database to v%d: %s", migration.version, migration.description)
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in migration.sql():
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        version = migration.version
    return version
