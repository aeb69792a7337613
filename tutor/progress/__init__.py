"""Learning progress: grading, mastery, FSRS review, level tests, certificates, streaks.

Headless (never imports Qt). The facade is ProgressService (Workspace.progress);
its tables are migration 4 (tutor.store.released.v4_progress); tutor.progress.projector
is the only writer of their per-learner rows.
"""

from tutor.progress.errors import InvalidResponse, LevelLocked, ProgressError, UnknownItem
from tutor.progress.grading import Grade, grade
from tutor.progress.mastery import Criterion, Status
from tutor.progress.service import ProgressService

__all__ = [
    "Criterion", "Grade", "InvalidResponse", "LevelLocked",
    "ProgressError", "ProgressService", "Status", "UnknownItem", "grade",
]
