"""Enrollment codes and device tokens. The hub keeps only SHA-256 hashes of both."""

from __future__ import annotations

import hashlib
import secrets

# No 0/O, 1/I/L: codes are read aloud and typed by hand from a sheet of paper.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3
CODE_GROUP_LEN = 4


def new_enrollment_code() -> str:
    groups = [
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LEN)) for _ in range(CODE_GROUPS)
    ]
    return "-".join(groups)


def normalize_code(code: str) -> str:
    """Case, spaces and dashes do not matter when a person types the code."""
    return "".join(ch for ch in str(code).upper() if ch.isalnum())


def hash_code(code: str) -> str:
    return hashlib.sha256(("code:" + normalize_code(code)).encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(("token:" + token).encode("utf-8")).hexdigest()
