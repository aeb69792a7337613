"""DDL of the teacher area (migration 5 of the tutor database).

Two kinds of tables:

* Projections of the event log, rebuilt by tutor.teacher.projection.rebuild():
  teacher_classes, teacher_enrolments, teacher_assignments, teacher_merges. Each
  row is written in the same transaction as the event that caused it. Fields that
  can change (a class's name, its archived flag, an enrolment) carry a ``stamp``
  ("<at>|<op>": trusted time, then the operation id) and the newest stamp wins,
  so events pulled from another PC in any order give the same rows.
* Local state that never travels: teacher_accounts (password hashes stay on the
  PC that made them), and the volunteer laptop's carried bundles and known device
  keys.

Also two indexes on progress_attempts that the class dashboard's queries need
(grid and difficult questions; wrong streaks and last activity), so opening the
dashboard reads index pages only, never the attempts table itself.
"""

from __future__ import annotations

TEACHER_SCHEMA_STATEMENTS: list[str] = [
    """CREATE TABLE teacher_accounts (
        teacher_id TEXT PRIMARY KEY,
        username TEXT NOT NULL,
        username_key TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        failed_tries INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL,
        last_login_at TEXT
    )""",
    """CREATE TABLE teacher_classes (
        class_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_stamp TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        archived_stamp TEXT NOT NULL DEFAULT '',
        created_at TEXT,
        created_by TEXT
    )""",
    # enrolled = 0 rows are kept: they are the "unenrolled at <stamp>" an older enrol must not undo.
    """CREATE TABLE teacher_enrolments (
        class_id TEXT NOT NULL,
        learner_id TEXT NOT NULL,
        enrolled INTEGER NOT NULL,
        enrolled_at TEXT NOT NULL,
        stamp TEXT NOT NULL,
        PRIMARY KEY (class_id, learner_id)
    )""",
    "CREATE INDEX teacher_enrolments_learner ON teacher_enrolments(learner_id, enrolled)",
    """CREATE TABLE teacher_assignments (
        assignment_id TEXT PRIMARY KEY,
        class_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('lessons', 'level_test')),
        lesson_ids TEXT NOT NULL DEFAULT '[]',
        level INTEGER,
        due TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        cancelled_at TEXT,
        cancelled_by TEXT
    )""",
    "CREATE INDEX teacher_assignments_class ON teacher_assignments(class_id, created_at)",
    # merge_id's history counts for keep_id; merge_id's tile is archived.
    """CREATE TABLE teacher_merges (
        merge_id TEXT PRIMARY KEY,
        keep_id TEXT NOT NULL,
        merged_at TEXT NOT NULL,
        merged_by TEXT NOT NULL,
        stamp TEXT NOT NULL
    )""",
    "CREATE INDEX teacher_merges_keep ON teacher_merges(keep_id)",
    # Volunteer laptop: sync bundles collected from PCs, waiting for a hub.
    """CREATE TABLE teacher_carried_bundles (
        sha256 TEXT PRIMARY KEY,
        file_name TEXT NOT NULL UNIQUE,
        device_id TEXT NOT NULL,
        first_seq INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        events INTEGER NOT NULL,
        learners INTEGER NOT NULL,
        written_at TEXT NOT NULL,
        size_bytes INTEGER NOT NULL,
        verified INTEGER NOT NULL,
        collected_at TEXT NOT NULL,
        delivered_at TEXT
    )""",
    "CREATE INDEX teacher_carried_device ON teacher_carried_bundles(device_id, last_seq)",
    # Public keys of PCs whose bundles this laptop can check (from a hub, or learnt from
    # certificate events pulled by sync).
    """CREATE TABLE teacher_device_keys (
        device_id TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        device_name TEXT NOT NULL DEFAULT '',
        site_name TEXT NOT NULL DEFAULT '',
        learned_at TEXT NOT NULL
    )""",
    # Dashboard: per learner x lesson x question counts (grid cells, difficult and weak questions).
    "CREATE INDEX progress_attempts_question ON progress_attempts(learner_id, lesson_id, question_id, correct)",
    # Dashboard: a learner's latest answers (wrong streaks) and latest answer time (last activity).
    "CREATE INDEX progress_attempts_recent ON progress_attempts(learner_id, answered_at, seq, correct, lesson_id)",
]

STATEMENTS = TEACHER_SCHEMA_STATEMENTS
