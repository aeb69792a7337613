"""The teacher area's part of a sync pull (tutor.sync.folds): the site's teacher accounts
and the teacher events inside pulled histories. Given to SyncEngine by its composer.
Core code: no Qt."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from tutor.teacher.accounts import apply_site_teachers
from tutor.teacher.projection import apply_pulled


class TeacherFolds:
    def site_teachers(self, conn: sqlite3.Connection, teachers: object) -> bool:
        return bool(apply_site_teachers(conn, teachers))

    def pulled_events(self, conn: sqlite3.Connection, rebuild: Callable[[str], object]) -> None:
        apply_pulled(conn, rebuild)


TEACHER_FOLDS = TeacherFolds()

__all__ = ["TEACHER_FOLDS", "TeacherFolds"]
