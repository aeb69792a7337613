"""Importing a USB bundle into the hub: verify against the enrolled key, store like a push.

The hub reads a bundle in bounded memory (issue 13: a 0.97 MB upload that inflated to
1 GiB and was parsed whole took the hub to 2 GB):

1. the gzip is inflated in chunks into a temporary file, and refused as soon as it passes
   :data:`MAX_INFLATED_BUNDLE_BYTES`, which is sized for a real bundle, not for 1 GiB;
2. the outer JSON is parsed incrementally from that file (ijson) to take out the signed
   body text: the one thing held whole, because an Ed25519 signature covers it whole;
3. the signature is checked, then the events are parsed one at a time from the body:
   once to check every one (a bad event refuses the bundle before anything is stored),
   once more to store them in batches. Events are never all in memory as Python objects.

The file layout is tutor.sync.bundle's; the PC side keeps its own reader.
"""

from __future__ import annotations

import base64
import io
import tempfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

import ijson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from tutor.hub.storage import HubError, HubStorage, check_device_time, parse_time
from tutor.hub.trust import checked_manifests, implausible_time
from tutor.sync.bundle import BUNDLE_FORMAT, MANIFEST_EVENTS, MAX_BUNDLE_BYTES, BundleError, _clock_offsets
from tutor.sync.offline_enrollment import OfflineEnrollment, OfflineEnrollmentError
from tutor.sync.offline_enrollment import parse as parse_offline
from tutor.sync.protocol import CLOCK_FLAG_SECONDS, MAX_BATCH_EVENTS, WireError, WireEvent, event_from_wire

# A pushed event is about 320 bytes of JSON (README, sync figures); inside the bundle's
# outer JSON string its quotes are escaped, about 400 bytes. 128 MiB holds ~330,000
# events: more than the whole history of a PC with 100 learners (236,000 events, issue
# 21). Past this a file is a gzip bomb, not a bundle.
MAX_INFLATED_BUNDLE_BYTES = 128 * 1024 * 1024
_CHUNK = 1024 * 1024


class BundleTooLarge(BundleError):
    """The file inflates past the limit (the dashboard answers 413, not "damaged")."""


@dataclass(frozen=True)
class ImportResult:
    device_id: str
    events_in_bundle: int
    acked_through: int


def import_bundle(storage: HubStorage, path: Path | str, now: datetime, max_inflated: int | None = None,
                  before_store: Callable[[str, str], None] | None = None, hub_key: str | None = None) -> ImportResult:
    """Refuses (BundleError) a tampered, foreign or oversized bundle; importing twice changes nothing.

    ``before_store(device_id, site_id)`` runs once the bundle is verified, before anything is
    stored; it may refuse (raise) a bundle the caller may not bring (an operator's other sites).

    With ``hub_key`` (this hub's public key) the first bundle of a PC enrolled offline is taken:
    its enrollment file is checked and its one-use token used up, binding the device id to its key."""

    def public_key_for(device_id: str) -> str | None:
        info = storage.device(device_id)
        return info.public_key if info and not info.revoked else None

    bundle = open_bundle(path, public_key_for, MAX_INFLATED_BUNDLE_BYTES if max_inflated is None else max_inflated,
                         hub_key)
    count = sum(1 for _ in bundle.events())  # every event checked before any is stored
    if before_store is not None:
        info = storage.device(bundle.device_id)
        before_store(bundle.device_id, info.site_id if info else
                     bundle.offline.enrollment.site_id if bundle.offline else "")
    if bundle.offline is not None:
        claim = bundle.offline
        storage.enroll_offline(claim.enrollment.token, bundle.device_id, claim.device_name, claim.public_key, now)
    device = storage.device(bundle.device_id)
    _keep_manifests(storage, bundle, device.public_key if device else None)
    acked = storage.acked_through(bundle.device_id)
    flags: list[str] = []
    for run in _runs(bundle.events()):
        # Events of one clock setting of the PC, with that setting's offset when the PC knew it,
        # else the one this hub measured for that setting at a hello.
        offset_s = bundle.clock_offsets.get(run[0].clock_epoch)
        if offset_s is None:
            offset_s = storage.epoch_offset(bundle.device_id, run[0].clock_epoch)
        acked = storage.store_bundle_events(bundle.device_id, run, now, offset_s)
        why = implausible_time(run, device.clock_offset_s if offset_s is None and device else offset_s or 0.0, now)
        if why:
            flags.append(why)
    # A PC that never met a hub has no measured offset: a clock years fast shows here, flagged.
    made = _bundle_time(bundle.created_at)
    if made is not None and made > now + timedelta(seconds=CLOCK_FLAG_SECONDS):
        flags.insert(0, f"bundle written at {bundle.created_at} by the PC's clock, after the hub's {now.isoformat()}")
    if flags:
        storage.flag_time(bundle.device_id, "USB bundle: " + flags[0], now)
    return ImportResult(bundle.device_id, count, acked)


