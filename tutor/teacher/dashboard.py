"""The class dashboard's figures, computed in SQL over the progress projections.

Members are the class's enrolled, non-archived profiles. A merged profile's history
already counts for the profile it was merged into (its progress rows were rebuilt
under the kept id), so queries here read plain learner ids; only the time-spent
estimate reads raw events and so asks for every merged id (see activity.py).

Cell status, per learner and lesson:
  mastered / passed_quiz  from progress_mastery;
  started                 the lesson was opened or a question of it answered;
  not_started             otherwise.
Counts (attempts, correct) include every graded answer: quiz, review and level test.

Needs help:
  wrong_streak  the learner's latest WRONG_STREAK (3) or more answers, in trusted-time
                order, were all wrong; the detail names the lesson of the latest one.
  inactive      no learning activity (lesson opened or read, answer, level test) for
                INACTIVE_DAYS (14) days of trusted time; a learner who never started
                counts from the day they joined the class.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tutor.clock import from_iso
from tutor.teacher.api import (
    ClassGrid,
    DifficultQuestion,
    GridCell,
    GridRow,
    HelpNeeded,
    LevelCompletion,
    WeakQuestion,
)
from tutor.teacher.labels import Curriculum
from tutor.messages import render

WRONG_STREAK = 3
INACTIVE_DAYS = 14
STREAK_LOOKBACK = 200   # answers read per learner to measure a streak (a longer one is reported as this)
WEAK_QUESTIONS = 5

# The class's current members, bound to :class_id.
MEMBERS = (
    "SELECT e.learner_id FROM teacher_enrolments e JOIN learners l ON l.learner_id = e.learner_id"
    " WHERE e.class_id = :class_id AND e.enrolled = 1 AND l.archived = 0"
)


@dataclass(frozen=True)
class Member:
    learner_id: str
    display_name: str
    icon: str
    enrolled_at: str


class Dashboard:
    def __init__(self, conn: sqlite3.Connection, content: Any, trusted_now: Callable[[], datetime]):
        self._conn = conn
        self._content = content
        self._trusted_now = trusted_now

    # -- grid ---------------------------------------------------------------------------------

    def grid(self, class_id: str, members: Sequence[Member], level: int | None = None,
             curriculum: Curriculum | None = None) -> ClassGrid:
        curriculum = curriculum or Curriculum.read(self._content)
        columns = curriculum.columns_of(level)
        counts = {(member.learner_id, lesson_id): (attempts, correct)
                  for member in members
                  for lesson_id, attempts, correct in self._conn.execute(
                      "SELECT lesson_id, count(*), coalesce(sum(correct), 0) FROM progress_attempts"
                      " WHERE learner_id = ? GROUP BY lesson_id", (member.learner_id,))}
        opened = {(r[0], r[1]) for r in self._conn.execute(
            f"SELECT p.learner_id, p.lesson_id FROM ({MEMBERS}) m JOIN progress_lessons p ON p.learner_id = m.learner_id",
            {"class_id": class_id})}
        mastery = {(r[0], r[1]): r[2] for r in self._conn.execute(
            f"SELECT p.learner_id, p.lesson_id, p.status FROM ({MEMBERS}) m"
            " JOIN progress_mastery p ON p.learner_id = m.learner_id", {"class_id": class_id})}
        help_by_learner: dict[str, list[str]] = {}
        for item in self.help_needed(class_id, members, curriculum):
            help_by_learner.setdefault(item.learner_id, []).append(item.detail)
        rows = []
        for member in members:
            cells = []
            for column in columns:
                key = (member.learner_id, column.lesson_id)
                attempts, correct = counts.get(key, (0, 0))
                status = mastery.get(key) or ("started" if attempts or key in opened else "not_started")
                cells.append(GridCell(column.lesson_id, status, int(correct), int(attempts)))
            rows.append(GridRow(member.learner_id, member.display_name, member.icon, tuple(cells),
                                tuple(help_by_learner.get(member.learner_id, ()))))
        return ClassGrid(class_id, columns, tuple(rows))

    # -- questions ----------------------------------------------------------------------------

    def difficult_questions(self, class_id: str, member_ids: Sequence[str], limit: int = 10) -> list[DifficultQuestion]:
        # One grouped read per learner walks the covering index in order (no temporary sort,
        # which a single GROUP BY over the whole class needs); the sums across learners are
        # then a few thousand additions.
        totals: dict[tuple[str, str], list[int]] = {}
        for learner_id in member_ids:
            for lesson_id, question_id, answered, wrong in self._conn.execute(
                "SELECT lesson_id, question_id, count(*), count(*) - coalesce(sum(correct), 0)"
                " FROM progress_attempts INDEXED BY progress_attempts_question"
                " WHERE learner_id = ? GROUP BY lesson_id, question_id", (learner_id,)):
                entry = totals.setdefault((lesson_id, question_id), [0, 0, 0])
                entry[0] += answered
                entry[1] += wrong
                entry[2] += wrong > 0
        ranked = sorted(((key, v) for key, v in totals.items() if v[1] > 0),
                        key=lambda kv: (-kv[1][1], -kv[1][1] / kv[1][0], -kv[1][2], kv[0]))
        return [DifficultQuestion(lesson_id, question_id, self._prompt(lesson_id, question_id), wrong, answered,
                                  learners_wrong)
                for (lesson_id, question_id), (answered, wrong, learners_wrong) in ranked[:max(0, int(limit))]]

    def weak_questions(self, learner_id: str, limit: int = WEAK_QUESTIONS) -> tuple[WeakQuestion, ...]:
        rows = self._conn.execute(
            "SELECT lesson_id, question_id, count(*) AS answered, sum(1 - correct) AS wrong"
            " FROM progress_attempts WHERE learner_id = ? GROUP BY lesson_id, question_id HAVING wrong > 0"
            " ORDER BY wrong DESC, CAST(wrong AS REAL) / answered DESC, lesson_id, question_id LIMIT ?",
            (learner_id, limit)).fetchall()
        return tuple(WeakQuestion(r["lesson_id"], r["question_id"], self._prompt(r["lesson_id"], r["question_id"]),
                                  r["wrong"], r["answered"]) for r in rows)

    # -- who needs help -----------------------------------------------------------------------

    def help_needed(self, class_id: str, members: Sequence[Member],
                    curriculum: Curriculum | None = None) -> list[HelpNeeded]:
        curriculum = curriculum or Curriculum.read(self._content)
        now = self._trusted_now()
        last = self.last_activity_by_learner(class_id)
        found: list[HelpNeeded] = []
        for member in members:
            streak = self._wrong_streak(member.learner_id)
            if streak is not None:
                count, lesson_id, since = streak
                label = curriculum.lesson_label(lesson_id, self._content)
                found.append(HelpNeeded(member.learner_id, member.display_name, "wrong_streak",
                                        render("teacher.wrong_streak", count=count, lesson=label), since, lesson_id))
            active = last.get(member.learner_id)
            reference = max(filter(None, (active, from_iso(member.enrolled_at) if member.enrolled_at else None)),
                            default=None)
            if reference is not None and now - reference >= timedelta(days=INACTIVE_DAYS):
                detail = (render("teacher.inactive_days", days=(now - active).days) if active is not None
                          else render("teacher.never_studied", days=(now - reference).days))
                found.append(HelpNeeded(member.learner_id, member.display_name, "inactive", detail,
                                        active if active is not None else reference))
        return found

    def _wrong_streak(self, learner_id: str) -> tuple[int, str, datetime] | None:
        count, lesson_id, since = 0, None, None
        for row in self._conn.execute(
            "SELECT correct, lesson_id, answered_at FROM progress_attempts WHERE learner_id = ?"
            " ORDER BY answered_at DESC, seq DESC LIMIT ?", (learner_id, STREAK_LOOKBACK)):
            if row[0]:
                break
            count += 1
            lesson_id = lesson_id or row[1]
            since = row[2]
        if count < WRONG_STREAK:
            return None
        return count, str(lesson_id), from_iso(str(since))

    def last_activity_by_learner(self, class_id: str) -> dict[str, datetime]:
        rows = self._conn.execute(
            f"""SELECT m.learner_id, max(
                    coalesce((SELECT max(a.answered_at) FROM progress_attempts a WHERE a.learner_id = m.learner_id), ''),
                    coalesce((SELECT max(p.last_active_at) FROM progress_lessons p WHERE p.learner_id = m.learner_id), ''),
                    coalesce((SELECT max(coalesce(t.finished_at, t.started_at)) FROM progress_level_tests t
                              WHERE t.learner_id = m.learner_id), '')) AS last
                FROM ({MEMBERS}) m""", {"class_id": class_id}).fetchall()
        return {r[0]: from_iso(r[1]) for r in rows if r[1]}

    def last_activity(self, learner_id: str) -> datetime | None:
        row = self._conn.execute(
            """SELECT max(
                   coalesce((SELECT max(answered_at) FROM progress_attempts WHERE learner_id = :id), ''),
                   coalesce((SELECT max(last_active_at) FROM progress_lessons WHERE learner_id = :id), ''),
                   coalesce((SELECT max(coalesce(finished_at, started_at)) FROM progress_level_tests
                             WHERE learner_id = :id), ''))""", {"id": learner_id}).fetchone()
        return from_iso(row[0]) if row and row[0] else None

    # -- levels -------------------------------------------------------------------------------

    def level_completion(self, class_id: str, learners_total: int,
                         curriculum: Curriculum | None = None) -> list[LevelCompletion]:
        curriculum = curriculum or Curriculum.read(self._content)
        level_of = {c.lesson_id: c.level for c in curriculum.columns}
        passed: dict[int, int] = {}
        mastered: dict[int, int] = {}
        for lesson_id, status, n in self._conn.execute(
            f"SELECT p.lesson_id, p.status, count(*) FROM ({MEMBERS}) m JOIN progress_mastery p"
            " ON p.learner_id = m.learner_id GROUP BY p.lesson_id, p.status", {"class_id": class_id}):
            level = level_of.get(lesson_id)
            if level is None:
                continue  # a lesson the current pack retired
            passed[level] = passed.get(level, 0) + n
            if status == "mastered":
                mastered[level] = mastered.get(level, 0) + n
        tests = {r[0]: r[1] for r in self._conn.execute(
            f"SELECT t.level, count(DISTINCT t.learner_id) FROM ({MEMBERS}) m JOIN progress_level_tests t"
            " ON t.learner_id = m.learner_id WHERE t.passed = 1 GROUP BY t.level", {"class_id": class_id})}
        out = []
        for number, title in curriculum.level_titles.items():
            out.append(LevelCompletion(
                level=number, title=title, learners_total=learners_total,
                lessons_total=len(curriculum.columns_of(number)),
                learners_passed_test=tests.get(number, 0),
                lessons_passed=passed.get(number, 0), lessons_mastered=mastered.get(number, 0)))
        return out

    # -- helpers ------------------------------------------------------------------------------

    def _prompt(self, lesson_id: str, question_id: str) -> str:
        question = self._content.question(lesson_id, question_id)
        if question is None:
            return question_id
        return next((line.strip() for line in question.prompt.splitlines() if line.strip()), question_id)
