"""Hub storage behind a small interface: its types, and the rules and helpers of the one SQL storage.

The hub process is stateless over this storage: :class:`HubStorage` is implemented once,
by tutor.hub.storage_sql over a dialect (SQLite, the default: a teacher laptop, a commune
PC; PostgreSQL: district and province, several hub processes on one database). Every
method is one transaction. tutor.hub.open_storage picks the dialect from a database URL.

Rules the storage follows (the contract tests in tests/hub check them on each dialect):
- events are stored insert-or-ignore on (device_id, seq) and on event_id; a device's
  acked_through is the end of the unbroken prev_seq chain from 0, never past a gap;
- a token acts only within its site. A PC's token acts for its enrolled device id and
  for successor ids it introduces (a restored database mints a new device id). A RELAY
  token (another hub forwarding upstream, see tutor.hub.upstream) acts for any device
  of its site and registers origin devices new to this hub in its site; a device of
  another site is refused, so sites stay apart however events travel;
- the dashboard projections (tutor.hub.projections) move with the events, in the same
  transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from tutor.clock import from_iso
from tutor.hub.projections import (
    CertificateRecord,
    DeviceSummary,
    HubOverview,
    SiteSummary,
    certificate_record,
    normalize_typed_code,
)
from tutor.hub.values import HubError, iso, storable, teacher_username_key
from tutor.sync.protocol import WireError, WireEvent

if TYPE_CHECKING:
    from tutor.hub.operators import OperatorStore
    from tutor.hub.reporting.store import ReportingStore

__all__ = [
    "Auth", "CertificateRecord", "DeviceInfo", "DeviceSummary", "Enrollment", "ForwardDevice", "HeldEvent",
    "HelloResult", "HubError", "HubOverview", "HubStorage", "SiteSummary", "iso", "storable",
    "teacher_username_key",
]


@dataclass(frozen=True)
class Auth:
    """Who a bearer token speaks for: a site, the device it was enrolled for, and whether it relays."""

    token_hash: str
    site_id: str
    enrolled_device_id: str
    relay: bool = False


@dataclass(frozen=True)
class HelloResult:
    """The hub's answer to a hello: the device's clock offset and where its pushes resume."""

    clock_offset_s: float
    clock_flagged: bool
    acked_through: int
    first_seq: int | None


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    site_id: str
    name: str
    public_key: str | None
    first_seq: int | None
    acked_through: int
    clock_offset_s: float
    clock_flagged: bool
    revoked: bool
    relay: bool = False                 # the operator granted it the relay right
    requested_role: str | None = None   # a right it asked for at enrollment, not yet granted


@dataclass(frozen=True)
class Enrollment:
    """What an enrolled PC takes home: its bearer token (shown once, stored hashed) and its site."""

    device_token: str
    site_id: str
    site_name: str


class HubStorage(Protocol):
    operators: OperatorStore  # dashboard operator accounts and sessions (tutor.hub.operators)
    reporting: ReportingStore  # issue 18: counters per site/group/month, targets (tutor.hub.reporting)

    def create_site(self, name: str, now: datetime, code_days: float | None = None) -> tuple[str, str]: ...
    def enroll(self, code: str, device_id: str, device_name: str, public_key: str | None,
               now: datetime, relay: bool = False) -> Enrollment:
        """``relay`` asks for the relay right; only :meth:`grant_role` gives it."""
    # -- trust (tutor.hub.storage_trust) ----------------------------------------------------
    def rotate_code(self, site_id: str, now: datetime, days: float | None = None) -> str: ...
    def code_expires_at(self, site_id: str) -> datetime | None: ...
    def grant_role(self, device_id: str, role: str) -> bool: ...
    def add_offline_enrollment(self, site_id: str, token: str, expires_at: datetime) -> str: ...
    def enroll_offline(self, token: str, device_id: str, device_name: str, public_key: str,
                       now: datetime) -> str: ...
    def device_roles(self) -> list[dict[str, Any]]: ...
    def use_nonce(self, signer_id: str, nonce: str, now: datetime, kept: bool = False) -> bool: ...
    def keep_manifests(self, device_id: str, manifests: Iterable[tuple[str, str, str]],
                       links: Iterable[tuple[int, str]]) -> None: ...
    def manifests(self, manifest_ids: list[str]) -> dict[str, tuple[str, str]]: ...
    def remember_epoch_offset(self, device_id: str, clock_epoch: int, offset_s: float, now: datetime) -> float: ...
    def epoch_offset(self, device_id: str, clock_epoch: int) -> float | None: ...
    def latest_epoch_offset(self, device_id: str, clock_epoch: int) -> float | None: ...
    def flag_time(self, device_id: str, reason: str, now: datetime) -> None: ...
    def time_flags(self, device_id: str) -> list[str]: ...
    def meta_default(self, key: str, value: str) -> str: ...
    def site_devices(self, site_id: str) -> list[dict[str, Any]]: ...
    # -- teacher accounts of a site (they reach the site's PCs with the roster) -------------
    def create_teacher(self, site_id: str, username: str, display_name: str, password_hash: str,
                       now: datetime) -> str: ...
    def set_teacher_password(self, site_id: str, username: str, password_hash: str) -> bool: ...
    def revoke_teacher(self, site_id: str, username: str, now: datetime) -> bool: ...
    def site_teachers(self, site_id: str) -> list[dict[str, Any]]: ...
    def authenticate(self, token: str) -> Auth | None: ...
    def revoke_device(self, device_id: str, now: datetime) -> bool: ...
    def hello(self, auth: Auth, device_id: str, device_now: datetime, hub_now: datetime,
              first_seq: int | None, device_name: str | None = None,
              public_key: str | None = None) -> HelloResult: ...
    def store_batch(self, auth: Auth, device_id: str, events: Sequence[WireEvent],
                    hub_now: datetime, offset_s: float | None = None) -> int:
        """``offset_s`` (hub minus device clock) replaces the one measured at the device's
        latest hello: a USB bundle says which offset each run of its events was read with."""
    def acked_through(self, device_id: str) -> int: ...
    def roster(self, site_id: str) -> list[dict[str, Any]]: ...
    def learner_known(self, site_id: str, learner_id: str) -> bool: ...
    def learner_events(self, site_id: str, learner_id: str, after: int, limit: int) -> list[dict[str, Any]]: ...
    def store_bundle_events(self, device_id: str, events: Sequence[WireEvent], now: datetime,
                            offset_s: float | None = None) -> int: ...
    def device(self, device_id: str) -> DeviceInfo | None: ...
    def device_events(self, device_id: str) -> list[dict[str, Any]]: ...
    # -- dashboard ----------------------------------------------------------------------
    def overview(self, now: datetime, sites: Collection[str] | None = None, device_offset: int = 0,
                 device_limit: int | None = None, device_id: str | None = None) -> HubOverview:
        """Sites and PCs as of ``now``: only ``sites`` (an operator's scope) when given, PCs one
        page at a time (``device_offset``, ``device_limit``) or only ``device_id``."""
    def find_certificate(self, code: str) -> CertificateRecord | None: ...
    # -- upstream forwarding (tutor.hub.upstream) -----------------------------------------
    def meta(self, key: str) -> str | None: ...
    def set_meta(self, values: dict[str, str | None]) -> None: ...
    def forward_candidates(self) -> list[ForwardDevice]: ...
    def held_events(self, device_id: str, after_seq: int, through_seq: int, limit: int) -> list[HeldEvent]: ...
    def set_upstream_acked(self, device_id: str, acked_through: int) -> None: ...
    def close(self) -> None: ...


@dataclass(frozen=True)
class ForwardDevice:
    """A device whose events a relay may owe upstream: what this hub holds and what upstream acked."""

    device_id: str
    name: str
    public_key: str | None
    first_seq: int | None
    acked_through: int
    upstream_acked: int


@dataclass(frozen=True)
class HeldEvent:
    """A stored event as a relay forwards it: the wire event and the clock offset it was stored with."""

    event: WireEvent
    offset_s: float
    manifest_id: str | None = None   # the origin device's signed manifest (tutor.sync.signing)


# --- helpers shared by the back-ends ------------------------------------------------------


def parse_time(text: str) -> datetime:
    try:
        dt = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise WireError(f"not an ISO time: {text!r}") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def corrected_time(device_time: str, offset: timedelta) -> str:
    try:
        return iso(parse_time(device_time) + offset)
    except OverflowError:
        raise WireError(f"device_time {device_time!r} is out of range") from None


def payload_text(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


# No clock a PC can have reads outside these: a time past them is a forged or broken event.
EARLIEST_DEVICE_TIME = datetime(1970, 1, 1, tzinfo=UTC)
LATEST_DEVICE_TIME = datetime(2100, 1, 1, tzinfo=UTC)


def check_device_time(text: str) -> datetime:
    """A device's clock reading as a time; WireError when it is not one or absurd."""
    moment = parse_time(text)
    if not EARLIEST_DEVICE_TIME <= moment < LATEST_DEVICE_TIME:
        raise WireError(f"device time {text!r} is outside {EARLIEST_DEVICE_TIME.year}..{LATEST_DEVICE_TIME.year}")
    return moment


def check_events_storable(events: Sequence[WireEvent]) -> list[str]:
    """Validate a batch for storage; returns the payloads as JSON text, in order.

    Wrong clocks are expected (flagged, corrected); a time no clock can read is refused.
    """
    payloads = []
    for e in events:
        check_device_time(e.device_time)
        text = payload_text(e.payload)
        storable(e.event_id, e.learner_id, e.kind, e.device_time, text)
        payloads.append(text)
    return payloads


def check_batch_sequence(events: Sequence[WireEvent]) -> None:
    """A device numbers its events in order and each names the one before it: a pushed batch
    whose events go backwards or skip within it is out of sequence, and is refused whole."""
    for previous, e in zip(events, events[1:]):
        if e.seq <= previous.seq or e.prev_seq != previous.seq:
            raise WireError(f"event seq {e.seq} (after {e.prev_seq}) is out of sequence: the batch's"
                            f" previous event is seq {previous.seq}")


def check_follows_chain(events: Sequence[WireEvent], acked: int) -> None:
    """Refuse events that fork the device's acknowledged chain: an event after ``acked``
    whose predecessor is before it (the hub already holds another event there)."""
    for e in events:
        if e.prev_seq < acked < e.seq:
            raise HubError(409, "out_of_sequence",
                           f"event seq {e.seq} follows {e.prev_seq}, but this hub holds the device's events"
                           f" through {acked}")


def check_device_access(auth: Auth, device_id: str, row_site_id: str, row_token_hash: str) -> None:
    """May this token act for the existing device row? Raises 403 when not."""
    if row_site_id != auth.site_id:
        raise HubError(403, "not_your_device", "this token may not act for that device")
    if row_token_hash != auth.token_hash and not auth.relay:
        raise HubError(403, "not_your_device", "this token may not act for that device")


def pulled_event(r: Any) -> dict[str, Any]:
    """One stored event as the pull endpoint sends it (``r`` is a mapping row). A PIN hash
    goes out only in the costly format (tutor.pin): a first-release hash falls to an offline
    search in minutes, so the other PCs learn only that the learner has a PIN."""
    payload = json.loads(r["payload"])
    if r["kind"] == "learner_pin_set":
        payload = shared_pin_payload(payload)
    return {
        "hub_seq": r["hub_seq"], "device_id": r["device_id"], "seq": r["seq"], "event_id": r["event_id"],
        "learner_id": r["learner_id"], "kind": r["kind"], "schema_ver": r["schema_ver"],
        "device_time": r["device_time"], "corrected_time": r["corrected_time"],
        "clock_epoch": r["clock_epoch"], "payload": payload,
    }


def shared_pin_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """A learner_pin_set payload as other PCs may see it."""
    from tutor.pin import is_hardened_salt

    pin_hash, pin_salt = payload.get("pin_hash"), payload.get("pin_salt")
    if not pin_hash:
        return {"pin_hash": None, "pin_salt": None}
    try:
        hardened = isinstance(pin_salt, str) and is_hardened_salt(bytes.fromhex(pin_salt))
    except ValueError:
        hardened = False
    if hardened:
        return {"pin_hash": pin_hash, "pin_salt": pin_salt}
    return {"pin_hash": None, "pin_salt": None, "pin_set": True}


def fold_roster(rows: Sequence[Any]) -> list[dict[str, Any]]:
    """The latest name and icon of every learner, and whether they have a PIN, from their
    profile events in hub order. No PIN hash: a PC needs none to list the site's learners
    (a learner's own history brings the hash to the PC they sign in on, see pulled_event)."""
    learners: dict[str, dict[str, Any]] = {}
    for r in rows:
        payload = json.loads(r["payload"])
        entry = learners.setdefault(r["learner_id"], {
            "learner_id": r["learner_id"], "display_name": "", "icon": "", "has_pin": False,
            "created_at": r["corrected_time"]})
        if r["kind"] in ("learner_created", "learner_renamed"):
            entry["display_name"] = payload.get("display_name") or entry["display_name"]
            entry["icon"] = payload.get("icon") or entry["icon"]
        elif r["kind"] == "learner_pin_set":
            entry["has_pin"] = bool(payload.get("pin_hash"))
    return [e for e in learners.values() if e["display_name"]]


def overview_filters(sites: Collection[str] | None,
                     device_id: str | None) -> tuple[str, list[Any], str, list[Any]]:
    """WHERE clauses (for sites s, for devices d) and their parameters for an overview limited
    to some sites (an operator's scope) or one device."""
    site_where, params = "", []
    if sites is not None:
        wanted = sorted(sites)
        site_where = f"s.site_id IN ({', '.join(['%s'] * len(wanted))})" if wanted else "1 = 0"
        params = list(wanted)
    device_where = site_where.replace("s.site_id", "d.site_id")
    device_params = list(params)
    if device_id is not None:
        device_where = f"{device_where} AND d.device_id = %s" if device_where else "d.device_id = %s"
        device_params.append(device_id)
    return (f" WHERE {site_where}" if site_where else "", params,
            f" WHERE {device_where}" if device_where else "", device_params)


def site_device(r: Any) -> dict[str, Any]:
    return {"device_id": r["device_id"], "name": r["name"], "public_key": r["public_key"]}


def site_teacher(r: Any) -> dict[str, Any]:
    """A teacher account as the roster carries it to the site's PCs (the scrypt hash, never
    the password: the PCs check it offline; the hub makes it at the PIN cost, see
    tutor.hub.cli). A revoked account travels without its hash, so PCs drop it."""
    revoked = r["revoked_at"] is not None
    return {"teacher_id": r["teacher_id"], "username": r["username"], "display_name": r["display_name"],
            "password_hash": "" if revoked else r["password_hash"], "created_at": r["created_at"],
            "revoked": revoked}


def certificate_lookup_key(code: str) -> tuple[str, str] | None:
    """("certificate_key" | "code_key", normalised value) for what a person typed, or None."""
    from tutor.hub.projections import CERTIFICATE_CODE_CHARS, CERTIFICATE_ID_CHARS

    key = normalize_typed_code(code)
    if len(key) == CERTIFICATE_ID_CHARS:
        return "certificate_key", key
    if len(key) == CERTIFICATE_CODE_CHARS:
        return "code_key", key
    return None


def chain_end(acked: int, events: Sequence[WireEvent],
              successors: Callable[[list[int]], dict[int, int]],
              walk_on: Callable[[int], int]) -> int:
    """The end of a device's unbroken prev_seq chain from ``acked``, after storing ``events``.

    Walking the chain one stored row at a time costs a query per event, and PostgreSQL,
    once it has statistics, may plan each step as a scan (issue 21: 1 s per 2,000-event
    batch). The batch itself says where the chain should go, so the walk predicts it from
    the batch's own sequence numbers and asks the database once for what is really stored
    at every predicted point (``successors(points)`` -> {prev_seq: lowest stored seq},
    this device only). Only where the stored chain leaves the prediction (events stored
    earlier, past a gap the batch filled) does ``walk_on(seq)`` follow it in the database.
    """
    predicted: dict[int, int] = {}
    for e in events:
        if e.seq < predicted.get(e.prev_seq, e.seq + 1):
            predicted[e.prev_seq] = e.seq
    current = acked
    while True:
        points = [current]
        while points[-1] in predicted:  # seq > prev_seq always (event_from_wire): no cycles
            points.append(predicted[points[-1]])
        if len(points) == 1:
            return walk_on(current)
        stored = successors(points)
        on_path = set(points)
        while current in stored:
            current = stored[current]
            if current not in on_path:
                break  # the stored chain left the prediction: predict again from here
        else:
            return current


# --- row conversions shared by the back-ends -------------------------------------------------


def held_event(r: Any) -> HeldEvent:
    event = WireEvent(r["seq"], r["prev_seq"], r["event_id"], r["learner_id"], r["kind"], r["schema_ver"],
                      r["device_time"], r["clock_epoch"], json.loads(r["payload"]))
    try:
        offset = (from_iso(r["corrected_time"]) - from_iso(r["device_time"])).total_seconds()
    except (TypeError, ValueError):
        offset = 0.0
    keys = r.keys() if hasattr(r, "keys") else ()
    return HeldEvent(event, offset, r["manifest_id"] if "manifest_id" in keys else None)


def device_summary(r: Any) -> DeviceSummary:
    said_hello = r["last_hello_at"] is not None
    return DeviceSummary(
        device_id=r["device_id"], site_id=r["site_id"], site_name=r["site_name"], device_name=r["name"],
        enrolled_at=from_iso(r["enrolled_at"]),
        last_sync_at=from_iso(r["last_sync_at"]) if r["last_sync_at"] else None,
        last_clock_offset_s=float(r["clock_offset_s"]) if said_hello else None,
        clock_flagged=bool(r["clock_flagged"]), revoked=bool(r["token_revoked_at"] or r["revoked_at"]),
        events_held=int(r["events_held"]), is_relay=bool(r["relay"]))


def payload_device(payload: str) -> str:
    device = json.loads(payload).get("device_id")
    return device if isinstance(device, str) else ""


def best_certificate(found: list[tuple[str, datetime, str, str | None]]) -> CertificateRecord | None:
    """A genuine record if any event carries one (a forged copy may reuse a number), else the first."""
    records = [rec for rec in (certificate_record(json.loads(p), at, site, key) for p, at, site, key in found)
               if rec is not None]
    return next((rec for rec in records if rec.genuine), records[0] if records else None)
