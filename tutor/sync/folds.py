"""What a pull brings for the layers above sync, folded in by them (no import upward).

A sync round pulls two things sync itself does not own: the site's teacher accounts
(sent with the roster) and teacher events (classes, assignments, merges) inside the
learners' histories. The engine hands them to a ``PulledFolds`` given by whoever
composes it (tutor.teacher.sync_folds.TEACHER_FOLDS in the app, the CLI and the
tests that need teachers); NO_FOLDS leaves them in the log for the teacher area.
Core code: no Qt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Protocol


class PulledFolds(Protocol):
    def site_teachers(self, conn: sqlite3.Connection, teachers: object) -> bool:
        """Take in the teacher accounts the hub sent; True when any changed."""

    def pulled_events(self, conn: sqlite3.Connection, rebuild: Callable[[str], object]) -> None:
        """Fold pulled events of the layers above into their tables (``rebuild(learner_id)``
        recomputes a learner's progress, for profiles merged elsewhere)."""


class _NoFolds:
    def site_teachers(self, conn: sqlite3.Connection, teachers: object) -> bool:
        return False

    def pulled_events(self, conn: sqlite3.Connection, rebuild: Callable[[str], object]) -> None:
        return None


NO_FOLDS: PulledFolds = _NoFolds()

__all__ = ["NO_FOLDS", "PulledFolds"]
