"""Teacher events and the tables folded from them (classes, enrolments, assignments, merges).

A teacher's laptop makes a class and an assignment; the learner's PC learns of it
when it pulls. So these tables are projections of the event log, like progress:
``apply_event`` is the one function that turns an event into rows, used by the live
path (in the transaction that appends the event) and by ``rebuild`` (after a pull).

Event kinds and payloads (every payload has ``by`` = teacher_id, ``at`` = trusted
UTC time, ``op`` = the operation's id, shared by all copies of one operation):

- class_created {class_id, name}
- class_renamed {class_id, name}
- class_archived {class_id, archived}
- class_enrolled {class_id, class: {snapshot}, assignments: [active assignments]}  (learner_id = the learner)
- class_unenrolled {class_id}                                                    (learner_id = the learner)
- assignment_created {assignment_id, class_id, kind, lesson_ids, level, due}
- assignment_cancelled {assignment_id, class_id}
- profiles_merged {keep, merge}                                  (learner_id = keep, and a copy for merge)

Delivery: the hub hands a PC the history of each learner (events whose learner_id is
that learner). So an operation on a whole class is written once with learner_id NULL
(the teacher's record) and once more for each member (learner_id = member): every
member's PC receives it with that member's history. An enrolment carries a snapshot of
the class and its active assignments, so a learner enrolled later still learns of
assignments made before. Copies share ``op`` and are idempotent to apply.

Order: a changeable field keeps the stamp "<at>|<op>" of its value and only a newer
stamp replaces it (last writer wins), so the rows do not depend on the order events
arrive in. Cancelling keeps the earliest cancellation. ``rebuild`` applies creations
first, then cancellations, then merges (each in time order), which is also the order
the live path can produce, so rebuilt tables equal live ones. Which merges stand, and
where a merged profile went, follow tutor.progress.merges, the rules the progress
rebuild follows too.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from tutor.clock import Clock
from tutor.events import append_event
from tutor.progress.merges import MERGE_KIND, Merges, merge_pair
from tutor.store.db import transaction

# The teacher tables that are projections of the event log (the others are local state).
PROJECTED_TABLES: tuple[str, ...] = (
    "teacher_classes", "teacher_enrolments", "teacher_assignments", "teacher_merges",
)
CLASS_KINDS = ("class_created", "class_renamed", "class_archived", "class_enrolled", "class_unenrolled")
ASSIGNMENT_KINDS = ("assignment_created", "assignment_cancelled")
PROJECTED_KINDS: tuple[str, ...] = (*CLASS_KINDS, *ASSIGNMENT_KINDS, MERGE_KIND)


def new_op() -> str:
    return str(uuid.uuid4())


def stamp(payload: dict[str, Any]) -> str:
    return f"{payload['at']}|{payload['op']}"


# --- writing (live path) --------------------------------------------------------------------------


def record(conn: sqlite3.Connection, clock: Clock, kind: str, payload: dict[str, Any],
           learner_id: str | None = None, copies_for: Iterable[str] = ()) -> None:
    """Append the event (and its per-learner copies) and fold it into the tables.

    Must run inside the caller's transaction."""
    append_event(conn, clock, kind, learner_id, payload)
    for member in dict.fromkeys(copies_for):
        if member != learner_id:
            append_event(conn, clock, kind, member, payload)
    apply_event(conn, kind, learner_id, payload)


# --- folding --------------------------------------------------------------------------------------


def apply_event(conn: sqlite3.Connection, kind: str, learner_id: str | None, payload: dict[str, Any]) -> None:
    handler = _HANDLERS.get(kind)
    if handler is not None:
        handler(conn, learner_id, payload)


