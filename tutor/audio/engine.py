"""The speech back-end interface, and a fake for tests of the screens that use it."""

from __future__ import annotations

import math
import threading
from array import array
from typing import Protocol

from tutor.audio.clip import AudioClip
from tutor.audio.voices import Voice, check_speed
from tutor.cancel import CancelToken


class SpeechEngine(Protocol):
    def synthesize(self, text: str, voice: Voice, speed: float, cancel: CancelToken) -> AudioClip:
        """Speak ``text`` as given (prepare it with ``tutor.audio.speakable`` first).

        Blocks until done, so call it from a worker thread. Raises
        ``tutor.cancel.Cancelled`` soon after ``cancel`` is set, ``AudioError``
        when speech is impossible. Empty text gives an empty clip.
        """
        ...


class FakeSpeechEngine:
    """A tone per word instead of a voice: the same shape of result, no library.

    ``gate``: when given, each call waits (still honouring ``cancel``) until the
    test sets it, so a UI test can look at the "reading..." state.
    ``error``: raised by every call, to test how a screen shows a failure.
    """

    sample_rate = 16_000
    tone_hz = 200.0

    def __init__(self, seconds_per_word: float = 0.2, gate: threading.Event | None = None,
                 error: Exception | None = None):
        self.seconds_per_word = seconds_per_word
        self.gate = gate
        self.error = error
        self.calls: list[tuple[str, str, float]] = []  # (text, voice key, speed)
        self.started = threading.Event()  # set when a call begins: a test can wait for it, never sleep
        self._lock = threading.Lock()
        period = round(self.sample_rate / self.tone_hz)
        self._cycle = array("h", (round(8000 * math.sin(2 * math.pi * i / period)) for i in range(period)))

    def synthesize(self, text: str, voice: Voice, speed: float, cancel: CancelToken) -> AudioClip:
        speed = check_speed(speed)
        with self._lock:
            self.calls.append((text, voice.key, speed))
        self.started.set()
        if self.error is not None:
            raise self.error
        if self.gate is not None:
            while not self.gate.wait(0.02):
                cancel.raise_if_cancelled()
        cancel.raise_if_cancelled()
        frames = round(len(text.split()) * self.seconds_per_word / speed * self.sample_rate)
        cycles = -(-frames // len(self._cycle))
        return AudioClip.from_samples((self._cycle * cycles)[:frames], self.sample_rate)
