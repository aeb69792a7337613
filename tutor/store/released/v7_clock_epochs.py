"""Migration 7 (released): clock epochs, which events were read off which setting of the
PC clock (tutor.clock_epochs), and the index merged profiles are read through."""

from __future__ import annotations

CLOCK_EPOCHS_V7: list[str] = [
    """CREATE TABLE clock_epochs (
        epoch INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        shift_s REAL,
        boot_key TEXT,
        skew_s REAL,
        hub_offset_s REAL
    )""",
    # Rides along with migration 7: merged profiles are read without scanning the log (tutor.progress.merges).
    "CREATE INDEX events_merges ON events(seq) WHERE kind = 'profiles_merged'",
]

STATEMENTS = CLOCK_EPOCHS_V7
