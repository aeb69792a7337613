"""Level certificates that a hub can check later, signed with this PC's own key.

Each PC (device id) has an Ed25519 key pair, made on first use and kept in the
database (tutor.device_keys, which also signs sync traffic). The public key is exported for the hub
(the teacher enrolls the PC, or the hub reads it from the certificate_issued
event that sync delivers). A certificate signs every field printed on it:
certificate number, learner name, level and its title, date, and device id.

The printed verification code is the full 64-byte signature in Crockford
base32 (digits and capitals without I, L, O, U, so nothing is misread; 103
characters in groups of four). A truncated signature could not be checked with
the public key alone, and a keyed hash would need a secret on the hub: the full
signature keeps the check possible offline, by anyone holding the public key.
At a synced hub a teacher need only type the short certificate number; the
hub finds the full code in the synced event and checks it the same way.

The private key sits in the database, so this proves "issued by the tutor on
that PC", not more: anyone who copies the database file can sign. A restored
or copied database mints a new device id and with it a new key.
"""

from __future__ import annotations

import base64
import json
import os
import re
import unicodedata
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

# The device key moved below progress (sync signs with it too); named here for callers
# that sign certificates with it.
from tutor.device_keys import DeviceKey, PublicKeyExport, device_key, export_public_key, public_key_of  # noqa: F401

SIGNATURE_DOMAIN = b"binh-dan-hoc-ai/certificate/v1\n"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(CROCKFORD)} | {"O": 0, "I": 1, "L": 1}
GROUP = 4


# --- Crockford base32 ---------------------------------------------------------------


def b32_encode(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    n_chars = (len(data) * 8 + 4) // 5
    bits <<= n_chars * 5 - len(data) * 8
    return "".join(CROCKFORD[(bits >> (5 * (n_chars - 1 - i))) & 31] for i in range(n_chars))


def b32_decode(text: str, n_bytes: int) -> bytes | None:
    """Decode what a person typed: case, spaces and dashes ignored, O/I/L read as 0/1/1."""
    chars = re.sub(r"[\s\-]", "", text).upper()
    if len(chars) != (n_bytes * 8 + 4) // 5 or any(ch not in _DECODE for ch in chars):
        return None
    bits = 0
    for ch in chars:
        bits = (bits << 5) | _DECODE[ch]
    spare = len(chars) * 5 - n_bytes * 8
    if bits & ((1 << spare) - 1):
        return None  # padding bits must be zero: a typo in the last character
    return (bits >> spare).to_bytes(n_bytes, "big")


def group(text: str, size: int = GROUP) -> str:
    return "-".join(text[i:i + size] for i in range(0, len(text), size))


# --- fields and signatures -------------------------------------------------------------


def clean_text(text: str) -> str:
    """NFC with single spaces, so a name typed again at the hub compares equal."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class CertificateFields:
    certificate_id: str  # "XXXX-XXXX", short enough to read over the phone
    learner_name: str
    level: int
    level_title: str
    issued_on: str       # local calendar date, YYYY-MM-DD
    device_id: str

    def canonical(self) -> bytes:
        data = {k: clean_text(v) if isinstance(v, str) else v for k, v in asdict(self).items()}
        data["certificate_id"] = data["certificate_id"].upper()
        return SIGNATURE_DOMAIN + json.dumps(
            data, sort_keys=True, ensure_ascii=False, separators=(",", ":")
        ).encode("utf-8")


@dataclass(frozen=True)
class Certificate:
    fields: CertificateFields
    code: str    # grouped Crockford base32 of the Ed25519 signature
    key_id: str  # which device key signed it (sha256 of the public key, 16 hex digits)


def new_certificate_id() -> str:
    return group(b32_encode(os.urandom(5)))


def sign_certificate(fields: CertificateFields, key: "DeviceKey") -> Certificate:
    signature = key.private_key.sign(fields.canonical())
    return Certificate(fields, group(b32_encode(signature)), key.key_id)


def load_public_key(value: bytes | str | Ed25519PublicKey) -> Ed25519PublicKey:
    """Raw 32 bytes, their base64, or a PEM block."""
    if isinstance(value, Ed25519PublicKey):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("-----BEGIN"):
            key = serialization.load_pem_public_key(text.encode("ascii"))
            if not isinstance(key, Ed25519PublicKey):
                raise ValueError("not an Ed25519 public key")
            return key
        value = base64.b64decode(text, validate=True)
    return Ed25519PublicKey.from_public_bytes(bytes(value))


def verify_certificate(fields: CertificateFields, code: str, public_key: bytes | str | Ed25519PublicKey) -> bool:
    """True only when ``code`` is this PC key's signature over exactly these fields."""
    signature = b32_decode(code, 64)
    if signature is None:
        return False
    try:
        load_public_key(public_key).verify(signature, fields.canonical())
    except (InvalidSignature, ValueError):
        return False
    return True
