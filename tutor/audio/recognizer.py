"""Speech in: offline Vietnamese recognition behind a small interface, and a fake.

Qt-free. ``VietAsrRecognizer`` wraps the ``viet-asr`` package (Apache-2.0), whose
ONNX model is linked into its native library: nothing is downloaded, ever. The
model loads once per process (about 0.6 s, 240 MB resident) on the first
session, which a worker thread opens. ``listen.listen`` drives a session from
an audio source; the UI never calls these directly.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from typing import Protocol

from tutor.audio.clip import AudioClip
from tutor.audio.errors import AudioError

log = logging.getLogger(__name__)


class RecognizerUnavailable(AudioError):
    """The recogniser library or its model could not be loaded on this PC."""

    def __init__(self, log_message: str):
        super().__init__(log_message, code="audio.recognizer_unavailable")


class RecognitionSession(Protocol):
    def accept(self, pcm: bytes) -> str:
        """Feed 16-bit mono PCM at the session's rate; returns the text heard so far."""
        ...

    def finish(self) -> str:
        """No more audio: the final text (NFC, may be empty)."""
        ...


class SpeechRecognizer(Protocol):
    def open_session(self, sample_rate: int) -> RecognitionSession:
        """A fresh session for one utterance. Slow the first time (model load): call off the UI thread."""
        ...


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", (text or "").strip())


class _VietAsrSession:
    def __init__(self, session, lock: threading.Lock):
        self._session = session
        self._lock = lock
        self._text = ""

    def accept(self, pcm: bytes) -> str:
        if pcm:
            with self._lock:
                self._session.accept(pcm)
                result = self._session.partial()
            self._text = _nfc(result.text or result.partial) or self._text
        return self._text

    def finish(self) -> str:
        with self._lock:
            result = self._session.final()
            self._session.close()
        return _nfc(result.text) or self._text


class VietAsrRecognizer:
    """``SpeechRecognizer`` backed by viet-asr's streaming ``transcribe`` preset."""

    preset = "transcribe"

    def __init__(self) -> None:
        self._pipeline = None
        self._lock = threading.Lock()  # the native pipeline is not documented as re-entrant

    def _loaded(self):
        with self._lock:
            if self._pipeline is None:
                try:
                    from vietasr import Pipeline
                except Exception as exc:  # ImportError, or OSError from the native library
                    raise RecognizerUnavailable(f"viet-asr cannot be imported: {exc}") from exc
                try:
                    self._pipeline = Pipeline.preset(self.preset)
                except Exception as exc:
                    raise RecognizerUnavailable(f"viet-asr preset {self.preset!r} failed: {exc}") from exc
                log.info("viet-asr loaded (preset %s)", self.preset)
            return self._pipeline

    def open_session(self, sample_rate: int) -> RecognitionSession:
        pipeline = self._loaded()
        with self._lock:
            session = pipeline.stream(float(sample_rate))
        return _VietAsrSession(session, self._lock)

    def transcribe(self, clip: AudioClip) -> str:
        """A whole clip at once (benchmarks, tests): the same streaming path as the microphone."""
        from tutor.audio.processing import mono16

        clip = mono16(clip)
        session = self.open_session(clip.sample_rate)
        session.accept(clip.pcm)
        return session.finish()


class FakeRecognizer:
    """Hears ``words`` one by one, one word per ``seconds_per_word`` of audio fed in.

    For UI tests of the microphone button; the real recogniser has its own tests.
    """

    def __init__(self, words: str = "xin chào", seconds_per_word: float = 0.3,
                 error: Exception | None = None):
        self.words = words.split()
        self.seconds_per_word = seconds_per_word
        self.error = error
        self.sessions = 0

    def open_session(self, sample_rate: int) -> RecognitionSession:
        if self.error is not None:
            raise self.error
        self.sessions += 1
        return _FakeSession(self.words, self.seconds_per_word, sample_rate)


class _FakeSession:
    def __init__(self, words: list[str], seconds_per_word: float, sample_rate: int):
        self._words = words
        self._bytes_per_word = max(2, round(seconds_per_word * sample_rate) * 2)
        self._fed = 0

    def _text(self) -> str:
        return " ".join(self._words[: self._fed // self._bytes_per_word])

    def accept(self, pcm: bytes) -> str:
        self._fed += len(pcm)
        return self._text()

    def finish(self) -> str:
        return " ".join(self._words)
