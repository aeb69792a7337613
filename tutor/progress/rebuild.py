"""Progress recomputed from the event log: every progress_* row of a learner, from scratch.

The live path (ProgressService) writes each projection row in the transaction that
appends its event. This module replays a learner's events, from any device, local or
pulled, and writes the same rows again; for a learner whose events are all local it
produces exactly the rows the live path wrote (tests/sync/test_rebuild.py checks it
with random answer sequences). It is what lets a learner continue on another PC of
the site, and what folds two profiles of one person into one.

Order of replay
  * Within one device, by that device's own seq (``origin_seq`` for a pulled event,
    the local seq for one written here): a device's clock can jump, its seq cannot.
  * Across devices, by time on the hub's clock: a pulled event carries the hub's
    ``corrected_time`` (its device_time plus that device's clock offset); a local event
    gets the same correction with this PC's latest offset (sync state, 0 before the
    first sync), moved by its clock epoch's shift when the PC clock jumped since
    (tutor.clock_epochs). Devices are merged head by head, so each device's own order is kept
    even where its corrected times go backwards. Ties go by device id, then seq.
Times written into rows
  * A local event: its payload ``at`` (the trusted time the live path used).
  * A pulled event: its corrected time moved into this PC's frame (minus this PC's
    offset), never later than this PC's trusted now: a PC whose clock runs five years
    ahead sees a pulled answer "as long ago" as the learner gave it, and FSRS never
    gets a review time in the future. Review times for one card never go backwards
    (tutor.progress.review.review_card holds them at the card's last review).
Rules kept from the live path
  * Mastery is folded in replay order (m-of-n quiz answers, then a later review or level
    test answer), with the criterion the learner first reached it under (the snapshot
    in their mastery_reached event); a mastery_reached event in the log is also a floor:
    what a learner was once told they reached, they keep, even if answers from two PCs
    interleave differently.
  * Level tests keep the score their finishing PC computed; unlocked levels and
    certificates come from their own events. Certificates keep their codes: they were
    signed on the issuing PC with its key and are never signed again. One certificate
    per level: the first in replay order (a learner who passed the same level on two
    PCs before they synced keeps the earlier one listed; the other stays valid on paper).
  * progress_attempts.seq, passed_quiz_seq, mastered_seq and last_active_seq hold the
    local seq of the event, as the live path does.

Merging profiles: ``rebuild_learner(conn, keep, [keep, merged])`` folds the events of
``merged`` as if they were ``keep``'s, and removes ``merged``'s own projection rows (its
events stay in the log). Without ``source_ids``, the sources are the learner plus every
profile a ``profiles_merged`` event {keep, merge} folded into it, so a rebuild after a
pull keeps earlier merges; and asked to rebuild a profile that was merged away, it
rebuilds the profile it was merged into. Merges are read from the log once per rebuild
and follow the teacher tables' rules (tutor.progress.merges: time order, a merge that
would make a cycle is ignored).

Everything runs in one transaction (joining the caller's, if any). Core code: no Qt.
"""

from __future__ import annotations

import heapq
import json
import logging
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from fsrs import Scheduler

from tutor import clock_epochs
from tutor.clock import from_iso, to_iso
from tutor.progress.localday import LocalCalendar
from tutor.progress.mastery import (
    DEFAULT_CRITERION,
    AttemptFact,
    Criterion,
    Status,
    evaluate,
)
from tutor.progress.merges import read_merges
from tutor.progress.review import DEFAULT_POLICY, review_card
from tutor.store.db import transaction

log = logging.getLogger(__name__)

# The event kinds that carry learning progress (tutor.progress.service docstring).
PROGRESS_KINDS = (
    "lesson_opened", "section_read", "attempt", "review", "mastery_reached", "level_test",
    "level_unlocked", "certificate_issued", "practice_attempt",
)

# Per-learner projection tables, cleared and rewritten by a rebuild. progress_signing_keys
# and progress_clock belong to the PC, not to a learner, and are left alone.
LEARNER_TABLES = (
    "progress_lessons", "progress_attempts", "progress_mastery", "progress_cards",
    "progress_level_tests", "progress_levels_open", "progress_certificates", "progress_days",
)
DEFAULT_CALENDAR = LocalCalendar()
_KINDS_THAT_MARK_A_DAY = frozenset({"lesson_opened", "section_read", "attempt", "review", "level_test",
                                    "practice_attempt"})


