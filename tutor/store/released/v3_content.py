"""DDL of the curriculum tables (one migration of the tutor database).

Learners' progress keys on lesson_id and (lesson_id, question_id), the stable
text ids of the source, never on row ids. So lessons and questions are never
deleted: an import that drops them marks them retired.

The search table indexes FOLDED text (see textnorm.fold) and keeps the
original text beside it, unindexed, to rank exact-accent matches first.
"""

from __future__ import annotations

CONTENT_SCHEMA_STATEMENTS: list[str] = [
    # One row per successful import; the newest row is the installed pack.
    """CREATE TABLE content_packs (
        install_id INTEGER PRIMARY KEY AUTOINCREMENT,
        pack_id TEXT NOT NULL,
        version TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        title TEXT NOT NULL,
        publisher TEXT NOT NULL,
        language TEXT NOT NULL,
        created TEXT NOT NULL,
        installed_at TEXT NOT NULL,
        signer_name TEXT NOT NULL,
        key_id TEXT NOT NULL,
        signer_is_development INTEGER NOT NULL DEFAULT 0,
        content_sha256 TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        lessons_added INTEGER NOT NULL DEFAULT 0,
        lessons_updated INTEGER NOT NULL DEFAULT 0,
        lessons_retired INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE content_competences (
        code TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        domain_code TEXT NOT NULL,
        domain_title TEXT NOT NULL
    )""",
    """CREATE TABLE content_levels (
        number INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        position INTEGER NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE content_modules (
        module_id TEXT PRIMARY KEY,
        level_number INTEGER NOT NULL REFERENCES content_levels(number),
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        position INTEGER NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX content_modules_level ON content_modules(level_number, position)",
    """CREATE TABLE content_lessons (
        lesson_id TEXT PRIMARY KEY,
        module_id TEXT NOT NULL REFERENCES content_modules(module_id),
        level_number INTEGER NOT NULL REFERENCES content_levels(number),
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        minutes INTEGER NOT NULL,
        competences TEXT NOT NULL,
        objectives TEXT NOT NULL,
        takeaways TEXT NOT NULL,
        lesson_json TEXT NOT NULL,  -- the whole lesson (model JSON): what lesson() returns
        content_sha256 TEXT NOT NULL,
        first_version TEXT NOT NULL,
        updated_version TEXT NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0,
        retired_version TEXT
    )""",
    "CREATE INDEX content_lessons_module ON content_lessons(module_id, position)",
    "CREATE INDEX content_lessons_level ON content_lessons(level_number, retired)",
    """CREATE TABLE content_sections (
        lesson_id TEXT NOT NULL REFERENCES content_lessons(lesson_id),
        section_index INTEGER NOT NULL,
        heading TEXT NOT NULL,
        markdown TEXT NOT NULL,
        PRIMARY KEY (lesson_id, section_index)
    )""",
    """CREATE TABLE content_questions (
        lesson_id TEXT NOT NULL REFERENCES content_lessons(lesson_id),
        question_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        level_test INTEGER NOT NULL DEFAULT 0,
        prompt TEXT NOT NULL,
        question_json TEXT NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (lesson_id, question_id)
    )""",
    "CREATE INDEX content_questions_level_test ON content_questions(level_test, retired)",
    """CREATE TABLE content_practice (
        lesson_id TEXT PRIMARY KEY REFERENCES content_lessons(lesson_id),
        practice_json TEXT NOT NULL
    )""",
    """CREATE TABLE content_media (
        name TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL,
        data BLOB NOT NULL
    )""",
    # section_index -1 is the lesson's takeaways. Only current lessons are indexed.
    """CREATE VIRTUAL TABLE content_search USING fts5(
        lesson_id UNINDEXED,
        section_index UNINDEXED,
        heading UNINDEXED,
        title_folded,
        text_folded,
        title_original UNINDEXED,
        text_original UNINDEXED,
        tokenize = 'unicode61'
    )""",
]

STATEMENTS = CONTENT_SCHEMA_STATEMENTS
