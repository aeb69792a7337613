"""Migration 10 (released): repairs databases made by the first builds of schemas 7 and 8.

Migrations 7 and 8 were edited after they first shipped: b9c640b shipped 7 without the
events_merges index (added at 8a29eb2), 02fa3fc shipped 8 without teacher_carrier_sites and
teacher_device_keys.site_id (added at 3a62df6). A PC that ran those first builds stands at
schema 8 or 9 without them, so migrations 7 and 8 never run there again. This one brings any
database to the corrected shape; on a database that already has them it changes nothing.
The DDL is the text of migrations 7 and 8 as they stand, so a repaired schema reads the same
in sqlite_master as a fresh one (SQLite drops IF NOT EXISTS from the stored text).
"""

from __future__ import annotations

REPAIR_V10_STATEMENTS: list[str] = [
    "CREATE INDEX IF NOT EXISTS events_merges ON events(seq) WHERE kind = 'profiles_merged'",
    """CREATE TABLE IF NOT EXISTS teacher_carrier_sites (
        site_id TEXT PRIMARY KEY,
        site_name TEXT NOT NULL,
        hub_url TEXT NOT NULL,
        token TEXT NOT NULL,
        carrier_id TEXT NOT NULL,
        enrolled_at TEXT NOT NULL,
        keys_at TEXT
    )""",
]

# SQLite has no ADD COLUMN IF NOT EXISTS: each statement here runs only when its guard
# query returns a row (tutor.store.migrations.Migration.guarded).
REPAIR_V10_GUARDED: list[tuple[str, str]] = [
    ("SELECT 1 WHERE NOT EXISTS"
     " (SELECT 1 FROM pragma_table_info('teacher_device_keys') WHERE name = 'site_id')",
     "ALTER TABLE teacher_device_keys ADD COLUMN site_id TEXT"),
]

STATEMENTS = REPAIR_V10_STATEMENTS
GUARDED = REPAIR_V10_GUARDED
