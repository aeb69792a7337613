"""Expected failures of the progress core, each with a short Vietnamese message for people."""

from __future__ import annotations

from tutor.errors import TutorError


class ProgressError(TutorError):
    """Base: nothing was stored when one of these is raised."""


class InvalidResponse(ProgressError):
    """The learner's answer has the wrong shape (e.g. nothing chosen); ask again, store nothing."""


class UnknownItem(ProgressError):
    """A learner, lesson, question, section or test id that does not exist."""


class LevelLocked(ProgressError):
    def __init__(self, level: int):
        super().__init__(
            f"level {level} is not open for this learner",
            f"Cấp độ {level} chưa mở. Hãy hoàn thành bài kiểm tra của cấp trước, "
            "hoặc nhờ giáo viên mở giúp.",
        )
        self.level = level
