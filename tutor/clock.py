"""Clocks behind a small interface so tests (and wrong PC clocks) can be simulated."""

from __future__ import annotations

import time
import uuid
from datetime import datetime, timezone
from functools import cache
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Current time, timezone-aware UTC."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never goes backwards; counts time asleep where
        the system can (so a suspended laptop is not mistaken for a clock that jumped)."""

    def boot_key(self) -> str:
        """Names the span in which monotonic() readings can be compared: this boot where the
        system tells it, otherwise this process."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def monotonic(self) -> float:
        # Linux's CLOCK_MONOTONIC stops while suspended; CLOCK_BOOTTIME does not. Python's
        # monotonic() on Windows (GetTickCount64) counts sleep already.
        if _HAS_BOOTTIME:
            return time.clock_gettime(time.CLOCK_BOOTTIME)
        return time.monotonic()

    def boot_key(self) -> str:
        return _boot_key()


_HAS_BOOTTIME = hasattr(time, "CLOCK_BOOTTIME")


@cache
def _boot_key() -> str:
    """Linux: the kernel's boot id (readings of CLOCK_BOOTTIME compare across processes of
    one boot). Elsewhere: unique to this process, so only its own readings compare."""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as fh:
            found = fh.read().strip()
        if found and _HAS_BOOTTIME:
            return "boot:" + found
    except OSError:
        pass
    return "process:" + uuid.uuid4().hex


class FakeClock:
    """A clock tests move by hand. Both readings advance together unless told otherwise."""

    def __init__(self, start: datetime | None = None):
        self._now = start or datetime(2026, 11, 21, 8, 0, tzinfo=timezone.utc)
        self._mono = 1000.0
        self._boots = 1

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def boot_key(self) -> str:
        return f"fake-boot-{self._boots}"

    def reboot(self) -> None:
        """A restart of the PC: monotonic readings before and after no longer compare."""
        self._boots += 1
        self._mono = 1000.0

    def advance(self, seconds: float) -> None:
        from datetime import timedelta

        self._now += timedelta(seconds=seconds)
        self._mono += seconds

    def set_wall(self, when: datetime) -> None:
        """Jump the wall clock only, as a PC with a wrong clock or a user changing it does."""
        self._now = when


def to_iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def from_iso(text: str) -> datetime:
    dt = datetime.fromisoformat(text)
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)
