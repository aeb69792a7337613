"""Text to a stream of playable clips, one sentence at a time.

The first sentence is ready after one short synthesis, so playback starts
while the rest is still being made (the "text to first audio" target). Every
clip is 16-bit mono at the speech loudness target, with a pause after each
sentence but the last, so a player can queue clips back to back.
"""

from __future__ import annotations

from typing import Iterator

from tutor.audio.clip import AudioClip
from tutor.audio.engine import SpeechEngine
from tutor.audio.processing import mono16, normalize_loudness
from tutor.audio.speakable import speech_sentences
from tutor.audio.voices import Voice, check_speed
from tutor.cancel import CancelToken, Progress, no_progress

SENTENCE_PAUSE_S = 0.35  # at speed 1.0; scaled with the speed


def speak_stream(engine: SpeechEngine, text: str, voice: Voice, speed: float,
                 cancel: CancelToken) -> Iterator[AudioClip]:
    """Clips for ``text`` (lesson Markdown or plain text), lazily, one per sentence.

    Yields nothing when there is nothing to say. Raises ``Cancelled`` between or
    during sentences once ``cancel`` is set; closing the iterator early is fine.
    """
    return _sentence_clips(engine, speech_sentences(text), voice, check_speed(speed), cancel)


def _sentence_clips(engine: SpeechEngine, sentences: list[str], voice: Voice, speed: float,
                    cancel: CancelToken, progress: Progress = no_progress) -> Iterator[AudioClip]:
    for index, sentence in enumerate(sentences):
        progress(index / len(sentences), sentence)
        cancel.raise_if_cancelled()
        clip = normalize_loudness(mono16(engine.synthesize(sentence, voice, speed, cancel)))
        if clip.is_empty:
            continue
        if index < len(sentences) - 1:
            clip = clip + AudioClip.silence(SENTENCE_PAUSE_S / speed, clip.sample_rate)
        yield clip


def speak_all(engine: SpeechEngine, text: str, voice: Voice, speed: float,
              cancel: CancelToken, progress: Progress = no_progress) -> AudioClip | None:
    """The whole text as one clip (for saving or a one-shot player); None when there is nothing to say."""
    sentences = speech_sentences(text)
    clips = list(_sentence_clips(engine, sentences, voice, check_speed(speed), cancel, progress))
    progress(1.0, "")
    if not clips:
        return None
    return AudioClip(b"".join(c.pcm for c in clips), clips[0].sample_rate)