def rebuild(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    """Recompute the projected tables from every teacher event in the local log.

    Must run inside the caller's transaction. Returns the merges (keep, merge) that
    were not in the tables before, so the caller can recompute those learners' progress."""
    before = {(r[0], r[1]) for r in conn.execute("SELECT keep_id, merge_id FROM teacher_merges")}
    for table in PROJECTED_TABLES:
        conn.execute(f"DELETE FROM {table}")
    marks = ",".join("?" * len(PROJECTED_KINDS))
    rows = conn.execute(
        f"SELECT kind, learner_id, payload FROM events WHERE kind IN ({marks})"
        " ORDER BY json_extract(payload, '$.at'), json_extract(payload, '$.op'), seq",
        PROJECTED_KINDS).fetchall()
    events = []
    for row in rows:
        try:
            payload = json.loads(row["payload"])
        except ValueError:
            continue
        if isinstance(payload, dict) and isinstance(payload.get("at"), str) and payload.get("op"):
            events.append((row["kind"], row["learner_id"], payload))
    phases = (
        lambda k: k not in ("assignment_cancelled", MERGE_KIND),
        lambda k: k == "assignment_cancelled",
        lambda k: k == MERGE_KIND,
    )
    for in_phase in phases:
        for kind, learner_id, payload in events:
            if in_phase(kind):
                try:
                    apply_event(conn, kind, learner_id, payload)
                except (KeyError, TypeError, ValueError):
                    continue  # an event from a newer app version we cannot read: skip, keep the rest
    after = {(r[0], r[1]) for r in conn.execute("SELECT keep_id, merge_id FROM teacher_merges")}
    return after - before


# --- handlers -------------------------------------------------------------------------------------


def _upsert_class(conn: sqlite3.Connection, class_id: str, *, name: str | None = None,
                  name_stamp: str = "", archived: bool | None = None, archived_stamp: str = "",
                  created_at: str | None = None, created_by: str | None = None) -> None:
    conn.execute(
        "INSERT INTO teacher_classes(class_id, name, name_stamp, archived, archived_stamp, created_at, created_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(class_id) DO NOTHING",
        (class_id, name or "", name_stamp if name is not None else "", int(bool(archived)),
         archived_stamp if archived is not None else "", created_at, created_by))
    if name is not None:
        conn.execute("UPDATE teacher_classes SET name = ?, name_stamp = ? WHERE class_id = ? AND name_stamp < ?",
                     (name, name_stamp, class_id, name_stamp))
    if archived is not None:
        conn.execute(
            "UPDATE teacher_classes SET archived = ?, archived_stamp = ? WHERE class_id = ? AND archived_stamp < ?",
            (int(archived), archived_stamp, class_id, archived_stamp))
    if created_at is not None:
        # The creation event is authoritative; a snapshot only fills the gap until it arrives.
        conn.execute(
            "UPDATE teacher_classes SET created_at = ?, created_by = ? WHERE class_id = ?"
            " AND (created_at IS NULL OR created_at > ?)",
            (created_at, created_by, class_id, created_at))


def _class_created(conn: sqlite3.Connection, _learner: str | None, p: dict[str, Any]) -> None:
    _upsert_class(conn, p["class_id"], name=str(p["name"]), name_stamp=stamp(p),
                  created_at=p["at"], created_by=p["by"])


def _class_renamed(conn: sqlite3.Connection, _learner: str | None, p: dict[str, Any]) -> None:
    _upsert_class(conn, p["class_id"], name=str(p["name"]), name_stamp=stamp(p))


def _class_archived(conn: sqlite3.Connection, _learner: str | None, p: dict[str, Any]) -> None:
    _upsert_class(conn, p["class_id"], archived=bool(p["archived"]), archived_stamp=stamp(p))


def _enrolment(conn: sqlite3.Connection, class_id: str, learner_id: str, enrolled: bool,
               at: str, row_stamp: str) -> None:
    conn.execute(
        "INSERT INTO teacher_enrolments(class_id, learner_id, enrolled, enrolled_at, stamp) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(class_id, learner_id) DO UPDATE SET enrolled = excluded.enrolled,"
        " enrolled_at = CASE WHEN excluded.enrolled THEN excluded.enrolled_at ELSE enrolled_at END,"
        " stamp = excluded.stamp WHERE excluded.stamp > stamp",
        (class_id, learner_id, int(enrolled), at, row_stamp))


def _class_enrolled(conn: sqlite3.Connection, learner_id: str | None, p: dict[str, Any]) -> None:
    if not learner_id:
        return
    snapshot = p.get("class") or {}
    _upsert_class(
        conn, p["class_id"],
        name=str(snapshot["name"]) if "name" in snapshot else None, name_stamp=str(snapshot.get("name_stamp", "")),
        archived=bool(snapshot["archived"]) if "archived" in snapshot else None,
        archived_stamp=str(snapshot.get("archived_stamp", "")),
        created_at=snapshot.get("created_at"), created_by=snapshot.get("created_by"))
    for assignment in p.get("assignments") or ():
        _insert_assignment(conn, assignment)
    _enrolment(conn, p["class_id"], final_keep(conn, learner_id), True, p["at"], stamp(p))


def _class_unenrolled(conn: sqlite3.Connection, learner_id: str | None, p: dict[str, Any]) -> None:
    if learner_id:
        _enrolment(conn, p["class_id"], final_keep(conn, learner_id), False, p["at"], stamp(p))


def _insert_assignment(conn: sqlite3.Connection, p: dict[str, Any]) -> None:
    kind = p["kind"]
    if kind not in ("lessons", "level_test"):
        raise ValueError(f"unknown assignment kind {kind!r}")
    conn.execute(
        "INSERT OR IGNORE INTO teacher_assignments(assignment_id, class_id, kind, lesson_ids, level, due,"
        " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (p["assignment_id"], p["class_id"], kind, json.dumps(list(p.get("lesson_ids") or [])),
         p.get("level"), p.get("due"), p["at"], p["by"]))


