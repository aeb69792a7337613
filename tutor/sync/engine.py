"""One sync round: hello, push everything unacknowledged, pull learners that belong here.

Resumable by construction: the hub's acked_through (asked for at every hello) is the
only resume point, so a round cut anywhere re-sends at most one batch, and the hub
ignores what it already holds. Pulled pages are applied in one local transaction
together with their cursor.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field

from tutor.cancel import CancelToken, Progress, no_progress
from tutor.changes import Changes
from tutor.clock import Clock, to_iso
from tutor.errors import TutorError
from tutor.store.db import transaction
from tutor.sync import outbox, state
from tutor.sync.apply import insert_pulled, local_learner_ids, rebuild_learner
from tutor.sync.protocol import MAX_BATCH_EVENTS, PROTOCOL_VERSION, PULL_PAGE_EVENTS
from tutor.sync.transport import SyncTransport, SyncUnavailable

log = logging.getLogger(__name__)

# Bounds on loops that depend on what a hub answers: a confused hub cannot spin us forever.
MAX_PULL_PAGES_PER_LEARNER = 10_000


class SyncNotEnrolled(TutorError):
    def __init__(self) -> None:
        super().__init__("this PC is not enrolled with a hub",
                         "Máy này chưa đăng ký với máy chủ đồng bộ. Hãy nhờ giáo viên đăng ký.")


@dataclass
class SyncReport:
    pushed: int = 0
    acked_through: dict[str, int] = field(default_factory=dict)
    pulled: int = 0
    learners_added: list[str] = field(default_factory=list)
    clock_offset_s: float = 0.0
    clock_flagged: bool = False

    @property
    def changes(self) -> Changes:
        ids = frozenset(self.learners_added)
        pulled = self.pulled > 0
        return Changes(learners=bool(ids) or pulled, progress=pulled, learner_ids=ids)


def enroll(conn: sqlite3.Connection, transport: SyncTransport, hub_url: str, code: str,
           device_name: str, public_key_b64: str | None) -> state.HubLink:
    """Register this PC with a hub using the site's enrollment code; keeps the token in meta."""
    from tutor.events import device_id

    answer = transport.enroll({"code": code, "device_id": device_id(conn), "device_name": device_name,
                               "public_key": public_key_b64})
    link = state.HubLink(hub_url, str(answer["device_token"]), str(answer["site_id"]),
                         str(answer.get("site_name", "")))
    state.save_hub_link(conn, link)
    return link


class SyncEngine:
    def __init__(self, conn: sqlite3.Connection, transport: SyncTransport, clock: Clock,
                 batch_size: int = MAX_BATCH_EVENTS):
        self._conn = conn
        self._transport = transport
        self._clock = clock
        self._batch_size = max(1, batch_size)

    def sync_once(self, cancel: CancelToken | None = None, progress: Progress = no_progress) -> SyncReport:
        cancel = cancel or CancelToken()
        if state.hub_link(self._conn) is None:
            raise SyncNotEnrolled()
        report = SyncReport()
        devices = outbox.own_device_ids(self._conn)
        for index, device in enumerate(devices):
            self._push_device(device, report, cancel, progress, index, len(devices))
        progress(0.7, "Đang tải hồ sơ người học…")
        self._pull(report, cancel)
        progress(1.0, "Đồng bộ xong.")
        return report

    # -- push ----------------------------------------------------------------------------

    def _push_device(self, device: str, report: SyncReport, cancel: CancelToken, progress: Progress,
                     index: int, n_devices: int) -> None:
        first = outbox.first_seq(self._conn, device)
        is_current = index == n_devices - 1
        if first is None and not is_current:
            return  # a retired id that wrote nothing
        answer = self._transport.hello({
            "protocol_version": PROTOCOL_VERSION, "device_id": device,
            "device_time": to_iso(self._clock.now()), "first_seq": first})
        acked = _as_int(answer.get("acked_through"), "acked_through")
        max_batch = max(1, min(_as_int(answer.get("max_batch", MAX_BATCH_EVENTS), "max_batch"), self._batch_size))
        if is_current:
            report.clock_offset_s = float(answer.get("clock_offset_s", 0.0))
            report.clock_flagged = bool(answer.get("clock_flagged", False))
        state.save_acked(self._conn, device, acked)
        total = outbox.pending_count(self._conn, device, acked)
        sent = 0
        while True:
            cancel.raise_if_cancelled()
            batch = outbox.read_batch(self._conn, device, acked, max_batch)
            if not batch:
                break
            answer = self._transport.push({"device_id": device, "batch": [e.to_wire() for e in batch]})
            new_acked = _as_int(answer.get("acked_through"), "acked_through")
            if new_acked <= acked:
                # The hub holds the batch but not what comes before it: a chain break we cannot mend
                # by re-sending. Stop instead of looping; the next round starts from the hub's answer.
                raise SyncUnavailable(f"hub did not advance past seq {acked} for device {device}")
            report.pushed += sum(1 for e in batch if e.seq <= new_acked)
            sent += len(batch)
            acked = new_acked
            state.save_acked(self._conn, device, acked)
            report.acked_through[device] = acked
            progress(0.7 * (index + min(1.0, sent / max(total, 1))) / n_devices, "Đang gửi kết quả học…")
        report.acked_through[device] = acked

    # -- pull ----------------------------------------------------------------------------

    def _pull(self, report: SyncReport, cancel: CancelToken) -> None:
        roster = self._transport.roster().get("learners")
        if not isinstance(roster, list):
            raise SyncUnavailable("roster answer has no learners list")
        here = local_learner_ids(self._conn)
        cursors = state.pull_cursors(self._conn)
        for entry in roster:
            learner_id = entry.get("learner_id") if isinstance(entry, dict) else None
            if not isinstance(learner_id, str):
                continue
            # Learners made on this PC are written here; learners pulled before are refreshed.
            if learner_id in here and learner_id not in cursors:
                continue
            cancel.raise_if_cancelled()
            added = self._pull_learner(learner_id, cursors.get(learner_id, 0),
                                       str(entry.get("created_at") or ""), cancel)
            report.pulled += added
            if learner_id not in here:
                report.learners_added.append(learner_id)

    def _pull_learner(self, learner_id: str, cursor: int, created_at: str, cancel: CancelToken) -> int:
        added = 0
        for _ in range(MAX_PULL_PAGES_PER_LEARNER):
            cancel.raise_if_cancelled()
            page = self._transport.learner_events(learner_id, cursor, PULL_PAGE_EVENTS)
            events = page.get("events")
            if not isinstance(events, list):
                raise SyncUnavailable("learner history answer has no events list")
            next_after = _as_int(page.get("next_after", cursor), "next_after")
            try:
                with transaction(self._conn):
                    added += insert_pulled(
                        self._conn, [e for e in events if isinstance(e, dict) and e.get("learner_id") == learner_id])
                    rebuild_learner(self._conn, learner_id, created_at or to_iso(self._clock.now()))
                    state.save_pull_cursor(self._conn, learner_id, next_after)
            except (KeyError, TypeError, ValueError) as exc:
                # Rolled back: a malformed page never half-applies, and is logged, not silently skipped.
                raise SyncUnavailable(f"malformed learner history page: {type(exc).__name__}: {exc}") from exc
            if not page.get("more") or next_after <= cursor:
                break
            cursor = next_after
        return added


def _as_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SyncUnavailable(f"hub answered a bad {name}: {value!r}")
    return value
