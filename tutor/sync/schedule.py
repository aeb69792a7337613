"""When to try again after a failed sync: Kolibri's field lesson was "a failed sync never retried".

Exponential back-off with jitter, so thirty PCs of a classroom that lost the hub at the
same moment do not all come back at the same second. The caller (the app's status line)
owns the timer; this only says how long to wait.
"""

from __future__ import annotations

import random

FIRST_RETRY_S = 30.0
MAX_RETRY_S = 30 * 60.0
REGULAR_INTERVAL_S = 15 * 60.0   # between successful syncs


def retry_delay_s(failures: int, rng: random.Random | None = None) -> float:
    """Seconds to wait after ``failures`` failed attempts in a row (0 means the last one succeeded)."""
    if failures <= 0:
        return REGULAR_INTERVAL_S
    base = min(MAX_RETRY_S, FIRST_RETRY_S * 2 ** min(failures - 1, 20))
    jitter = (rng or random).uniform(0.5, 1.0)
    return base * jitter
