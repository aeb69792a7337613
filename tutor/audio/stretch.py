"""Change the tempo of recorded speech without changing its pitch (WSOLA).

Waveform-similarity overlap-add: the output is built from 40 ms frames taken
from the input at ``speed`` times the output rate; each frame's position is
nudged by up to 10 ms so that it lines up with the natural continuation of the
previous frame, then the two are cross-faded. Because whole waveform periods
are reused or skipped, the voice keeps its pitch (plain resampling would make
a slowed teacher sound deeper).

No numpy: the similarity search is ``audioop.findfit`` (C, normalised
least-squares match), the cross-fade a list comprehension. Output comes in
chunks so playback of a long recording starts before the whole is stretched.
"""

from __future__ import annotations

from array import array
from typing import Iterator

from tutor.audio._compat import audioop
from tutor.audio.clip import AudioClip
from tutor.audio.processing import mono16
from tutor.audio.voices import check_speed
from tutor.cancel import CancelToken

FRAME_S = 0.040
TOLERANCE_S = 0.010
SEARCH_RATE = 16_000     # the coarse search runs at about this rate; then refined at full rate
SILENT_RMS = 30          # of 32767: nothing worth aligning in the reference
CHUNK_S = 3.0            # output per yielded chunk


def time_stretch(clip: AudioClip, speed: float, cancel: CancelToken | None = None) -> AudioClip:
    """The clip played ``speed`` times as fast at the same pitch, as 16-bit mono."""
    pieces = list(stretch_chunks(clip, speed, cancel))
    if not pieces:
        return mono16(clip)
    return AudioClip(b"".join(p.pcm for p in pieces), pieces[0].sample_rate)


def stretch_chunks(clip: AudioClip, speed: float, cancel: CancelToken | None = None,
                   chunk_s: float = CHUNK_S) -> Iterator[AudioClip]:
    speed = check_speed(speed)
    clip = mono16(clip)
    rate = clip.sample_rate
    half = max(16, round(FRAME_S / 2 * rate))  # synthesis hop: frames overlap by half
    tolerance = max(4, round(TOLERANCE_S * rate))
    if abs(speed - 1.0) < 1e-3 or clip.frame_count < 4 * half + 2 * tolerance:
        if not clip.is_empty:
            yield clip  # nothing to do, or too short (under ~0.1 s) to find periods in
        return

    x = clip.samples()
    pcm = clip.pcm
    n = len(x)
    step = max(1, rate // SEARCH_RATE)
    coarse = x[::step].tobytes() if step > 1 else pcm
    fade_in = [i / half for i in range(half)]
    analysis_hop = half * speed
    chunk_samples = max(half, round(chunk_s * rate))

    out = array("h", x[:half])
    previous = 0  # input position of the last frame placed
    k = 1
    while True:
        nominal = round(k * analysis_hop)
        low = max(0, nominal - tolerance)
        high = min(n - 2 * half, nominal + tolerance)
        if low > high:
            break
        reference_start = previous + half  # what would follow the last frame at normal speed
        reference = pcm[2 * reference_start: 2 * (reference_start + half)]
        if audioop.rms(reference, 2) < SILENT_RMS:
            position = min(max(nominal, low), high)
        else:
            position = _best_match(pcm, coarse, step, reference, low, high, half)
        tail = x[reference_start: reference_start + half]
        head = x[position: position + half]
        out.extend([int(t + (h - t) * w) for t, h, w in zip(tail, head, fade_in)])
        previous = position
        k += 1
        if len(out) >= chunk_samples:
            if cancel is not None:
                cancel.raise_if_cancelled()
            yield AudioClip.from_samples(out, rate)
            out = array("h")
    out.extend(x[previous + half:])  # the last frame's second half and the few samples after it
    if out:
        yield AudioClip.from_samples(out, rate)


def _best_match(pcm: bytes, coarse: bytes, step: int, reference: bytes, low: int, high: int, half: int) -> int:
    """Input position in [low, high] whose next ``half`` samples best match ``reference``."""
    if step == 1:
        offset, _factor = audioop.findfit(pcm[2 * low: 2 * (high + half)], reference)
        return low + offset
    # Search every ``step``-th sample first (a 48 kHz microphone recording would
    # otherwise cost nine times the work of the 16 kHz search), then refine.
    coarse_reference = _every(reference, step).tobytes()
    c_low, c_high = low // step, high // step
    c_half = len(coarse_reference) // 2
    window = coarse[2 * c_low: 2 * (c_high + c_half)]
    if len(window) < len(coarse_reference):
        guess = low
    else:
        offset, _factor = audioop.findfit(window, coarse_reference)
        guess = (c_low + offset) * step
    fine_low = max(low, guess - step)
    fine_high = min(high, guess + step)
    offset, _factor = audioop.findfit(pcm[2 * fine_low: 2 * (fine_high + half)], reference)
    return fine_low + offset


def _every(data: bytes, step: int) -> array:
    values = array("h")
    values.frombytes(data)
    return values[::step]
