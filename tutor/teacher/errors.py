"""Expected failures of the teacher area: English for logs, short Vietnamese for people."""

from __future__ import annotations

from tutor.errors import TutorError, locked_message_code


class TeacherError(TutorError):
    """Base: nothing was stored when one of these is raised."""


class NotLoggedIn(TeacherError):
    def __init__(self) -> None:
        super().__init__("no valid teacher session", code="teacher.not_logged_in")


class WrongPassword(TeacherError):
    def __init__(self, tries_left: int):
        super().__init__(
            f"wrong teacher user name or password, {tries_left} tries left",
            code="teacher.wrong_password_tries_left" if tries_left > 0 else "teacher.wrong_password",
            params={"tries": tries_left} if tries_left > 0 else None,
        )
        self.tries_left = tries_left


class TeacherLocked(TeacherError):
    def __init__(self, seconds_left: int):
        code, params = locked_message_code(seconds_left)
        super().__init__(f"teacher account locked for {seconds_left}s", code=code, params=params)
        self.seconds_left = seconds_left


class UnknownTeacherItem(TeacherError):
    """A class, assignment, learner or teacher id that does not exist here."""


class CsvRefused(TeacherError):
    """The whole CSV file was refused (encoding, size, no name column); nothing was imported."""


class CarryError(TeacherError):
    """A bundle could not be carried or written (disk full, stick removed)."""
