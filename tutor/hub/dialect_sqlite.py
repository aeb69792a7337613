"""SQLite for the hub: one file, one connection, request threads take turns.

The default for a teacher's laptop or a commune PC. A lock guards the one connection and
every write transaction is BEGIN IMMEDIATE, so writes never interleave and a second hub
process on the same file waits (busy timeout) instead of failing: SQLite needs no row locks.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

SQLITE_CACHE_KIB = 64 * 1024
# Well under SQLite's bound-parameter limit (999 before 3.32, on some builds still).
MAX_PARAMS = 900


@lru_cache(maxsize=1024)
def _marks(sql: str) -> str:
    """The storage writes ``%s``; sqlite3 takes ``?``."""
    return sql.replace("%s", "?")


class _Handle:
    __slots__ = ("conn",)

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, params: Any = None) -> sqlite3.Cursor:
        return self.conn.execute(_marks(sql), () if params is None else params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        return self.conn.executemany(_marks(sql), rows).rowcount


class SqliteDialect:
    name = "sqlite"
    row_locks = False
    max_params = MAX_PARAMS
    ddl_types = {"int64": "INTEGER", "float": "REAL", "bool": "INTEGER", "false": "0",
                 "hub_seq": "INTEGER PRIMARY KEY AUTOINCREMENT"}

    def __init__(self, path: Path | str):
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.execute("PRAGMA foreign_keys = ON")
        # A hub file grows to gigabytes; with SQLite's 2 MB default page cache every insert into
        # the event indexes reads pages back from the OS (issue 21: push fell to 0.57x at 10^6 events).
        self._conn.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        self._handle = _Handle(self._conn)

    @contextmanager
    def write(self) -> Iterator[_Handle]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._handle
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # BEGIN IMMEDIATE also fixes one moment for the reads: no writer, in this process or another, gets in.
    snapshot = write

    @contextmanager
    def read(self) -> Iterator[_Handle]:
        with self._lock:
            yield self._handle

    def any_of(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        if not values:
            return "1 = 0", []
        return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)

    def insert_events(self, c: _Handle, site_id: str, device_id: str, received_at: str,
                      rows: Sequence[tuple[Any, ...]]) -> int:
        return c.executemany(
            "INSERT INTO events(site_id, device_id, seq, prev_seq, event_id, learner_id, kind, schema_ver,"
            " device_time, corrected_time, clock_epoch, payload, received_at)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            [(site_id, device_id, *row, received_at) for row in rows])

    def chain_walk(self, c: _Handle, device_id: str, start: int) -> int:
        acked = start
        while True:
            # Not MIN(seq) in SQL: SQLite would answer it by scanning the (device_id, seq) index.
            found = c.execute("SELECT seq FROM events WHERE device_id = %s AND prev_seq = %s",
                              (device_id, acked)).fetchall()
            if not found:
                return acked
            acked = min(r["seq"] for r in found)

    def lock_schema(self, c: _Handle) -> None:
        """BEGIN IMMEDIATE already holds the file's write lock."""

    def table_exists(self, c: _Handle, table: str) -> bool:
        return c.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s",
                         (table,)).fetchone() is not None

    def close(self) -> None:
        with self._lock:
            self._conn.close()
