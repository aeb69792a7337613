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
            code="progress.level_locked", params={"level": level},
        )
        self.level = level
