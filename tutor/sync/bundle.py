"""USB bundles: this PC's unacknowledged events in one file, signed with the device key.

File layout: gzip of JSON {"format", "body", "signature"} where ``body`` is the exact
JSON text that was signed (Ed25519, the per-device key of tutor.progress.certificates,
whose public key the hub received at enrollment). Signing the text itself avoids any
question of canonical JSON. Importing is idempotent on the hub like any push.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import os
import platform
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from tutor import clock_epochs
from tutor.clock import to_iso
from tutor.errors import TutorError
from tutor.events import device_id as current_device_id
from tutor.device_keys import device_key
from tutor.store.db import transaction
from tutor.sync import offline_enrollment, outbox, state
from tutor.sync.protocol import PROTOCOL_VERSION, WireError, WireEvent, event_from_wire
from tutor.sync.signing import sign_manifest

BUNDLE_FORMAT = "tutor-sync-bundle-1"
BUNDLE_SUFFIX = ".tutorsync"
MAX_BUNDLE_BYTES = 512 * 1024 * 1024
MANIFEST_EVENTS = 2000   # events per signed manifest: what a hub forwards upstream in one push
# Events compress about 7:1; a file that inflates past this is a gzip bomb, not a bundle.
MAX_INFLATED_BUNDLE_BYTES = 1024 * 1024 * 1024


class BundleError(TutorError):
    def __init__(self, log_message: str):
        super().__init__(log_message, code="sync.bundle_damaged")


@dataclass(frozen=True)
class Bundle:
    device_id: str
    key_id: str
    created_at: str
    events: list[WireEvent]
    clock_offsets: dict[int, float] = field(default_factory=dict)   # clock epoch -> hub minus PC, seconds
    # The device's signed manifests of its events, one per MANIFEST_EVENTS events in order
    # (tutor.sync.signing), so a hub can forward them upstream; empty in older bundles.
    manifest_signatures: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BuiltBundle:
    data: bytes          # the file's bytes (gzip)
    events: int          # how many events it carries
    file_name: str       # a name for it in a folder the person chose


def build_bundle(workspace: Any) -> BuiltBundle:
    """Every event of this device the hub has not acknowledged, signed. Database work only
    (the app runs it on the database thread; writing the file is :func:`write_bundle`)."""
    conn, clock = workspace.conn, workspace.clock
    device = current_device_id(conn)
    now = clock.now()
    with transaction(conn):
        key = device_key(conn, device, now)
    acked = state.acked_map(conn).get(device, 0)
    events = outbox.read_batch(conn, device, acked, 2**31)
    # The hub takes a bundle without a hello: it is told the offset of each clock setting
    # the events were read off, where this PC measured it at an earlier sync (tutor.clock_epochs).
    known = clock_epochs.epoch_offsets(conn)
    offsets = {str(e): known[e] for e in sorted({event.clock_epoch for event in events}) if e in known}
    fields: dict[str, Any] = {
        "protocol_version": PROTOCOL_VERSION, "device_id": device, "key_id": key.key_id,
        "created_at": to_iso(now), "events": [e.to_wire() for e in events], "clock_offsets": offsets,
        "manifest_signatures": [sign_manifest(key.private_key, device, events[i:i + MANIFEST_EVENTS])
                                for i in range(0, len(events), MANIFEST_EVENTS)],
    }
    offline = offline_enrollment.current(conn)
    if offline is not None:
        # Enrolled from a file, never online: the hub binds this device to the key below when
        # this bundle arrives (the whole body is signed with that key).
        fields["offline_enrollment"] = {"file": offline.carried(), "device_name": platform.node()[:100],
                                        "public_key": base64.b64encode(key.public_key_raw).decode("ascii")}
    body = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    signature = key.private_key.sign(body.encode("utf-8"))
    data = gzip.compress(json.dumps({
        "format": BUNDLE_FORMAT, "body": body, "signature": base64.b64encode(signature).decode("ascii"),
    }).encode("utf-8"), mtime=0)
    return BuiltBundle(data, len(events), f"tutor-{device[:8]}-{now.strftime('%Y%m%d-%H%M%S')}{BUNDLE_SUFFIX}")


def write_bundle(bundle: BuiltBundle, path: Path | str) -> Path:
    """Write to ``path`` (a folder: the bundle's own name inside it). Write then rename, so a
    stick pulled out mid-write never leaves a half file with the real name; on a full or
    read-only stick the partial file is removed and OSError goes to the caller."""
    target = Path(path)
    if target.is_dir():
        target = target / bundle.file_name
    partial = target.with_name(target.name + ".part")
    try:
        with open(partial, "wb") as fh:
            fh.write(bundle.data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except OSError:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass  # the stick is gone or read-only: nothing was written worth removing
        raise
    return target


def export_bundle(workspace: Any, path: Path | str) -> Path:
    """Write every event of this device the hub has not acknowledged; returns the file written.

    ``path`` may be a directory (a file name is chosen) or a file path.
    """
    return write_bundle(build_bundle(workspace), path)


def _gunzip_bounded(raw: bytes, limit: int) -> bytes:
    """gzip.decompress that stops at ``limit`` inflated bytes instead of exhausting memory."""
    out = bytearray()
    data = raw
    while data:
        inflater = zlib.decompressobj(wbits=31)
        out += inflater.decompress(data, limit + 1 - len(out))
        if len(out) > limit:
            raise BundleError(f"bundle inflates past {limit} bytes")
        if not inflater.eof:
            if inflater.unconsumed_tail:
                raise BundleError(f"bundle inflates past {limit} bytes")
            raise BundleError("bundle is truncated")
        data = inflater.unused_data  # gzip allows several members back to back
    return bytes(out)


@dataclass(frozen=True)
class ParsedBundle:
    """A bundle file read but not verified: the signed body text as written, its signature,
    and the body's JSON. Its events are read (and checked) by :meth:`events` or :meth:`bundle`."""

    device_id: Any          # as the body names it: a string in any bundle that verifies
    body: dict[str, Any]
    body_text: str
    signature: bytes

    @property
    def created_at(self) -> str:
        return str(self.body.get("created_at", ""))

    def events(self) -> list[WireEvent]:
        """Every event, each well formed; BundleError otherwise."""
        try:
            return [event_from_wire(item) for item in self.body["events"]]
        except (WireError, KeyError, TypeError, ValueError) as exc:
            raise BundleError(f"bundle events malformed: {exc}") from exc

    def bundle(self) -> Bundle:
        """The events and clock offsets, each well formed; BundleError otherwise."""
        events = self.events()
        try:
            offsets = _clock_offsets(self.body.get("clock_offsets", {}))
        except (KeyError, TypeError, ValueError) as exc:
            raise BundleError(f"bundle events malformed: {exc}") from exc
        signatures = self.body.get("manifest_signatures")
        if not isinstance(signatures, list) or not all(isinstance(sig, str) for sig in signatures):
            signatures = []
        return Bundle(self.device_id, str(self.body.get("key_id", "")), self.created_at, events, offsets, signatures)


def parse_bundle(path: Path | str) -> ParsedBundle:
    """Read a bundle file without verifying it: BundleError for a file that is too big, a
    gzip bomb, not a bundle, or damaged (its events are checked later, see ParsedBundle)."""
    try:
        raw = Path(path).read_bytes()
        if len(raw) > MAX_BUNDLE_BYTES:
            raise BundleError(f"bundle larger than {MAX_BUNDLE_BYTES} bytes")
        outer = json.loads(_gunzip_bounded(raw, MAX_INFLATED_BUNDLE_BYTES))
        if not isinstance(outer, dict) or outer.get("format") != BUNDLE_FORMAT:
            raise BundleError("not a tutor sync bundle")
        body_text, signature = outer["body"], base64.b64decode(outer["signature"], validate=True)
        body = json.loads(body_text)
        device = body["device_id"]
    except BundleError:
        raise
    except (OSError, ValueError, KeyError, TypeError, EOFError, zlib.error) as exc:
        raise BundleError(f"unreadable bundle: {type(exc).__name__}: {exc}") from exc
    return ParsedBundle(device, body, body_text, signature)


def verify_bundle(parsed: ParsedBundle, public_key_for: Any) -> Bundle:
    """Check a parsed bundle's signature, then its events. ``public_key_for(device_id)``
    returns the enrolled base64 key or None."""
    device = parsed.device_id
    key_b64 = public_key_for(device) if isinstance(device, str) else None
    if not key_b64:
        raise BundleError(f"device {device!r} is not enrolled here or sent no public key")
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(key_b64)).verify(
            parsed.signature, parsed.body_text.encode("utf-8"))
    except (InvalidSignature, ValueError) as exc:
        raise BundleError("bundle signature does not match the device key") from exc
    return parsed.bundle()


def read_bundle(path: Path | str, public_key_for: Any) -> Bundle:
    """Parse and verify a bundle. ``public_key_for(device_id)`` returns the enrolled base64 key or None."""
    return verify_bundle(parse_bundle(path), public_key_for)


# A PC clock wrong by more than a century is not a clock; refuse rather than overflow.
_MAX_OFFSET_S = 100 * 366 * 86400.0


def _clock_offsets(raw: Any) -> dict[int, float]:
    if not isinstance(raw, dict):
        raise ValueError("clock_offsets must be an object")
    found: dict[int, float] = {}
    for key, value in raw.items():
        epoch = int(key)
        if epoch < 0 or isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value) or abs(value) > _MAX_OFFSET_S:
            raise ValueError(f"bad clock offset {key!r}: {value!r}")
        found[epoch] = float(value)
    return found
