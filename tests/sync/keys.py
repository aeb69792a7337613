"""A device key for tests that speak the protocol by hand: enroll, hello and push bodies
signed the way the engine signs them (tutor.sync.signing)."""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tutor.sync.protocol import event_from_wire
from tutor.sync.signing import (
    ENROLL_CONTEXT,
    HELLO_CONTEXT,
    body_message,
    new_nonce,
    public_key_b64,
    sign,
    sign_manifest,
)


class KeyedDevice:
    def __init__(self, device_id: str, key: Ed25519PrivateKey | None = None):
        self.device_id = device_id
        self.key = key or Ed25519PrivateKey.generate()
        self.public_key = public_key_b64(self.key)

    def enroll_body(self, code: str, name: str = "PC", **extra: Any) -> dict[str, Any]:
        body = {"code": code, "device_id": self.device_id, "device_name": name, "public_key": self.public_key,
                **extra, "nonce": new_nonce()}
        body["signature"] = sign(self.key, body_message(ENROLL_CONTEXT, body))
        return body

    def hello_body(self, device_time: str, first_seq: int | None = 1, **extra: Any) -> dict[str, Any]:
        body = {"protocol_version": 1, "device_id": self.device_id, "device_time": device_time,
                "first_seq": first_seq, "public_key": self.public_key, **extra, "nonce": new_nonce()}
        body["signature"] = sign(self.key, body_message(HELLO_CONTEXT, body))
        return body

    def push_body(self, batch: list[list[Any]], device_id: str | None = None) -> dict[str, Any]:
        device = device_id or self.device_id
        signature = sign_manifest(self.key, device, [event_from_wire(e) for e in batch])
        return {"device_id": device, "batch": batch, "manifests": [{"signature": signature}]}
