"""The hub's own key and the checks that keep PCs and hubs honest with each other.

- The hub key (Ed25519, in ``hub_meta`` so every hub process on one database shares it)
  signs every /v1/ answer (:class:`SignedAnswers`); a PC pins its public half when it
  enrolls (the enroll answer carries it) and refuses answers it does not verify.
- Enrollment attempts are rate-limited per client address (:class:`EnrollGuard`): only
  refusals count, so a room of PCs enrolling at once is never slowed.
- Implausible event times are flagged (:func:`implausible_time`).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import deque
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tutor.hub.storage import HubError, HubStorage, parse_time
from tutor.sync.protocol import CLOCK_FLAG_SECONDS, MAX_BATCH_EVENTS, WireError, WireEvent
from tutor.sync.signing import (
    MAX_MANIFESTS,
    NONCE_HEADER,
    SIGNATURE_HEADER,
    answer_message,
    event_digest,
    load_public_key,
    manifest_id,
    manifest_message,
    private_key_from_b64,
    private_key_to_b64,
    sign,
    verify,
)

HUB_KEY = "hub.signing_key"
MAX_MANIFEST_DIGESTS = 2 * MAX_BATCH_EVENTS
# No real learning event is older than the project; one that says so came off a reset clock.
EARLIEST_PLAUSIBLE = datetime(2024, 1, 1, tzinfo=UTC)


def hub_private_key(storage: HubStorage) -> Ed25519PrivateKey:
    """This hub's key, made on first use and shared by every hub process on the database."""
    return private_key_from_b64(storage.meta_default(HUB_KEY, private_key_to_b64(Ed25519PrivateKey.generate())))


def rotate_hub_key(storage: HubStorage) -> Ed25519PrivateKey:
    """A new hub key. PCs pinned the old one: each must enroll again (a fresh site code)."""
    key = Ed25519PrivateKey.generate()
    storage.set_meta({HUB_KEY: private_key_to_b64(key)})
    return key


class SignedAnswers:
    """ASGI middleware: every /v1/ answer gets ``X-Tutor-Signature``, the hub key's signature
    over the caller's nonce, the method and path, the request body's digest and the answer."""

    def __init__(self, app: Any, key: Ed25519PrivateKey):
        self.app = app
        self.key = key

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        request_digest = hashlib.sha256()
        nonce = ""
        for name, value in scope.get("headers", []):
            if name.decode("latin-1").lower() == NONCE_HEADER.lower():
                nonce = value.decode("latin-1")[:64]
        raw_path = (scope.get("raw_path") or scope["path"].encode("utf-8")).split(b"?", 1)[0]
        query = scope.get("query_string") or b""
        target = raw_path + (b"?" + query if query else b"")
        start: dict[str, Any] = {}
        parts: list[bytes] = []

        async def hashing_receive() -> dict[str, Any]:
            message = await receive()
            if message["type"] == "http.request":
                request_digest.update(message.get("body", b""))
            return message

        async def signing_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            parts.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(parts)
            signed = answer_message(nonce, scope["method"], target, request_digest.hexdigest(), body)
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            headers += [(b"content-length", str(len(body)).encode("ascii")),
                        (SIGNATURE_HEADER.lower().encode("ascii"), sign(self.key, signed).encode("ascii"))]
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, hashing_receive, signing_send)


class EnrollGuard:
    """At most ``max_failures`` refused enrollments per client address in ``window``;
    beyond that every attempt from it is answered 429 until the window has passed."""

    def __init__(self, max_failures: int = 10, window: timedelta = timedelta(minutes=10)):
        self.max_failures = max_failures
        self.window = window
        self._failures: dict[str, deque[datetime]] = {}
        self._lock = threading.Lock()

    def check(self, client: str, now: datetime) -> None:
        with self._lock:
            seen = self._recent(client, now)
            if len(seen) >= self.max_failures:
                wait_s = int((seen[0] + self.window - now).total_seconds()) + 1
                raise HubError(429, "too_many_attempts",
                               f"too many refused enrollments from {client}; try again in {wait_s} s")

    def failed(self, client: str, now: datetime) -> None:
        with self._lock:
            self._recent(client, now).append(now)

    def _recent(self, client: str, now: datetime) -> deque[datetime]:
        seen = self._failures.setdefault(client, deque())
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        if len(self._failures) > 10_000:  # a flood of addresses must not grow memory for ever
            for key in [k for k, v in self._failures.items() if not v]:
                del self._failures[key]
        return seen


def checked_manifests(device_id: str, public_key: str | None, events: list[WireEvent],
                      manifests: Any) -> tuple[list[tuple[str, str, str]], list[tuple[int, str]]]:
    """Check that every event is in a manifest signed by its device. ``manifests`` is the
    push's list of ``{"signature", "digests"?}``; a manifest without digests lists the
    pushed batch itself (a PC's own push). Returns what to keep: the manifests
    ``(manifest_id, digests JSON, signature)`` and which one signs each event ``(seq, id)``.
    Raises WireError for a malformed list, HubError 403 for a missing or wrong signature."""
    if not isinstance(manifests, list) or not 1 <= len(manifests) <= MAX_MANIFESTS:
        raise WireError(f"manifests must be a list of 1 to {MAX_MANIFESTS} signed manifests")
    if not public_key:
        raise HubError(403, "unsigned_device", "the hub has no key for this device")
    key = load_public_key(public_key)
    digests = [event_digest(device_id, e) for e in events]
    signer: dict[str, str] = {}
    kept: list[tuple[str, str, str]] = []
    for manifest in manifests:
        if not isinstance(manifest, dict):
            raise WireError("each manifest must be an object")
        listed = manifest.get("digests", digests)
        if (not isinstance(listed, list) or len(listed) > MAX_MANIFEST_DIGESTS
                or not all(isinstance(d, str) and len(d) == 64 for d in listed)):
            raise WireError(f"digests must be a list of at most {MAX_MANIFEST_DIGESTS} SHA-256 hex digests")
        signature = manifest.get("signature")
        if not verify(key, manifest_message(device_id, listed), signature):
            raise HubError(403, "bad_signature", "a manifest is not signed by the device's key")
        mid = manifest_id(signature)
        kept.append((mid, json.dumps(listed, separators=(",", ":")), signature))
        for digest in listed:
            signer.setdefault(digest, mid)
    links = []
    for event, digest in zip(events, digests, strict=True):
        if digest not in signer:
            raise HubError(403, "bad_signature", f"event {event.seq} is not signed by its device")
        links.append((event.seq, signer[digest]))
    return kept, links


def implausible_time(events: list[WireEvent], offset_s: float, hub_now: datetime) -> str | None:
    """Why the times of these events (corrected by ``offset_s``) cannot be right, or None."""
    for e in events:
        try:
            corrected = parse_time(e.device_time) + timedelta(seconds=offset_s)
        except (WireError, OverflowError):
            return f"event {e.seq}: unreadable time {e.device_time!r}"
        if corrected > hub_now + timedelta(seconds=CLOCK_FLAG_SECONDS):
            return f"event {e.seq}: time {corrected.isoformat()} is in the future (hub {hub_now.isoformat()})"
        if corrected < EARLIEST_PLAUSIBLE:
            return f"event {e.seq}: time {corrected.isoformat()} is before {EARLIEST_PLAUSIBLE.date()}"
    return None
