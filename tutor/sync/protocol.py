"""The sync wire format, shared by the client (tutor.sync) and the hub (tutor.hub).

Versioned JSON over HTTP. A pushed event travels as a compact list (keys once per
batch, not once per event) so a gzip'd batch costs few bytes per event:

    [seq, prev_seq, event_id, learner_id, kind, schema_ver, device_time, clock_epoch, payload]

Contiguity is a chain, not arithmetic: ``prev_seq`` is the seq of the same device's
previous event (0 for its first). The events table's seq is global in the tutor
database and a restored database starts a new device at whatever seq comes next, so
"seq - 1" would be wrong; the chain is right whatever the gaps.

Endpoints (JSON bodies, optionally gzip'd with Content-Encoding: gzip; refusals are
4xx {error, message, message_vi}):
  POST /v1/enroll {code, device_id, device_name, public_key?, relay?, nonce, signature}
                  -> {device_token, site_id, site_name, hub_key}
  POST /v1/hello  {protocol_version, device_id, device_time, first_seq, public_key, clock_epoch, nonce, signature}
                  -> {protocol_version, hub_time, clock_offset_s, clock_flagged, acked_through, first_seq,
                      max_batch, hub_key}
  POST /v1/events {device_id, batch: [wire event, ...], manifests: [{signature, digests?}]} -> {acked_through}
  GET  /v1/roster -> {learners: [{learner_id, display_name, icon, has_pin, created_at}],
                     teachers: [{teacher_id, username, display_name, password_hash, created_at, revoked}]}
Signatures, nonces and the X-Tutor-Nonce / X-Tutor-Signature headers: tutor.sync.signing.
  GET  /v1/learners/{id}/events?after=HUB_SEQ&limit=N -> {events: [...], next_after, more}
  GET  /v1/site/devices -> {devices: [{device_id, name, public_key}]}   (the site's PCs, for a volunteer's laptop)
All but enroll need Authorization: Bearer DEVICE_TOKEN; a token acts only within its site.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PROTOCOL_VERSION = 1
SUPPORTED_VERSIONS = frozenset({1})

MAX_BATCH_EVENTS = 2000          # the hub tells clients this in hello; larger batches get 413
MAX_REQUEST_BYTES = 4 * 1024 * 1024      # compressed body limit
MAX_INFLATED_BYTES = 16 * 1024 * 1024    # after gunzip: a zip bomb is refused, not inflated
PULL_PAGE_EVENTS = 1000
CLOCK_FLAG_SECONDS = 10 * 60     # offsets larger than this are flagged to teachers

WIRE_FIELDS = (
    "seq", "prev_seq", "event_id", "learner_id", "kind", "schema_ver",
    "device_time", "clock_epoch", "payload",
)

# Events that carry a learner's profile: the roster is folded from these.
PROFILE_KINDS = ("learner_created", "learner_renamed", "learner_pin_set")


@dataclass(frozen=True)
class WireEvent:
    seq: int
    prev_seq: int
    event_id: str
    learner_id: str | None
    kind: str
    schema_ver: int
    device_time: str
    clock_epoch: int
    payload: dict[str, Any]

    def to_wire(self) -> list[Any]:
        return [
            self.seq, self.prev_seq, self.event_id, self.learner_id, self.kind,
            self.schema_ver, self.device_time, self.clock_epoch, self.payload,
        ]


class WireError(ValueError):
    """A request body that does not follow the protocol (the hub answers 400/422)."""


def _int(value: Any, name: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum or value > 2**62:
        raise WireError(f"{name} must be an integer >= {minimum}")
    return value


def _str(value: Any, name: str, max_len: int = 200, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value or len(value) > max_len:
        raise WireError(f"{name} must be a non-empty string of at most {max_len} characters")
    return value


def event_from_wire(item: Any) -> WireEvent:
    """Validate one pushed event; raises WireError with a message for the client."""
    if not isinstance(item, list) or len(item) != len(WIRE_FIELDS):
        raise WireError(f"each event must be a list of {len(WIRE_FIELDS)} fields {list(WIRE_FIELDS)}")
    seq, prev_seq, event_id, learner_id, kind, schema_ver, device_time, clock_epoch, payload = item
    seq = _int(seq, "seq", 1)
    prev_seq = _int(prev_seq, "prev_seq", 0)
    if prev_seq >= seq:
        raise WireError("prev_seq must be smaller than seq")
    if not isinstance(payload, dict):
        raise WireError("payload must be a JSON object")
    return WireEvent(
        seq=seq, prev_seq=prev_seq,
        event_id=_str(event_id, "event_id", 64),
        learner_id=_str(learner_id, "learner_id", 64, optional=True),
        kind=_str(kind, "kind", 64),
        schema_ver=_int(schema_ver, "schema_ver", 0),
        device_time=_str(device_time, "device_time", 40),
        clock_epoch=_int(clock_epoch, "clock_epoch", 0),
        payload=payload,
    )