def _keep_manifests(storage: HubStorage, bundle: VerifiedBundle, public_key: str | None) -> None:
    """Keep the device's signed manifests (one per MANIFEST_EVENTS events), so this hub can forward
    the events upstream; a manifest that does not check is skipped (the bundle itself verified)."""
    signatures = bundle.manifest_signatures
    if not signatures:
        return
    chunk: list[WireEvent] = []
    index = 0

    def keep(events: list[WireEvent], signature: str) -> None:
        try:
            kept, links = checked_manifests(bundle.device_id, public_key, events, [{"signature": signature}])
        except (HubError, WireError):
            return
        storage.keep_manifests(bundle.device_id, kept, links)

    for event in bundle.events():
        chunk.append(event)
        if len(chunk) == MANIFEST_EVENTS:
            if index < len(signatures):
                keep(chunk, signatures[index])
            index += 1
            chunk = []
    if chunk and index < len(signatures):
        keep(chunk, signatures[index])


def _bundle_time(text: str) -> datetime | None:
    try:
        return parse_time(text)
    except WireError:
        return None


@dataclass(frozen=True)
class OfflineClaim:
    enrollment: OfflineEnrollment
    public_key: str
    device_name: str


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose signature was checked and whose nesting is shallow (see MAX_DEPTH)."""

    device_id: str
    key_id: str
    created_at: str
    clock_offsets: dict[int, float]
    body: bytes              # the signed body (UTF-8 JSON), checked
    # The device's signed manifests of its events, one per MANIFEST_EVENTS in order
    # (tutor.sync.signing); empty in older bundles.
    manifest_signatures: tuple[str, ...] = ()
    # A PC enrolled offline (tutor.sync.offline_enrollment) that the hub did not know yet: the
    # hub's enrollment file and the key this bundle verified with, to bind at import.
    offline: OfflineClaim | None = None

    def events(self) -> Iterator[WireEvent]:
        """The bundle's events, parsed one at a time; BundleError at the first malformed one."""
        try:
            for item in ijson.items(io.BytesIO(self.body), "events.item", use_float=True):
                event = event_from_wire(item)
                check_device_time(event.device_time)  # refused before any of the bundle is stored
                yield event
        except (WireError, ijson.JSONError, ValueError, TypeError) as exc:
            raise BundleError(f"bundle events malformed: {exc}") from exc


def open_bundle(path: Path | str, public_key_for: Callable[[str], str | None],
                max_inflated: int = MAX_INFLATED_BUNDLE_BYTES, hub_key: str | None = None) -> VerifiedBundle:
    """Inflate (bounded), take out the signed body, check its signature. BundleError otherwise.

    A device the hub does not know may bring an offline enrollment file made by ``hub_key``
    (this hub's public key): the body is then checked with the key it names for itself, and
    the claim is returned for the caller to bind (it is not bound here)."""
    try:
        if Path(path).stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleError(f"bundle larger than {MAX_BUNDLE_BYTES} bytes")
        with tempfile.TemporaryFile(prefix="tutor-hub-bundle-") as inflated:
            with open(path, "rb") as raw:
                _inflate_bounded(raw, inflated, max_inflated)
            inflated.seek(0)
            fields = _outer_fields(inflated)
        if fields.get("format") != BUNDLE_FORMAT or not isinstance(fields.get("body"), str) \
                or not isinstance(fields.get("signature"), str):
            raise BundleError("not a tutor sync bundle")
        body = fields.pop("body").encode("utf-8")
        signature = base64.b64decode(fields["signature"], validate=True)
        header = _body_header(body)
    except BundleError:
        raise
    except (OSError, ValueError, TypeError, zlib.error, ijson.JSONError) as exc:
        raise BundleError(f"unreadable bundle: {type(exc).__name__}: {exc}") from exc
    device = header.get("device_id")
    key_b64 = public_key_for(device) if isinstance(device, str) else None
    claim = None
    if not key_b64 and isinstance(device, str) and hub_key is not None and "offline_enrollment" in header:
        claim = _offline_claim(header["offline_enrollment"], hub_key)
        key_b64 = claim.public_key
    if not key_b64:
        raise BundleError(f"device {device!r} is not enrolled here or sent no public key")
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(key_b64)).verify(signature, body)
    except (InvalidSignature, ValueError) as exc:
        raise BundleError("bundle signature does not match the device key") from exc
    try:
        offsets = _clock_offsets(header.get("clock_offsets", {}))
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleError(f"bundle events malformed: {exc}") from exc
    signatures = header.get("manifest_signatures")
    if not isinstance(signatures, list) or not all(isinstance(sig, str) for sig in signatures):
        signatures = []
    return VerifiedBundle(device, str(header.get("key_id", "")), str(header.get("created_at", "")), offsets, body,
                          tuple(signatures), claim)


