"""Forwarding upstream: a commune hub relays what it holds to a district hub, same protocol.

The lower hub enrolls ONCE at the upper hub as a *relay* (``tutor-hub upstream enroll URL
CODE``, or ``serve --upstream URL --upstream-code CODE``): POST /v1/enroll with
``relay: true`` and the lower hub's own id as device_id. The link (url, token, site) is kept
in the lower hub's database (``hub_meta``), so any hub process on that database can forward.

A forwarding round then goes device by device through the ordinary endpoints, as that
device: hello (device_id = the ORIGIN device) to learn what the upper hub acknowledged,
then batches of the held events with their origin device_id, seq, prev_seq and event_id.
So the upper hub's idempotency holds across paths: a PC that syncs directly to the district
and also through the commune is stored once. Only the unbroken part of each device's chain
(through its acked_through here) is forwarded, so the upper hub acknowledges every batch.

Clock: the upper hub corrects a device's times with the offset it measures at hello. The
relay says hello with ``device_time = now - offset_here`` (the device's clock as this hub
measured it), so the upper hub's offset is ``offset_here + (upper clock - this clock)``;
when the events to send were stored with different offsets (the PC's clock was fixed
between syncs), the relay says hello again before each run of one offset.

The relay also passes each PC's name and certificate public key in hello, so certificates
issued on a PC the district never saw can be checked there.

The upper hub refuses an origin device that belongs to another of its sites (403): that
device is reported and skipped, the others go on. A cut connection ends the round; the next
one resumes from the upper hub's answer to hello (the per-device cache ``upstream_acked``
only lets a round skip devices with nothing new; ``--full`` asks about every device).
Several hub processes forwarding at once only cause harmless re-sends.
"""

from __future__ import annotations

import json
import logging
import platform
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from tutor.cancel import CancelToken
from tutor.clock import Clock, to_iso
from tutor.hub.storage import ForwardDevice, HeldEvent, HubStorage
from tutor.sync.protocol import MAX_BATCH_EVENTS, PROTOCOL_VERSION
from tutor.sync.schedule import retry_delay_s
from tutor.hub.trust import hub_private_key
from tutor.sync.signing import ENROLL_CONTEXT, HELLO_CONTEXT, body_message, key_fingerprint, new_nonce, \
    public_key_b64, sign
from tutor.sync.transport import HttpTransport, SyncRefused, SyncTransport, SyncUnavailable

log = logging.getLogger(__name__)

HUB_ID = "hub.id"
URL, TOKEN, SITE_ID, SITE_NAME = "upstream.url", "upstream.token", "upstream.site_id", "upstream.site_name"
UPPER_KEY = "upstream.hub_key"   # the upper hub's public key, pinned at enrollment
DEFAULT_INTERVAL_S = 300.0
SAME_OFFSET_S = 0.001   # stored offsets closer than this are one clock reading


@dataclass(frozen=True)
class UpstreamLink:
    url: str
    token: str
    site_id: str
    site_name: str
    hub_key: str | None = None


@dataclass
class ForwardReport:
    devices: int = 0                 # devices asked about
    events_sent: int = 0             # events the upper hub newly acknowledged
    acked_through: dict[str, int] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)   # device_id -> why the upper hub refused it


class UpstreamNotLinked(Exception):
    """No upstream hub is configured in this hub's database."""


def hub_id(storage: HubStorage) -> str:
    """This hub's own id, made once: it enrolls upstream under it."""
    existing = storage.meta(HUB_ID)
    if existing:
        return existing
    storage.set_meta({HUB_ID: f"hub-{uuid.uuid4()}"})
    return storage.meta(HUB_ID) or ""


def upstream_link(storage: HubStorage) -> UpstreamLink | None:
    url, token = storage.meta(URL), storage.meta(TOKEN)
    if not url or not token:
        return None
    return UpstreamLink(url, token, storage.meta(SITE_ID) or "", storage.meta(SITE_NAME) or "",
                        storage.meta(UPPER_KEY) or None)


def enroll_upstream(storage: HubStorage, url: str, code: str, name: str | None = None,
                    transport: SyncTransport | None = None) -> UpstreamLink:
    """Enroll this hub at ``url`` with the upper hub's site code, under this hub's own key,
    ASKING for the relay right: the upper hub's operator grants it (`tutor-hub device grant
    HUB_ID relay`, after comparing the key fingerprint `tutor-hub upstream status` prints).
    The link, with the upper hub's key pinned, is saved."""
    own = transport is None
    transport = transport or HttpTransport(url)
    key = hub_private_key(storage)
    body = {"code": code, "device_id": hub_id(storage), "relay": True, "public_key": public_key_b64(key),
            "device_name": name or f"tutor-hub {platform.node() or ''}".strip(), "nonce": new_nonce()}
    body["signature"] = sign(key, body_message(ENROLL_CONTEXT, body))
    try:
        answer = transport.enroll(body)
    finally:
        if own:
            transport.close()
    upper_key = answer.get("hub_key") if isinstance(answer.get("hub_key"), str) else None
    link = UpstreamLink(url.rstrip("/"), str(answer["device_token"]), str(answer["site_id"]),
                        str(answer.get("site_name", "")), upper_key)
    storage.set_meta({URL: link.url, TOKEN: link.token, SITE_ID: link.site_id, SITE_NAME: link.site_name,
                      UPPER_KEY: upper_key})
    return link


def hub_key_fingerprint(storage: HubStorage) -> str:
    """What the upper hub's operator compares before granting the relay right."""
    return key_fingerprint(public_key_b64(hub_private_key(storage)))