@dataclass(frozen=True)
class ReplayEvent:
    seq: int                 # local seq: what projection rows store
    device_id: str
    device_seq: int          # order within the device
    kind: str
    payload: dict[str, Any]
    at: datetime             # the time the rows get, in this PC's frame
    hub_time: datetime       # the time devices are merged by


@dataclass(frozen=True)
class RebuildStats:
    learner_id: str
    sources: tuple[str, ...]
    events: int
    skipped: int = 0   # events whose payload could not be read (logged)


# --- which events, in which order -----------------------------------------------------------


def load_events(
    conn: sqlite3.Connection,
    source_ids: Sequence[str],
    own_offset: timedelta,
    now: datetime,
) -> list[ReplayEvent]:
    """Every progress event of the sources, in replay order (module docstring)."""
    learner_marks = ",".join("?" * len(source_ids))
    kind_marks = ",".join("?" * len(PROGRESS_KINDS))
    rows = conn.execute(
        "SELECT seq, device_id, origin_seq, corrected_time, kind, device_time, payload, clock_epoch FROM events"
        f" WHERE learner_id IN ({learner_marks}) AND kind IN ({kind_marks})",
        (*source_ids, *PROGRESS_KINDS),
    ).fetchall()
    # Local events read off an earlier setting of this PC's clock move by that setting's offset.
    epoch_offsets = {epoch: timedelta(seconds=s)
                     for epoch, s in clock_epochs.epoch_offsets(conn, own_offset.total_seconds()).items()}
    by_device: dict[str, list[ReplayEvent]] = {}
    for seq, device, origin_seq, corrected, kind, device_time, payload_text, epoch in rows:
        try:
            payload = json.loads(payload_text)
            if not isinstance(payload, dict):
                raise TypeError("payload is not an object")
            raw = from_iso(device_time)
            if origin_seq is None:
                at = _payload_time(payload, raw)
                hub_time = raw + epoch_offsets.get(epoch, own_offset)
            elif corrected:
                hub_time = from_iso(corrected)
                at = min(hub_time - own_offset, now)
            else:  # pulled before migration 6: no hub time kept; the origin's own trusted time
                hub_time = raw
                at = min(_payload_time(payload, raw), now)
        except (ValueError, TypeError, OverflowError) as exc:
            log.warning("rebuild skips event seq %d (%s): unreadable: %s", seq, kind, exc)
            continue
        by_device.setdefault(device, []).append(ReplayEvent(
            seq=seq, device_id=device, device_seq=origin_seq if origin_seq is not None else seq,
            kind=kind, payload=payload, at=at, hub_time=hub_time,
        ))
    for events in by_device.values():
        events.sort(key=lambda e: (e.device_seq, e.seq))
    return merge_devices(by_device.values())


def merge_devices(streams: Iterable[Sequence[ReplayEvent]]) -> list[ReplayEvent]:
    """Merge per-device streams head by head on hub time: each stream keeps its own order."""
    heads: list[tuple[datetime, str, int, int, int]] = []
    lists = [list(s) for s in streams if s]
    for index, events in enumerate(lists):
        first = events[0]
        heads.append((first.hub_time, first.device_id, first.seq, index, 0))
    heapq.heapify(heads)
    out: list[ReplayEvent] = []
    while heads:
        _time, _device, _seq, index, position = heapq.heappop(heads)
        events = lists[index]
        out.append(events[position])
        if position + 1 < len(events):
            following = events[position + 1]
            heapq.heappush(heads, (following.hub_time, following.device_id, following.seq, index, position + 1))
    return out


def _payload_time(payload: dict[str, Any], fallback: datetime) -> datetime:
    text = payload.get("at")
    try:
        return from_iso(text) if isinstance(text, str) else fallback
    except ValueError:
        return fallback


# --- the fold ----------------------------------------------------------------------------------


@dataclass
class _LessonRow:
    first_opened_at: datetime
    last_active_at: datetime
    last_active_seq: int
    sections_read: set[int] = field(default_factory=set)


