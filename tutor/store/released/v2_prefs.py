"""Migration 2 (released): per-learner display preferences."""

from __future__ import annotations

CORE_V2_PREFS = [
    # Display preferences follow the person, not the PC: grandma needs big text, her grandson does not.
    "ALTER TABLE learners ADD COLUMN prefs TEXT NOT NULL DEFAULT '{}'",
]

STATEMENTS = CORE_V2_PREFS
