"""How many threads llama.cpp gets: chosen for the PC and for what else runs on it.

llama.cpp spins one busy thread per core it is given. On a 2-core village PC
with anything else running (the app's own window, an antivirus scan, a browser)
a thread that has to share its core stalls every other thread at each layer's
barrier: measured in issue 21, 2 threads gave 1.7-15 tok/s where 1 thread gave
13-40, and a lesson's first token came after 20 s instead of 2 s. So:

- small PCs (4 physical cores or fewer) leave one core free: cores - 1;
- bigger PCs use their physical cores, up to MAX_THREADS (decode is bound by
  memory bandwidth; more threads stop helping and start contending);
- before each answer the worker looks at how busy the CPU was while it sat idle
  (cpu_times deltas, so its own work never counts) and gives up one thread for
  each core something else keeps busy, never going below one.
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import dataclass

SMALL_PC_CORES = 4
MAX_THREADS = 8
BUSY_MARGIN = 0.35       # a core counts as taken when another process keeps it 65 % busy
MIN_SAMPLE_S = 0.25      # shorter idle gaps say too little about the load


def physical_cores() -> int:
    try:
        import psutil

        return max(1, psutil.cpu_count(logical=False) or os.cpu_count() or 1)
    except ImportError:
        return max(1, (os.cpu_count() or 2) // 2)


def logical_cores() -> int:
    return max(1, os.cpu_count() or 1)


def base_threads(physical: int) -> int:
    """Threads for an idle PC."""
    if physical <= SMALL_PC_CORES:
        return max(1, physical - 1)
    return min(MAX_THREADS, physical)


def choose_threads(physical: int, busy_cores: float = 0.0) -> int:
    """Threads for a PC with ``physical`` cores while other processes keep
    ``busy_cores`` cores' worth of CPU busy."""
    taken = max(0, math.floor(busy_cores + BUSY_MARGIN)) if busy_cores > 0 else 0
    return max(1, min(base_threads(physical), physical - taken))


@dataclass
class _Times:
    busy: float
    total: float


def _cpu_times() -> _Times | None:
    try:
        import psutil
    except ImportError:
        return None
    t = psutil.cpu_times()
    idle = t.idle + getattr(t, "iowait", 0.0)
    total = sum(t)
    return _Times(total - idle, total)


class LoadMeter:
    """Other processes' CPU use, measured over the gaps when the model is idle.

    ``idle_starts()`` is called when an answer ends, ``busy_cores()`` when the
    next one begins: the CPU time spent between the two was not ours.
    """

    def __init__(self, logical: int | None = None, sample=_cpu_times, clock=time.monotonic):
        self.logical = logical or logical_cores()
        self._sample = sample
        self._clock = clock
        self._mark: tuple[float, _Times] | None = None
        self._last = 0.0

    def idle_starts(self) -> None:
        times = self._sample()
        self._mark = (self._clock(), times) if times is not None else None

    def busy_cores(self) -> float:
        """Cores other processes kept busy during the last idle gap (the last
        figure when the gap was too short to say)."""
        if self._mark is None:
            self.idle_starts()
            return self._last
        started, before = self._mark
        now = self._sample()
        if now is None or self._clock() - started < MIN_SAMPLE_S or now.total <= before.total:
            return self._last
        share = (now.busy - before.busy) / (now.total - before.total)
        self._last = max(0.0, share) * self.logical
        self._mark = (self._clock(), now)
        return self._last