def _assignment_created(conn: sqlite3.Connection, _learner: str | None, p: dict[str, Any]) -> None:
    _insert_assignment(conn, p)


def _assignment_cancelled(conn: sqlite3.Connection, _learner: str | None, p: dict[str, Any]) -> None:
    conn.execute(
        "UPDATE teacher_assignments SET cancelled_at = ?, cancelled_by = ?"
        " WHERE assignment_id = ? AND (cancelled_at IS NULL OR cancelled_at > ?)",
        (p["at"], p["by"], p["assignment_id"], p["at"]))


def _profiles_merged(conn: sqlite3.Connection, _learner: str | None, p: dict[str, Any]) -> None:
    pair = merge_pair(p)
    if pair is None:
        raise ValueError("profiles_merged without two profile ids")
    keep, merge = pair
    merges = _merges(conn)
    if not merges.add(keep, merge):
        return  # itself, merged already, or a cycle (two PCs merged the pair both ways): the first merge stands
    conn.execute(
        "INSERT INTO teacher_merges(merge_id, keep_id, merged_at, merged_by, stamp) VALUES (?, ?, ?, ?, ?)",
        (merge, keep, p["at"], p["by"], stamp(p)))
    target = merges.final_keep(keep)
    for row in conn.execute(
        "SELECT class_id, enrolled, enrolled_at, stamp FROM teacher_enrolments WHERE learner_id = ?", (merge,)
    ).fetchall():
        _enrolment(conn, row["class_id"], target, bool(row["enrolled"]), row["enrolled_at"], row["stamp"])
    conn.execute("DELETE FROM teacher_enrolments WHERE learner_id = ?", (merge,))
    # The merged tile is archived, never deleted: its events stay, and count for keep.
    conn.execute("UPDATE learners SET archived = 1 WHERE learner_id = ?", (merge,))


_HANDLERS = {
    "class_created": _class_created,
    "class_renamed": _class_renamed,
    "class_archived": _class_archived,
    "class_enrolled": _class_enrolled,
    "class_unenrolled": _class_unenrolled,
    "assignment_created": _assignment_created,
    "assignment_cancelled": _assignment_cancelled,
    MERGE_KIND: _profiles_merged,
}


# --- merges ----------------------------------------------------------------------------------------


def _merges(conn: sqlite3.Connection) -> Merges:
    """The merges folded so far (teacher_merges), by the rules of tutor.progress.merges."""
    return Merges((r[0], r[1]) for r in conn.execute("SELECT keep_id, merge_id FROM teacher_merges ORDER BY stamp"))


def final_keep(conn: sqlite3.Connection, learner_id: str) -> str:
    """The profile whose history now includes ``learner_id``'s (itself when never merged)."""
    return _merges(conn).final_keep(learner_id)


def source_ids(conn: sqlite3.Connection, learner_id: str) -> list[str]:
    """learner_id and every profile merged into it (directly or through another merge)."""
    return _merges(conn).source_ids(learner_id)


def table_rows(conn: sqlite3.Connection, tables: Sequence[str] = PROJECTED_TABLES) -> dict[str, list[tuple]]:
    """Every row of the projected tables, sorted: for comparing a rebuild with the live tables."""
    return {t: sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {t}")) for t in tables}


def apply_pulled(conn: sqlite3.Connection, rebuild_progress: Callable[[str], object]) -> set[tuple[str, str]]:
    """After a sync pull: recompute the teacher tables and re-fold profiles newly merged
    elsewhere (rebuild_progress(learner_id) rebuilds the kept profile with the profiles merged
    into it, e.g. ProgressService.rebuild_learner, which follows the same merges). One transaction."""
    with transaction(conn):
        new_merges = rebuild(conn)
        for keep_id, _merge_id in sorted(new_merges):
            final = final_keep(conn, keep_id)
            if conn.execute("SELECT 1 FROM learners WHERE learner_id = ?", (final,)).fetchone():
                rebuild_progress(final)
    return new_merges
