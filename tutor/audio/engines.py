"""Which speech engine reads: the chosen neural voice pack first, espeak-ng otherwise.

Qt-free. ``VoiceRouter`` is the ``SpeechEngine`` the app and ``tutor speak``
use. It asks the voice-pack store which pack is in use at every sentence (a
pack chosen in the voice manager takes effect at the next Listen) and falls
back to espeak-ng, with the learner's regional voice, when the pack fails to
load or speak: reading aloud must never stop because of a pack.

``default_engine`` is espeak-ng tuned for intelligibility, as measured by
benchmarks/speech_intelligibility.py (see ESPEAK_* below and the README).
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from tutor.audio.clip import AudioClip
from tutor.audio.errors import AudioError
from tutor.audio.espeak import EspeakEngine
from tutor.audio.voices import Voice
from tutor.cancel import Cancelled, CancelToken

log = logging.getLogger(__name__)

# Measured with benchmarks/speech_intelligibility.py (every attempt in the README):
# 130 words per minute is heard better than espeak-ng's 175 (northern voice,
# 46 lesson sentences: WER 86.7% -> 82.2%), and espeak-ng's "Annie" formant
# variant better still (75.4%; "f3" 80.7%). A wider pitch range, the Klatt
# variants, phoneme input rebuilt from espeak's own transcription and
# resampling to 16 kHz first did not help.
ESPEAK_BASE_RATE = 130
ESPEAK_PITCH = 50
ESPEAK_VARIANT = "Annie"  # appended as "+variant" to the voice's espeak name
# The project's corrected Vietnamese data (tutor/audio/espeak_vi, built by
# `make espeak-vi`); espeak-ng's own data from espeakng-loader when it is missing.
VIETNAMESE_DATA = Path(__file__).resolve().parent.parent / "data" / "espeak-ng-data"


def vietnamese_data_path() -> str | None:
    """The corrected data folder when it is built, else None (the loader's data)."""
    return str(VIETNAMESE_DATA) if (VIETNAMESE_DATA / "phontab").is_file() else None


class TunedEspeak:
    """espeak-ng with the measured settings: rate, pitch and voice variant."""

    def __init__(self, base_rate: int = ESPEAK_BASE_RATE, pitch: int = ESPEAK_PITCH,
                 variant: str = ESPEAK_VARIANT, **paths):
        if paths.get("data_path") is None:
            paths["data_path"] = vietnamese_data_path()
        self.espeak = EspeakEngine(base_rate=base_rate, pitch=pitch, **paths)
        self.variant = variant

    @property
    def sample_rate(self) -> int:
        return self.espeak.sample_rate

    def synthesize(self, text: str, voice: Voice, speed: float, cancel: CancelToken) -> AudioClip:
        if self.variant and "+" not in voice.espeak_name:
            voice = dataclasses.replace(voice, espeak_name=f"{voice.espeak_name}+{self.variant}")
        return self.espeak.synthesize(text, voice, speed, cancel)


def default_engine() -> TunedEspeak:
    return TunedEspeak()


class VoiceRouter:
    """``SpeechEngine``: the active voice pack when there is one, else ``fallback``."""

    def __init__(self, fallback=None, packs=None, neural=None):
        from tutor.audio.piper import PiperEngine

        self.fallback = fallback or default_engine()
        self.packs = packs            # a VoicePackStore, or None for espeak-ng only
        self.neural = neural or PiperEngine()
        self._broken: set[str] = set()  # packs that failed this session: not retried per sentence

    @classmethod
    def for_data_dir(cls, data_root: Path, **kwargs) -> "VoiceRouter":
        from tutor.audio.voicepacks import VoicePackStore, voices_dir

        return cls(packs=VoicePackStore(voices_dir(data_root)), **kwargs)

    def active_voice(self) -> Voice | None:
        if self.packs is None:
            return None
        pack = self.packs.active()
        if pack is None or pack.name in self._broken:
            return None
        return pack.voice

    def synthesize(self, text: str, voice: Voice, speed: float, cancel: CancelToken) -> AudioClip:
        pack_voice = voice if voice.espeak_name.startswith("piper:") else self.active_voice()
        if pack_voice is not None:
            try:
                return self.neural.synthesize(text, pack_voice, speed, cancel)
            except Cancelled:
                raise
            except AudioError as exc:
                log.error("voice pack %s failed, espeak-ng reads instead: %s", pack_voice.key, exc.log_message)
                self._broken.add(pack_voice.key.removeprefix("pack:"))
                if voice is pack_voice:
                    from tutor.audio.voices import DEFAULT_VOICE

                    voice = DEFAULT_VOICE
        return self.fallback.synthesize(text, voice, speed, cancel)
