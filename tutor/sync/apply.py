"""Pulled events into the local store: the event log first, then the learner profile rebuilt from it.

Pulled events keep their origin device id, origin seq and the hub's corrected time
(migration 6). A non-NULL ``origin_seq`` is what marks a row as pulled: the outbox
reads only rows where it is NULL, so a pulled event is never sent back, even one that
carries a device id this database once used (a stale copy whose twin went on writing).
They also get a local seq, because the column is this database's own counter.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from tutor.sync.protocol import PROFILE_KINDS


def insert_pulled(conn: sqlite3.Connection, events: Iterable[dict[str, Any]]) -> int:
    """Insert-or-ignore on event_id (our own events come back in a history too). Returns rows added."""
    added = 0
    for e in events:
        origin_seq = e["seq"]
        if isinstance(origin_seq, bool) or not isinstance(origin_seq, int) or origin_seq < 1:
            raise ValueError(f"pulled event {e.get('event_id')!r} has no valid origin seq")
        corrected = e.get("corrected_time")
        cur = conn.execute(
            "INSERT OR IGNORE INTO events(event_id, device_id, learner_id, kind, schema_ver, device_time,"
            " clock_epoch, payload, origin_seq, corrected_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (e["event_id"], e["device_id"], e["learner_id"], e["kind"], int(e["schema_ver"]),
             e["device_time"], int(e["clock_epoch"]),
             json.dumps(e["payload"], ensure_ascii=False, separators=(",", ":")),
             origin_seq, corrected if isinstance(corrected, str) else None))
        added += cur.rowcount
    return added


def rebuild_learner(conn: sqlite3.Connection, learner_id: str, created_at: str) -> bool:
    """Create or refresh the learners row from the profile events in the log. True if one exists."""
    marks = ",".join("?" * len(PROFILE_KINDS))
    rows = conn.execute(
        f"SELECT kind, payload FROM events WHERE learner_id = ? AND kind IN ({marks}) ORDER BY seq",
        (learner_id, *PROFILE_KINDS)).fetchall()
    name = icon = None
    group = age_band = None
    pin_hash = pin_salt = None
    for kind, payload_text in rows:
        payload = json.loads(payload_text)
        if kind in ("learner_created", "learner_renamed"):
            name = payload.get("display_name") or name
            icon = payload.get("icon") or icon
            group = payload["group"] if "group" in payload else group
            age_band = payload["age_band"] if "age_band" in payload else age_band
        elif payload.get("pin_set") and not payload.get("pin_hash"):
            # The learner has a PIN whose (first-release) hash the hub keeps to itself: it cannot be
            # checked here, and the profile must not open without one. A teacher sets a new PIN.
            pin_hash = pin_salt = b""
        else:
            pin_hash = bytes.fromhex(payload["pin_hash"]) if payload.get("pin_hash") else None
            pin_salt = bytes.fromhex(payload["pin_salt"]) if payload.get("pin_salt") else None
    if not name:
        return False
    conn.execute(
        "INSERT INTO learners(learner_id, display_name, icon, pin_hash, pin_salt, created_at, learner_group,"
        " age_band) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(learner_id) DO UPDATE SET"
        " display_name = excluded.display_name, icon = excluded.icon, pin_hash = excluded.pin_hash,"
        " pin_salt = excluded.pin_salt, learner_group = excluded.learner_group, age_band = excluded.age_band",
        (learner_id, name, icon or "", pin_hash, pin_salt, created_at, _known(group), _known(age_band)))
    return True


def local_learner_ids(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT learner_id FROM learners")}


def _known(code: object) -> str | None:
    """A group or age band code this app knows, else None (a newer PC's code is not guessed at)."""
    from tutor.learner_groups import AGE_BANDS, GROUPS
    return code if isinstance(code, str) and (code in GROUPS or code in AGE_BANDS) else None
