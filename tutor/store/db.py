"""Opening the SQLite database with the settings every connection needs.

synchronous=FULL in WAL mode fsyncs the WAL at every commit, so a transaction
that returned to the caller (and so was shown to the learner) survives a power
cut. NORMAL would be faster but may lose the last commits on power loss.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from tutor.store.migrations import apply_migrations, refuse_newer_schema

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection with our pragmas but no migrations (used for checks and backups)."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_db(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the tutor database.

    The connection is in autocommit mode: callers group writes with
    :func:`transaction`. It may be used only on the thread that opened it.
    """
    conn = connect(path)
    refuse_newer_schema(conn)
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        log.warning("journal_mode is %s, not WAL (file system without shared memory?)", mode)
    conn.execute("PRAGMA synchronous = FULL")
    apply_migrations(conn)
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception.

    IMMEDIATE takes the write lock at the start so two writers never deadlock
    half-way through (the "database is locked" trap on shared PCs).
    """
    if conn.in_transaction:
        # Nested use joins the outer transaction: one commit for the whole operation.
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
