"""Plain immutable values the progress service returns (safe to hand to the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from tutor.changes import Changes
from tutor.lessons.model import AnyQuestion, QuestionRef
from tutor.progress.certificates import Certificate
from tutor.progress.grading import Grade
from tutor.progress.mastery import Criterion, Status


@dataclass(frozen=True)
class AnswerResult:
    grade: Grade
    status: Status              # the lesson's mastery status after this answer
    new_mastery: bool           # this answer made the lesson passed_quiz or mastered
    message: str                # warm words for the answer (and the new mastery, if any)
    attempt_seq: int            # seq of the event that recorded the answer
    next_due: datetime          # when the question's review card is due next (UTC)
    changes: Changes


@dataclass(frozen=True)
class LessonProgress:
    lesson_id: str
    status: Status
    criterion: Criterion
    recent_correct: int         # right answers among the last n quiz answers
    recent_total: int
    opened: bool
    sections_read: tuple[int, ...]
    passed_quiz_at: datetime | None = None
    mastered_at: datetime | None = None


@dataclass(frozen=True)
class LevelProgress:
    level: int
    title: str
    open: bool
    opened_by: str | None       # "always" (the first level), "level_test", "teacher"; None when closed
    lessons_total: int
    lessons_passed: int         # passed_quiz or mastered
    lessons_mastered: int
    test_passed: bool
    best_correct: int | None = None
    best_total: int | None = None


@dataclass(frozen=True)
class ContinuePoint:
    """ "Tiếp tục bài đang học": the lesson to open next."""

    lesson_id: str
    title: str
    level: int
    module_id: str
    status: Status
    reason: str                 # "resume" (started, not passed yet) or "next" (first lesson not passed)


@dataclass(frozen=True)
class DueItem:
    lesson_id: str
    lesson_title: str
    question: AnyQuestion
    due: datetime

    @property
    def question_id(self) -> str:
        return self.question.id

    @property
    def ref(self) -> str:
        return f"{self.lesson_id}#{self.question.id}"


@dataclass(frozen=True)
class LevelTest:
    test_id: str
    level: int
    questions: tuple[QuestionRef, ...]
    needed: int                 # right answers needed to pass
    seed: int
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class Badge:
    level: int
    title: str
    earned_at: datetime


@dataclass(frozen=True)
class LevelTestResult:
    test_id: str
    level: int
    correct: int
    total: int
    needed: int
    passed: bool
    message: str
    certificate: Certificate | None = None
    unlocked_level: int | None = None
    badge: Badge | None = None
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class Streak:
    days: int
    active_today: bool
    longest: int
    today: date
    message: str
