"""What the one SQL hub storage (tutor.hub.storage_sql) needs from a database: a dialect.

The storage writes every statement once, with ``%s`` parameters and SQL both back-ends
speak (``ON CONFLICT``, ``NOT relay``, ``excluded``). A dialect supplies only what really
differs: how connections and transactions work, row locks, how a list parameter is
written, the one-statement batch insert of events, the chain walk, DDL type names and the
schema lock. tutor.hub.dialect_sqlite and tutor.hub.dialect_postgres are the two.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

# An event row as the storage hands it to insert_events, in this column order.
EVENT_COLUMNS = ("seq", "prev_seq", "event_id", "learner_id", "kind", "schema_ver", "device_time",
                 "corrected_time", "clock_epoch", "payload")


class Handle(Protocol):
    """One connection inside one transaction; rows read by column name (``row["name"]``)."""

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None) -> Any: ...
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        """Runs ``sql`` once per row; returns the rows it changed."""


class Dialect(Protocol):
    name: str               # "sqlite" or "postgres": keys the per-dialect DDL in tutor.hub.migrations
    row_locks: bool         # SELECT ... FOR UPDATE exists (PostgreSQL); SQLite writers take turns whole
    max_params: int         # bound parameters one statement may carry
    ddl_types: Mapping[str, str]  # the {int64}, {float}, {bool}, {false}, {hub_seq} of migration DDL

    def write(self) -> AbstractContextManager[Handle]:
        """A read-write transaction: committed when the block ends, rolled back when it raises."""
    def read(self) -> AbstractContextManager[Handle]:
        """One or a few reads that need no snapshot."""
    def snapshot(self) -> AbstractContextManager[Handle]:
        """Reads that must agree with each other (one moment of the database)."""
    def any_of(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        """``column`` equals one of ``values``: the SQL and its parameters."""
    def insert_events(self, c: Handle, site_id: str, device_id: str, received_at: str,
                      rows: Sequence[tuple[Any, ...]]) -> int:
        """Insert-or-ignore event rows (EVENT_COLUMNS); returns how many were new."""
    def chain_walk(self, c: Handle, device_id: str, start: int) -> int:
        """Follow the device's stored prev_seq chain from ``start`` as far as it goes unbroken."""
    def lock_schema(self, c: Handle) -> None:
        """Make other hub processes wait while this transaction changes the schema."""
    def table_exists(self, c: Handle, table: str) -> bool: ...
    def close(self) -> None: ...
