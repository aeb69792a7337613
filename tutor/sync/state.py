"""Where this PC keeps its hub connection: rows in the existing ``meta`` table (no migration).

Keys: sync.hub_url, sync.token, sync.site_id, sync.site_name, sync.acked (JSON
{device_id: acked_through}), sync.pulled (JSON {learner_id: hub cursor}).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from tutor.store.db import transaction


@dataclass(frozen=True)
class HubLink:
    hub_url: str
    token: str
    site_id: str
    site_name: str


def _get(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _put(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value))


def hub_link(conn: sqlite3.Connection) -> HubLink | None:
    url, token = _get(conn, "sync.hub_url"), _get(conn, "sync.token")
    if not url or not token:
        return None
    return HubLink(url, token, _get(conn, "sync.site_id") or "", _get(conn, "sync.site_name") or "")


def save_hub_link(conn: sqlite3.Connection, link: HubLink) -> None:
    with transaction(conn):
        _put(conn, "sync.hub_url", link.hub_url)
        _put(conn, "sync.token", link.token)
        _put(conn, "sync.site_id", link.site_id)
        _put(conn, "sync.site_name", link.site_name)
        # A new hub has acknowledged nothing yet.
        conn.execute("DELETE FROM meta WHERE key IN ('sync.acked', 'sync.pulled')")


def _json_map(conn: sqlite3.Connection, key: str) -> dict[str, Any]:
    try:
        value = json.loads(_get(conn, key) or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def acked_map(conn: sqlite3.Connection) -> dict[str, int]:
    return {k: int(v) for k, v in _json_map(conn, "sync.acked").items() if isinstance(v, int)}


def save_acked(conn: sqlite3.Connection, device_id: str, acked_through: int) -> None:
    with transaction(conn):
        current = acked_map(conn)
        current[device_id] = acked_through
        _put(conn, "sync.acked", json.dumps(current))


def pull_cursors(conn: sqlite3.Connection) -> dict[str, int]:
    return {k: int(v) for k, v in _json_map(conn, "sync.pulled").items() if isinstance(v, int)}


def save_pull_cursor(conn: sqlite3.Connection, learner_id: str, cursor: int) -> None:
    """Called inside the transaction that applied the page, so cursor and events move together."""
    current = pull_cursors(conn)
    current[learner_id] = cursor
    _put(conn, "sync.pulled", json.dumps(current))
