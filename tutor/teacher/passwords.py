"""Teacher passwords: scrypt with a random salt, the parameters stored with the hash.

The stored text is ``scrypt$n$r$p$salt_hex$hash_hex``. Keeping n, r and p beside the
hash means the cost can be raised in a later release without locking anyone out:
an old hash still verifies with its own parameters and is re-hashed with the new
ones at the next successful login (``needs_rehash``).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass

# The cost and salt size of learner PINs (tutor.pin): about 50-100 ms and 16 MiB per check
# on a slow commune PC: cheap for one login, expensive for someone guessing offline from
# a copied database.
from tutor.pin import SALT_BYTES, SCRYPT_N, SCRYPT_P, SCRYPT_R

HASH_BYTES = 32
MIN_PASSWORD_CHARS = 6
MAX_PASSWORD_CHARS = 200


@dataclass(frozen=True)
class ScryptParams:
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P


# Read at call time (not bound as a default argument), so a later release, or a test
# that needs speed, can change it in one place.
CURRENT = ScryptParams()
# Accounts made at the hub travel to every PC of the site with the roster: hashed at the
# PIN cost (tutor.pin, 128 MiB, about a second), so a stolen PC gives up a password only
# slowly. Login on a PC keeps this hash (needs_rehash never lowers the cost).
SHARED = ScryptParams(n=2**17, r=8, p=1)


def normalise_password(password: str) -> bytes:
    """NFC, so a password typed with a different Vietnamese input method still matches."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def hash_password(password: str, params: ScryptParams | None = None, salt: bytes | None = None) -> str:
    params = params or CURRENT
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = _scrypt(normalise_password(password), salt, params)
    return f"scrypt${params.n}${params.r}${params.p}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    parsed = _parse(stored)
    if parsed is None:
        return False
    params, salt, expected = parsed
    return hmac.compare_digest(_scrypt(normalise_password(password), salt, params), expected)


def needs_rehash(stored: str, params: ScryptParams | None = None) -> bool:
    parsed = _parse(stored)
    if parsed is None:
        return True
    have, want = parsed[0], params or CURRENT
    return have.n * have.r * have.p < want.n * want.r * want.p


def burn_time(password: str) -> None:
    """Spend what a real check costs, so an unknown user name answers as slowly as a wrong password."""
    _scrypt(normalise_password(password), b"\0" * SALT_BYTES, CURRENT)


def _scrypt(secret: bytes, salt: bytes, params: ScryptParams) -> bytes:
    return hashlib.scrypt(secret, salt=salt, n=params.n, r=params.r, p=params.p,
                          maxmem=256 * params.r * params.n + (1 << 20), dklen=HASH_BYTES)


def _parse(stored: str) -> tuple[ScryptParams, bytes, bytes] | None:
    try:
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
        if scheme != "scrypt":
            return None
        return ScryptParams(int(n), int(r), int(p)), bytes.fromhex(salt_hex), bytes.fromhex(hash_hex)
    except (ValueError, AttributeError):
        return None
