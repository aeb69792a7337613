"""One sync round: hello, push everything unacknowledged, pull the site's learners.

Resumable by construction: the hub's acked_through (asked for at every hello) is the
only resume point, so a round cut anywhere re-sends at most one batch, and the hub
ignores what it already holds. Pulled pages are applied in one local transaction
together with their cursor.

Pull covers every learner of the site's roster, those made on this PC too: a learner
who went on to another PC and came back (A -> B -> A) finds B's progress here. Once a
learner's new history is in, their progress rows are recomputed from all their events
(tutor.progress.rebuild) so they continue where they stopped: resume point, mastery,
reviews due, unlocked levels, certificates. A round cut between the two finishes the
recomputation at the next round (sync.rebuild in the sync state).

A stale copy (tutor.sync.identity, defence b): when the hub already holds seqs of this
device beyond the highest one in this database, the database is an older copy of one
that went on writing under the same id. The engine mints a new device id, moves to it
the events the hub lacks (checked by event id against the hub's learner histories), so
they are sent under the new id, and logs it.
"""

from __future__ import annotations

import logging
import math
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from tutor import clock_epochs
from tutor.cancel import CancelToken, Progress, no_progress
from tutor.changes import Changes
from tutor.clock import Clock, to_iso
from tutor.errors import TutorError
from tutor.store.db import transaction
from tutor.sync import outbox, state
from tutor.sync.apply import insert_pulled, local_learner_ids, rebuild_learner
from tutor.sync.folds import NO_FOLDS, PulledFolds
from tutor.sync.protocol import MAX_BATCH_EVENTS, PROTOCOL_VERSION, PULL_PAGE_EVENTS
from tutor.sync.signing import ENROLL_CONTEXT, HELLO_CONTEXT, body_message, new_nonce, sign, sign_manifest
from tutor.sync.transport import SyncRefused, SyncTransport, SyncUnavailable
from tutor.messages import render

log = logging.getLogger(__name__)

# Bounds on loops that depend on what a hub answers: a confused hub cannot spin us forever.
MAX_PULL_PAGES_PER_LEARNER = 10_000
# Offsets closer than this are one clock reading (no second hello for them).
SAME_OFFSET_S = 0.001


class SyncNotEnrolled(TutorError):
    def __init__(self) -> None:
        super().__init__("this PC is not enrolled with a hub",
                         code="sync.not_enrolled")


@dataclass
class SyncReport:
    pushed: int = 0
    acked_through: dict[str, int] = field(default_factory=dict)
    pulled: int = 0
    learners_added: list[str] = field(default_factory=list)
    rebuilt: list[str] = field(default_factory=list)    # learners whose progress was recomputed
    clock_offset_s: float = 0.0
    clock_flagged: bool = False
    renewed_device: tuple[str, str] | None = None        # (stale id, new id) when a stale copy was found
    teachers_changed: bool = False                       # teacher accounts came from the hub

    @property
    def changes(self) -> Changes:
        ids = frozenset(self.learners_added) | frozenset(self.rebuilt)
        pulled = self.pulled > 0 or bool(self.rebuilt)
        return Changes(learners=bool(ids) or pulled, progress=pulled, learner_ids=ids,
                       settings=self.teachers_changed)


Rebuild = Callable[[str], Any]


def default_rebuild(conn: sqlite3.Connection, clock: Clock) -> Rebuild:
    """Recompute a learner's progress with the app's default policy, on ``conn``."""

    def rebuild(learner_id: str) -> Any:
        from tutor.progress.rebuild import rebuild_learner
        from tutor.progress.trusted_time import TrustedClock

        return rebuild_learner(conn, learner_id, now=TrustedClock(clock, conn).now(),
                               own_offset_s=state.clock_offset_s(conn))

    return rebuild


def enroll(conn: sqlite3.Connection, transport: SyncTransport, hub_url: str, code: str,
           device_name: str, public_key_b64: str | None) -> state.HubLink:
    """Register this PC with a hub using the site's enrollment code; keeps the token in meta."""
    from tutor.events import device_id

    device = device_id(conn)
    body: dict[str, Any] = {"code": code, "device_id": device, "device_name": device_name,
                            "public_key": public_key_b64}
    if public_key_b64:
        # Proof that this PC holds the key its id is bound to (first key, forever, at the hub).
        body["nonce"] = new_nonce()
        body["signature"] = _device_signature(conn, device, body_message(ENROLL_CONTEXT, body))
    answer = transport.enroll(body)
    hub_key = answer.get("hub_key")
    link = state.HubLink(hub_url, str(answer["device_token"]), str(answer["site_id"]),
                         str(answer.get("site_name", "")), hub_key if isinstance(hub_key, str) else None)
    state.save_hub_link(conn, link)
    return link


