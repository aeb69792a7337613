"""One function words a storage problem for the moment it happened: start-up or saving.
The log lines and message codes are the ones the two separate functions gave."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from tutor.store import storage_errors
from tutor.store.storage_errors import Moment, storage_problem


def _sqlite_error(text: str, code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code
    return exc


@pytest.fixture
def data(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    database = tmp_path / "tutor.sqlite"
    database.write_bytes(b"x" * 1000)
    # A roomy disk, so that only a real "disk is full" counts as full.
    monkeypatch.setattr(storage_errors.shutil, "disk_usage",
                        lambda root: type("U", (), {"free": 10 * storage_errors.MARGIN_BYTES})())
    return tmp_path, database


FULL = OSError(errno.ENOSPC, "No space left on device")
LOCKED = _sqlite_error("database is locked", 5)
OTHER = _sqlite_error("unable to open database file", 14)


@pytest.mark.parametrize(("moment", "exc", "log", "code"), [
    (Moment.STARTUP, FULL, "disk full at start-up ({exc}); 1 MB more needed in {root}", "storage.startup_disk_full"),
    (Moment.STARTUP, LOCKED, "database locked at start-up: {exc}", "storage.startup_locked"),
    (Moment.STARTUP, OTHER, "database unreadable at start-up (not damage): {exc}", "storage.startup_unreadable"),
    (Moment.SAVING, FULL, "disk full while saving ({exc}); 1 MB more needed", "storage.save_disk_full"),
    (Moment.SAVING, LOCKED, "database locked while saving: {exc}", "storage.save_busy"),
    (Moment.SAVING, OTHER, "storage error while saving: {exc}", "storage.save_failed"),
])
def test_each_moment_keeps_its_words_and_codes(data, moment, exc, log, code):
    root, database = data
    problem = storage_problem(exc, root, database, moment)
    assert problem.log_message == log.format(exc=exc, root=root)
    assert problem.code == code
    assert problem.disk_full is (exc is FULL)
    if exc is FULL:
        assert problem.params == {"need": 1}
