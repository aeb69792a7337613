"""Migration 1 (released): learners, settings, the event log."""

from __future__ import annotations

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

STATEMENTS = CORE_V1
