"""This PC's own signing key: an Ed25519 key pair per device id, made on first use and
kept in the database (``progress_signing_keys``).

It signs level certificates (tutor.progress.certificates), sync batches and hellos
(tutor.sync), and USB bundles: so it lives below all of them. A restored or copied
database mints a new device id (tutor.events) and with it a new key. The private key
sits in the database: it proves "this PC's tutor", not more.
Core code: no Qt.
"""

from __future__ import annotations

import base64
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from tutor.clock import to_iso
from tutor.lessons.keys import key_id as public_key_id
from tutor.store.db import transaction


@dataclass(frozen=True)
class DeviceKey:
    key_id: str
    device_id: str
    private_key: Ed25519PrivateKey
    public_key_raw: bytes


@dataclass(frozen=True)
class PublicKeyExport:
    device_id: str
    key_id: str
    public_key_b64: str  # raw 32 bytes, base64
    pem: str


def device_key(conn: sqlite3.Connection, device_id: str, now: datetime) -> DeviceKey:
    """This device's key, made on first use. Creating writes a row: call inside a transaction."""
    row = conn.execute(
        "SELECT key_id, private_key, public_key FROM progress_signing_keys WHERE device_id = ?", (device_id,)
    ).fetchone()
    if row is not None:
        private = Ed25519PrivateKey.from_private_bytes(bytes(row["private_key"]))
        return DeviceKey(row["key_id"], device_id, private, bytes(row["public_key"]))
    if not conn.in_transaction:
        raise RuntimeError("creating the device key must run inside the caller's transaction")
    private = Ed25519PrivateKey.generate()
    public = private.public_key()
    raw_private = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    raw_public = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    kid = public_key_id(public)
    conn.execute(
        "INSERT INTO progress_signing_keys(key_id, device_id, private_key, public_key, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (kid, device_id, raw_private, raw_public, to_iso(now)),
    )
    return DeviceKey(kid, device_id, private, raw_public)


def public_key_of(conn: sqlite3.Connection, device_id: str, now: datetime) -> PublicKeyExport:
    """The device's public key, made on first use (a write, in its own transaction)."""
    with transaction(conn):
        key = device_key(conn, device_id, now)
    return export_public_key(key)


def export_public_key(key: DeviceKey) -> PublicKeyExport:
    public = Ed25519PublicKey.from_public_bytes(key.public_key_raw)
    pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return PublicKeyExport(key.device_id, key.key_id, base64.b64encode(key.public_key_raw).decode("ascii"),
                           pem.decode("ascii"))


__all__ = ["DeviceKey", "PublicKeyExport", "device_key", "export_public_key", "public_key_of"]