@dataclass
class _MasteryRow:
    status: Status
    criterion: Criterion
    passed_quiz_at: datetime
    passed_quiz_seq: int
    mastered_at: datetime | None = None
    mastered_seq: int | None = None


class _Projector:
    """Replays events into the projection rows of ``learner_id`` (the live path's rules)."""

    def __init__(self, conn: sqlite3.Connection, learner_id: str, criterion: Criterion,
                 scheduler: Scheduler, calendar: LocalCalendar, snapshots: dict[str, Criterion]):
        self.conn = conn
        self.learner_id = learner_id
        self.criterion = criterion
        self.scheduler = scheduler
        self.calendar = calendar
        self.snapshots = snapshots            # lesson -> criterion of its first mastery_reached
        self.lessons: dict[str, _LessonRow] = {}
        self.mastery: dict[str, _MasteryRow] = {}
        # Attempts per lesson in replay order; the fact's seq is its position in the replay,
        # so mastery folds in replay order even where local seqs run differently.
        self.facts: dict[str, list[AttemptFact]] = {}
        self.local_seq_of: dict[int, int] = {}
        self.attempt_seq_by_origin: dict[tuple[str, int], int] = {}
        self.days: set[str] = set()
        self.position = 0
        self.skipped = 0

    def apply(self, event: ReplayEvent) -> None:
        self.position += 1
        handler = getattr(self, "_on_" + event.kind, None)
        try:
            if handler is not None:
                handler(event)  # each handler reads every field it needs before it writes
        except (KeyError, TypeError, ValueError) as exc:
            # A payload this version cannot read (a newer app's, or a damaged one) must not
            # stop the learner's other progress from being rebuilt: skip it, loudly.
            self.skipped += 1
            if self.skipped <= 3:
                log.warning("rebuild skips event seq %d (%s) of device %s: %s: %s", event.seq, event.kind,
                            event.device_id, type(exc).__name__, exc)
            return
        if event.kind in _KINDS_THAT_MARK_A_DAY:
            self.days.add(self.calendar.learning_day(event.at).isoformat())

    # lessons

    def _touch(self, lesson_id: str, event: ReplayEvent, sections: set[int] | None = None) -> None:
        row = self.lessons.get(lesson_id)
        if row is None:
            row = self.lessons[lesson_id] = _LessonRow(event.at, event.at, event.seq)
        row.last_active_at, row.last_active_seq = event.at, event.seq
        if sections is not None:
            row.sections_read = sections

    def _on_lesson_opened(self, event: ReplayEvent) -> None:
        self._touch(str(event.payload["lesson_id"]), event)

    def _on_section_read(self, event: ReplayEvent) -> None:
        lesson_id = str(event.payload["lesson_id"])
        existing = self.lessons.get(lesson_id)
        read = set(existing.sections_read if existing else ()) | {int(event.payload["section_index"])}
        self._touch(lesson_id, event, read)

    # answers

    def _on_attempt(self, event: ReplayEvent) -> None:
        p = event.payload
        lesson_id, question_id, context = str(p["lesson_id"]), str(p["question_id"]), str(p["context"])
        correct = bool(p["correct"])
        if context not in ("quiz", "review", "level_test"):
            raise ValueError(f"unknown answer context {context!r}")
        self.conn.execute(
            "INSERT INTO progress_attempts(seq, learner_id, lesson_id, question_id, context, test_id,"
            " correct, response, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event.seq, self.learner_id, lesson_id, question_id, context, p.get("test_id"), int(correct),
             json.dumps(p.get("response"), ensure_ascii=False), to_iso(event.at)),
        )
        review_card(self.conn, self.learner_id, lesson_id, question_id, correct, event.at, self.scheduler)
        self.attempt_seq_by_origin[(event.device_id, event.device_seq)] = event.seq
        self.local_seq_of[self.position] = event.seq
        self.facts.setdefault(lesson_id, []).append(AttemptFact(self.position, correct, context))
        self._fold_mastery(lesson_id, event)
        if context == "quiz":
            self._touch(lesson_id, event)

    _on_review = _on_attempt

    def _fold_mastery(self, lesson_id: str, event: ReplayEvent) -> None:
        """ProgressService._update_mastery, over the replayed attempts."""
        stored = self.mastery.get(lesson_id)
        criterion = stored.criterion if stored else self.snapshots.get(lesson_id, self.criterion)
        state = evaluate(self.facts[lesson_id], criterion, started=True)
        before = stored.status if stored else Status.PRACTISING
        if state.status.rank <= before.rank:
            return
        if stored is None:
            stored = self.mastery[lesson_id] = _MasteryRow(
                Status.PASSED_QUIZ, criterion, event.at, self.local_seq_of[state.passed_quiz_seq])
        if state.status is Status.MASTERED:
            stored.status = Status.MASTERED
            stored.mastered_at = event.at
            stored.mastered_seq = self.local_seq_of[state.mastered_seq]

    def _on_mastery_reached(self, event: ReplayEvent) -> None:
        """A floor: what the learner was told they reached stays reached."""
        p = event.payload
        try:
            status = Status(p["status"])
        except (KeyError, ValueError):
            return
        lesson_id = str(p["lesson_id"])
        stored = self.mastery.get(lesson_id)
        if stored is not None and stored.status.rank >= status.rank:
            return
        attempt_seq = p.get("attempt_seq")
        seq = self.attempt_seq_by_origin.get((event.device_id, attempt_seq), event.seq) \
            if isinstance(attempt_seq, int) else event.seq
        if stored is None:
            criterion = _criterion_of(p) or self.criterion
            stored = self.mastery[lesson_id] = _MasteryRow(Status.PASSED_QUIZ, criterion, event.at, seq)
        if status is Status.MASTERED:
            stored.status = Status.MASTERED
            stored.mastered_at = event.at
            stored.mastered_seq = seq

    # level tests, levels, certificates

    def _on_level_test(self, event: ReplayEvent) -> None:
        p = event.payload
        test_id = str(p["test_id"])
        if p.get("phase") == "started":
            self.conn.execute(
                "INSERT OR IGNORE INTO progress_level_tests(test_id, learner_id, level, seed, question_refs,"
                " started_at) VALUES (?, ?, ?, ?, ?, ?)",
                (test_id, self.learner_id, int(p["level"]), int(p["seed"]), json.dumps(list(p["questions"])),
                 to_iso(event.at)),
            )
        elif p.get("phase") == "finished":
            # The score its PC computed is the result of record (the answers may be spread
            # over devices, but the test was taken and finished on one).
            values = (to_iso(event.at), int(p["correct"]), int(p["total"]), int(bool(p["passed"])))
            updated = self.conn.execute(
                "UPDATE progress_level_tests SET finished_at = ?, correct = ?, total = ?, passed = ?"
                " WHERE test_id = ? AND finished_at IS NULL", (*values, test_id)).rowcount
            if not updated and not self.conn.execute(
                    "SELECT 1 FROM progress_level_tests WHERE test_id = ?", (test_id,)).fetchone():
                # Its "started" event is missing (not pulled yet): keep the result anyway.
                self.conn.execute(
                    "INSERT INTO progress_level_tests(test_id, learner_id, level, seed, question_refs, started_at,"
                    " finished_at, correct, total, passed) VALUES (?, ?, ?, 0, '[]', ?, ?, ?, ?, ?)",
                    (test_id, self.learner_id, int(p["level"]), to_iso(event.at), *values))

    def _on_level_unlocked(self, event: ReplayEvent) -> None:
        p = event.payload
        self.conn.execute(
            "INSERT OR IGNORE INTO progress_levels_open(learner_id, level, opened_by, opened_at) VALUES (?, ?, ?, ?)",
            (self.learner_id, int(p["level"]), str(p.get("by") or "level_test"), to_iso(event.at)),
        )

    def _on_certificate_issued(self, event: ReplayEvent) -> None:
        p = event.payload
        if self.conn.execute(
            "SELECT 1 FROM progress_certificates WHERE (learner_id = ? AND level = ?) OR certificate_id = ?",
            (self.learner_id, int(p["level"]), str(p["certificate_id"])),
        ).fetchone():
            return
        self.conn.execute(
            "INSERT INTO progress_certificates(certificate_id, learner_id, level, learner_name, level_title,"
            " issued_on, device_id, key_id, code, test_id, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (str(p["certificate_id"]), self.learner_id, int(p["level"]), str(p["learner_name"]),
             str(p["level_title"]), str(p["issued_on"]), str(p["device_id"]), str(p["key_id"]), str(p["code"]),
             str(p.get("test_id") or ""), to_iso(event.at)),
        )

    # writing what was kept in memory

    def flush(self) -> None:
        self.conn.executemany(
            "INSERT INTO progress_lessons(learner_id, lesson_id, first_opened_at, last_active_at,"
            " last_active_seq, sections_read) VALUES (?, ?, ?, ?, ?, ?)",
            [(self.learner_id, lesson_id, to_iso(r.first_opened_at), to_iso(r.last_active_at), r.last_active_seq,
              json.dumps(sorted(r.sections_read))) for lesson_id, r in self.lessons.items()],
        )
        self.conn.executemany(
            "INSERT INTO progress_mastery(learner_id, lesson_id, status, criterion, passed_quiz_at,"
            " passed_quiz_seq, mastered_at, mastered_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(self.learner_id, lesson_id, r.status.value, json.dumps(r.criterion.as_dict()),
              to_iso(r.passed_quiz_at), r.passed_quiz_seq,
              to_iso(r.mastered_at) if r.mastered_at else None, r.mastered_seq)
             for lesson_id, r in self.mastery.items()],
        )
        self.conn.executemany("INSERT INTO progress_days(learner_id, day) VALUES (?, ?)",
                              [(self.learner_id, day) for day in sorted(self.days)])


