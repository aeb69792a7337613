"""An in-memory TeacherArea for UI unit tests of the teacher screens.

It follows tutor.teacher.api's contract closely enough to drive every screen
(accounts with a lock, classes, enrolment, CSV, assignments, a grid and reports
with numbers a test sets), without the core's tables. The done-when tests of
the teacher area run against the real implementation; this fake lets a screen
test set exact figures (e.g. a grid with every mastery state).
"""

from __future__ import annotations

import csv
import io
import unicodedata
import uuid
from dataclasses import replace
from datetime import datetime

from tutor.changes import Changes
from tutor.errors import TutorError
from tutor.teacher.api import (
    Assignment, CertificateRow, ClassGrid, ClassInfo, ClassReport, CsvImportResult, EnrollableLearner,
    GridCell, GridRow, LearnerAssignment, LearnerReport, LessonColumn, LevelCompletion, Teacher,
    TeacherSession, VolunteerSummary,
)

CHANGED = Changes(settings=True)


def _key(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold()


class FakeTeacherArea:
    def __init__(self, ws):
        self.ws = ws
        self.teachers: dict[str, tuple[Teacher, str]] = {}
        self.wrong_tries = 0
        self.classes_: dict[str, ClassInfo] = {}
        self.members_: dict[str, list[str]] = {}
        self.assignments_: dict[str, Assignment] = {}
        self.statuses: dict[tuple[str, str], str] = {}      # (learner, lesson) -> mastery, set by tests
        self.reports: dict[str, LearnerReport] = {}
        self.certificate_rows: list[CertificateRow] = []
        self.merged: list[tuple[str, str]] = []
        self.unlocked: list[tuple[str, int]] = []
        self.volunteer = None
        self.logged_out = 0

    def _now(self) -> datetime:
        return self.ws.clock.now()

    def _require(self, session: TeacherSession | None) -> Teacher:
        if session is None or session.teacher.username not in {t.username for t, _ in self.teachers.values()}:
            raise TutorError("no session", "Hãy đăng nhập lại.")
        return session.teacher

    # accounts
    def first_run_allowed(self) -> bool:
        return not self.has_teachers() and not getattr(self, "enrolled", False)

    def has_teachers(self) -> bool:
        return bool(self.teachers)

    def create_teacher(self, username, display_name, password, session):
        if self.teachers:
            self._require(session)
        if len(password) < 6:
            raise TutorError("short password", "Mật khẩu cần ít nhất 6 ký tự.")
        teacher = Teacher(str(uuid.uuid4()), username, display_name, self._now())
        self.teachers[_key(username)] = (teacher, password)
        return teacher, CHANGED

    def login(self, username, password):
        if self.wrong_tries >= 5:
            raise TutorError("locked", "Nhập sai quá nhiều lần. Hãy đợi 5 phút rồi thử lại.")
        found = self.teachers.get(_key(username))
        if found is None or found[1] != password:
            self.wrong_tries += 1
            raise TutorError("wrong password", "Tên đăng nhập hoặc mật khẩu chưa đúng.")
        self.wrong_tries = 0
        return TeacherSession(found[0], self._now())

    def logout(self, session):
        self.logged_out += 1
        return CHANGED

    def change_password(self, session, old, new):
        return CHANGED

    # classes
    def classes(self, include_archived=False):
        return [replace(c, member_count=len(self.members_[c.class_id])) for c in self.classes_.values()
                if include_archived or not c.archived]

    def create_class(self, session, name):
        self._require(session)
        info = ClassInfo(str(uuid.uuid4()), name, self._now(), False, 0)
        self.classes_[info.class_id] = info
        self.members_[info.class_id] = []
        return info, CHANGED

    def rename_class(self, session, class_id, name):
        self._require(session)
        self.classes_[class_id] = replace(self.classes_[class_id], name=name)
        return CHANGED

    def archive_class(self, session, class_id, archived=True):
        self._require(session)
        self.classes_[class_id] = replace(self.classes_[class_id], archived=archived)
        return CHANGED

    def enrollable_learners(self):
        return [EnrollableLearner(l.learner_id, l.display_name, l.icon, "this_pc",
                                  frozenset(c for c, m in self.members_.items() if l.learner_id in m))
                for l in self.ws.learners.list()]

    def members(self, class_id):
        ids = self.members_[class_id]
        return [l for l in self.enrollable_learners() if l.learner_id in ids]

    def enroll(self, session, class_id, learner_ids):
        self._require(session)
        for learner_id in learner_ids:
            if learner_id not in self.members_[class_id]:
                self.members_[class_id].append(learner_id)
        return CHANGED

    def unenroll(self, session, class_id, learner_ids):
        self._require(session)
        self.members_[class_id] = [m for m in self.members_[class_id] if m not in learner_ids]
        return CHANGED

    def export_members_csv(self, class_id):
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["Họ tên", "Mã người học"])
        for member in self.members(class_id):
            writer.writerow([member.display_name, member.learner_id])
        return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")

    def import_members_csv(self, session, class_id, data):
        self._require(session)
        text = data.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text)))[1:]
        added, already, problems = 0, 0, []
        by_name = {_key(l.display_name): l.learner_id for l in self.ws.learners.list()}
        for number, row in enumerate(rows, start=2):
            if not row or not row[0].strip():
                problems.append(f"Dòng {number}: thiếu tên.")
                continue
            learner_id = by_name.get(_key(row[0]))
            if learner_id is None:
                learner, _ = self.ws.learners.create(row[0].strip(), "sun")
                learner_id = learner.learner_id
            if learner_id in self.members_[class_id]:
                already += 1
            else:
                self.members_[class_id].append(learner_id)
                added += 1
        return CsvImportResult(added, already, tuple(problems)), CHANGED

    # assignments
    def assign(self, session, class_id, *, lesson_ids=(), level=None, due=None):
        teacher = self._require(session)
        assignment = Assignment(str(uuid.uuid4()), class_id, "level_test" if level else "lessons",
                                tuple(lesson_ids), level, due, self._now(), teacher.teacher_id, False)
        self.assignments_[assignment.assignment_id] = assignment
        return assignment, CHANGED

    def cancel_assignment(self, session, assignment_id):
        self._require(session)
        self.assignments_[assignment_id] = replace(self.assignments_[assignment_id], cancelled=True)
        return CHANGED

    def today(self):
        return self._now().astimezone().date()

    def assignments(self, class_id, include_cancelled=False):
        return [a for a in self.assignments_.values()
                if a.class_id == class_id and (include_cancelled or not a.cancelled)]

    def learner_assignments(self, learner_id):
        found = []
        today = self._now().date()
        for a in self.assignments_.values():
            if a.cancelled or learner_id not in self.members_.get(a.class_id, []):
                continue
            overdue = a.due is not None and a.due < today
            if a.kind == "level_test":
                found.append(LearnerAssignment(a, f"Bài kiểm tra Cấp {a.level}", None, a.level, False, overdue))
            for lesson_id in a.lesson_ids:
                lesson = self.ws.content.lesson(lesson_id)
                done = self.statuses.get((learner_id, lesson_id)) in ("passed_quiz", "mastered")
                found.append(LearnerAssignment(a, lesson.title if lesson else lesson_id, lesson_id, None,
                                               done, overdue and not done))
        return found

    # dashboard
    def _columns(self):
        columns = []
        for summary in self.ws.content.lessons():
            position = summary.position + (0 if summary.module_id.endswith(".m0") else 1)
            columns.append(LessonColumn(summary.lesson_id, summary.level, f"{summary.level}.{position}",
                                        summary.title))
        return tuple(columns)

    def grid(self, class_id, level=None):
        columns = tuple(c for c in self._columns() if level is None or c.level == level)
        rows = []
        for member in self.members(class_id):
            cells = tuple(GridCell(c.lesson_id, self.statuses.get((member.learner_id, c.lesson_id), "not_started"),
                                   0, 0) for c in columns)
            rows.append(GridRow(member.learner_id, member.display_name, member.icon, cells, ()))
        return ClassGrid(class_id, columns, tuple(rows))

    def learner_report(self, learner_id):
        if learner_id in self.reports:
            return self.reports[learner_id]
        learner = self.ws.learners.get(learner_id)
        return LearnerReport(learner_id, learner.display_name, learner.icon, 0, 0, 0, 0, 0, 0, None, None, (), (1,))

    def difficult_questions(self, class_id, limit=10):
        return []

    def help_needed(self, class_id):
        return []

    def level_completion(self, class_id):
        total = len(self.members_[class_id])
        return [LevelCompletion(lv.number, lv.title, total, len(self.ws.content.lessons(level=lv.number)), 0, 0, 0)
                for lv in self.ws.content.levels()]

    def class_report(self, session, class_id):
        teacher = self._require(session)
        info = next(c for c in self.classes(True) if c.class_id == class_id)
        return ClassReport(info, self._now(), teacher.display_name, tuple(self.level_completion(class_id)),
                           self.grid(class_id), tuple(self.learner_report(m.learner_id) for m in self.members(class_id)),
                           tuple(self.certificates(class_id)))

    def class_report_csv(self, report):
        return b"\xef\xbb\xbf" + "Họ tên\n".encode("utf-8")

    def certificates(self, class_id):
        ids = self.members_[class_id]
        return [row for row in self.certificate_rows if row.learner_id in ids]

    # profiles
    def unlock_level(self, session, learner_id, level):
        self._require(session)
        self.unlocked.append((learner_id, level))
        report = self.learner_report(learner_id)
        self.reports[learner_id] = replace(report, levels_unlocked=tuple(sorted({*report.levels_unlocked, level})))
        return CHANGED

    def merge_profiles(self, session, keep_id, merge_id):
        self._require(session)
        self.merged.append((keep_id, merge_id))
        return CHANGED

    def volunteer_summary(self):
        return VolunteerSummary((), (), 0, 0)


def install_fake(ws) -> FakeTeacherArea:
    """``prepare=install_fake`` in make_window: runs on the db thread, replaces ws.teacher."""
    fake = FakeTeacherArea(ws)
    ws.teacher = fake
    return fake
