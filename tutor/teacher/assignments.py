"""Work a teacher gives a class (lessons or a level test, an optional due day) and
what each learner sees under "Bài được giao".

Due dates are local calendar days (Vietnam, no 04:00 rollover: "hạn 30/11" means the
whole 30th on the wall calendar). A lesson counts as done at passed_quiz or mastered;
a level test once a test of that level was passed. Assignments of archived classes
and cancelled ones are not shown to learners.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from tutor.messages import render
from tutor.changes import Changes
from tutor.clock import Clock, from_iso
from tutor.progress.localday import LocalCalendar
from tutor.store.db import transaction
from tutor.teacher import projection
from tutor.teacher.api import Assignment, LearnerAssignment, Teacher
from tutor.teacher.classes import Classes
from tutor.teacher.errors import TeacherError, UnknownTeacherItem
from tutor.teacher.labels import Curriculum, level_test_title

MAX_LESSONS_PER_ASSIGNMENT = 100


class Assignments:
    def __init__(self, conn: sqlite3.Connection, clock: Clock, content: Any, classes: Classes,
                 trusted_now: Callable[[], datetime], calendar: LocalCalendar | None = None):
        self._conn = conn
        self._clock = clock
        self._content = content
        self._classes = classes
        self._trusted_now = trusted_now
        self._calendar = calendar or LocalCalendar()

    def today(self) -> date:
        return self._calendar.calendar_date(self._trusted_now())

    # -- writing ------------------------------------------------------------------------------

    def assign(self, teacher: Teacher, class_id: str, lesson_ids: Sequence[str] = (),
               level: int | None = None, due: date | None = None) -> tuple[Assignment, Changes]:
        self._classes.require_open(class_id)
        lessons = list(dict.fromkeys(lesson_ids or ()))
        if bool(lessons) == (level is not None):
            raise TeacherError("an assignment needs lessons or a level test, not both",
                               render("teacher.choose_lesson_or_test"))
        if len(lessons) > MAX_LESSONS_PER_ASSIGNMENT:
            raise TeacherError("too many lessons in one assignment", render("teacher.too_many_lessons"))
        for lesson_id in lessons:
            if self._content.lesson(lesson_id) is None or self._content.is_retired(lesson_id):
                raise UnknownTeacherItem(f"no lesson {lesson_id}", render("progress.no_lesson"))
        if level is not None and not any(lv.number == level for lv in self._content.levels()):
            raise UnknownTeacherItem(f"no level {level!r}", render("progress.no_level"))
        if due is not None:
            if isinstance(due, datetime) or not isinstance(due, date):
                raise TeacherError("due must be a calendar date", render("teacher.due_not_a_date"))
            if due < self.today():
                raise TeacherError(f"due date {due} is in the past", render("teacher.due_in_past"))
        assignment_id = str(uuid.uuid4())
        members = self._classes.enrolled_ids(class_id)
        with transaction(self._conn):
            payload = self._classes.payload(
                teacher, assignment_id=assignment_id, class_id=class_id,
                kind="lessons" if lessons else "level_test", lesson_ids=lessons, level=level,
                due=due.isoformat() if due else None)
            projection.record(self._conn, self._clock, "assignment_created", payload, copies_for=members)
        return self.get(assignment_id), Changes(progress=True, learner_ids=frozenset(members))

    def cancel(self, teacher: Teacher, assignment_id: str) -> Changes:
        current = self.get(assignment_id)
        if current.cancelled:
            return Changes()
        members = self._classes.enrolled_ids(current.class_id)
        with transaction(self._conn):
            projection.record(self._conn, self._clock, "assignment_cancelled", self._classes.payload(
                teacher, assignment_id=assignment_id, class_id=current.class_id), copies_for=members)
        return Changes(progress=True, learner_ids=frozenset(members))

    # -- reading ------------------------------------------------------------------------------

    def get(self, assignment_id: str) -> Assignment:
        row = self._conn.execute("SELECT * FROM teacher_assignments WHERE assignment_id = ?",
                                 (assignment_id,)).fetchone()
        if row is None:
            raise UnknownTeacherItem(f"no assignment {assignment_id}", render("teacher.no_assignment"))
        return _assignment(row)

    def list(self, class_id: str, include_cancelled: bool = False) -> list[Assignment]:
        self._classes.get(class_id)
        rows = self._conn.execute(
            "SELECT * FROM teacher_assignments WHERE class_id = ?"
            + ("" if include_cancelled else " AND cancelled_at IS NULL")
            + " ORDER BY created_at DESC, assignment_id", (class_id,)).fetchall()
        return [_assignment(r) for r in rows]

    def active_payloads(self, class_id: str) -> list[dict[str, Any]]:
        """The class's live assignments as event payload fields (carried by enrolment events)."""
        rows = self._conn.execute(
            "SELECT * FROM teacher_assignments WHERE class_id = ? AND cancelled_at IS NULL ORDER BY created_at",
            (class_id,)).fetchall()
        return [{"assignment_id": r["assignment_id"], "class_id": r["class_id"], "kind": r["kind"],
                 "lesson_ids": json.loads(r["lesson_ids"]), "level": r["level"], "due": r["due"],
                 "at": r["created_at"], "by": r["created_by"]} for r in rows]

    def for_learner(self, learner_id: str) -> list[LearnerAssignment]:
        rows = self._conn.execute(
            "SELECT a.* FROM teacher_assignments a"
            " JOIN teacher_classes c ON c.class_id = a.class_id AND c.archived = 0"
            " JOIN teacher_enrolments e ON e.class_id = a.class_id AND e.enrolled = 1 AND e.learner_id = ?"
            " WHERE a.cancelled_at IS NULL ORDER BY a.created_at, a.assignment_id", (learner_id,)).fetchall()
        if not rows:
            return []
        passed_lessons = {r[0] for r in self._conn.execute(
            "SELECT lesson_id FROM progress_mastery WHERE learner_id = ?", (learner_id,))}
        passed_levels = {r[0] for r in self._conn.execute(
            "SELECT DISTINCT level FROM progress_level_tests WHERE learner_id = ? AND passed = 1", (learner_id,))}
        curriculum = Curriculum.read(self._content)
        today = self.today()
        # One tile per lesson or level test, even if two classes gave it: the earliest due date wins.
        tiles: dict[tuple[str, Any], LearnerAssignment] = {}
        for row in rows:
            assignment = _assignment(row)
            targets: list[tuple[str | None, int | None]] = (
                [(lesson_id, None) for lesson_id in assignment.lesson_ids] if assignment.kind == "lessons"
                else [(None, assignment.level)])
            for lesson_id, level in targets:
                if lesson_id is not None:
                    column = curriculum.column(lesson_id)
                    if column is None:
                        continue  # the pack retired the lesson: nothing to open
                    done = lesson_id in passed_lessons
                    title, tile_level = curriculum.lesson_title(lesson_id), column.level
                else:
                    done = level in passed_levels
                    title, tile_level = level_test_title(int(level)), level
                tile = LearnerAssignment(assignment, title, lesson_id, tile_level, done,
                                         overdue=bool(assignment.due and assignment.due < today and not done))
                key = ("lesson", lesson_id) if lesson_id is not None else ("level", level)
                if key not in tiles or _due_key(tile) < _due_key(tiles[key]):
                    tiles[key] = tile
        order = {c.lesson_id: i for i, c in enumerate(curriculum.columns)}
        return sorted(tiles.values(), key=lambda t: (
            t.done, not t.overdue, _due_key(t),
            order.get(t.lesson_id, -1) if t.lesson_id else 10_000 + (t.level or 0)))


def _due_key(tile: LearnerAssignment) -> tuple[bool, date]:
    due = tile.assignment.due
    return (due is None, due or date.max)


def _assignment(row: sqlite3.Row) -> Assignment:
    return Assignment(
        assignment_id=row["assignment_id"], class_id=row["class_id"], kind=row["kind"],
        lesson_ids=tuple(json.loads(row["lesson_ids"])), level=row["level"],
        due=date.fromisoformat(row["due"]) if row["due"] else None,
        created_at=from_iso(row["created_at"]), created_by=row["created_by"],
        cancelled=row["cancelled_at"] is not None,
    )
