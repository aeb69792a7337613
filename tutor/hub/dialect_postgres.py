"""PostgreSQL for the hub (psycopg 3): district and province hubs, several hub processes on
one database.

Every transaction runs on a pooled connection (psycopg_pool). What makes several processes
correct at once is written in the storage (tutor.hub.storage_sql) as row locks that only
this dialect takes (``row_locks``): batches of one site are serialised by a lock on the
site row, so the contiguous-ack walk never races and ``hub_seq`` (an identity with CACHE 1,
so numbers are handed out in call order) grows in COMMIT order within a site; pulls page a
learner's history by hub_seq and could otherwise step past an event committed late.
Schema changes run under a transaction-scoped advisory lock: hub processes starting
together wait for one another instead of applying a migration twice.

The URL is a libpq URL (``postgresql://user:password@host:port/dbname?options=...``); the
pool size comes from ``?pool_max=N`` (default 10 connections per hub process).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

DEFAULT_POOL_MAX = 10
MIGRATION_LOCK_KEY = 0x7475746F72687562  # "tutorhub": one advisory lock id for schema changes

# One statement stores a whole batch: arrays in, rows out in seq order, conflicts skipped.
_INSERT_BATCH = """
    INSERT INTO events(site_id, device_id, seq, prev_seq, event_id, learner_id, kind, schema_ver,
                       device_time, corrected_time, clock_epoch, payload, received_at)
    SELECT %s, %s, b.seq, b.prev_seq, b.event_id, b.learner_id, b.kind, b.schema_ver,
           b.device_time, b.corrected_time, b.clock_epoch, b.payload, %s
    FROM unnest(%s::bigint[], %s::bigint[], %s::text[], %s::text[], %s::text[],
                %s::bigint[], %s::text[], %s::text[], %s::bigint[], %s::text[])
         AS b(seq, prev_seq, event_id, learner_id, kind, schema_ver, device_time, corrected_time,
              clock_epoch, payload)
    ORDER BY b.seq
    ON CONFLICT DO NOTHING"""

# The end of the unbroken prev_seq chain from a point, in one round trip: only where stored
# events run on past what a batch predicted (a gap it filled).
_CHAIN_END = """
    WITH RECURSIVE chain(seq) AS (
        SELECT %(acked)s::bigint
        UNION ALL
        SELECT (SELECT MIN(e.seq) FROM events e WHERE e.device_id = %(device)s AND e.prev_seq = chain.seq)
        FROM chain WHERE chain.seq IS NOT NULL
    )
    SELECT MAX(seq) AS seq FROM chain"""


class _Handle:
    __slots__ = ("conn",)

    def __init__(self, conn: psycopg.Connection):
        self.conn = conn

    def execute(self, sql: str, params: Any = None) -> psycopg.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        if not rows:
            return 0
        with self.conn.cursor() as cur:  # psycopg keeps executemany on cursors
            cur.executemany(sql, rows)
            return cur.rowcount


def pool_settings(url: str) -> tuple[str, int]:
    """The libpq URL without our own ``pool_max`` parameter, and the pool size."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    pool_max = DEFAULT_POOL_MAX
    kept = []
    for key, value in query:
        if key == "pool_max":
            try:
                pool_max = max(1, int(value))
            except ValueError:
                raise ValueError(f"pool_max must be a whole number, not {value!r}") from None
        else:
            kept.append((key, value))
    return urlunsplit(parts._replace(query=urlencode(kept))), pool_max


def redacted(url: str) -> str:
    """The URL without its password, for error messages and logs."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


class PostgresDialect:
    name = "postgres"
    row_locks = True
    max_params = 30_000   # lists travel as one array parameter anyway (any_of)
    ddl_types = {"int64": "BIGINT", "float": "DOUBLE PRECISION", "bool": "BOOLEAN", "false": "FALSE",
                 # CACHE 1: numbers are handed out in call order across sessions (see the module docstring).
                 "hub_seq": "BIGINT GENERATED ALWAYS AS IDENTITY (CACHE 1) PRIMARY KEY"}

    def __init__(self, url: str, connect_timeout_s: float = 30.0):
        conninfo, pool_max = pool_settings(url)
        try:  # one plain connection first: a wrong address or password fails now, with libpq's reason
            psycopg.connect(conninfo, connect_timeout=int(connect_timeout_s)).close()
        except psycopg.Error as exc:
            raise ConnectionError(f"cannot connect to PostgreSQL at {redacted(url)}: {exc}".strip()) from exc
        self._pool = ConnectionPool(conninfo, min_size=1, max_size=pool_max, open=False,
                                    kwargs={"row_factory": dict_row}, name="tutor-hub")
        self._pool.open()
        try:
            self._pool.wait(timeout=connect_timeout_s)
        except PoolTimeout as exc:
            self._pool.close()
            raise ConnectionError(f"cannot connect to PostgreSQL at {redacted(url)}") from exc

    @contextmanager
    def write(self) -> Iterator[_Handle]:
        with self._pool.connection() as conn:  # commits when the block ends, rolls back when it raises
            yield _Handle(conn)

    read = write

    @contextmanager
    def snapshot(self) -> Iterator[_Handle]:
        with self._pool.connection() as conn:
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield _Handle(conn)

    def any_of(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        if not values:
            return "1 = 0", []
        # A typed array: the planner then probes the column's index with its own type (an int4[]
        # psycopg would pick for small numbers makes a cross-type plan that slowed pushes twofold).
        element = "bigint" if all(isinstance(v, int) for v in values) else "text"
        return f"{column} = ANY(%s::{element}[])", [list(values)]

    def insert_events(self, c: _Handle, site_id: str, device_id: str, received_at: str,
                      rows: Sequence[tuple[Any, ...]]) -> int:
        columns = [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(10)]
        return c.execute(_INSERT_BATCH, (site_id, device_id, received_at, *columns)).rowcount

    def chain_walk(self, c: _Handle, device_id: str, start: int) -> int:
        return c.execute(_CHAIN_END, {"acked": start, "device": device_id}).fetchone()["seq"]

    def lock_schema(self, c: _Handle) -> None:
        c.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))

    def table_exists(self, c: _Handle, table: str) -> bool:
        return c.execute("SELECT to_regclass(%s) AS found", (table,)).fetchone()["found"] is not None

    def close(self) -> None:
        self._pool.close()
