"""Migration 8 (released): teacher accounts received from the hub; a volunteer laptop's sites."""

from __future__ import annotations

# Migration 8: teacher accounts made at the hub for this PC's site arrive with the roster
# (tutor.teacher.accounts.apply_site_teachers); from_hub marks them, so the hub can close
# them again and their password is changed at the hub only.
TEACHER_V8_STATEMENTS: list[str] = [
    "ALTER TABLE teacher_accounts ADD COLUMN from_hub INTEGER NOT NULL DEFAULT 0",
    # The sites a volunteer's laptop is enrolled at as a carrier (tutor.teacher.carrier_sites),
    # and which site each PC key it holds came from.
    """CREATE TABLE teacher_carrier_sites (
        site_id TEXT PRIMARY KEY,
        site_name TEXT NOT NULL,
        hub_url TEXT NOT NULL,
        token TEXT NOT NULL,
        carrier_id TEXT NOT NULL,
        enrolled_at TEXT NOT NULL,
        keys_at TEXT
    )""",
    "ALTER TABLE teacher_device_keys ADD COLUMN site_id TEXT",
]

STATEMENTS = TEACHER_V8_STATEMENTS
