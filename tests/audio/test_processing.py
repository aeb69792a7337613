"""Loudness, silence trimming, conversion and WAV reading."""

from __future__ import annotations

import struct
from array import array

import pytest

from tests.audio.signals import dbfs, harmonic_tone, leading_silence_s
from tutor.audio.clip import AudioClip
from tutor.audio.errors import BadRecording
from tutor.audio.processing import (
    PEAK_CEILING_DBFS, TARGET_DBFS, mono16, normalize_loudness, playable_wav, trim_silence,
)

RATE = 16_000


def quiet_speechlike(seconds=0.6, amplitude=0.01) -> AudioClip:
    return harmonic_tone(150, seconds, RATE, amplitude=amplitude)


def test_trimming_removes_leading_and_trailing_silence_but_keeps_a_margin():
    speech = quiet_speechlike(amplitude=0.2)
    clip = AudioClip.silence(1.5, RATE) + speech + AudioClip.silence(0.8, RATE)

    trimmed = trim_silence(clip)

    assert leading_silence_s(clip) >= 1.5
    assert leading_silence_s(trimmed) <= 0.06
    assert speech.duration_s <= trimmed.duration_s <= speech.duration_s + 0.12


def test_trimming_works_over_a_noisy_microphone_floor():
    noise = array("h", ((i * 7919) % 401 - 200 for i in range(RATE)))  # about -49 dBFS of hiss
    noisy_silence = AudioClip.from_samples(noise, RATE)
    clip = noisy_silence + quiet_speechlike(amplitude=0.3) + noisy_silence

    trimmed = trim_silence(clip)

    assert 0.6 <= trimmed.duration_s <= 0.72


def test_all_silence_trims_to_nothing():
    assert trim_silence(AudioClip.silence(2.0, RATE)).is_empty


def test_normalisation_raises_a_quiet_clip_to_the_target_level():
    quiet = quiet_speechlike(amplitude=0.01)
    assert dbfs(quiet) < TARGET_DBFS - 20

    louder = normalize_loudness(quiet)

    assert dbfs(louder) == pytest.approx(TARGET_DBFS, abs=0.5)
    assert louder.duration_s == quiet.duration_s


def test_normalisation_never_pushes_peaks_past_the_ceiling():
    # One loud click in a quiet clip: reaching the RMS target would clip the click.
    values = quiet_speechlike(amplitude=0.01).samples()
    values[100] = 20000
    louder = normalize_loudness(AudioClip.from_samples(values, RATE))

    peak = max(abs(v) for v in louder.samples())
    assert peak <= 32768 * 10 ** (PEAK_CEILING_DBFS / 20) + 1
    assert dbfs(louder) < TARGET_DBFS


def test_normalising_silence_changes_nothing():
    silence = AudioClip.silence(0.5, RATE)
    assert normalize_loudness(silence) == silence


def test_stereo_24_bit_becomes_16_bit_mono_wav_qt_can_play():
    frames = 800
    left_right = b"".join(struct.pack("<i", v << 8)[:3] * 2 for v in range(-400, 400))  # same on both channels
    clip = AudioClip(left_right, 48_000, channels=2, sample_width=3)

    converted = mono16(clip)
    wav = playable_wav(clip)

    assert (converted.channels, converted.sample_width, converted.frame_count) == (1, 2, frames)
    assert list(converted.samples())[:3] == [-400, -399, -398]
    reread = AudioClip.from_wav_bytes(wav)
    assert reread == converted


def wav_with_format(tag: int, channels: int, rate: int, bits: int, payload: bytes,
                    data_size: int | None = None) -> bytes:
    block = channels * bits // 8
    fmt = struct.pack("<HHIIHH", tag, channels, rate, rate * block, block, bits)
    size = len(payload) if data_size is None else data_size
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", size) + payload
    return b"RIFF" + struct.pack("<I", len(body)) + body


def test_float_wav_from_a_microphone_is_read_and_clamped():
    floats = array("f", [0.0, 0.5, -0.5, 1.5, -2.0]).tobytes()
    clip = AudioClip.from_wav_bytes(wav_with_format(3, 1, 48_000, 32, floats))
    assert (clip.sample_rate, clip.sample_width) == (48_000, 2)
    assert list(clip.samples()) == [0, 16383, -16383, 32767, -32768]


def test_a_wav_whose_recorder_never_wrote_the_data_size_is_still_read():
    samples = array("h", [1, 2, 3, 4]).tobytes()
    clip = AudioClip.from_wav_bytes(wav_with_format(1, 1, 16_000, 16, samples, data_size=0xFFFFFFFF))
    assert list(clip.samples()) == [1, 2, 3, 4]


def test_eight_bit_wav_round_trips_through_signed_samples():
    clip = AudioClip(bytes([0x80, 0x7F, 0x00]), 8000, 1, 1)  # signed: -128, 127, 0
    wav = clip.to_wav_bytes()
    assert AudioClip.from_wav_bytes(wav) == clip


@pytest.mark.parametrize("data", [
    b"",
    b"not a wav file at all",
    b"RIFF\x00\x00\x00\x00WAVE",
    wav_with_format(0x55, 1, 16_000, 16, b"\x00\x00"),   # MP3 inside a WAV wrapper
    wav_with_format(1, 1, 16_000, 12, b"\x00\x00"),
    wav_with_format(1, 0, 16_000, 16, b""),
])
def test_unreadable_wav_raises_bad_recording_with_a_vietnamese_message(data):
    with pytest.raises(BadRecording) as error:
        AudioClip.from_wav_bytes(data)
    assert "ghi âm" in error.value.user_message
