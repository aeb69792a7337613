"""Measurements for audio tests, written independently of the code under test (pure Python)."""

from __future__ import annotations

import math
import statistics
from array import array
from operator import mul

from tutor.audio.clip import AudioClip


def rms(values) -> float:
    return math.sqrt(sum(map(mul, values, values)) / len(values)) if len(values) else 0.0


def dbfs(clip: AudioClip) -> float:
    value = rms(clip.samples())
    return 20 * math.log10(value / 32768) if value else -math.inf


def harmonic_tone(f0: float, seconds: float, rate: int, amplitude: float = 0.3) -> AudioClip:
    """A voice-like periodic signal: a fundamental and two weaker harmonics."""
    scale = amplitude * 32767 / 1.8
    values = array("h", (
        round(scale * (math.sin(2 * math.pi * f0 * t) + 0.5 * math.sin(4 * math.pi * f0 * t)
                       + 0.3 * math.sin(6 * math.pi * f0 * t)))
        for t in (i / rate for i in range(round(seconds * rate)))
    ))
    return AudioClip.from_samples(values, rate)


def leading_silence_s(clip: AudioClip, threshold: int = 300) -> float:
    """Time until the first sample louder than ``threshold`` (of 32767)."""
    for index, value in enumerate(clip.samples()):
        if abs(value) > threshold:
            return index / clip.sample_rate
    return clip.duration_s


def sound_duration_s(clip: AudioClip, threshold: int = 300) -> float:
    """From the first to the last sample louder than ``threshold``."""
    values = clip.samples()
    loud = [i for i in range(len(values)) if abs(values[i]) > threshold]
    return (loud[-1] - loud[0]) / clip.sample_rate if loud else 0.0


def fundamental_hz(clip: AudioClip, frames: int = 6, low_hz: float = 60, high_hz: float = 400) -> float:
    """Median F0 over the loudest 30 ms frames, by normalised autocorrelation.

    The loudest frames of speech are vowels (voiced). Within a frame the
    smallest lag whose correlation comes within 10% of the best is taken, so a
    period twice the true one (equally well correlated) is not picked.
    """
    values = clip.samples()
    rate = clip.sample_rate
    width = round(0.03 * rate)
    min_lag, max_lag = int(rate / high_hz), int(rate / low_hz)
    starts = range(0, len(values) - width - max_lag, width // 2)
    loudest = sorted(starts, key=lambda s: -rms(values[s:s + width]))[:frames]
    estimates = []
    for start in loudest:
        frame = values[start:start + width]
        energy = sum(map(mul, frame, frame))
        scores = []
        for lag in range(min_lag, max_lag + 1):
            other = values[start + lag:start + lag + width]
            denominator = math.sqrt(energy * sum(map(mul, other, other))) or 1.0
            scores.append(sum(map(mul, frame, other)) / denominator)
        best = max(scores)
        if best < 0.5:
            continue  # not voiced
        for index in range(1, len(scores) - 1):
            peak = scores[index - 1] <= scores[index] >= scores[index + 1]
            if peak and scores[index] >= 0.9 * best:
                estimates.append(rate / (min_lag + index))
                break
    assert estimates, "no voiced frame found"
    return statistics.median(estimates)
