"""Learning progress: grading, mastery, FSRS review, level tests, certificates, streaks.

Headless (never imports Qt). The facade is ProgressService (Workspace.progress);
its tables are PROGRESS_SCHEMA_STATEMENTS (migration 4).
"""

from tutor.progress.errors import InvalidResponse, LevelLocked, ProgressError, UnknownItem
from tutor.progress.grading import Grade, grade
from tutor.progress.mastery import Criterion, Status
from tutor.progress.service import ProgressService
from tutor.progress.store_schema import PROGRESS_SCHEMA_STATEMENTS

__all__ = [
    "Criterion", "Grade", "InvalidResponse", "LevelLocked", "PROGRESS_SCHEMA_STATEMENTS",
    "ProgressError", "ProgressService", "Status", "UnknownItem", "grade",
]
