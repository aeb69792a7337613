"""Migration 11 (released): a learner's optional group and age band (issue 18; tutor.learner_groups).

The movement reports per learner group (the national framework's four, or other); both
columns are optional, NULL meaning not said.
"""

from __future__ import annotations

STATEMENTS = [
    "ALTER TABLE learners ADD COLUMN learner_group TEXT",
    "ALTER TABLE learners ADD COLUMN age_band TEXT",
]