class UpstreamForwarder:
    """One forwarding round over every device this hub holds events for."""

    def __init__(self, storage: HubStorage, transport: SyncTransport, clock: Clock,
                 batch_size: int = MAX_BATCH_EVENTS):
        self._key = hub_private_key(storage)   # signs this relay's hellos
        self._storage = storage
        self._transport = transport
        self._clock = clock
        self._batch_size = max(1, batch_size)

    def forward_once(self, cancel: CancelToken | None = None, full: bool = False) -> ForwardReport:
        """Raises SyncUnavailable when the connection breaks (the next round resumes) and
        SyncRefused when the upper hub refuses the relay itself (revoked: 401)."""
        cancel = cancel or CancelToken()
        report = ForwardReport()
        for device in self._storage.forward_candidates():
            cancel.raise_if_cancelled()
            if not full and device.upstream_acked >= device.acked_through:
                continue
            report.devices += 1
            try:
                self._forward_device(device, report, cancel)
            except SyncRefused as exc:
                if exc.status == 401:
                    raise
                log.warning("upstream refused device %s: %s", device.device_id, exc.log_message)
                report.refused[device.device_id] = exc.log_message
        return report

    def _hello(self, device: ForwardDevice, offset_s: float) -> int:
        device_clock = self._clock.now() - timedelta(seconds=offset_s)
        body = {
            "protocol_version": PROTOCOL_VERSION, "device_id": device.device_id,
            "device_time": to_iso(device_clock), "first_seq": device.first_seq,
            "device_name": device.name, "public_key": device.public_key, "nonce": new_nonce(),
        }
        body["signature"] = sign(self._key, body_message(HELLO_CONTEXT, body))
        answer = self._transport.hello(body)
        return _as_count(answer.get("acked_through"))

    def _manifests(self, run: list[HeldEvent]) -> list[dict[str, object]]:
        ids = sorted({h.manifest_id for h in run if h.manifest_id})
        found = self._storage.manifests(ids)
        return [{"digests": json.loads(found[i][0]), "signature": found[i][1]} for i in ids if i in found]

    def _forward_device(self, device: ForwardDevice, report: ForwardReport, cancel: CancelToken) -> None:
        first = self._storage.held_events(device.device_id, device.upstream_acked, device.acked_through, 1)
        offset = first[0].offset_s if first else 0.0
        acked = self._hello(device, offset)
        while acked < device.acked_through:
            cancel.raise_if_cancelled()
            held = self._storage.held_events(device.device_id, acked, device.acked_through, self._batch_size)
            if not held:
                break
            run = _same_offset_run(held)
            if abs(run[0].offset_s - offset) >= SAME_OFFSET_S:
                offset = run[0].offset_s
                acked = self._hello(device, offset)
                continue  # the answer may have moved on (another path delivered meanwhile)
            # Each event with its origin device's signed manifest: the upper hub checks the PC, not us.
            answer = self._transport.push({"device_id": device.device_id,
                                           "batch": [h.event.to_wire() for h in run],
                                           "manifests": self._manifests(run)})
            new_acked = _as_count(answer.get("acked_through"))
            if new_acked <= acked:
                # The upper hub holds this batch but not what precedes it: stop this device, not the round.
                raise SyncRefused(409, "chain_break", f"upstream did not advance past seq {acked}", None)
            report.events_sent += sum(1 for h in run if acked < h.event.seq <= new_acked)
            acked = new_acked
            self._storage.set_upstream_acked(device.device_id, acked)
        self._storage.set_upstream_acked(device.device_id, acked)
        report.acked_through[device.device_id] = acked


def _same_offset_run(held: list[HeldEvent]) -> list[HeldEvent]:
    """The leading events stored with the first one's clock offset."""
    first = held[0].offset_s
    for i, h in enumerate(held):
        if abs(h.offset_s - first) >= SAME_OFFSET_S:
            return held[:i]
    return held


def _as_count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SyncUnavailable(f"upstream answered a bad acked_through: {value!r}")
    return value


def forward_now(storage: HubStorage, clock: Clock, full: bool = False,
                transport: SyncTransport | None = None) -> ForwardReport:
    link = upstream_link(storage)
    if link is None:
        raise UpstreamNotLinked("this hub has no upstream hub: run `tutor-hub upstream enroll URL CODE` first")
    own = transport is None
    transport = transport or HttpTransport(link.url, link.token, hub_key=link.hub_key)
    try:
        return UpstreamForwarder(storage, transport, clock).forward_once(full=full)
    finally:
        if own:
            transport.close()


class ForwardingLoop:
    """Forward every ``interval_s`` while the hub serves; after failures, back off like a PC does.

    ``wait(seconds)`` returns True when the loop should stop (a threading.Event's wait in
    production; tests pass their own and never sleep).
    """

    def __init__(self, forward: Callable[[], ForwardReport], interval_s: float = DEFAULT_INTERVAL_S,
                 wait: Callable[[float], bool] | None = None):
        self._forward = forward
        self._interval_s = interval_s
        self._stop = threading.Event()
        self._wait = wait or self._stop.wait
        self._thread: threading.Thread | None = None

    def run(self) -> None:
        failures = 0
        while True:
            try:
                report = self._forward()
                failures = 0
                if report.events_sent or report.refused:
                    log.info("forwarded %d events upstream; refused devices: %d",
                             report.events_sent, len(report.refused))
            except UpstreamNotLinked:
                return
            except Exception as exc:  # noqa: BLE001 - the loop must outlive any one round
                failures += 1
                log.warning("forwarding upstream failed (%d in a row): %s", failures, exc)
            delay = self._interval_s if failures == 0 else min(self._interval_s, retry_delay_s(failures))
            if self._wait(delay):
                return

    def start(self) -> ForwardingLoop:
        self._thread = threading.Thread(target=self.run, name="tutor-hub-upstream", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
