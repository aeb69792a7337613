"""Small values every piece of the hub's storage shares: the refusal it answers with, the
time format it stores, the text a database can hold, and how teacher and operator user
names compare. It sits below tutor.hub.storage and tutor.hub.operators, so the storage
interface can name the operator store without an import circle.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tutor.sync.protocol import WireError


class HubError(Exception):
    """An expected refusal; the app answers ``status`` with a JSON message."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="milliseconds")


def storable(*texts: str | None) -> None:
    """Refuse text a database cannot hold: NUL characters (PostgreSQL) and lone surrogates (UTF-8).

    JSON may carry both (\\u0000, \\ud800); refused here they are a 422, not a 500.
    """
    for text in texts:
        if text is None:
            continue
        if "\x00" in text:
            raise WireError("text must not contain NUL characters")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise WireError("text must be valid Unicode (no lone surrogates)") from None


def teacher_username_key(username: str) -> str:
    """How the PCs compare teacher user names (tutor.teacher.accounts.username_key)."""
    from tutor.teacher.accounts import username_key

    return username_key(username)
