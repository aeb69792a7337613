"""TeacherService: the teacher area over one database (Workspace.teacher).

Implements the TeacherArea contract of tutor.teacher.api. Use it on the database
thread only. Every mutation checks the session first, then writes its events and
rows in one transaction (see projection.py for the events and how they travel).

Changes values: the contract's Changes has no teacher flag, so
  class created/renamed/archived, enrolment  -> learners=True (+ learner_ids concerned)
  assignments, enrolment, archive             -> progress=True, learner_ids = the members
                                                 (their "Bài được giao" changes)
  merge                                       -> learners=True, progress=True, both ids
  login/logout/password/report                -> empty (nothing a screen shows changed)
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Sequence
from functools import cached_property
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.messages import render
from tutor.avatars import AVATARS
from tutor.changes import Changes
from tutor.clock import Clock, from_iso
from tutor.errors import TutorError
from tutor.events import append_event
from tutor.store.db import transaction
from tutor.teacher import activity, projection
from tutor.teacher.accounts import Accounts
from tutor.teacher.api import (
    Assignment,
    CertificateRow,
    ClassGrid,
    ClassInfo,
    ClassReport,
    CsvImportResult,
    DifficultQuestion,
    EnrollableLearner,
    HelpNeeded,
    LearnerAssignment,
    LearnerReport,
    LevelCompletion,
    Teacher,
    TeacherSession,
    VolunteerSummary,
)
from tutor.teacher.assignments import Assignments
from tutor.teacher.classes import Classes, class_list_key
from tutor.teacher.dashboard import Dashboard, Member
from tutor.teacher.errors import TeacherError, UnknownTeacherItem
from tutor.teacher.labels import Curriculum

if TYPE_CHECKING:
    from tutor.teacher.volunteer import VolunteerCarrier


class TeacherService:
    def __init__(self, conn: sqlite3.Connection, clock: Clock, content: Any, progress: Any, data_root: Path):
        self._conn = conn
        self._clock = clock
        self._content = content
        self._progress = progress
        now = progress.now
        self.accounts = Accounts(conn, clock, now)
        self._classes = Classes(conn, clock, now)
        self._assignments = Assignments(conn, clock, content, self._classes, now)
        self._dashboard = Dashboard(conn, content, now)
        self._data_root = Path(data_root)

    # --- accounts ------------------------------------------------------------------------------

    def has_teachers(self) -> bool:
        return self.accounts.has_teachers()

    def first_run_allowed(self) -> bool:
        return self.accounts.first_run_allowed()

    def teachers(self) -> list[Teacher]:
        return self.accounts.list()

    def create_teacher(self, username: str, display_name: str, password: str,
                       session: TeacherSession | None) -> tuple[Teacher, Changes]:
        return self.accounts.create(username, display_name, password, session)

    def login(self, username: str, password: str) -> TeacherSession:
        return self.accounts.login(username, password)

    def logout(self, session: TeacherSession) -> Changes:
        return self.accounts.logout(session)

    def change_password(self, session: TeacherSession, old: str, new: str) -> Changes:
        return self.accounts.change_password(session, old, new)

    # --- classes and enrolment -------------------------------------------------------------------

    def classes(self, include_archived: bool = False) -> list[ClassInfo]:
        return self._classes.list(include_archived)

    def create_class(self, session: TeacherSession, name: str) -> tuple[ClassInfo, Changes]:
        return self._classes.create(self.accounts.require(session), name)

    def rename_class(self, session: TeacherSession, class_id: str, name: str) -> Changes:
        return self._classes.rename(self.accounts.require(session), class_id, name)

    def archive_class(self, session: TeacherSession, class_id: str, archived: bool = True) -> Changes:
        return self._classes.archive(self.accounts.require(session), class_id, archived)

    def enrollable_learners(self) -> list[EnrollableLearner]:
        return self._classes.enrollable_learners()

    def members(self, class_id: str) -> list[EnrollableLearner]:
        return self._classes.members(class_id)

    def enroll(self, session: TeacherSession, class_id: str, learner_ids: Sequence[str]) -> Changes:
        return self._classes.enroll(self.accounts.require(session), class_id, learner_ids,
                                    self._assignments.active_payloads)

    def unenroll(self, session: TeacherSession, class_id: str, learner_ids: Sequence[str]) -> Changes:
        return self._classes.unenroll(self.accounts.require(session), class_id, learner_ids)

    def export_members_csv(self, class_id: str) -> bytes:
        from tutor.teacher import csv_members, reports

        info = self._classes.get(class_id)
        joined = self._classes.enrolled_at(class_id)
        rows = [(m.display_name, m.learner_id, info.name, reports.local_date(_iso(joined.get(m.learner_id))))
                for m in self._classes.members(class_id)]
        return csv_members.write_table(csv_members.HEADER, rows)

    def import_members_csv(self, session: TeacherSession, class_id: str,
                           data: bytes) -> tuple[CsvImportResult, Changes]:
        from tutor.teacher import csv_members

        """Rows match a profile by the learner id column first, then by name (NFC, case and
        spacing ignored); a name matching no profile creates one (the least used picture, so
        tiles stay tellable apart); a name matching several profiles is listed as a problem."""
        teacher = self.accounts.require(session)
        self._classes.require_open(class_id)
        rows = csv_members.parse_members(data)
        profiles = self._conn.execute("SELECT learner_id, display_name FROM learners WHERE archived = 0").fetchall()
        by_id = {r["learner_id"]: r["display_name"] for r in profiles}
        by_name: dict[str, list[str]] = {}
        for r in profiles:
            by_name.setdefault(_name_key(r["display_name"]), []).append(r["learner_id"])
        problems: list[str] = []
        chosen: list[tuple[int, str]] = []          # (line, learner_id)
        to_create: list[tuple[int, str]] = []
        for row in rows:
            if row.learner_id and row.learner_id in by_id:
                chosen.append((row.line, row.learner_id))
                continue
            if not row.name:
                problems.append(render("teacher.csv_line_no_name", line=row.line))
                continue
            if csv_members.looks_double_encoded(row.name):
                problems.append(render("teacher.csv_line_bad_font", line=row.line, name=row.name))
                continue
            matches = by_name.get(_name_key(row.name), [])
            if len(matches) == 1:
                chosen.append((row.line, matches[0]))
            elif len(matches) > 1:
                problems.append(render("teacher.csv_line_ambiguous", line=row.line, count=len(matches),
                                       name=row.name))
            else:
                to_create.append((row.line, row.name))
        already = set(self._classes.enrolled_ids(class_id))
        created_ids: list[str] = []
        with transaction(self._conn):
            made: dict[str, str] = {}               # name key -> profile created by this import
            for line, name in to_create:
                key = _name_key(name)
                if key not in made:
                    try:
                        learner, _ = self._learners().create(name, self._next_icon())
                    except TutorError as exc:
                        problems.append(f"{render('teacher.csv_line', line=line)} {exc.user_message}")
                        continue
                    made[key] = learner.learner_id
                    created_ids.append(learner.learner_id)
                chosen.append((line, made[key]))
            first_line: dict[str, int] = {}
            for line, learner_id in sorted(chosen):
                if learner_id in first_line:
                    problems.append(render("teacher.csv_line_duplicate", line=line, first=first_line[learner_id]))
                else:
                    first_line[learner_id] = line
            new = [i for i in first_line if i not in already]
            changes = self._classes.enroll(teacher, class_id, new, self._assignments.active_payloads) if new \
                else Changes()
        problems.sort(key=_line_number)
        result = CsvImportResult(added=len(new), already_enrolled=len(first_line) - len(new),
                                 problems=tuple(problems), created=len(created_ids))
        return result, changes | Changes(learners=bool(created_ids), learner_ids=frozenset(created_ids))

    # --- assignments -------------------------------------------------------------------------------

    def assign(self, session: TeacherSession, class_id: str, *, lesson_ids: Sequence[str] = (),
               level: int | None = None, due: date | None = None) -> tuple[Assignment, Changes]:
        return self._assignments.assign(self.accounts.require(session), class_id, lesson_ids, level, due)

    def cancel_assignment(self, session: TeacherSession, assignment_id: str) -> Changes:
        return self._assignments.cancel(self.accounts.require(session), assignment_id)

    def today(self) -> date:
        """The teacher's calendar day by the trusted clock: the first day a due date may fall on."""
        return self._assignments.today()

    def assignments(self, class_id: str, include_cancelled: bool = False) -> list[Assignment]:
        return self._assignments.list(class_id, include_cancelled)

    def learner_assignments(self, learner_id: str) -> list[LearnerAssignment]:
        return self._assignments.for_learner(learner_id)

    # --- dashboard -------------------------------------------------------------------------------

    def grid(self, class_id: str, level: int | None = None) -> ClassGrid:
        return self._dashboard.grid(class_id, self._members(class_id), level)

    def learner_report(self, learner_id: str) -> LearnerReport:
        row = self._conn.execute("SELECT display_name, icon FROM learners WHERE learner_id = ?",
                                 (learner_id,)).fetchone()
        if row is None:
            raise UnknownTeacherItem(f"no learner {learner_id}", render("profile.no_learner"))
        sources = projection.source_ids(self._conn, learner_id)
        totals = self._conn.execute(
            "SELECT count(*), coalesce(sum(correct), 0) FROM progress_attempts WHERE learner_id = ?",
            (learner_id,)).fetchone()
        mastery = self._conn.execute(
            "SELECT count(*), coalesce(sum(status = 'mastered'), 0) FROM progress_mastery WHERE learner_id = ?",
            (learner_id,)).fetchone()
        certificates = self._conn.execute("SELECT count(*) FROM progress_certificates WHERE learner_id = ?",
                                          (learner_id,)).fetchone()[0]
        levels = [lv.number for lv in self._content.levels()]
        unlocked = {r[0] for r in self._conn.execute(
            "SELECT level FROM progress_levels_open WHERE learner_id = ?", (learner_id,))}
        if levels:
            unlocked.add(levels[0])
        return LearnerReport(
            learner_id=learner_id, display_name=row["display_name"], icon=row["icon"],
            time_spent_s=activity.time_spent_s(self._conn, sources),
            attempts=totals[0], correct=totals[1], lessons_passed=mastery[0], lessons_mastered=mastery[1],
            certificates=certificates, last_activity=self._dashboard.last_activity(learner_id),
            last_sync_of_pc=activity.last_sync_of_pc(self._conn, sources),
            weak_questions=self._dashboard.weak_questions(learner_id),
            levels_unlocked=tuple(sorted(unlocked)),
        )

    def difficult_questions(self, class_id: str, limit: int = 10) -> list[DifficultQuestion]:
        return self._dashboard.difficult_questions(class_id, self._classes.member_ids(class_id), limit)

    def help_needed(self, class_id: str) -> list[HelpNeeded]:
        return self._dashboard.help_needed(class_id, self._members(class_id))

    def level_completion(self, class_id: str) -> list[LevelCompletion]:
        members = self._members(class_id)
        return self._dashboard.level_completion(class_id, len(members))

    def certificates(self, class_id: str) -> list[CertificateRow]:
        self._classes.get(class_id)
        curriculum = Curriculum.read(self._content)
        rows = self._conn.execute(
            "SELECT c.* FROM progress_certificates c JOIN teacher_enrolments e ON e.learner_id = c.learner_id"
            " JOIN learners l ON l.learner_id = c.learner_id"
            " WHERE e.class_id = ? AND e.enrolled = 1 AND l.archived = 0", (class_id,)).fetchall()
        # The name printed is the one signed on the certificate, never today's display name.
        found = [CertificateRow(r["learner_id"], r["learner_name"], r["level"],
                                r["level_title"] or curriculum.level_title(r["level"]), _iso(r["issued_at"]),
                                r["certificate_id"], r["code"]) for r in rows]
        return sorted(found, key=lambda c: (c.level, class_list_key(c.display_name)))

    def class_report(self, session: TeacherSession, class_id: str) -> ClassReport:
        teacher = self.accounts.require(session)
        info = self._classes.get(class_id)
        members = self._members(class_id)
        curriculum = Curriculum.read(self._content)
        report = ClassReport(
            class_info=info, generated_at=self._progress.now(), teacher_name=teacher.display_name,
            levels=tuple(self._dashboard.level_completion(class_id, len(members), curriculum)),
            grid=self._dashboard.grid(class_id, members, None, curriculum),
            learners=tuple(self.learner_report(m.learner_id) for m in members),
            certificates=tuple(self.certificates(class_id)),
        )
        with transaction(self._conn):
            append_event(self._conn, self._clock, "class_report_made", None, self._classes.payload(
                teacher, class_id=class_id, learners=len(members)))
        return report

    def class_report_csv(self, report: ClassReport) -> bytes:
        from tutor.teacher import reports

        return reports.class_report_csv(report)

    # --- profiles ------------------------------------------------------------------------------------

    def unlock_level(self, session: TeacherSession, learner_id: str, level: int) -> Changes:
        teacher = self.accounts.require(session)
        return self._progress.unlock_level(learner_id, level, by=teacher.teacher_id)

    def merge_profiles(self, session: TeacherSession, keep_id: str, merge_id: str) -> Changes:
        """merge_id's history becomes keep_id's (progress recomputed from both logs); merge_id's
        tile is archived, never deleted; its class places move to keep_id."""
        teacher = self.accounts.require(session)
        if keep_id == merge_id:
            raise TeacherError("cannot merge a profile into itself", render("teacher.merge_with_itself"))
        names = {}
        for learner_id in (keep_id, merge_id):
            row = self._conn.execute("SELECT display_name, archived FROM learners WHERE learner_id = ?",
                                     (learner_id,)).fetchone()
            if row is None:
                raise UnknownTeacherItem(f"no learner {learner_id}", render("profile.no_learner"))
            names[learner_id] = row["display_name"]
            merged_into = self._conn.execute("SELECT keep_id FROM teacher_merges WHERE merge_id = ?",
                                             (learner_id,)).fetchone()
            if merged_into is not None:
                raise TeacherError(f"learner {learner_id} was already merged into {merged_into[0]}",
                                   code="teacher.profile_already_merged", params={"name": row["display_name"]})
            if row["archived"]:
                raise TeacherError(f"learner {learner_id} is archived", code="teacher.profile_archived",
                                   params={"name": row["display_name"]})
        payload = self._classes.payload(teacher, keep=keep_id, merge=merge_id,
                                        keep_name=names[keep_id], merge_name=names[merge_id])
        with transaction(self._conn):
            projection.record(self._conn, self._clock, projection.MERGE_KIND, payload,
                              learner_id=keep_id, copies_for=[merge_id])
            self._progress.rebuild_learner(keep_id, projection.source_ids(self._conn, keep_id))
        return Changes(learners=True, progress=True, learner_ids=frozenset({keep_id, merge_id}))

    def merged_into(self, learner_id: str) -> str:
        """The profile whose progress holds learner_id's history now (itself if never merged):
        after a pull brings events of learner_id, rebuild this one with source_ids() of it."""
        return projection.final_keep(self._conn, learner_id)

    def source_ids(self, learner_id: str) -> list[str]:
        """learner_id and every profile merged into it: what a progress rebuild must read."""
        return projection.source_ids(self._conn, learner_id)

    # --- sync ------------------------------------------------------------------------------------------

    def rebuild_from_events(self) -> Changes:
        """Recompute classes, enrolments, assignments and merges from the event log.

        Call it after a sync pull brought events (cheap: it folds only teacher events).
        Profiles merged on another PC are archived here and the kept profile's progress
        is recomputed from both histories."""
        new_merges = projection.apply_pulled(
            self._conn, lambda learner_id: self._progress.rebuild_learner(
                learner_id, projection.source_ids(self._conn, learner_id)))
        touched = frozenset(i for pair in new_merges for i in pair)
        return Changes(learners=True, progress=True, learner_ids=touched)

    # --- volunteer mode ----------------------------------------------------------------------------------

    @cached_property
    def volunteer(self) -> "VolunteerCarrier":
        """Made on first use: the class dashboard and a learner's "Bài được giao" (read at
        every sign-in) never need the bundle machinery it brings."""
        from tutor.teacher.volunteer import VolunteerCarrier

        return VolunteerCarrier(self._conn, self._clock, self._data_root / "carry")

    def volunteer_summary(self) -> VolunteerSummary:
        return self.volunteer.summary()

    # --- helpers -----------------------------------------------------------------------------------------

    def _members(self, class_id: str) -> list[Member]:
        joined = self._classes.enrolled_at(class_id)
        return [Member(m.learner_id, m.display_name, m.icon, joined.get(m.learner_id, ""))
                for m in self._classes.members(class_id)]

    def _learners(self):
        from tutor.learners import Learners

        return Learners(self._conn, self._clock)

    def _next_icon(self) -> str:
        used = {r[0]: r[1] for r in self._conn.execute(
            "SELECT icon, count(*) FROM learners WHERE archived = 0 GROUP BY icon")}
        return min(AVATARS, key=lambda icon: (used.get(icon, 0), list(AVATARS).index(icon)))


def _name_key(name: str) -> str:
    """NFC, case and spacing ignored; accents kept ("Hoa" and "Hòa" are two people)."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _line_number(problem: str) -> int:
    digits = problem.split(":", 1)[0].rsplit(" ", 1)[-1]   # "Dòng 12: ..." (tutor.messages teacher.csv_line*)
    return int(digits) if digits.isdigit() else 0


def _iso(text: str | None) -> datetime | None:
    return from_iso(text) if text else None
