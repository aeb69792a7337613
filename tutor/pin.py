"""PIN hashing with scrypt and a per-profile salt.

A PIN has only 10 000 values, so its hash is all that stands between a copied database (a
stolen PC, or a learner's history that the hub passes to the other PCs of the site) and
the PIN. New PINs are hashed at a much higher cost than a password check needs:
scrypt N=2^17, r=8 (128 MiB), about 0.4 s on a desktop core and 1-2 s on a slow commune
PC, so trying every PIN costs one to three hours of a core per learner instead of
minutes. The cost travels in the salt (``P1`` + log2 N + r + p + 16 random bytes), so it
can be raised later and older hashes still verify; a bare 16-byte salt is the first
release's hash (N=2^14), which the hub no longer passes on (tutor.hub.storage).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

# The first release's parameters (about 50 ms per check, 16 MiB); teacher passwords use
# them too (tutor.teacher.passwords).
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
PIN_FORMAT = b"P1"


@dataclass(frozen=True)
class PinCost:
    n_log2: int = 17
    r: int = 8
    p: int = 1


# Read at call time, so a later release (or a test that needs speed) changes it in one place.
CURRENT = PinCost()


def is_valid_pin(pin: str) -> bool:
    return len(pin) == 4 and pin.isascii() and pin.isdigit()


def _cost(salt: bytes) -> tuple[int, int, int]:
    if len(salt) == SALT_BYTES:
        return SCRYPT_N, SCRYPT_R, SCRYPT_P
    if len(salt) == len(PIN_FORMAT) + 3 + SALT_BYTES and salt.startswith(PIN_FORMAT):
        n_log2, r, p = salt[2], salt[3], salt[4]
        if 10 <= n_log2 <= 22 and 1 <= r <= 32 and 1 <= p <= 4:
            return 2**n_log2, r, p
    raise ValueError("not a PIN salt")


def is_hardened_salt(salt: bytes | None) -> bool:
    """True for a salt of the costly scheme (not the first release's)."""
    if not salt:
        return False
    try:
        _cost(salt)
    except ValueError:
        return False
    return len(salt) != SALT_BYTES


def hash_pin(pin: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    if salt is None:
        cost = CURRENT
        salt = PIN_FORMAT + bytes([cost.n_log2, cost.r, cost.p]) + os.urandom(SALT_BYTES)
    n, r, p = _cost(salt)
    digest = hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + (1 << 20),
                            dklen=32)
    return digest, salt


def pin_matches(pin: str, digest: bytes, salt: bytes) -> bool:
    """False for a PIN this PC cannot check: a hash the hub did not pass on (empty)."""
    if not is_valid_pin(pin) or not digest:
        return False
    try:
        candidate, _ = hash_pin(pin, salt)
    except ValueError:
        return False
    return hmac.compare_digest(candidate, digest)
