"""Moving events between two test workspaces the way a sync pull does (no hub needed)."""

from __future__ import annotations

import json

from tutor.store.db import transaction
from tutor.sync.apply import insert_pulled, rebuild_learner


def wire_events(ws, where: str = "1", args: tuple = ()) -> list[dict]:
    rows = ws.conn.execute(
        "SELECT seq, event_id, device_id, learner_id, kind, schema_ver, device_time, clock_epoch, payload"
        f" FROM events WHERE {where} ORDER BY seq", args).fetchall()
    return [{"seq": r["seq"], "event_id": r["event_id"], "device_id": r["device_id"], "learner_id": r["learner_id"],
             "kind": r["kind"], "schema_ver": r["schema_ver"], "device_time": r["device_time"],
             "clock_epoch": r["clock_epoch"], "payload": json.loads(r["payload"])} for r in rows]


def pull(source, target, learner_ids) -> int:
    """What the sync engine does for each roster learner: their events, then their profile row."""
    added = 0
    with transaction(target.conn):
        for learner_id in learner_ids:
            added += insert_pulled(target.conn, wire_events(source, "learner_id = ?", (learner_id,)))
            rebuild_learner(target.conn, learner_id, "2026-11-01T00:00:00.000+00:00")
    return added
