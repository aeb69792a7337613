"""Failures of read-aloud, each with an English log text and plain Vietnamese for people.

Read-aloud is a help, never a gate: every one of these leaves the lesson
readable on screen, and the messages say so.
"""

from __future__ import annotations

from tutor.errors import TutorError


class AudioError(TutorError):
    pass


class SpeechUnavailable(AudioError):
    """The speech library or its data could not be loaded on this PC."""

    def __init__(self, log_message: str):
        super().__init__(
            log_message,
            code="audio.speech_unavailable",
        )


class VoiceNotFound(AudioError):
    def __init__(self, voice_name: str):
        super().__init__(
            f"espeak-ng has no voice {voice_name!r}",
            code="audio.voice_not_found",
        )


class SpeechFailed(AudioError):
    def __init__(self, log_message: str):
        super().__init__(log_message, code="audio.speech_failed")


class BadRecording(AudioError):
    """A recording that cannot be used: not a WAV we can read, empty, silent or too long."""

    def __init__(self, log_message: str, *, code: str = "audio.bad_recording", params: dict | None = None):
        super().__init__(log_message, code=code, params=params)
