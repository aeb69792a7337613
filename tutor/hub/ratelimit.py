"""A small in-process rate limit per client address (the certificate check, dashboard sign-in).

A sliding window of recent hits per key, kept in memory: a hub process forgets it on
restart, which is fine for slowing guessing down (an 8-character certificate number plus
a holder's name, an operator's password). Several hub processes each count their own.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable


class RateLimiter:
    def __init__(self, limit: int, window_s: float, clock: Callable[[], float], max_keys: int = 10_000):
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()
        self._max_keys = max_keys

    def allow(self, key: str) -> bool:
        """Count a hit for ``key``; False when it already had ``limit`` hits in the window."""
        now = self._clock()
        with self._lock:
            hits = self._hits.get(key)
            if hits is None:
                if len(self._hits) >= self._max_keys:
                    self._forget_idle(now)
                hits = self._hits.setdefault(key, deque())
            while hits and now - hits[0] >= self.window_s:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            return True

    def retry_after_s(self, key: str) -> float:
        with self._lock:
            hits = self._hits.get(key)
            return max(0.0, self.window_s - (self._clock() - hits[0])) if hits else 0.0

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, hits in self._hits.items() if not hits or now - hits[-1] >= self.window_s]:
            del self._hits[key]
        if len(self._hits) >= self._max_keys:  # a flood of addresses: start again rather than grow
            self._hits.clear()


__all__ = ["RateLimiter"]
