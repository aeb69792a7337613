"""Loudness, silence trimming and format conversion, done with pydub.

Everything here works on 16-bit-or-other integer PCM in memory through
pydub's raw-data and audioop paths; nothing needs ffmpeg.
"""

from __future__ import annotations

import math

from tutor.audio._compat import AudioSegment, audioop, detect_leading_silence
from tutor.audio.clip import AudioClip

TARGET_DBFS = -20.0        # speech level of every clip we play: synthetic and recorded sound alike
PEAK_CEILING_DBFS = -1.0   # never raise a clip so far that its peaks clip
SILENCE_FLOOR_DBFS = -60.0
SILENCE_CEILING_DBFS = -30.0
SILENCE_BELOW_SPEECH_DB = 25.0
KEEP_AROUND_SPEECH_S = 0.05  # left before and after speech so soft consonants are not cut


def to_segment(clip: AudioClip) -> AudioSegment:
    return AudioSegment(data=clip.pcm, sample_width=clip.sample_width,
                        frame_rate=clip.sample_rate, channels=clip.channels)


def from_segment(segment: AudioSegment) -> AudioClip:
    return AudioClip(segment.raw_data, segment.frame_rate, segment.channels, segment.sample_width)


def mono16(clip: AudioClip) -> AudioClip:
    """The clip as 16-bit mono: what the player and the time-stretch take."""
    if clip.channels == 1 and clip.sample_width == 2:
        return clip
    return from_segment(to_segment(clip).set_channels(1).set_sample_width(2))


def playable_wav(clip: AudioClip) -> bytes:
    """WAV bytes QtMultimedia plays everywhere: 16-bit mono PCM."""
    return mono16(clip).to_wav_bytes()


def rms_dbfs(clip: AudioClip) -> float:
    """Loudness as RMS relative to full scale; -inf for silence or an empty clip."""
    if clip.is_empty:
        return -math.inf
    return to_segment(clip).dBFS


def normalize_loudness(clip: AudioClip, target_dbfs: float = TARGET_DBFS,
                       ceiling_dbfs: float = PEAK_CEILING_DBFS) -> AudioClip:
    """Bring the clip's RMS level to ``target_dbfs``, unless that would push peaks past the ceiling.

    A quiet microphone recording comes up to the level of the synthetic voice,
    so learners do not reach for the volume between sections.
    """
    if clip.is_empty:
        return clip
    segment = to_segment(clip)
    if segment.rms == 0:
        return clip
    gain = target_dbfs - segment.dBFS
    gain = min(gain, ceiling_dbfs - segment.max_dBFS)
    if abs(gain) < 0.05:
        return clip
    return from_segment(segment.apply_gain(gain))


def speech_level_dbfs(clip: AudioClip, frame_s: float = 0.02) -> float:
    """The level of the loud part of a clip (90th percentile of 20 ms frames).

    Unlike the whole clip's RMS this does not drop when the recording starts
    with ten seconds of silence, so the silence threshold stays put.
    """
    if clip.is_empty:
        return -math.inf
    step = max(clip.frame_width, round(frame_s * clip.sample_rate) * clip.frame_width)
    levels = sorted(
        audioop.rms(clip.pcm[i:i + step], clip.sample_width)
        for i in range(0, len(clip.pcm), step)
    )
    loud = levels[min(len(levels) - 1, int(len(levels) * 0.9))]
    full_scale = float(1 << (8 * clip.sample_width - 1))
    return 20 * math.log10(loud / full_scale) if loud else -math.inf


def silence_threshold_dbfs(clip: AudioClip) -> float:
    """Quieter than this counts as silence: well below the speech, inside sane bounds."""
    level = speech_level_dbfs(clip)
    if level == -math.inf:
        return SILENCE_FLOOR_DBFS
    return max(SILENCE_FLOOR_DBFS, min(SILENCE_CEILING_DBFS, level - SILENCE_BELOW_SPEECH_DB))


def trim_silence(clip: AudioClip, threshold_dbfs: float | None = None,
                 keep_s: float = KEEP_AROUND_SPEECH_S) -> AudioClip:
    """Cut leading and trailing silence, keeping ``keep_s`` around the speech.

    A clip that is silence throughout comes back empty.
    """
    if clip.is_empty:
        return clip
    threshold = silence_threshold_dbfs(clip) if threshold_dbfs is None else threshold_dbfs
    segment = to_segment(clip)
    total_ms = len(segment)
    lead_ms = detect_leading_silence(segment, silence_threshold=threshold, chunk_size=10)
    if lead_ms >= total_ms:
        return AudioClip(b"", clip.sample_rate, clip.channels, clip.sample_width)
    trail_ms = detect_leading_silence(segment.reverse(), silence_threshold=threshold, chunk_size=10)
    keep_ms = keep_s * 1000
    start = _byte_offset(clip, lead_ms - keep_ms) if lead_ms > keep_ms else 0
    end = len(clip.pcm) - _byte_offset(clip, trail_ms - keep_ms) if trail_ms > keep_ms else len(clip.pcm)
    if start == 0 and end == len(clip.pcm):
        return clip
    return AudioClip(clip.pcm[start:end], clip.sample_rate, clip.channels, clip.sample_width)


def _byte_offset(clip: AudioClip, ms: float) -> int:
    return min(len(clip.pcm), round(ms * clip.sample_rate / 1000) * clip.frame_width)
