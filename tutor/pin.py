"""PIN hashing with scrypt and a per-profile salt."""

from __future__ import annotations

import hashlib
import hmac
import os

# Parameters sized for a slow commune PC: about 50 ms per check, 16 MiB of memory.
# Teacher passwords use the same ones (tutor.teacher.passwords).
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16


def is_valid_pin(pin: str) -> bool:
    return len(pin) == 4 and pin.isascii() and pin.isdigit()


def hash_pin(pin: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    return digest, salt


def pin_matches(pin: str, digest: bytes, salt: bytes) -> bool:
    if not is_valid_pin(pin):
        return False
    candidate, _ = hash_pin(pin, salt)
    return hmac.compare_digest(candidate, digest)
