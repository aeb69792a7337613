"""Error types that carry a message for people and one for logs.

Users read Vietnamese; logs and the CLI use English. Every error a learner can
meet carries both so the UI never has to translate an exception text. An error built
from a catalogued message (tutor.messages) also keeps its ``code`` and ``params`` so the
UI can show it in the UI language.
"""

from tutor.messages import render


class TutorError(Exception):
    """Base for expected failures: the app shows ``user_message`` and goes on."""

    def __init__(self, log_message: str, user_message: str | None = None, *,
                 code: str | None = None, params: dict | None = None):
        super().__init__(log_message)
        self.log_message = log_message
        if user_message is None and code is None:
            code = "error.generic"
        self.code = code
        self.params = dict(params or {})
        self.user_message = user_message if user_message is not None else render(code, **self.params)


class DatabaseRecovered(TutorError):
    """Raised never; used as the kind of a start-up notice."""


class ProfileError(TutorError):
    pass


class WrongPin(ProfileError):
    def __init__(self, tries_left: int):
        super().__init__(
            f"wrong PIN, {tries_left} tries left",
            code="pin.wrong_tries_left" if tries_left > 0 else "pin.wrong",
            params={"tries": tries_left} if tries_left > 0 else None,
        )
        self.tries_left = tries_left


def locked_message(seconds_left: int) -> str:
    code, params = locked_message_code(seconds_left)
    return render(code, **params)


def locked_message_code(seconds_left: int) -> tuple[str, dict]:
    """What someone locked out after too many wrong tries reads (PIN or teacher password,
    tutor.lockout): the wait in whole minutes (at least one), in hours from two hours on
    (locks in a row grow up to a day)."""
    minutes = max(1, (seconds_left + 59) // 60)
    if minutes >= 120:
        return "lockout.hours", {"hours": (minutes + 59) // 60}
    return "lockout.minutes", {"minutes": minutes}


class ProfileLocked(ProfileError):
    def __init__(self, seconds_left: int):
        code, params = locked_message_code(seconds_left)
        super().__init__(f"profile locked for {seconds_left}s", code=code, params=params)
        self.seconds_left = seconds_left
