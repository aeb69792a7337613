"""Migration 9 (released): lock-outs on the boot-time clock (tutor.lockout)."""

from __future__ import annotations

LOCKOUTS_V9 = [
    """CREATE TABLE lockouts (
        subject TEXT PRIMARY KEY,
        failed_tries INTEGER NOT NULL DEFAULT 0,
        locks INTEGER NOT NULL DEFAULT 0,
        lock_seconds INTEGER NOT NULL DEFAULT 0,
        boot_key TEXT,
        mono_at REAL,
        until TEXT
    )""",
]

STATEMENTS = LOCKOUTS_V9
