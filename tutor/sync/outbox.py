"""Which local events go to the hub: the ones this PC wrote, after what the hub acknowledged.

"This PC" is the current device id and any retired ones (a database restored from a
backup mints a new device id; events the old id wrote before the restore may still be
unsent). Events pulled from other PCs keep their origin device id and seq, and are never
pushed: every query here reads only rows with ``origin_seq IS NULL`` (written here).
"""

from __future__ import annotations

import json
import sqlite3

from tutor.events import device_id as current_device_id
from tutor.sync.protocol import WireEvent


def own_device_ids(conn: sqlite3.Connection) -> list[str]:
    """Retired ids first (their events are older), the current id last."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'retired_device_ids'").fetchone()
    retired = [d for d in (row[0].split(",") if row else []) if d]
    current = current_device_id(conn)
    return [d for d in dict.fromkeys(retired) if d != current] + [current]


def first_seq(conn: sqlite3.Connection, device_id: str) -> int | None:
    row = conn.execute("SELECT MIN(seq) FROM events WHERE device_id = ? AND origin_seq IS NULL", (device_id,)).fetchone()
    return row[0]


def last_seq(conn: sqlite3.Connection, device_id: str) -> int:
    row = conn.execute("SELECT MAX(seq) FROM events WHERE device_id = ? AND origin_seq IS NULL", (device_id,)).fetchone()
    return row[0] or 0


def pending_count(conn: sqlite3.Connection, device_id: str, acked_through: int) -> int:
    return conn.execute("SELECT COUNT(*) FROM events WHERE device_id = ? AND seq > ? AND origin_seq IS NULL",
                        (device_id, acked_through)).fetchone()[0]


def read_batch(conn: sqlite3.Connection, device_id: str, acked_through: int, limit: int) -> list[WireEvent]:
    """The next ``limit`` events of ``device_id`` after ``acked_through``, chained by prev_seq."""
    rows = conn.execute(
        "SELECT seq, event_id, learner_id, kind, schema_ver, device_time, clock_epoch, payload"
        " FROM events WHERE device_id = ? AND seq > ? AND origin_seq IS NULL ORDER BY seq LIMIT ?",
        (device_id, acked_through, limit)).fetchall()
    batch: list[WireEvent] = []
    prev = acked_through
    for r in rows:
        batch.append(WireEvent(
            seq=r[0], prev_seq=prev, event_id=r[1], learner_id=r[2], kind=r[3], schema_ver=r[4],
            device_time=r[5], clock_epoch=r[6], payload=json.loads(r[7])))
        prev = r[0]
    return batch
