"""Tempo change of recorded speech with the pitch kept."""

from __future__ import annotations

import pytest

from tests.audio.signals import fundamental_hz, harmonic_tone
from tutor.audio.clip import AudioClip
from tutor.audio.espeak import EspeakEngine
from tutor.audio.stretch import stretch_chunks, time_stretch
from tutor.audio.voices import NORTHERN
from tutor.cancel import Cancelled, CancelToken


@pytest.mark.parametrize("rate", [22_050, 48_000])
@pytest.mark.parametrize("speed", [0.75, 1.25])
def test_duration_scales_with_speed_and_pitch_stays(rate, speed):
    tone = harmonic_tone(140, 1.2, rate)

    stretched = time_stretch(tone, speed)

    assert stretched.duration_s == pytest.approx(tone.duration_s / speed, rel=0.03)
    assert fundamental_hz(stretched) == pytest.approx(140, rel=0.03)


def test_recorded_speech_keeps_its_pitch_at_each_speed():
    speech = EspeakEngine().synthesize("Anh ba đi xa, em ra sân chơi với cô ba.", NORTHERN, 1.0, CancelToken())
    base_pitch = fundamental_hz(speech)

    slow, fast = time_stretch(speech, 0.75), time_stretch(speech, 1.25)

    assert slow.duration_s > speech.duration_s > fast.duration_s
    assert slow.duration_s == pytest.approx(speech.duration_s / 0.75, rel=0.03)
    assert fast.duration_s == pytest.approx(speech.duration_s / 1.25, rel=0.03)
    for clip in (slow, fast):
        assert fundamental_hz(clip) == pytest.approx(base_pitch, rel=0.10)


def test_normal_speed_and_very_short_clips_pass_through_unchanged():
    tone = harmonic_tone(140, 1.0, 16_000)
    assert time_stretch(tone, 1.0) == tone
    blip = harmonic_tone(140, 0.05, 16_000)
    assert time_stretch(blip, 0.75) == blip
    assert list(stretch_chunks(AudioClip(b"", 16_000), 0.75)) == []


def test_long_recordings_come_in_chunks_that_join_to_the_whole():
    tone = harmonic_tone(140, 8.0, 16_000)
    chunks = list(stretch_chunks(tone, 0.75, chunk_s=2.0))
    assert len(chunks) >= 5
    assert all(c.duration_s <= 2.1 for c in chunks)
    assert b"".join(c.pcm for c in chunks) == time_stretch(tone, 0.75).pcm


def test_cancel_stops_stretching_between_chunks():
    token = CancelToken()
    chunks = stretch_chunks(harmonic_tone(140, 8.0, 16_000), 0.75, token, chunk_s=1.0)
    next(chunks)
    token.cancel()
    with pytest.raises(Cancelled):
        next(chunks)
