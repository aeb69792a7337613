"""Expected failures of the teacher area: English for logs, short Vietnamese for people."""

from __future__ import annotations

from tutor.errors import TutorError, locked_message


class TeacherError(TutorError):
    """Base: nothing was stored when one of these is raised."""


class NotLoggedIn(TeacherError):
    def __init__(self) -> None:
        super().__init__("no valid teacher session", "Hãy đăng nhập lại bằng tài khoản giáo viên.")


class WrongPassword(TeacherError):
    def __init__(self, tries_left: int):
        super().__init__(
            f"wrong teacher user name or password, {tries_left} tries left",
            f"Tên đăng nhập hoặc mật khẩu chưa đúng. Còn {tries_left} lần thử."
            if tries_left > 0 else "Tên đăng nhập hoặc mật khẩu chưa đúng.",
        )
        self.tries_left = tries_left


class TeacherLocked(TeacherError):
    def __init__(self, seconds_left: int):
        super().__init__(f"teacher account locked for {seconds_left}s", locked_message(seconds_left))
        self.seconds_left = seconds_left


class UnknownTeacherItem(TeacherError):
    """A class, assignment, learner or teacher id that does not exist here."""


class CsvRefused(TeacherError):
    """The whole CSV file was refused (encoding, size, no name column); nothing was imported."""


class CarryError(TeacherError):
    """A bundle could not be carried or written (disk full, stick removed)."""
