"""Telling a damaged database from a PC that cannot read or write it right now.

A full disk, a pulled USB stick, a file another program holds: SQLite reports
these as errors too, but the file is fine. Treating them as damage moved healthy
databases aside and started people on an empty one. These are "resource" errors:
the app says what to do and touches nothing.
"""

from __future__ import annotations

import enum
import errno
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tutor.errors import TutorError

# Primary SQLite result codes (sqlite3.h) that say "the PC cannot do this now", never "the file is bad".
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_NOMEM, _SQLITE_READONLY = 3, 5, 6, 7, 8
_SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_PROTOCOL = 10, 13, 14, 15
_RESOURCE_CODES = {_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_NOMEM, _SQLITE_READONLY,
                   _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_PROTOCOL}
# Python builds older than 3.11 carry no code: fall back on SQLite's fixed messages.
_RESOURCE_TEXTS = ("disk is full", "disk i/o error", "database is locked", "database table is locked",
                   "unable to open database", "out of memory", "readonly database", "access permission")

# Room a start needs beyond the database itself: the WAL, today's backup, the log.
MARGIN_BYTES = 50 * 1024 * 1024


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def is_damage_error(exc: BaseException) -> bool:
    """True when SQLite says the file itself is bad (corrupt, or not a database)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = _sqlite_code(exc)
    if code is not None:
        return code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def is_resource_error(exc: BaseException) -> bool:
    """True when ``exc`` says the disk or the file is unavailable, not that the data is damaged."""
    if isinstance(exc, OSError):
        return True
    if not isinstance(exc, sqlite3.Error):
        return False
    code = _sqlite_code(exc)
    if code is not None:
        return code in _RESOURCE_CODES
    text = str(exc).lower()
    return any(part in text for part in _RESOURCE_TEXTS)


_STORAGE_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EIO, errno.EROFS}


def is_storage_failure(exc: BaseException) -> bool:
    """Narrower than is_resource_error for work after start-up: an OSError counts only when
    the disk itself failed (a missing file the person picked is not a storage failure)."""
    if isinstance(exc, OSError):
        return exc.errno in _STORAGE_ERRNOS
    return is_resource_error(exc)


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return _sqlite_code(exc) == _SQLITE_FULL or "disk is full" in str(exc).lower()


def _low_on_space(exc: BaseException, root: Path) -> bool:
    """SQLite often reports a full disk as "disk I/O error" (the WAL index cannot grow):
    an I/O error on a disk with almost no room left is taken as a full disk."""
    if is_disk_full(exc):
        return True
    if _sqlite_code(exc) != _SQLITE_IOERR and not isinstance(exc, OSError) and "i/o" not in str(exc).lower():
        return False
    try:
        return shutil.disk_usage(root).free < MARGIN_BYTES
    except OSError:
        return False


def _is_locked(exc: BaseException) -> bool:
    return _sqlite_code(exc) in (_SQLITE_BUSY, _SQLITE_LOCKED) or "is locked" in str(exc).lower()


def bytes_to_free(root: Path, database: Path) -> int:
    """How much more free space the data folder needs: the database's size plus a margin,
    less what is free now (at least 1 MB, since something just failed to fit)."""
    used = sum(p.stat().st_size for p in (database, Path(f"{database}-wal")) if p.exists())
    try:
        free = shutil.disk_usage(root).free
    except OSError:
        free = 0
    return max(used + MARGIN_BYTES - free, 1024 * 1024)


def megabytes(n_bytes: int) -> int:
    return max(1, -(-n_bytes // (1024 * 1024)))


class StorageUnavailable(TutorError):
    """The database could not be read or written for a reason outside the file: nothing was moved."""

    def __init__(self, log_message: str, user_message: str | None = None, disk_full: bool = False, *,
                 code: str | None = None, params: dict | None = None):
        super().__init__(log_message, user_message, code=code, params=params)
        self.disk_full = disk_full


class Moment(enum.Enum):
    """When the storage failed: the words of the log line and the message code differ."""

    STARTUP = "startup"
    SAVING = "saving"


@dataclass(frozen=True)
class _Wording:
    disk_full: str  # formatted with exc, need and root
    locked: str
    other: str
    codes: tuple[str, str, str]  # disk full, locked, other


_WORDING = {
    Moment.STARTUP: _Wording(
        "disk full at start-up ({exc}); {need} MB more needed in {root}",
        "database locked at start-up: {exc}",
        "database unreadable at start-up (not damage): {exc}",
        ("storage.startup_disk_full", "storage.startup_locked", "storage.startup_unreadable"),
    ),
    # While someone is learning: the last step was not kept.
    Moment.SAVING: _Wording(
        "disk full while saving ({exc}); {need} MB more needed",
        "database locked while saving: {exc}",
        "storage error while saving: {exc}",
        ("storage.save_disk_full", "storage.save_busy", "storage.save_failed"),
    ),
}


def storage_problem(exc: BaseException, root: Path, database: Path, moment: Moment) -> StorageUnavailable:
    """The error to raise when a resource error met the database at ``moment``."""
    wording = _WORDING[moment]
    full_code, locked_code, other_code = wording.codes
    if _low_on_space(exc, root):
        need = megabytes(bytes_to_free(root, database))
        return StorageUnavailable(
            wording.disk_full.format(exc=exc, need=need, root=root),
            code=full_code, params={"need": need}, disk_full=True,
        )
    if _is_locked(exc):
        return StorageUnavailable(wording.locked.format(exc=exc), code=locked_code)
    return StorageUnavailable(wording.other.format(exc=exc), code=other_code)