def _criterion_of(payload: dict[str, Any]) -> Criterion | None:
    try:
        return Criterion.from_dict(payload["criterion"])
    except (KeyError, TypeError, ValueError):
        return None


def _criterion_snapshots(events: Iterable[ReplayEvent]) -> dict[str, Criterion]:
    found: dict[str, Criterion] = {}
    for event in events:
        if event.kind == "mastery_reached" and "lesson_id" in event.payload:
            criterion = _criterion_of(event.payload)
            if criterion is not None:
                found.setdefault(str(event.payload["lesson_id"]), criterion)
    return found


# --- entry point --------------------------------------------------------------------------------


def rebuild_learner(
    conn: sqlite3.Connection,
    learner_id: str,
    source_ids: Sequence[str] | None = None,
    *,
    now: datetime,
    criterion: Criterion = DEFAULT_CRITERION,
    scheduler: Scheduler | None = None,
    calendar: LocalCalendar = DEFAULT_CALENDAR,
    own_offset_s: float | None = None,
) -> RebuildStats:
    """Rewrite every progress_* row of ``learner_id`` from the events of ``source_ids``
    (default: the learner and the profiles merged into it; for a profile that was itself
    merged into another, that other one, see RebuildStats.learner_id). One transaction.

    ``now`` is this PC's trusted time (pulled times are never placed after it);
    ``own_offset_s`` is this PC's clock offset to the hub (default: from sync state).
    """
    if own_offset_s is None:
        from tutor.sync.state import clock_offset_s

        own_offset_s = clock_offset_s(conn)
    scheduler = scheduler or DEFAULT_POLICY.scheduler()
    now = now.astimezone(UTC)
    with transaction(conn):
        if source_ids is None:
            # A profile merged into another is rebuilt as part of the one it was merged into
            # (its events count there; rows of its own would duplicate them).
            merges = read_merges(conn)
            learner_id = merges.final_keep(learner_id)
            sources = merges.source_ids(learner_id)
        else:
            sources = list(dict.fromkeys([learner_id, *source_ids]))
        events = load_events(conn, sources, timedelta(seconds=own_offset_s), now)
        marks = ",".join("?" * len(sources))
        for table in LEARNER_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE learner_id IN ({marks})", sources)
        projector = _Projector(conn, learner_id, criterion, scheduler, calendar, _criterion_snapshots(events))
        for event in events:
            projector.apply(event)
        projector.flush()
    if projector.skipped:
        log.warning("rebuild of learner %s skipped %d unreadable events", learner_id, projector.skipped)
    return RebuildStats(learner_id, tuple(sources), len(events), projector.skipped)


__all__ = [
    "LEARNER_TABLES",
    "PROGRESS_KINDS",
    "RebuildStats",
    "ReplayEvent",
    "load_events",
    "merge_devices",
    "rebuild_learner",
]
