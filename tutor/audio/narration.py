"""Recorded narration first, the synthetic voice otherwise.

A content pack may ship recorded narration, and a teacher may record a
section on this PC (the UI captures the microphone and hands us the WAV).
``Narrator`` plays a recording when one exists for the section and speaks
the text otherwise; either way at the learner's speed, pitch kept.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping, Protocol

from tutor.audio.clip import AudioClip
from tutor.audio.engine import SpeechEngine
from tutor.audio.errors import AudioError, BadRecording
from tutor.audio.processing import mono16, normalize_loudness, trim_silence
from tutor.audio.stream import speak_stream
from tutor.audio.stretch import stretch_chunks
from tutor.audio.voices import Voice, check_speed
from tutor.cancel import CancelToken

log = logging.getLogger(__name__)

NARRATION_DIRNAME = "narration"
MAX_RECORDING_S = 15 * 60
MIN_SPEECH_S = 0.3
MAX_WAV_BYTES = 400 * 1024 * 1024  # 15 minutes of 48 kHz stereo float is about 350 MB
_LESSON_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


class NarrationSource(Protocol):
    def recording(self, lesson_id: str, section_index: int) -> AudioClip | None:
        """The recorded narration of one lesson section, or None."""
        ...


class NoRecordings:
    def recording(self, lesson_id: str, section_index: int) -> AudioClip | None:
        return None


class RecordingsInMemory:
    """WAV bytes keyed by (lesson id, section index): how a pack's narration can be offered."""

    def __init__(self, wavs: Mapping[tuple[str, int], bytes]):
        self._wavs = dict(wavs)

    def recording(self, lesson_id: str, section_index: int) -> AudioClip | None:
        data = self._wavs.get((lesson_id, section_index))
        if data is None:
            return None
        try:
            return AudioClip.from_wav_bytes(data)
        except BadRecording as exc:
            log.warning("unreadable narration for %s section %d: %s", lesson_id, section_index, exc.log_message)
            return None


class FirstRecording:
    """Asks each source in turn: the teacher's own recording before the pack's."""

    def __init__(self, *sources: NarrationSource):
        self._sources = sources

    def recording(self, lesson_id: str, section_index: int) -> AudioClip | None:
        for source in self._sources:
            clip = source.recording(lesson_id, section_index)
            if clip is not None:
                return clip
        return None


class TeacherNarrations:
    """Recordings a teacher made on this PC: ``<data dir>/narration/<lesson id>/<section>.wav``.

    Files, not database rows: they are large, belong to this PC only (they are
    not synced) and a teacher can copy the folder to another PC by hand.
    Stored already trimmed and normalised, as 16-bit mono WAV.
    """

    def __init__(self, root: Path | str):
        self.root = Path(root)

    @classmethod
    def in_data_dir(cls, data_root: Path | str) -> "TeacherNarrations":
        return cls(Path(data_root) / NARRATION_DIRNAME)

    def path(self, lesson_id: str, section_index: int) -> Path:
        if not _LESSON_ID.match(lesson_id) or ".." in lesson_id:
            raise ValueError(f"not a lesson id: {lesson_id!r}")
        if isinstance(section_index, bool) or not isinstance(section_index, int) or section_index < 0:
            raise ValueError(f"not a section index: {section_index!r}")
        return self.root / lesson_id / f"{section_index}.wav"

    def save(self, lesson_id: str, section_index: int, wav: bytes) -> AudioClip:
        """Clean up a microphone recording and keep it for this section, replacing any older one.

        Returns the stored clip (for a "listen back" button). Raises
        ``BadRecording`` with a message for the teacher when the WAV cannot be
        read, holds no speech or is too long; nothing is stored then.
        """
        target = self.path(lesson_id, section_index)
        clip = prepare_recording(wav)
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(target, clip.to_wav_bytes())
        log.info("teacher narration saved for %s section %d (%.1f s)", lesson_id, section_index, clip.duration_s)
        return clip

    def recording(self, lesson_id: str, section_index: int) -> AudioClip | None:
        path = self.path(lesson_id, section_index)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("cannot read narration %s: %s", path, exc)
            return None
        try:
            return AudioClip.from_wav_bytes(data)
        except BadRecording as exc:  # a damaged file falls back to the synthetic voice
            log.warning("damaged narration %s: %s", path, exc.log_message)
            return None

    def has(self, lesson_id: str, section_index: int) -> bool:
        return self.path(lesson_id, section_index).is_file()

    def delete(self, lesson_id: str, section_index: int) -> bool:
        try:
            self.path(lesson_id, section_index).unlink()
            return True
        except FileNotFoundError:
            return False

    def sections(self, lesson_id: str) -> list[int]:
        """Section indexes of ``lesson_id`` that have a teacher recording, in order."""
        folder = self.path(lesson_id, 0).parent
        if not folder.is_dir():
            return []
        return sorted(int(p.stem) for p in folder.glob("*.wav") if p.stem.isdigit())


