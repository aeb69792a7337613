"""Numbered schema upgrades keyed by PRAGMA user_version.

Each upgrade runs in one transaction together with the user_version bump, so a
crash mid-upgrade leaves the previous schema intact. Released schemas keep a
fixture database under tests/fixtures/ that the tests upgrade.

The DDL of every released migration is frozen in tutor/store/released/ (one module per
version, never edited: tests/core/test_released_migrations.py holds a hash of each),
not in the feature modules people change. A new migration gets its own module there.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from typing import Callable, Sequence

from tutor.errors import TutorError
from tutor.store.released import (
    v1_core, v2_prefs, v3_content, v4_progress, v5_teacher, v6_sync, v7_clock_epochs, v8_teacher, v9_lockouts,
    v10_repair_early_7_8, v11_learner_groups,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: Sequence[str] | Callable[[], Sequence[str]]
    # (guard query, statement) pairs run after ``statements``: each statement only when its
    # guard returns a row. For the few changes SQLite cannot make idempotent in DDL alone
    # (ADD COLUMN has no IF NOT EXISTS), so a repair migration stays frozen text too.
    guarded: Sequence[tuple[str, str]] = ()

    def sql(self) -> Sequence[str]:
        return self.statements() if callable(self.statements) else self.statements

    def run(self, conn: sqlite3.Connection) -> None:
        for statement in self.sql():
            conn.execute(statement)
        for guard, statement in self.guarded:
            if conn.execute(guard).fetchone() is not None:
                conn.execute(statement)


MIGRATIONS: list[Migration] = [
    Migration(1, "learners, settings, event log", v1_core.STATEMENTS),
    Migration(2, "per-learner display preferences", v2_prefs.STATEMENTS),
    Migration(3, "curriculum content and search index", v3_content.STATEMENTS),
    Migration(4, "learning progress: attempts, mastery, review cards, level tests, certificates",
              v4_progress.STATEMENTS),
    Migration(5, "teacher area: accounts, classes, enrolments, assignments, merges, carried bundles",
              v5_teacher.STATEMENTS),
    Migration(6, "pulled events keep their origin seq and corrected time", v6_sync.STATEMENTS),
    Migration(7, "clock epochs: which events were read off which setting of the PC clock",
              v7_clock_epochs.STATEMENTS),
    Migration(8, "teacher accounts received from the hub; a volunteer laptop's sites", v8_teacher.STATEMENTS),
    Migration(9, "lock-outs on the boot-time clock, growing with repeated failures", v9_lockouts.STATEMENTS),
    Migration(10, "repair databases from the first builds of schemas 7 and 8 (events_merges index,"
                  " a volunteer laptop's sites)", v10_repair_early_7_8.STATEMENTS, v10_repair_early_7_8.GUARDED),
    Migration(11, "optional learner group (the framework's four, or other) and age band",
              v11_learner_groups.STATEMENTS),
]

LATEST_VERSION = MIGRATIONS[-1].version


class DatabaseTooNew(TutorError):
    def __init__(self, found: int):
        super().__init__(
            f"database schema version {found} is newer than this app knows ({LATEST_VERSION})",
            code="storage.database_too_new",
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
            migration.run(conn)
            conn.execute(f"PRAGMA user_version = {migration.version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        version = migration.version
    return version
