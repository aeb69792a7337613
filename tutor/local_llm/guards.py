"""Caps that end an answer which would otherwise run on.

Small models loop: the same line, the same list item, over and over, until the
token limit; on a busy 2-core PC one such answer ran for 5 minutes. The worker
ends an answer at the first of: the token cap (HARD_MAX_TOKENS whatever a
caller asks), the time cap, or a loop, detected on the generated token ids.
"""

from __future__ import annotations

from collections import deque

HARD_MAX_TOKENS = 1024          # no answer in this app needs more (tasks ask <= 150 words)
DEFAULT_MAX_SECONDS = 90.0      # a learner waits no longer for one answer

# Loop detection: in the last WINDOW tokens, 4-token sequences that already
# occurred there; a fluent answer repeats few, a loop almost all.
WINDOW = 60
GRAM = 4
MAX_REPEATED_SHARE = 0.4
# A short cycle ("1. 1. 1. ..." or one word again and again) is caught sooner.
SHORT_CYCLE_REPEATS = 8


class RepetitionGuard:
    """Feed generated token ids; ``looping`` turns True once the answer loops."""

    def __init__(self, window: int = WINDOW, gram: int = GRAM, max_share: float = MAX_REPEATED_SHARE):
        self.window = window
        self.gram = gram
        self.max_share = max_share
        self._recent: deque[int] = deque(maxlen=window)
        self.looping = False

    def add(self, token: int) -> bool:
        self._recent.append(int(token))
        if not self.looping:
            self.looping = self._short_cycle() or self._repeated_grams()
        return self.looping

    def _repeated_grams(self) -> bool:
        tokens = list(self._recent)
        if len(tokens) < self.window:
            return False
        grams = [tuple(tokens[i:i + self.gram]) for i in range(len(tokens) - self.gram + 1)]
        repeated = len(grams) - len(set(grams))
        return repeated / len(grams) > self.max_share

    def _short_cycle(self) -> bool:
        tokens = list(self._recent)
        for period in (1, 2, 3):
            span = period * SHORT_CYCLE_REPEATS
            if len(tokens) < span:
                return False
            tail = tokens[-span:]
            if all(tail[i] == tail[i % period] for i in range(span)):
                return True
        return False


def capped_tokens(requested: int) -> int:
    return max(1, min(int(requested), HARD_MAX_TOKENS))
