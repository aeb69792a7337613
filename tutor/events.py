"""The append-only progress event log (the outbox that sync sends).

Callers append inside the same transaction as the derived rows they update,
so an event and its projection are written together or not at all.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from tutor.clock import Clock, to_iso
from tutor.clock_epochs import current_epoch
from tutor.ids import new_device_id, new_event_id
from tutor.store.db import transaction

EVENT_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Event:
    seq: int
    event_id: str
    device_id: str
    learner_id: str | None
    kind: str
    schema_ver: int
    device_time: str
    clock_epoch: int
    payload: dict[str, Any]


def device_id(conn: sqlite3.Connection) -> str:
    """This database's device id, minted on first use."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    if row:
        return row[0]
    minted = new_device_id()
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('device_id', ?)", (minted,))
    return conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0]


def mint_new_device_id(conn: sqlite3.Connection) -> None:
    """Start a new line of events: a restored or copied database must never reuse sequence
    numbers the hub may already hold. The old id is retired (its unsent events still go)."""
    with transaction(conn):
        old = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
        if old:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('retired_device_ids', ?)"
                " ON CONFLICT(key) DO UPDATE SET value = value || ',' || excluded.value",
                (old[0],),
            )
            conn.execute("DELETE FROM meta WHERE key = 'device_id'")
        device_id(conn)


def append_event(
    conn: sqlite3.Connection,
    clock: Clock,
    kind: str,
    learner_id: str | None,
    payload: dict[str, Any],
) -> int:
    """Append one event; must be called inside a transaction. Returns its seq."""
    if not conn.in_transaction:
        raise RuntimeError("append_event must run inside the caller's transaction")
    epoch = current_epoch(conn, clock)
    now = clock.now()
    cur = conn.execute(
        "INSERT INTO events(event_id, device_id, learner_id, kind, schema_ver, device_time,"
        " clock_epoch, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new_event_id(int(now.timestamp() * 1000)),
            device_id(conn),
            learner_id,
            kind,
            EVENT_SCHEMA_VERSION,
            to_iso(now),
            epoch,
            json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
        ),
    )
    return int(cur.lastrowid)


def events_for(conn: sqlite3.Connection, learner_id: str) -> list[Event]:
    rows = conn.execute(
        "SELECT * FROM events WHERE learner_id = ? ORDER BY seq", (learner_id,)
    ).fetchall()
    return [
        Event(
            seq=r["seq"], event_id=r["event_id"], device_id=r["device_id"],
            learner_id=r["learner_id"], kind=r["kind"], schema_ver=r["schema_ver"],
            device_time=r["device_time"], clock_epoch=r["clock_epoch"],
            payload=json.loads(r["payload"]),
        )
        for r in rows
    ]
