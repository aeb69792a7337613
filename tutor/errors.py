"""Error types that carry a message for people and one for logs.

Users read Vietnamese; logs and the CLI use English. Every error a learner can
meet carries both so the UI never has to translate an exception text.
"""


class TutorError(Exception):
    """Base for expected failures: the app shows ``user_message`` and goes on."""

    def __init__(self, log_message: str, user_message: str | None = None):
        super().__init__(log_message)
        self.log_message = log_message
        self.user_message = user_message or "Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn."


class DatabaseRecovered(TutorError):
    """Raised never; used as the kind of a start-up notice."""


class ProfileError(TutorError):
    pass


class WrongPin(ProfileError):
    def __init__(self, tries_left: int):
        super().__init__(
            f"wrong PIN, {tries_left} tries left",
            f"Mã PIN chưa đúng. Bạn còn {tries_left} lần thử." if tries_left > 0
            else "Mã PIN chưa đúng.",
        )
        self.tries_left = tries_left


def locked_message(seconds_left: int) -> str:
    """What someone locked out after too many wrong tries reads (PIN or teacher password,
    tutor.lockout): the wait in whole minutes (at least one), in hours from two hours on
    (locks in a row grow up to a day)."""
    minutes = max(1, (seconds_left + 59) // 60)
    if minutes >= 120:
        return f"Nhập sai quá nhiều lần. Hãy đợi khoảng {(minutes + 59) // 60} giờ rồi thử lại."
    return f"Nhập sai quá nhiều lần. Hãy đợi {minutes} phút rồi thử lại."


class ProfileLocked(ProfileError):
    def __init__(self, seconds_left: int):
        super().__init__(f"profile locked for {seconds_left}s", locked_message(seconds_left))
        self.seconds_left = seconds_left
