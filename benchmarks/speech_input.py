"""Speaking instead of typing: how well and how fast the offline recogniser hears people.

For the natural recordings in tests/fixtures/speech (six speakers, from the
PyPI package vieneu 3.8.3, Apache-2.0), fed in 100 ms chunks the way the
microphone delivers them (``tutor.audio.listen``):
- word error rate (NFC, lower case, punctuation removed);
- real-time factor: recogniser compute time / audio length (goal < 0.5);
- time to first partial text: when the first words would show if the person
  spoke in real time (audio position of the chunk that first gave text, plus
  that chunk's compute time; goal < 1 s from the start of speech);
- the worker's memory: resident set growth when the model loads.
Baselines in the same run: the audio's own duration (real time), and the
recogniser transcribing each whole recording in one call (no streaming).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from benchmarks.speech_intelligibility import Score  # noqa: E402
from tutor.audio.clip import AudioClip  # noqa: E402
from tutor.audio.listen import CHUNK_S, SPEECH_RMS  # noqa: E402
from tutor.audio._compat import audioop  # noqa: E402
from tutor.audio.recognizer import VietAsrRecognizer  # noqa: E402

RECORDINGS = ROOT / "tests" / "fixtures" / "speech"


def main() -> int:
    process = psutil.Process()
    before = process.memory_info().rss
    recognizer = VietAsrRecognizer()
    t0 = time.perf_counter()
    recognizer.open_session(16_000).finish()
    load_s = time.perf_counter() - t0
    loaded = process.memory_info().rss
    meta = json.loads((RECORDINGS / "recordings.json").read_text(encoding="utf-8"))
    stream_score, whole_score = Score(), Score()
    rtfs, whole_rtfs, first_partial, speech_onset = [], [], [], []
    total_audio = 0.0
    for name, reference in meta["recordings"].items():
        clip = AudioClip.from_wav_bytes((RECORDINGS / name).read_bytes())
        total_audio += clip.duration_s
        chunk = round(CHUNK_S * clip.sample_rate) * 2
        session = recognizer.open_session(clip.sample_rate)
        compute = 0.0
        first = onset = None
        for start in range(0, len(clip.pcm), chunk):
            piece = clip.pcm[start:start + chunk]
            position = (start + len(piece)) / 2 / clip.sample_rate
            if onset is None and audioop.rms(piece, 2) >= SPEECH_RMS:
                onset = position - len(piece) / 2 / clip.sample_rate
            t1 = time.perf_counter()
            text = session.accept(piece)
            spent = time.perf_counter() - t1
            compute += spent
            if first is None and text:
                first = position + spent
        t1 = time.perf_counter()
        heard = session.finish()
        compute += time.perf_counter() - t1
        stream_score.add(reference, heard)
        rtfs.append(compute / clip.duration_s)
        first_partial.append((first if first is not None else clip.duration_s) - (onset or 0.0))
        speech_onset.append(onset or 0.0)
        t1 = time.perf_counter()
        whole = recognizer.transcribe(clip)
        whole_rtfs.append((time.perf_counter() - t1) / clip.duration_s)
        whole_score.add(reference, whole)
    print(f"viet-asr 0.1.0.dev11 on {psutil.cpu_count()} logical CPUs; {len(rtfs)} natural recordings, "
          f"{total_audio:.0f} s (vieneu 3.8.3, Apache-2.0)")
    print(f"model load {load_s * 1000:.0f} ms; worker memory +{(loaded - before) / 1e6:.0f} MB resident "
          f"(process {loaded / 1e6:.0f} MB)")
    print(f"streaming (100 ms chunks, as from the microphone): {stream_score.line()}")
    print(f"    real-time factor median {statistics.median(rtfs):.3f}, max {max(rtfs):.3f} (goal < 0.5; "
          f"baseline real time = 1.0)")
    print(f"    first partial text {statistics.median(first_partial) * 1000:.0f} ms after speech starts "
          f"(median; max {max(first_partial) * 1000:.0f} ms; goal < 1000 ms)")
    print(f"baseline whole recording in one call: {whole_score.line()}; real-time factor median "
          f"{statistics.median(whole_rtfs):.3f}; streaming/whole compute ratio "
          f"{statistics.median(rtfs) / statistics.median(whole_rtfs):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
