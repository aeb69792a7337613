"""What the teacher area offers the screens: the values it returns and the facade's methods.

This module is the contract between the core (tutor.teacher, Qt-free) and the
teacher screens (tutor.ui.screens.teacher). Values are frozen dataclasses, so a
screen can hand them between threads and render them without touching the store.

Every mutation is recorded as an event in the same transaction as its table rows
(the same rule as progress), so classes, enrolments, assignments and merges
travel through sync like everything else. Teacher actions carry the teacher's id
in the payload ("by").

Errors are tutor.errors.TutorError subclasses with a Vietnamese user message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, Protocol, Sequence

from tutor.changes import Changes

# --- accounts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Teacher:
    teacher_id: str
    username: str          # what they type to log in (NFC, compared case-insensitively)
    display_name: str      # "Cô Lan"
    created_at: datetime


@dataclass(frozen=True)
class TeacherSession:
    """Proof of a successful login; the UI keeps it while the teacher area is open."""
    teacher: Teacher
    started_at: datetime
    # Issued by TeacherArea.login(); the core accepts only sessions it issued and that are
    # not logged out (a hand-made TeacherSession is refused).
    token: str = field(default="", repr=False, compare=False)


# --- classes --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClassInfo:
    class_id: str
    name: str
    created_at: datetime
    archived: bool
    member_count: int


@dataclass(frozen=True)
class EnrollableLearner:
    learner_id: str
    display_name: str
    icon: str
    origin: Literal["this_pc", "site_roster"]   # created here, or came down from the hub
    class_ids: frozenset[str]                   # classes they are already in


@dataclass(frozen=True)
class CsvImportResult:
    added: int            # learners newly enrolled (profiles created when they did not exist)
    already_enrolled: int
    problems: tuple[str, ...]   # one Vietnamese line per skipped row: "Dòng 7: thiếu tên."
    created: int = 0            # of ``added``: profiles created on this PC for unknown names


# --- assignments ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Assignment:
    assignment_id: str
    class_id: str
    kind: Literal["lessons", "level_test"]
    lesson_ids: tuple[str, ...]     # for kind == "lessons"
    level: int | None               # for kind == "level_test"
    due: date | None                # a local calendar day, not a time
    created_at: datetime
    created_by: str                 # teacher_id
    cancelled: bool


@dataclass(frozen=True)
class LearnerAssignment:
    """What a learner sees under "Bài được giao" on their home screen."""
    assignment: Assignment
    title: str                      # "Bài 1.3: Viết đơn xin nghỉ" or "Bài kiểm tra Cấp 2"
    lesson_id: str | None           # where the tile leads (None for a level test)
    level: int | None
    done: bool                      # lesson passed (or mastered) / level test passed
    overdue: bool                   # past due and not done


# --- dashboard ------------------------------------------------------------------------------

Mastery = Literal["not_started", "started", "passed_quiz", "mastered"]


@dataclass(frozen=True)
class GridCell:
    lesson_id: str
    status: Mastery
    correct: int        # graded answers on this lesson, all contexts
    attempts: int


@dataclass(frozen=True)
class GridRow:
    learner_id: str
    display_name: str
    icon: str
    cells: tuple[GridCell, ...]          # in the order of ClassGrid.lessons
    needs_help: tuple[str, ...]          # reasons, Vietnamese, empty when fine


@dataclass(frozen=True)
class LessonColumn:
    lesson_id: str
    level: int
    short_title: str     # "1.3" style label for the column header
    title: str


@dataclass(frozen=True)
class ClassGrid:
    class_id: str
    lessons: tuple[LessonColumn, ...]
    rows: tuple[GridRow, ...]


@dataclass(frozen=True)
class DifficultQuestion:
    lesson_id: str
    question_id: str
    prompt: str                 # the question text (first line)
    wrong: int
    answered: int
    learners_wrong: int         # distinct learners with at least one wrong answer


@dataclass(frozen=True)
class HelpNeeded:
    learner_id: str
    display_name: str
    reason: Literal["wrong_streak", "inactive"]
    detail: str                 # Vietnamese: "Sai 4 câu liền ở bài 2.1", "Không học 16 ngày"
    since: datetime | None
    lesson_id: str | None = None   # wrong_streak: the lesson of the latest wrong answer


@dataclass(frozen=True)
class LevelCompletion:
    level: int
    title: str
    learners_total: int
    lessons_total: int
    learners_passed_test: int   # level test passed (certificate issued)
    lessons_passed: int         # learner x lesson pairs at passed_quiz or mastered
    lessons_mastered: int


@dataclass(frozen=True)
class WeakQuestion:
    lesson_id: str
    question_id: str
    prompt: str
    wrong: int
    answered: int


@dataclass(frozen=True)
class LearnerReport:
    learner_id: str
    display_name: str
    icon: str
    time_spent_s: int               # reading + answering time (rule documented in the core)
    attempts: int                   # graded answers
    correct: int
    lessons_passed: int
    lessons_mastered: int
    certificates: int
    last_activity: datetime | None  # trusted/corrected time of the newest event
    last_sync_of_pc: datetime | None   # last successful sync of the PC their newest events came from, if known
    weak_questions: tuple[WeakQuestion, ...]
    levels_unlocked: tuple[int, ...]


@dataclass(frozen=True)
class CertificateRow:
    learner_id: str
    display_name: str
    level: int
    level_title: str
    issued_at: datetime
    certificate_id: str
    code: str


@dataclass(frozen=True)
class ClassReport:
    """Everything the class report (CSV and PDF) prints, computed once."""
    class_info: ClassInfo
    generated_at: datetime
    teacher_name: str
    levels: tuple[LevelCompletion, ...]
    grid: ClassGrid
    learners: tuple[LearnerReport, ...]
    certificates: tuple[CertificateRow, ...]


# --- volunteer mode -------------------------------------------------------------------------


@dataclass(frozen=True)
class CarriedBundle:
    path: str
    device_id: str
    device_name: str
    site_name: str
    events: int
    learners: int
    written_at: datetime
    size_bytes: int
    delivered: bool          # the hub acknowledged it (after a sync / import)
    verified: bool = True    # signature checked against the PC's known key (False: key unknown here;
                             # the file was checked for damage and the hub checks the signature)
    sha256: str = ""         # content hash: the bundle's identity on this laptop
    first_seq: int = 0
    last_seq: int = 0


@dataclass(frozen=True)
class VolunteerSummary:
    sites: tuple[str, ...]          # sites this laptop is enrolled at
    bundles: tuple[CarriedBundle, ...]
    events_total: int
    not_delivered: int
    carrier_sites: int = 0          # sites it is enrolled at as a carrier (their PC lists can be refreshed)


# --- the facade -----------------------------------------------------------------------------


class TeacherArea(Protocol):
    """Workspace.teacher: one facade over the teacher tables. Call it on the db thread."""

    # accounts
    def has_teachers(self) -> bool: ...
    def first_run_allowed(self) -> bool: ...
    def create_teacher(self, username: str, display_name: str, password: str,
                       session: TeacherSession | None) -> tuple[Teacher, Changes]:
        """The first teacher needs no session (first-run step); later ones need a logged-in teacher."""
    def login(self, username: str, password: str) -> TeacherSession:
        """Raises a TutorError with a Vietnamese message on a wrong password; 5 wrong tries lock 5 minutes."""
    def logout(self, session: TeacherSession) -> Changes: ...
    def change_password(self, session: TeacherSession, old: str, new: str) -> Changes: ...

    # classes and enrolment
    def classes(self, include_archived: bool = False) -> list[ClassInfo]: ...
    def create_class(self, session: TeacherSession, name: str) -> tuple[ClassInfo, Changes]: ...
    def rename_class(self, session: TeacherSession, class_id: str, name: str) -> Changes: ...
    def archive_class(self, session: TeacherSession, class_id: str, archived: bool = True) -> Changes: ...
    def enrollable_learners(self) -> list[EnrollableLearner]: ...
    def members(self, class_id: str) -> list[EnrollableLearner]: ...
    def enroll(self, session: TeacherSession, class_id: str, learner_ids: Sequence[str]) -> Changes: ...
    def unenroll(self, session: TeacherSession, class_id: str, learner_ids: Sequence[str]) -> Changes: ...
    def export_members_csv(self, class_id: str) -> bytes:
        """UTF-8 with BOM, header row, one learner per row (Excel opens Vietnamese names correctly)."""
    def import_members_csv(self, session: TeacherSession, class_id: str, data: bytes) -> tuple[CsvImportResult, Changes]:
        """Accepts what export writes and UTF-8 without BOM; a file in another encoding is refused
        with a clear message, never imported as mojibake. Rows match existing profiles by name
        (NFC, case-insensitive); unknown names become new profiles on this PC."""

    # assignments
    def assign(self, session: TeacherSession, class_id: str, *, lesson_ids: Sequence[str] = (),
               level: int | None = None, due: date | None = None) -> tuple[Assignment, Changes]: ...
    def cancel_assignment(self, session: TeacherSession, assignment_id: str) -> Changes: ...
    def assignments(self, class_id: str, include_cancelled: bool = False) -> list[Assignment]: ...
    def learner_assignments(self, learner_id: str) -> list[LearnerAssignment]:
        """For the learner's home screen; no session needed."""

    # dashboard
    def grid(self, class_id: str, level: int | None = None) -> ClassGrid: ...
    def learner_report(self, learner_id: str) -> LearnerReport: ...
    def difficult_questions(self, class_id: str, limit: int = 10) -> list[DifficultQuestion]: ...
    def help_needed(self, class_id: str) -> list[HelpNeeded]: ...
    def level_completion(self, class_id: str) -> list[LevelCompletion]: ...
    def class_report(self, session: TeacherSession, class_id: str) -> ClassReport: ...
    def class_report_csv(self, report: ClassReport) -> bytes: ...
    def certificates(self, class_id: str) -> list[CertificateRow]: ...

    # profiles
    def unlock_level(self, session: TeacherSession, learner_id: str, level: int) -> Changes:
        """Open a level without its previous test (the teacher's judgement), recorded with the teacher's id."""
    def merge_profiles(self, session: TeacherSession, keep_id: str, merge_id: str) -> Changes:
        """merge_id's history becomes keep_id's; merge_id's tile disappears; progress is recomputed."""

    # volunteer mode
    def volunteer_summary(self) -> VolunteerSummary: ...
    # (the carrier itself, tutor.teacher.volunteer.VolunteerCarrier: collect(folder),
    #  write_all(folder), deliver(uploader), mark_delivered(...), is the attribute ``volunteer``)

    # added by the implementation (tutor.teacher.service.TeacherService)
    def teachers(self) -> list[Teacher]: ...
    def source_ids(self, learner_id: str) -> list[str]:
        """learner_id and every profile merged into it (what a progress rebuild must read)."""
    def merged_into(self, learner_id: str) -> str:
        """The profile holding learner_id's history now (itself if never merged)."""
    def rebuild_from_events(self) -> Changes:
        """Recompute classes, enrolments, assignments and merges from the event log (after a pull)."""

