"""Signatures between PCs and hubs (Ed25519), shared by the client and the hub.

What is signed, and by whom:
- each pushed EVENT, by the device that wrote it (its certificate key, whose public half
  the hub binds to the device id at enrollment, first key forever): the device signs a
  MANIFEST per batch, the list of its events' SHA-256 digests (one signature per batch,
  not per event: cheap to make, check and send). The hub keeps the manifests; a relay hub
  forwards each event with the origin device's manifest, and cannot make one.
- each HELLO and ENROLL request, by the device (a relay hub: by its own hub key), with a
  random nonce the hub remembers: a replayed old hello or enrollment is refused.
- each hub ANSWER, by the hub's key, which a PC pins when it enrolls: the signature covers
  the request's nonce, method, path and body digest and the answer's body, so an old
  answer replayed, or an answer to another request, does not verify.

Messages are a context line and canonical JSON (sorted keys, ASCII, no NaN), so both sides
sign and check the same bytes whatever order or escaping the JSON travelled in.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from tutor.sync.protocol import WireEvent

EVENT_CONTEXT = b"tutor-event-1\n"
HELLO_CONTEXT = b"tutor-hello-1\n"
ENROLL_CONTEXT = b"tutor-enroll-1\n"
ANSWER_CONTEXT = b"tutor-hub-answer-1\n"
MANIFEST_CONTEXT = b"tutor-manifest-1\n"
MAX_MANIFESTS = 64   # per push: a relay's run of events spans few of the PCs' batches

NONCE_HEADER = "X-Tutor-Nonce"
SIGNATURE_HEADER = "X-Tutor-Signature"
MAX_NONCE_CHARS = 64
MAX_SIGNATURE_CHARS = 100


class SignatureError(ValueError):
    """A value that cannot be signed or checked (not JSON-able, a malformed key)."""


def canonical(value: Any) -> bytes:
    try:
        return json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"),
                          allow_nan=False).encode("ascii")
    except (TypeError, ValueError) as exc:
        raise SignatureError(f"cannot be signed: {exc}") from None


def new_nonce() -> str:
    return secrets.token_hex(16)


def event_message(device_id: str, event: WireEvent) -> bytes:
    return EVENT_CONTEXT + canonical([device_id, *event.to_wire()])


def event_digest(device_id: str, event: WireEvent) -> str:
    return hashlib.sha256(event_message(device_id, event)).hexdigest()


def manifest_message(device_id: str, digests: list[str]) -> bytes:
    return MANIFEST_CONTEXT + canonical([device_id, digests])


def sign_manifest(private_key: Ed25519PrivateKey, device_id: str, events: list[WireEvent]) -> str:
    """The device's one signature over a batch of its events."""
    return sign(private_key, manifest_message(device_id, [event_digest(device_id, e) for e in events]))


def manifest_id(signature: str) -> str:
    return hashlib.sha256(signature.encode("ascii", "replace")).hexdigest()[:32]


def body_message(context: bytes, body: dict[str, Any]) -> bytes:
    """A request body as signed: every field but ``signature``."""
    return context + canonical({k: v for k, v in body.items() if k != "signature"})


def answer_message(nonce: str, method: str, target: bytes, request_digest: str, answer_body: bytes) -> bytes:
    """``target`` is the raw path with its query (``/v1/x?a=1``) as it went over the wire;
    ``request_digest`` the SHA-256 (hex) of the request body's bytes as sent."""
    return (ANSWER_CONTEXT + nonce.encode("ascii", "replace") + b"\n" + method.upper().encode("ascii") + b" "
            + target + b"\n" + request_digest.encode("ascii") + b"\n"
            + hashlib.sha256(answer_body).hexdigest().encode("ascii"))


def sign(private_key: Ed25519PrivateKey, message: bytes) -> str:
    return base64.b64encode(private_key.sign(message)).decode("ascii")


def public_key_b64(private_key: Ed25519PrivateKey) -> str:
    raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_public_key(text: str) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))
    except (ValueError, TypeError, binascii.Error) as exc:
        raise SignatureError(f"not an Ed25519 public key: {exc}") from None


def verify(public_key: str | Ed25519PublicKey, message: bytes, signature: Any) -> bool:
    """True when ``signature`` (base64) is ``public_key``'s over ``message``; never raises."""
    if not isinstance(signature, str) or len(signature) > MAX_SIGNATURE_CHARS:
        return False
    try:
        key = load_public_key(public_key) if isinstance(public_key, str) else public_key
        key.verify(base64.b64decode(signature, validate=True), message)
        return True
    except (InvalidSignature, SignatureError, ValueError, TypeError, binascii.Error):
        return False


def key_fingerprint(public_key_b64_text: str) -> str:
    """What an operator compares by eye: 16 hex digits of the key's SHA-256, in groups of four."""
    digest = hashlib.sha256(public_key_b64_text.encode("ascii", "replace")).hexdigest()[:16]
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


def private_key_from_b64(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text))


def private_key_to_b64(key: Ed25519PrivateKey) -> str:
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    return base64.b64encode(raw).decode("ascii")
