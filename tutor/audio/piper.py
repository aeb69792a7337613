"""Neural voices: a Piper voice (``.onnx`` + ``.onnx.json``) run by the ``piper-tts`` package.

Qt-free. Loading a voice takes about a second and 100-300 MB; synthesis of a
sentence takes a fraction of its length on a 2-core PC for a "medium" voice.
``PiperEngine`` keeps the loaded voices (usually one) and serialises calls per
voice: an onnxruntime session is thread-safe, but two sentences at once would
only share the same two cores.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from pathlib import Path

from tutor.audio.clip import AudioClip
from tutor.audio.errors import SpeechFailed, SpeechUnavailable
from tutor.audio.voices import Voice, check_speed
from tutor.cancel import CancelToken

log = logging.getLogger(__name__)


class PiperEngine:
    """``SpeechEngine`` for voices whose ``espeak_name`` is ``piper:<path to .onnx>``
    (``tutor.audio.voicepacks`` makes such voices)."""

    def __init__(self) -> None:
        self._voices: dict[str, object] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    @staticmethod
    def model_path(voice: Voice) -> Path:
        if not voice.espeak_name.startswith("piper:"):
            raise ValueError(f"{voice.key} is not a Piper voice")
        return Path(voice.espeak_name[len("piper:"):])

    def _load(self, path: Path):
        key = str(path)
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            loaded = self._voices.get(key)
            if loaded is None:
                try:
                    from piper import PiperVoice
                except Exception as exc:
                    raise SpeechUnavailable(f"piper-tts cannot be imported: {exc}") from exc
                try:
                    loaded = PiperVoice.load(path, config_path=Path(f"{path}.json"))
                except Exception as exc:
                    raise SpeechUnavailable(f"Piper voice {path} does not load: {exc}") from exc
                self._voices[key] = loaded
                log.info("Piper voice loaded: %s (%d Hz)", path, loaded.config.sample_rate)
        return loaded, lock

    def sample_rate(self, voice: Voice) -> int:
        loaded, _ = self._load(self.model_path(voice))
        return loaded.config.sample_rate

    def synthesize(self, text: str, voice: Voice, speed: float, cancel: CancelToken) -> AudioClip:
        speed = check_speed(speed)
        cancel.raise_if_cancelled()
        loaded, lock = self._load(self.model_path(voice))
        rate = loaded.config.sample_rate
        text = unicodedata.normalize("NFC", text).strip()
        if not text:
            return AudioClip(b"", rate)
        from piper import SynthesisConfig

        # Piper's length scale stretches phoneme durations: 1/speed keeps the pitch.
        config = SynthesisConfig(length_scale=(loaded.config.length_scale or 1.0) / speed,
                                 normalize_audio=True, volume=0.9)
        pieces: list[bytes] = []
        while not lock.acquire(timeout=0.05):
            cancel.raise_if_cancelled()
        try:
            for chunk in loaded.synthesize(text, config):
                cancel.raise_if_cancelled()
                pieces.append(chunk.audio_int16_bytes)
        except (SpeechUnavailable, SpeechFailed):
            raise
        except Exception as exc:
            if cancel.cancelled:
                raise
            raise SpeechFailed(f"Piper synthesis failed: {exc}") from exc
        finally:
            lock.release()
        return AudioClip(b"".join(pieces), rate)

    def unload(self, path: Path) -> None:
        with self._guard:
            self._voices.pop(str(path), None)