def _device_signature(conn: sqlite3.Connection, device: str, message: bytes) -> str:
    """``message`` signed with ``device``'s key (made on first use)."""
    from datetime import UTC, datetime

    from tutor.device_keys import device_key

    with transaction(conn):
        key = device_key(conn, device, datetime.now(UTC))
    return sign(key.private_key, message)


class SyncEngine:
    def __init__(self, conn: sqlite3.Connection, transport: SyncTransport, clock: Clock,
                 batch_size: int = MAX_BATCH_EVENTS, rebuild: Rebuild | None = None,
                 folds: PulledFolds = NO_FOLDS):
        """``rebuild(learner_id)`` recomputes a learner's progress on ``conn`` after a pull
        (ProgressService.rebuild_learner when conn is the workspace's own connection);
        ``folds`` takes in what a pull brings for the layers above (tutor.sync.folds)."""
        self._conn = conn
        self._transport = transport
        self._clock = clock
        self._batch_size = max(1, batch_size)
        self._rebuild = rebuild or default_rebuild(conn, clock)
        self._folds = folds

    def sync_once(self, cancel: CancelToken | None = None, progress: Progress = no_progress) -> SyncReport:
        cancel = cancel or CancelToken()
        link = state.hub_link(self._conn)
        if link is None:
            raise SyncNotEnrolled()
        self._pin(link.hub_key)
        report = SyncReport()
        devices = outbox.own_device_ids(self._conn)
        for index, device in enumerate(devices):
            self._push_device(device, report, cancel, progress, index, len(devices))
        progress(0.7, render("sync.loading_profiles"))
        self._pull(report, cancel)
        state.save_success(self._conn, self._clock.now())
        progress(1.0, render("sync.done"))
        return report

    # -- push ----------------------------------------------------------------------------

    def _push_device(self, device: str, report: SyncReport, cancel: CancelToken, progress: Progress,
                     index: int, n_devices: int) -> None:
        first = outbox.first_seq(self._conn, device)
        is_current = index == n_devices - 1
        if first is None and not is_current:
            return  # a retired id that wrote nothing
        with transaction(self._conn):
            epoch_now = clock_epochs.current_epoch(self._conn, self._clock)
        # Every id of this database sends its key: the hub binds a new id to it, and checks
        # the id's signed hellos and events with it.
        hello = {"protocol_version": PROTOCOL_VERSION, "device_id": device, "first_seq": first,
                 "public_key": self._public_key(device)}
        answer = self._say_hello(hello, 0.0, epoch_now)
        if isinstance(answer.get("hub_key"), str) and state.hub_link(self._conn).hub_key is None:
            state.pin_hub_key(self._conn, answer["hub_key"])  # a link from before hubs signed
            self._pin(answer["hub_key"])
        acked = _as_int(answer.get("acked_through"), "acked_through")
        max_batch = max(1, min(_as_int(answer.get("max_batch", MAX_BATCH_EVENTS), "max_batch"), self._batch_size))
        offset_now = _as_offset(answer.get("clock_offset_s", 0.0))
        from tutor.progress.trusted_time import remember_hub_time

        with transaction(self._conn):
            clock_epochs.remember_hub_offset(self._conn, epoch_now, offset_now)
            # The hub's time, carried on the boot-time clock: certificates are dated by it.
            remember_hub_time(self._conn, self._clock.now() + timedelta(seconds=offset_now), self._clock)
        if is_current:
            report.clock_offset_s = offset_now
            report.clock_flagged = bool(answer.get("clock_flagged", False))
            state.save_clock_offset(self._conn, report.clock_offset_s)
            if acked > outbox.last_seq(self._conn, device) and report.renewed_device is None:
                successor = self._renew_stale_device(device, acked, cancel)
                report.renewed_device = (device, successor)
                report.acked_through[device] = acked
                self._push_device(successor, report, cancel, progress, index, n_devices)
                return
        state.save_acked(self._conn, device, acked)
        total = outbox.pending_count(self._conn, device, acked)
        sent = 0
        # Events read off an earlier setting of the PC clock (tutor.clock_epochs) go in runs,
        # each after a hello that tells the hub that clock's offset, as if said at the time.
        offsets = clock_epochs.epoch_offsets(self._conn, offset_now)
        told = offset_now
        while True:
            cancel.raise_if_cancelled()
            batch = _one_epoch(outbox.read_batch(self._conn, device, acked, max_batch))
            if not batch:
                break
            wanted = offsets.get(batch[0].clock_epoch, offset_now)
            if abs(wanted - told) >= SAME_OFFSET_S:
                self._say_hello(hello, wanted - offset_now, batch[0].clock_epoch)
                told = wanted
            answer = self._transport.push({"device_id": device, "batch": [e.to_wire() for e in batch],
                                           "manifests": [{"signature": self._sign_batch(device, batch)}]})
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
            progress(0.7 * (index + min(1.0, sent / max(total, 1))) / n_devices, render("sync.sending_results"))
        if abs(told - offset_now) >= SAME_OFFSET_S:
            self._say_hello(hello, 0.0, epoch_now)  # the hub keeps the PC's clock as it reads now (dashboard)
        report.acked_through[device] = acked

    def _say_hello(self, hello: dict[str, Any], clock_shift_s: float, clock_epoch: int) -> dict[str, Any]:
        """Hello with this PC's clock, or, for a run of events read off an earlier setting of
        it, with that setting's reading now: the hub then measures that setting's offset
        (and keeps the first offset it measured for each setting). Signed by the device,
        with a fresh nonce: the hub refuses a replayed hello."""
        moved = self._clock.now() - timedelta(seconds=clock_shift_s)
        body = {**hello, "device_time": to_iso(moved), "clock_epoch": clock_epoch, "nonce": new_nonce()}
        body["signature"] = _device_signature(self._conn, hello["device_id"], body_message(HELLO_CONTEXT, body))
        return self._transport.hello(body)

    def _sign_batch(self, device: str, batch: list) -> str:
        """One signature over the batch's event digests: the hub accepts only events signed so."""
        from tutor.device_keys import device_key

        with transaction(self._conn):
            key = device_key(self._conn, device, self._clock.now())
        return sign_manifest(key.private_key, device, batch)

    def _pin(self, hub_key: str | None) -> None:
        """Answers must come signed by the hub this PC enrolled with (test doubles may not pin)."""
        pin = getattr(self._transport, "pin_hub_key", None)
        if hub_key and callable(pin):
            pin(hub_key)

    # -- a stale copy ---------------------------------------------------------------------

    def _renew_stale_device(self, device: str, hub_acked: int, cancel: CancelToken) -> str:
        """This database is an older copy of ``device``'s line: the hub holds seqs up to
        ``hub_acked``, beyond anything here. Mint a new device id and move to it the local
        events of ``device`` the hub does not hold, so they go out under the new id."""
        from tutor.events import device_id as current_device_id
        from tutor.events import mint_new_device_id
        from tutor.ids import new_event_id

        acked_here = state.acked_map(self._conn).get(device, 0)
        # Events up to what this copy itself saw acknowledged are on the hub; after that, ask.
        unsure = self._conn.execute(
            "SELECT seq, event_id, learner_id FROM events WHERE device_id = ? AND seq > ? AND origin_seq IS NULL"
            " ORDER BY seq", (device, acked_here)).fetchall()
        held = self._hub_event_ids(device, {r[2] for r in unsure if r[2]}, cancel)
        lacking = [(r[0], r[2]) for r in unsure if r[1] not in held]
        with transaction(self._conn):
            mint_new_device_id(self._conn)
            successor = current_device_id(self._conn)
            for seq, learner_id in lacking:
                if learner_id is None:
                    # Not in any learner history, so the hub cannot be asked about it: a fresh
                    # event id keeps the new line from stalling on an id the hub may hold.
                    self._conn.execute("UPDATE events SET device_id = ?, event_id = ? WHERE seq = ?",
                                       (successor, new_event_id(), seq))
                else:
                    self._conn.execute("UPDATE events SET device_id = ? WHERE seq = ?", (successor, seq))
            state.save_acked(self._conn, device, hub_acked)
        log.warning("stale copy: the hub holds seq %d of device %s, this database only %d;"
                    " now device %s, re-sending %d events the hub lacks",
                    hub_acked, device, outbox.last_seq(self._conn, device), successor, len(lacking))
        return successor

    def _hub_event_ids(self, device: str, learner_ids: set[str], cancel: CancelToken) -> set[str]:
        """Event ids of ``device`` the hub holds in these learners' histories."""
        held: set[str] = set()
        for learner_id in sorted(learner_ids):
            try:
                for events, _next in self._history_pages(learner_id, 0, cancel):
                    held.update(e["event_id"] for e in events
                                if isinstance(e, dict) and e.get("device_id") == device and "event_id" in e)
            except SyncRefused as refused:
                if refused.status != 404:
                    raise  # 404: the hub has no event of this learner at all
        return held

    # -- pull ----------------------------------------------------------------------------

    def _pull(self, report: SyncReport, cancel: CancelToken) -> None:
        for learner_id in state.rebuild_pending(self._conn):
            self._rebuild_progress(learner_id, report)  # left over from a round cut short
        answer = self._transport.roster()
        roster = answer.get("learners")
        if not isinstance(roster, list):
            raise SyncUnavailable("roster answer has no learners list")
        self._apply_site_teachers(answer.get("teachers"), report)
        here = local_learner_ids(self._conn)
        cursors = state.pull_cursors(self._conn)
        for entry in roster:
            learner_id = entry.get("learner_id") if isinstance(entry, dict) else None
            if not isinstance(learner_id, str):
                continue
            cancel.raise_if_cancelled()
            # Learners made here are pulled too: their history may have grown on another PC.
            # Their own events come back once and are ignored (insert-or-ignore on event id).
            added = self._pull_learner(learner_id, cursors.get(learner_id, 0),
                                       str(entry.get("created_at") or ""), learner_id not in here, cancel)
            report.pulled += added
            if learner_id not in here:
                report.learners_added.append(learner_id)
            if added:
                self._rebuild_progress(learner_id, report)
        if report.pulled:
            self._apply_teacher_events()

    def _public_key(self, device: str) -> str:
        """This PC's certificate key, so the hub can check certificates issued under ``device``."""
        from tutor.device_keys import public_key_of

        return public_key_of(self._conn, device, self._clock.now()).public_key_b64

    def _apply_site_teachers(self, teachers: Any, report: SyncReport) -> None:
        """The site's teacher accounts, made at the hub (folded by the teacher area)."""
        if teachers is not None and self._folds.site_teachers(self._conn, teachers):
            report.teachers_changed = True

    def _apply_teacher_events(self) -> None:
        """Classes, assignments and merges a teacher made on another PC arrive inside learners'
        histories; fold them into this PC's teacher tables (and re-fold merged profiles)."""
        try:
            self._folds.pulled_events(self._conn, self._rebuild)
        except Exception:
            # The events are safe in the log; the next pull (or the teacher area) folds them again.
            log.exception("teacher events not applied after the pull; will retry at the next round")

    def _rebuild_progress(self, learner_id: str, report: SyncReport) -> None:
        try:
            with transaction(self._conn):
                self._rebuild(learner_id)
                state.clear_rebuild_pending(self._conn, learner_id)
        except Exception:
            # Rolled back, still pending: the events are safe in the log and the next round
            # tries again. One learner's trouble must not stop the others' sync.
            log.exception("progress of learner %s not rebuilt after the pull; will retry", learner_id)
            return
        if learner_id not in report.rebuilt:
            report.rebuilt.append(learner_id)

    def _history_pages(self, learner_id: str, after: int, cancel: CancelToken) -> Iterator[tuple[list, int]]:
        """A learner's history at the hub after ``after``, page by page: (events, next_after).
        The next page is asked for only once the caller is done with this one."""
        for _ in range(MAX_PULL_PAGES_PER_LEARNER):
            cancel.raise_if_cancelled()
            page = self._transport.learner_events(learner_id, after, PULL_PAGE_EVENTS)
            events = page.get("events")
            if not isinstance(events, list):
                raise SyncUnavailable("learner history answer has no events list")
            next_after = _as_int(page.get("next_after", after), "next_after")
            yield events, next_after
            if not page.get("more") or next_after <= after:
                return
            after = next_after

    def _pull_learner(self, learner_id: str, cursor: int, created_at: str, new_here: bool,
                      cancel: CancelToken) -> int:
        added = 0
        for events, next_after in self._history_pages(learner_id, cursor, cancel):
            try:
                with transaction(self._conn):
                    page_added = insert_pulled(
                        self._conn, [e for e in events if isinstance(e, dict) and e.get("learner_id") == learner_id])
                    if page_added or new_here:
                        rebuild_learner(self._conn, learner_id, created_at or to_iso(self._clock.now()))
                    if page_added:
                        state.add_rebuild_pending(self._conn, learner_id)
                    state.save_pull_cursor(self._conn, learner_id, next_after)
                added += page_added
            except (KeyError, TypeError, ValueError) as exc:
                # Rolled back: a malformed page never half-applies, and is logged, not silently skipped.
                raise SyncUnavailable(f"malformed learner history page: {type(exc).__name__}: {exc}") from exc
        return added


def _one_epoch(batch: list) -> list:
    """The leading events of ``batch`` read off one clock epoch."""
    for index, event in enumerate(batch):
        if event.clock_epoch != batch[0].clock_epoch:
            return batch[:index]
    return batch


def _as_offset(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SyncUnavailable(f"hub sent a bad clock_offset_s: {value!r}")
    return float(value)


def _as_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SyncUnavailable(f"hub answered a bad {name}: {value!r}")
    return value
