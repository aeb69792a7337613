"""Identifiers made offline: UUIDv4 for people and devices, UUIDv7 for events (time-ordered)."""

from __future__ import annotations

import os
import time
import uuid


def new_learner_id() -> str:
    return str(uuid.uuid4())


def new_device_id() -> str:
    return str(uuid.uuid4())


def new_event_id(unix_ms: int | None = None) -> str:
    """A UUIDv7 (RFC 9562): 48-bit millisecond timestamp, version, variant, random bits."""
    ms = int(time.time() * 1000) if unix_ms is None else unix_ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))
