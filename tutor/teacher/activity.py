"""Time a learner spent learning, estimated from the event log, and the last sync of their PC.

Time spent (seconds) = answering time + reading time, over the learner's events
(and the events of every profile merged into it), in trusted-time order ("at"):

* an answer (attempt or review event) counts its recorded ``time_spent_s``, capped
  at MAX_ANSWER_S (10 min: a quiz left open over lunch is not study time);
* an answer without a recorded time counts the gap since the learner's previous
  event, capped at MAX_ANSWER_GAP_S (3 min), unless that previous event was a
  section being read (then the gap is already reading time);
* a section_read event (sent when a section is shown) counts the gap until the
  learner's next event, capped at MAX_READING_GAP_S (10 min), minus the next
  event's own recorded answering time; the last section read of all counts nothing
  (there is no later event to measure it by).
Lessons opened, level test starts/ends and AI practice count nothing themselves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime

from tutor.sync.outbox import own_device_ids
from tutor.sync.state import last_success_at

MAX_ANSWER_S = 600
MAX_ANSWER_GAP_S = 180
MAX_READING_GAP_S = 600
ACTIVITY_KINDS = ("lesson_opened", "section_read", "attempt", "review", "level_test", "practice_attempt")


def time_spent_s(conn: sqlite3.Connection, learner_ids: Sequence[str]) -> int:
    if not learner_ids:
        return 0
    ids = ",".join("?" * len(learner_ids))
    kinds = ",".join("?" * len(ACTIVITY_KINDS))
    row = conn.execute(
        f"""WITH ev AS (
                SELECT kind, json_extract(payload, '$.at') AS at,
                       min(json_extract(payload, '$.time_spent_s'), {MAX_ANSWER_S}) AS spent, seq
                FROM events WHERE learner_id IN ({ids}) AND kind IN ({kinds})),
            ordered AS (
                SELECT kind, at, spent,
                       lag(kind) OVER w AS prev_kind, lag(at) OVER w AS prev_at,
                       lead(at) OVER w AS next_at, lead(kind) OVER w AS next_kind, lead(spent) OVER w AS next_spent
                FROM ev WINDOW w AS (ORDER BY at, seq))
            SELECT coalesce(sum(CASE
                WHEN kind IN ('attempt', 'review') AND spent IS NOT NULL THEN max(spent, 0)
                WHEN kind IN ('attempt', 'review') AND prev_at IS NOT NULL AND prev_kind != 'section_read'
                    THEN min(max((julianday(at) - julianday(prev_at)) * 86400.0, 0), {MAX_ANSWER_GAP_S})
                WHEN kind = 'section_read' AND next_at IS NOT NULL
                    THEN max(min((julianday(next_at) - julianday(at)) * 86400.0, {MAX_READING_GAP_S})
                             - CASE WHEN next_kind IN ('attempt', 'review') THEN coalesce(next_spent, 0) ELSE 0 END,
                             0)
                ELSE 0 END), 0)
            FROM ordered""",
        (*learner_ids, *ACTIVITY_KINDS)).fetchone()
    return round(row[0] or 0)


def newest_device(conn: sqlite3.Connection, learner_ids: Sequence[str]) -> str | None:
    """The PC that recorded the learner's newest learning activity (by trusted time)."""
    if not learner_ids:
        return None
    ids = ",".join("?" * len(learner_ids))
    kinds = ",".join("?" * len(ACTIVITY_KINDS))
    row = conn.execute(
        f"SELECT device_id FROM events WHERE learner_id IN ({ids}) AND kind IN ({kinds})"
        " ORDER BY json_extract(payload, '$.at') DESC, seq DESC LIMIT 1",
        (*learner_ids, *ACTIVITY_KINDS)).fetchone()
    return row[0] if row else None


def last_sync_of_pc(conn: sqlite3.Connection, learner_ids: Sequence[str]) -> datetime | None:
    """When the PC behind the learner's newest activity last synced, if this database knows.

    It knows only for this PC itself (its own sync record). For another PC the hub
    knows; a PC only sees that PC's events, not when it synced: None."""
    device = newest_device(conn, learner_ids)
    if device is None or device not in own_device_ids(conn):
        return None
    return last_success_at(conn)