def prepare_recording(wav: bytes) -> AudioClip:
    """A microphone WAV as 16-bit mono, silence trimmed, loudness normalised; or ``BadRecording``."""
    if len(wav) > MAX_WAV_BYTES:
        raise BadRecording(f"recording of {len(wav)} bytes is too large", **_TOO_LONG)
    clip = mono16(AudioClip.from_wav_bytes(wav))
    if clip.duration_s > MAX_RECORDING_S:
        raise BadRecording(f"recording of {clip.duration_s:.0f} s is too long", **_TOO_LONG)
    clip = trim_silence(clip)
    if clip.duration_s < MIN_SPEECH_S:
        raise BadRecording(
            f"recording has {clip.duration_s:.2f} s of sound after trimming silence", code="audio.no_speech",
        )
    return normalize_loudness(clip)


_TOO_LONG = {"code": "audio.recording_too_long", "params": {"minutes": MAX_RECORDING_S // 60}}


def _write_atomically(target: Path, data: bytes) -> None:
    """Write beside the target and rename over it: a power cut leaves the old file or the new one."""
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise


@dataclass
class Narration:
    """What to play: a lazy iterator of 16-bit mono clips, and whether it is a recording
    (the UI may say "Giọng thầy cô" then)."""

    recorded: bool
    clips: Iterator[AudioClip]


class Narrator:
    """Reads lesson sections, questions and feedback aloud; run its iterators on a worker thread."""

    def __init__(self, engine: SpeechEngine, recordings: NarrationSource | None = None):
        self.engine = engine
        self.recordings = recordings or NoRecordings()

    def narrate(self, text: str, voice: Voice, speed: float, cancel: CancelToken,
                recording: AudioClip | bytes | None = None) -> Narration:
        """The recording when given (played at ``speed``, pitch kept), else ``text`` spoken."""
        speed = check_speed(speed)
        if recording is not None:
            try:
                clip = AudioClip.from_wav_bytes(recording) if isinstance(recording, (bytes, bytearray)) else recording
            except AudioError as exc:
                log.warning("recorded narration unusable, using the synthetic voice: %s", exc.log_message)
            else:
                return Narration(True, _recorded_clips(clip, speed, cancel))
        return Narration(False, speak_stream(self.engine, text, voice, speed, cancel))

    def section(self, lesson_id: str, section_index: int, text: str, voice: Voice, speed: float,
                cancel: CancelToken) -> Narration:
        """A lesson section: its recorded narration if there is one, else its text spoken."""
        recording = self.recordings.recording(lesson_id, section_index)
        return self.narrate(text, voice, speed, cancel, recording=recording)

    def text(self, text: str, voice: Voice, speed: float, cancel: CancelToken) -> Narration:
        """A question, an option, a feedback message: always the synthetic voice."""
        return self.narrate(text, voice, speed, cancel)


def _recorded_clips(clip: AudioClip, speed: float, cancel: CancelToken) -> Iterator[AudioClip]:
    cancel.raise_if_cancelled()
    clip = normalize_loudness(mono16(clip))
    for piece in stretch_chunks(clip, speed, cancel):
        cancel.raise_if_cancelled()
        yield piece
