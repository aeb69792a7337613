"""One utterance from an audio source to text: partial text as it comes, stop on silence.

Qt-free; runs on a worker thread. The source is the microphone in the app
(``tutor.ui.widgets.mic``) and a recording in tests (``ClipSource``). Listening
ends when the person stops talking (``silence_s`` of quiet after speech), when
``stop`` is set (a second press of the button: keep what was heard), at
``max_s``, or when the source runs dry. ``cancel`` drops everything.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable, Protocol

from tutor.audio._compat import audioop
from tutor.audio.clip import AudioClip
from tutor.audio.processing import mono16
from tutor.audio.recognizer import SpeechRecognizer
from tutor.cancel import CancelToken

CHUNK_S = 0.1
SILENCE_S = 1.2           # quiet after speech that ends the utterance
NO_SPEECH_S = 8.0         # give up when nobody says anything at all
MAX_S = 60.0
SPEECH_RMS = 500          # of 32767 (about -36 dBFS): louder than a quiet room


class AudioSource(Protocol):
    sample_rate: int

    def read(self, timeout_s: float) -> bytes | None:
        """Up to about ``CHUNK_S`` of 16-bit mono PCM; b"" when nothing came in time;
        None when the source has ended (file done, device gone)."""
        ...

    def close(self) -> None:
        ...


class ClipSource:
    """A recording played into the recogniser as a microphone would, chunk by chunk.

    ``realtime``: wait the chunk's duration before handing it over (so a UI test
    sees partial text arrive like it does with a person); tests of the core use
    ``False`` and run as fast as the recogniser allows. ``tail_silence_s`` of
    quiet is added so the silence endpoint is reached as with a person.
    """

    def __init__(self, clip: AudioClip, realtime: bool = False, tail_silence_s: float = SILENCE_S + 0.3):
        clip = mono16(clip)
        self.sample_rate = clip.sample_rate
        self._pcm = clip.pcm + AudioClip.silence(tail_silence_s, clip.sample_rate).pcm
        self._position = 0
        self._chunk = max(2, round(CHUNK_S * clip.sample_rate)) * 2
        self._realtime = realtime
        self._closed = threading.Event()

    @classmethod
    def from_wav_file(cls, path, **kwargs) -> "ClipSource":
        with open(path, "rb") as handle:
            return cls(AudioClip.from_wav_bytes(handle.read()), **kwargs)

    def read(self, timeout_s: float) -> bytes | None:
        if self._closed.is_set() or self._position >= len(self._pcm):
            return None
        if self._realtime and self._closed.wait(CHUNK_S):
            return None
        piece = self._pcm[self._position:self._position + self._chunk]
        self._position += len(piece)
        return piece

    def close(self) -> None:
        self._closed.set()


@dataclass
class Heard:
    text: str
    audio_s: float
    stopped_by: str  # "silence", "stop", "end", "limit", "no-speech"


def listen(recognizer: SpeechRecognizer, source: AudioSource, cancel: CancelToken,
           on_partial: Callable[[str], None] = lambda text: None,
           stop: threading.Event | None = None,
           silence_s: float = SILENCE_S, no_speech_s: float = NO_SPEECH_S, max_s: float = MAX_S) -> Heard:
    """Recognise one utterance; ``on_partial`` is called (on this thread) whenever the text changes."""
    stop = stop or threading.Event()
    session = recognizer.open_session(source.sample_rate)
    bytes_per_s = source.sample_rate * 2
    fed = 0
    heard_speech = False
    quiet_since = 0  # bytes fed at the end of the last loud chunk
    last_text = ""
    reason = "end"
    try:
        while True:
            cancel.raise_if_cancelled()
            if stop.is_set():
                reason = "stop"
                break
            pcm = source.read(CHUNK_S * 2)
            if pcm is None:
                break
            if not pcm:
                continue
            fed += len(pcm)
            if audioop.rms(pcm, 2) >= SPEECH_RMS:
                heard_speech = True
                quiet_since = fed
            text = session.accept(pcm)
            if text != last_text:
                last_text = text
                on_partial(text)
            if heard_speech and (fed - quiet_since) / bytes_per_s >= silence_s:
                reason = "silence"
                break
            if not heard_speech and fed / bytes_per_s >= no_speech_s:
                reason = "no-speech"
                break
            if fed / bytes_per_s >= max_s:
                reason = "limit"
                break
    finally:
        source.close()
    cancel.raise_if_cancelled()
    text = session.finish()
    if text != last_text:
        on_partial(text)
    return Heard(text, fed / bytes_per_s, reason)
