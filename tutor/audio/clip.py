"""A piece of audio as plain bytes, and reading/writing it as WAV.

The speech engine, the recorder and the player all exchange ``AudioClip``:
signed little-endian integer PCM (8-bit too, unlike WAV files), interleaved
channels. Qt plays the WAV bytes this module writes (16-bit mono after
``processing.playable``).
"""

from __future__ import annotations

import io
import struct
import sys
import wave
from array import array
from dataclasses import dataclass

from tutor.audio._compat import audioop
from tutor.audio.errors import BadRecording

_WAVE_FORMAT_PCM = 0x0001
_WAVE_FORMAT_IEEE_FLOAT = 0x0003
_WAVE_FORMAT_EXTENSIBLE = 0xFFFE


@dataclass(frozen=True)
class AudioClip:
    pcm: bytes
    sample_rate: int
    channels: int = 1
    sample_width: int = 2  # bytes per sample

    def __post_init__(self) -> None:
        if self.sample_width not in (1, 2, 3, 4):
            raise ValueError(f"unsupported sample width {self.sample_width}")
        if self.channels < 1 or self.sample_rate <= 0:
            raise ValueError("a clip needs at least one channel and a positive sample rate")
        if len(self.pcm) % self.frame_width:
            raise ValueError("PCM length is not a whole number of frames")

    @property
    def frame_width(self) -> int:
        return self.channels * self.sample_width

    @property
    def frame_count(self) -> int:
        return len(self.pcm) // self.frame_width

    @property
    def duration_s(self) -> float:
        return self.frame_count / self.sample_rate

    @property
    def is_empty(self) -> bool:
        return not self.pcm

    @classmethod
    def silence(cls, seconds: float, sample_rate: int, channels: int = 1, sample_width: int = 2) -> "AudioClip":
        frames = max(0, round(seconds * sample_rate))
        return cls(bytes(frames * channels * sample_width), sample_rate, channels, sample_width)

    def same_format(self, other: "AudioClip") -> bool:
        return (self.sample_rate, self.channels, self.sample_width) == (
            other.sample_rate, other.channels, other.sample_width)

    def __add__(self, other: "AudioClip") -> "AudioClip":
        if not self.same_format(other):
            raise ValueError("cannot join clips of different formats")
        return AudioClip(self.pcm + other.pcm, self.sample_rate, self.channels, self.sample_width)

    def samples(self) -> array:
        """The samples of a 16-bit clip as an array of ints (channels interleaved)."""
        if self.sample_width != 2:
            raise ValueError("samples() needs a 16-bit clip")
        values = array("h")
        values.frombytes(self.pcm)
        if sys.byteorder == "big":
            values.byteswap()
        return values

    @classmethod
    def from_samples(cls, values: array, sample_rate: int, channels: int = 1) -> "AudioClip":
        if sys.byteorder == "big":
            values = array("h", values)
            values.byteswap()
        return cls(values.tobytes(), sample_rate, channels, 2)

    def to_wav_bytes(self) -> bytes:
        pcm = audioop.bias(self.pcm, 1, 128) if self.sample_width == 1 else self.pcm  # WAV 8-bit is unsigned
        out = io.BytesIO()
        with wave.open(out, "wb") as writer:
            writer.setnchannels(self.channels)
            writer.setsampwidth(self.sample_width)
            writer.setframerate(self.sample_rate)
            writer.writeframes(pcm)
        return out.getvalue()

    @classmethod
    def from_wav_bytes(cls, data: bytes) -> "AudioClip":
        """Read a WAV file: integer PCM of 8 to 32 bits or 32/64-bit float, any channel count.

        Microphone recorders differ (Qt on Windows writes float WAV, some
        recorders leave the data size unset after a crash), so this reads the
        chunks itself instead of relying on the ``wave`` module, which knows
        integer PCM only.
        """
        return _parse_wav(bytes(data))


def _parse_wav(data: bytes) -> AudioClip:
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise BadRecording("not a RIFF/WAVE file")
    fmt: tuple[int, int, int, int] | None = None
    position = 12
    while position + 8 <= len(data):
        chunk_id = data[position:position + 4]
        (size,) = struct.unpack_from("<I", data, position + 4)
        body_start = position + 8
        if chunk_id == b"fmt ":
            fmt = _parse_fmt(data[body_start:body_start + size])
        elif chunk_id == b"data":
            if fmt is None:
                raise BadRecording("WAV data chunk comes before its fmt chunk")
            # A size of 0 or 0xFFFFFFFF, or one past the end, means the writer never
            # finished the header: take what is there.
            end = len(data) if size in (0, 0xFFFFFFFF) else min(len(data), body_start + size)
            return _decode(data[body_start:end], *fmt)
        position = body_start + size + (size & 1)  # chunks are padded to even length
    raise BadRecording("WAV file has no data chunk")


def _parse_fmt(body: bytes) -> tuple[int, int, int, int]:
    if len(body) < 16:
        raise BadRecording("WAV fmt chunk too short")
    tag, channels, rate, _byte_rate, _align, bits = struct.unpack_from("<HHIIHH", body)
    if tag == _WAVE_FORMAT_EXTENSIBLE:
        if len(body) < 26:
            raise BadRecording("WAV extensible fmt chunk too short")
        (tag,) = struct.unpack_from("<H", body, 24)  # first two bytes of the sub-format GUID
    if tag not in (_WAVE_FORMAT_PCM, _WAVE_FORMAT_IEEE_FLOAT):
        raise BadRecording(f"WAV format tag {tag:#06x} is not PCM or float")
    if channels < 1 or rate < 1000 or rate > 384_000:
        raise BadRecording(f"implausible WAV format: {channels} channels at {rate} Hz")
    if tag == _WAVE_FORMAT_PCM and bits not in (8, 16, 24, 32):
        raise BadRecording(f"{bits}-bit integer WAV is not supported")
    if tag == _WAVE_FORMAT_IEEE_FLOAT and bits not in (32, 64):
        raise BadRecording(f"{bits}-bit float WAV is not supported")
    return tag, channels, rate, bits


def _decode(payload: bytes, tag: int, channels: int, rate: int, bits: int) -> AudioClip:
    width = bits // 8
    payload = payload[: len(payload) - len(payload) % (width * channels)]
    if tag == _WAVE_FORMAT_IEEE_FLOAT:
        return AudioClip(_float_to_int16(payload, "f" if bits == 32 else "d"), rate, channels, 2)
    if width == 1:
        payload = audioop.bias(payload, 1, -128)
    return AudioClip(payload, rate, channels, width)


def _float_to_int16(payload: bytes, typecode: str) -> bytes:
    values = array(typecode)
    values.frombytes(payload)
    if sys.byteorder == "big":
        values.byteswap()
    # Floats run from -1.0 to 1.0 but recorders may overshoot; clip rather than wrap.
    out = array("h", [
        32767 if v >= 1.0 else -32768 if v <= -1.0 else int(v * 32767.0) if v == v else 0
        for v in values
    ])
    if sys.byteorder == "big":
        out.byteswap()
    return out.tobytes()
