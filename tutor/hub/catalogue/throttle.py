"""One token bucket shared by every download a hub serves, so a classroom's downloads
never take more than the operator's ``--max-download-kbps`` and sync keeps its share.

Debt-based: a download takes its chunk's bytes at once, and when the bucket goes below
zero it sleeps until the rate has paid the debt back. Every concurrent download sees the
debt the others made, so together they hold the rate; no lock is needed on one event loop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable


class TokenBucket:
    def __init__(self, rate_bytes_s: float, burst_bytes: int,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep):
        if rate_bytes_s <= 0:
            raise ValueError("rate must be positive")
        self.rate = float(rate_bytes_s)
        self.burst = float(burst_bytes)
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(burst_bytes)
        self._stamp = clock()

    async def take(self, n: int) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        self._tokens -= n
        if self._tokens < 0:
            await self._sleep(-self._tokens / self.rate)


def bucket_for_kbps(kbps: float | None, chunk_bytes: int) -> TokenBucket | None:
    """``kbps``: kilobits per second (1 kbps = 125 bytes/s), as network links are sold; None or 0: no limit.
    The burst is one chunk, so the rate holds over any second."""
    if not kbps:
        return None
    return TokenBucket(kbps * 125.0, chunk_bytes)
