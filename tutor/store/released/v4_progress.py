"""DDL of the learning-progress tables (migration 4 of the tutor database).

Every table here is a projection of the event log (``events``): each row is
written in the same transaction as the event that caused it, and could be
rebuilt from the events. Rows key on learner_id and the stable content ids
(lesson_id, question_id), never on content row ids, so a new curriculum pack
never orphans progress.

Times are UTC ISO-8601 strings from tutor.clock.to_iso (one fixed format, so
text comparison is time order). ``*_seq`` columns hold the seq of the event
that wrote the row: order within a device comes from seq, never the clock.
"""

from __future__ import annotations

PROGRESS_SCHEMA_STATEMENTS: list[str] = [
    # One row per learner and lesson they opened: where to resume, what was read.
    """CREATE TABLE progress_lessons (
        learner_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        first_opened_at TEXT NOT NULL,
        last_active_at TEXT NOT NULL,
        last_active_seq INTEGER NOT NULL,
        sections_read TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (learner_id, lesson_id)
    )""",
    "CREATE INDEX progress_lessons_recent ON progress_lessons(learner_id, last_active_seq)",
    # Every graded answer (quiz, review or level test): the history mastery folds over.
    # seq is the local event's seq (the order answers were given on this PC).
    """CREATE TABLE progress_attempts (
        attempt_id INTEGER PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        learner_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        context TEXT NOT NULL CHECK (context IN ('quiz', 'review', 'level_test')),
        test_id TEXT,
        correct INTEGER NOT NULL,
        response TEXT NOT NULL,
        answered_at TEXT NOT NULL
    )""",
    "CREATE INDEX progress_attempts_lesson ON progress_attempts(learner_id, lesson_id, seq)",
    "CREATE INDEX progress_attempts_test ON progress_attempts(test_id, seq) WHERE test_id IS NOT NULL",
    # Mastery per lesson, with the criterion it was reached under (snapshot, as Kolibri does).
    """CREATE TABLE progress_mastery (
        learner_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('passed_quiz', 'mastered')),
        criterion TEXT NOT NULL,
        passed_quiz_at TEXT NOT NULL,
        passed_quiz_seq INTEGER NOT NULL,
        mastered_at TEXT,
        mastered_seq INTEGER,
        PRIMARY KEY (learner_id, lesson_id)
    )""",
    # One FSRS card per question the learner has met. `due` is UTC; `state` is fsrs.State.
    """CREATE TABLE progress_cards (
        learner_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        card TEXT NOT NULL,
        state INTEGER NOT NULL,
        due TEXT NOT NULL,
        last_review TEXT NOT NULL,
        reviews INTEGER NOT NULL DEFAULT 0,
        lapses INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (learner_id, lesson_id, question_id)
    )""",
    "CREATE INDEX progress_cards_due ON progress_cards(learner_id, due)",
    # Level tests: drawn questions and the shuffle seed are kept so a test can be shown again.
    """CREATE TABLE progress_level_tests (
        test_id TEXT PRIMARY KEY,
        learner_id TEXT NOT NULL,
        level INTEGER NOT NULL,
        seed INTEGER NOT NULL,
        question_refs TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        correct INTEGER,
        total INTEGER,
        passed INTEGER
    )""",
    "CREATE INDEX progress_level_tests_learner ON progress_level_tests(learner_id, level)",
    # Levels opened beyond the first, by passing the previous test or by a teacher.
    """CREATE TABLE progress_levels_open (
        learner_id TEXT NOT NULL,
        level INTEGER NOT NULL,
        opened_by TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        PRIMARY KEY (learner_id, level)
    )""",
    """CREATE TABLE progress_certificates (
        certificate_id TEXT PRIMARY KEY,
        learner_id TEXT NOT NULL,
        level INTEGER NOT NULL,
        learner_name TEXT NOT NULL,
        level_title TEXT NOT NULL,
        issued_on TEXT NOT NULL,
        device_id TEXT NOT NULL,
        key_id TEXT NOT NULL,
        code TEXT NOT NULL,
        test_id TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        UNIQUE (learner_id, level)
    )""",
    # Local calendar days with learning activity, for the days-in-a-row streak.
    """CREATE TABLE progress_days (
        learner_id TEXT NOT NULL,
        day TEXT NOT NULL,
        PRIMARY KEY (learner_id, day)
    )""",
    # This PC's certificate signing key, one per device id (a restored copy mints a new one).
    """CREATE TABLE progress_signing_keys (
        key_id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL UNIQUE,
        private_key BLOB NOT NULL,
        public_key BLOB NOT NULL,
        created_at TEXT NOT NULL
    )""",
    # The latest time progress scheduling has used on this PC, and the raw PC clock
    # reading at the latest write (see trusted_time.py).
    """CREATE TABLE progress_clock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        high_water TEXT NOT NULL,
        last_wall TEXT NOT NULL
    )""",
]

STATEMENTS = PROGRESS_SCHEMA_STATEMENTS