def _offline_claim(raw: Any, hub_key: str) -> OfflineClaim:
    if not isinstance(raw, dict) or not isinstance(raw.get("public_key"), str):
        raise BundleError("offline enrollment in the bundle is malformed")
    try:
        enrollment = parse_offline(raw.get("file"), hub_key)
    except OfflineEnrollmentError as exc:
        raise BundleError(str(exc)) from None
    return OfflineClaim(enrollment, raw["public_key"], str(raw.get("device_name", ""))[:200])


def _inflate_bounded(source: BinaryIO, target: BinaryIO, limit: int) -> None:
    """Gunzip ``source`` into ``target`` chunk by chunk; every member counts (gzip allows several)."""
    inflater = zlib.decompressobj(wbits=31)
    total = 0
    any_input = False
    mid_member = False  # the current inflater has begun a member it has not finished
    while chunk := source.read(_CHUNK):
        any_input = True
        while chunk:
            mid_member = True
            out = inflater.decompress(chunk, _CHUNK)
            total += len(out)
            if total > limit:
                raise BundleTooLarge(f"bundle inflates past {limit} bytes")
            target.write(out)
            if inflater.eof:
                chunk = inflater.unused_data
                inflater = zlib.decompressobj(wbits=31)
                mid_member = False
            else:
                chunk = inflater.unconsumed_tail
    if not any_input:
        raise BundleError("bundle file is empty")
    if mid_member:
        raise BundleError("bundle is truncated")


# A bundle is a few levels deep (body > events > event > payload > response). ijson's prefix
# paths grow with depth (memory ~ depth squared): depth is checked on events without prefixes
# (basic_parse) before any prefix-based parse, and a deeper file is refused.
MAX_DEPTH = 32


def _shallow_events(source: BinaryIO) -> Iterator[tuple[int, str, Any]]:
    """ijson's basic events with the nesting depth after each; BundleError past MAX_DEPTH."""
    depth = 0
    for event, value in ijson.basic_parse(source, use_float=True):
        if event in ("start_map", "start_array"):
            depth += 1
            if depth > MAX_DEPTH:
                raise BundleError(f"bundle nests deeper than {MAX_DEPTH} levels")
        elif event in ("end_map", "end_array"):
            depth -= 1
        yield depth, event, value


def _top_level(source: BinaryIO, wanted: tuple[str, ...]) -> dict[str, Any]:
    """The top-level object's ``wanted`` fields, each built whole; everything else only walked."""
    found: dict[str, Any] = {}
    key: str | None = None
    builder: ijson.ObjectBuilder | None = None
    for depth, event, value in _shallow_events(source):
        if builder is not None:
            builder.event(event, value)
            if depth == 1:  # the wanted value ended
                found[key] = builder.value
                builder = None
            continue
        if depth == 1 and event == "map_key":
            key = value
        elif key in wanted and key not in found and (depth == 2 and event in ("start_map", "start_array")):
            builder = ijson.ObjectBuilder()
            builder.event(event, value)
        elif key in wanted and key not in found and depth == 1 and event not in ("end_map", "start_map"):
            found[key] = value
        elif depth == 0 and event != "end_map":
            raise BundleError("a bundle is a JSON object")
    return found


def _outer_fields(inflated: BinaryIO) -> dict[str, Any]:
    """The outer object's fields (format, body, signature), parsed incrementally."""
    return _top_level(inflated, ("format", "body", "signature"))


def _body_header(body: bytes) -> dict[str, Any]:
    """Every top-level field of the body but the events, in one pass that checks the depth."""
    return _top_level(io.BytesIO(body), ("device_id", "key_id", "created_at", "clock_offsets",
                                         "manifest_signatures", "offline_enrollment"))


def _runs(events: Iterator[WireEvent]) -> Iterator[list[WireEvent]]:
    """Consecutive events of one clock epoch, at most one batch each."""
    run: list[WireEvent] = []
    for event in events:
        if run and (run[0].clock_epoch != event.clock_epoch or len(run) >= MAX_BATCH_EVENTS):
            yield run
            run = []
        run.append(event)
    if run:
        yield run


__all__ = ["MAX_INFLATED_BUNDLE_BYTES", "BundleError", "BundleTooLarge", "ImportResult", "import_bundle",
           "open_bundle"]
