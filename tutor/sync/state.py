"""Where this PC keeps its hub connection: rows in the existing ``meta`` table (no migration).

Keys: sync.hub_url, sync.token, sync.site_id, sync.site_name, sync.hub_key (the hub's
public key, pinned at enrollment), sync.acked (JSON
{device_id: acked_through}), sync.pulled (JSON {learner_id: hub cursor}),
sync.clock_offset_s (hub time minus this PC's clock at the latest hello),
sync.last_success_at (this PC's clock when a round last completed), sync.rebuild
(JSON list of learners whose pulled history is in the log but whose progress has not
been recomputed yet: a round cut between the two finishes the job next time).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tutor.clock import from_iso, to_iso
from tutor.store.db import transaction


@dataclass(frozen=True)
class HubLink:
    hub_url: str
    token: str
    site_id: str
    site_name: str
    hub_key: str | None = None   # the hub's public key, pinned at enrollment (tutor.sync.signing)


def meta_value(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta_value(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value))


def hub_link(conn: sqlite3.Connection) -> HubLink | None:
    url, token = meta_value(conn, "sync.hub_url"), meta_value(conn, "sync.token")
    if not url or not token:
        return None
    return HubLink(url, token, meta_value(conn, "sync.site_id") or "", meta_value(conn, "sync.site_name") or "",
                   meta_value(conn, "sync.hub_key") or None)


def pin_hub_key(conn: sqlite3.Connection, hub_key: str) -> None:
    """A link made before hubs signed their answers learns the key at its next hello, once."""
    with transaction(conn):
        if not meta_value(conn, "sync.hub_key"):
            set_meta_value(conn, "sync.hub_key", hub_key)


def save_hub_link(conn: sqlite3.Connection, link: HubLink) -> None:
    with transaction(conn):
        set_meta_value(conn, "sync.hub_url", link.hub_url)
        set_meta_value(conn, "sync.token", link.token)
        set_meta_value(conn, "sync.site_id", link.site_id)
        set_meta_value(conn, "sync.site_name", link.site_name)
        conn.execute("DELETE FROM meta WHERE key = 'sync.hub_key'")
        if link.hub_key:
            set_meta_value(conn, "sync.hub_key", link.hub_key)
        # A new hub has acknowledged nothing yet, and this PC has never synced with it.
        conn.execute("DELETE FROM meta WHERE key IN ('sync.acked', 'sync.pulled', 'sync.last_success_at')")


def _json_map(conn: sqlite3.Connection, key: str) -> dict[str, Any]:
    try:
        value = json.loads(meta_value(conn, key) or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def acked_map(conn: sqlite3.Connection) -> dict[str, int]:
    return {k: int(v) for k, v in _json_map(conn, "sync.acked").items() if isinstance(v, int)}


def save_acked(conn: sqlite3.Connection, device_id: str, acked_through: int) -> None:
    with transaction(conn):
        current = acked_map(conn)
        current[device_id] = acked_through
        set_meta_value(conn, "sync.acked", json.dumps(current))


def pull_cursors(conn: sqlite3.Connection) -> dict[str, int]:
    return {k: int(v) for k, v in _json_map(conn, "sync.pulled").items() if isinstance(v, int)}


def save_pull_cursor(conn: sqlite3.Connection, learner_id: str, cursor: int) -> None:
    """Called inside the transaction that applied the page, so cursor and events move together."""
    current = pull_cursors(conn)
    current[learner_id] = cursor
    set_meta_value(conn, "sync.pulled", json.dumps(current))


def clock_offset_s(conn: sqlite3.Connection) -> float:
    """Hub time minus this PC's clock, from the latest hello (0 before the first one)."""
    try:
        return float(meta_value(conn, "sync.clock_offset_s") or 0.0)
    except ValueError:
        return 0.0


def save_clock_offset(conn: sqlite3.Connection, offset_s: float) -> None:
    with transaction(conn):
        set_meta_value(conn, "sync.clock_offset_s", repr(float(offset_s)))


def last_success_at(conn: sqlite3.Connection) -> datetime | None:
    text = meta_value(conn, "sync.last_success_at")
    try:
        return from_iso(text) if text else None
    except ValueError:
        return None


def save_success(conn: sqlite3.Connection, at: datetime) -> None:
    with transaction(conn):
        set_meta_value(conn, "sync.last_success_at", to_iso(at))


def rebuild_pending(conn: sqlite3.Connection) -> list[str]:
    try:
        value = json.loads(meta_value(conn, "sync.rebuild") or "[]")
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def add_rebuild_pending(conn: sqlite3.Connection, learner_id: str) -> None:
    """Called inside the transaction that applied pulled events for the learner."""
    pending = rebuild_pending(conn)
    if learner_id not in pending:
        set_meta_value(conn, "sync.rebuild", json.dumps([*pending, learner_id]))


def clear_rebuild_pending(conn: sqlite3.Connection, learner_id: str) -> None:
    """Called inside the transaction that recomputed the learner's progress."""
    set_meta_value(conn, "sync.rebuild", json.dumps([v for v in rebuild_pending(conn) if v != learner_id]))
