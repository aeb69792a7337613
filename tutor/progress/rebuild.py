"""Progress recomputed from the event log: every progress_* row of a learner, from scratch.

The live path (ProgressService) applies each event through the projector
(tutor.progress.projector) in the transaction that appends it. This module deletes a
learner's projection rows and applies the learner's events, from any device, local or
pulled, through the same projector; for a learner whose events are all local it
produces exactly the rows the live path wrote (tests/sync/test_rebuild.py checks it
with random answer sequences). What is left here is which events, in which order. It is what lets a learner continue on another PC of
the site, and what folds two profiles of one person into one.

Order of replay
  * Within one device, by that device's own seq (``origin_seq`` for a pulled event,
    the local seq for one written here): a device's clock can jump, its seq cannot.
  * Across devices, by time on the hub's clock: a pulled event carries the hub's
    ``corrected_time`` (its device_time plus that device's clock offset); a local event
    gets the same correction with this PC's latest offset (the caller passes it in:
    the sync state's, 0 before the first sync), moved by its clock epoch's shift when the PC clock jumped since
    (tutor.clock_epochs). Devices are merged head by head, so each device's own order is kept
    even where its corrected times go backwards. Ties go by device id, then seq.
Times written into rows
  * A local event: its payload ``at`` (the trusted time the live path used).
  * A pulled event: its corrected time moved into this PC's frame (minus this PC's
    offset), never later than this PC's trusted now: a PC whose clock runs five years
    ahead sees a pulled answer "as long ago" as the learner gave it, and FSRS never
    gets a review time in the future. Review times for one card never go backwards
    (tutor.progress.review.review_card holds them at the card's last review).
Rules of the projector (tutor.progress.projector)
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
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fsrs import Scheduler

from tutor import clock_epochs
from tutor.clock import from_iso
from tutor.progress.localday import LocalCalendar
from tutor.progress.mastery import DEFAULT_CRITERION, Criterion
from tutor.progress.merges import read_merges
from tutor.progress.projector import LEARNER_TABLES, Projector, ReplayEvent, clear_learners, criterion_of
from tutor.progress.review import DEFAULT_POLICY
from tutor.store.db import transaction

log = logging.getLogger(__name__)

# The event kinds that carry learning progress (tutor.progress.service docstring).
PROGRESS_KINDS = (
    "lesson_opened", "section_read", "attempt", "review", "mastery_reached", "level_test",
    "level_unlocked", "certificate_issued", "practice_attempt",
)

DEFAULT_CALENDAR = LocalCalendar()


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


def _criterion_snapshots(events: Iterable[ReplayEvent]) -> dict[str, Criterion]:
    found: dict[str, Criterion] = {}
    for event in events:
        if event.kind == "mastery_reached" and "lesson_id" in event.payload:
            criterion = criterion_of(event.payload)
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
    own_offset_s: float = 0.0,
) -> RebuildStats:
    """Rewrite every progress_* row of ``learner_id`` from the events of ``source_ids``
    (default: the learner and the profiles merged into it; for a profile that was itself
    merged into another, that other one, see RebuildStats.learner_id). One transaction.

    ``now`` is this PC's trusted time (pulled times are never placed after it);
    ``own_offset_s`` is this PC's clock offset to the hub (the caller reads it from the
    sync state; 0 before the first sync).
    """
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
        clear_learners(conn, sources)
        projector = Projector(conn, learner_id, criterion=criterion, scheduler=scheduler, calendar=calendar,
                              snapshots=_criterion_snapshots(events))
        skipped = 0
        for event in events:
            try:
                projector.apply(event)
            except (KeyError, TypeError, ValueError) as exc:
                # A payload this version cannot read (a newer app's, or a damaged one) must not
                # stop the learner's other progress from being rebuilt: skip it, loudly.
                skipped += 1
                if skipped <= 3:
                    log.warning("rebuild skips event seq %d (%s) of device %s: %s: %s", event.seq, event.kind,
                                event.device_id, type(exc).__name__, exc)
        projector.flush()
    if skipped:
        log.warning("rebuild of learner %s skipped %d unreadable events", learner_id, skipped)
    return RebuildStats(learner_id, tuple(sources), len(events), skipped)


__all__ = [
    "LEARNER_TABLES",
    "PROGRESS_KINDS",
    "RebuildStats",
    "ReplayEvent",
    "load_events",
    "merge_devices",
    "rebuild_learner",
]
