"""Can a listener understand read-aloud? An offline recogniser listens and we count its mistakes.

Synthesises the fixed lesson sentences in benchmarks/speech_sentences.txt (no
digits, no English) with each voice at each speed, runs them through the
offline Vietnamese recogniser (viet-asr) and prints word and character error
rates (NFC, lower case, punctuation removed), with tones and with tone marks
removed. Baseline in the same run: natural recordings of six speakers (from
the PyPI package vieneu 3.8.3, Apache-2.0; tests/fixtures/speech) through the
same recogniser, so a figure near the baseline means "as clear as a person".

Goal (issue 14): WER at most 40% for the default voice (86% before).

    python benchmarks/speech_intelligibility.py [--voices north,south] [--speeds 1.0,0.75]
        [--engine default|raw] [--show 3] [--espeak-data DIR] [--confusions]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tutor.audio.clip import AudioClip  # noqa: E402
from tutor.audio.recognizer import VietAsrRecognizer  # noqa: E402
from tutor.audio.stream import speak_all  # noqa: E402
from tutor.audio.voices import voice_by_key  # noqa: E402
from tutor.cancel import CancelToken  # noqa: E402

SENTENCES = ROOT / "benchmarks" / "speech_sentences.txt"
RECORDINGS = ROOT / "tests" / "fixtures" / "speech"
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng
GOAL_WER = 0.40


def normalise(text: str, tones: bool = True) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    if not tones:
        text = unicodedata.normalize("NFC", "".join(
            ch for ch in unicodedata.normalize("NFD", text) if ch not in TONE_MARKS))
    return " ".join(text.split())


def edits(reference: list, hypothesis: list) -> int:
    """Levenshtein distance between two sequences (words or characters)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref in enumerate(reference, 1):
        current = [i] + [0] * len(hypothesis)
        for j, hyp in enumerate(hypothesis, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref != hyp))
        previous = current
    return previous[-1]


# Vietnamese initial consonants, longest first so "ngh" wins over "ng" and "n".
INITIALS = ("ngh", "ng", "nh", "ch", "tr", "th", "kh", "gh", "gi", "ph", "qu",
            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x")


def split_syllable(word: str) -> tuple[str, str]:
    """(initial consonant or "-", rhyme without tone) of one written syllable."""
    word = normalise(word, tones=False)
    for initial in INITIALS:
        if word.startswith(initial) and len(word) > len(initial):
            return initial, word[len(initial):]
    return "-", word


def align_words(reference: list[str], hypothesis: list[str]) -> list[tuple[str, str | None]]:
    """Each reference word with the word heard in its place (None: dropped), by edit distance."""
    n, m = len(reference), len(hypothesis)
    cost = [[i + j if i == 0 or j == 0 else 0 for j in range(m + 1)] for i in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost[i][j] = min(cost[i - 1][j] + 1, cost[i][j - 1] + 1,
                             cost[i - 1][j - 1] + (reference[i - 1] != hypothesis[j - 1]))
    pairs: list[tuple[str, str | None]] = []
    i, j = n, m
    while i > 0:
        if j > 0 and cost[i][j] == cost[i - 1][j - 1] + (reference[i - 1] != hypothesis[j - 1]):
            pairs.append((reference[i - 1], hypothesis[j - 1]))
            i, j = i - 1, j - 1
        elif cost[i][j] == cost[i - 1][j] + 1:
            pairs.append((reference[i - 1], None))
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


class Confusions:
    """Which initials and rhymes the recogniser hears right, and whether tones survive."""

    def __init__(self) -> None:
        self.initials: dict[str, list[int]] = {}
        self.rhymes: dict[str, list[int]] = {}
        self.heard_as: dict[str, dict[str, int]] = {}
        self.tones = [0, 0]  # right tone, among syllables whose sounds were heard right

    def add(self, reference: str, hypothesis: str) -> None:
        for said, heard in align_words(normalise(reference).split(), normalise(hypothesis).split()):
            initial, rhyme = split_syllable(said)
            heard_initial, heard_rhyme = split_syllable(heard) if heard else ("(dropped)", "")
            for table, key, right in ((self.initials, initial, heard_initial == initial),
                                      (self.rhymes, rhyme, heard_rhyme == rhyme)):
                table.setdefault(key, [0, 0])
                table[key][0] += right
                table[key][1] += 1
            if heard_initial != initial:
                counts = self.heard_as.setdefault(initial, {})
                counts[heard_initial] = counts.get(heard_initial, 0) + 1
            if heard and (initial, rhyme) == (heard_initial, heard_rhyme):
                self.tones[0] += said == heard
                self.tones[1] += 1

    def report(self, rows: int = 12) -> str:
        def table(name: str, counts: dict[str, list[int]]) -> str:
            worst = sorted(counts.items(), key=lambda item: (item[1][0] / item[1][1], -item[1][1]))
            cells = [f"{key} {right}/{total}" for key, (right, total) in worst if total >= 3][:rows]
            return f"  {name} heard right (worst first): " + ", ".join(cells)

        heard_as = ", ".join(
            f"{initial}->" + "/".join(f"{other} {n}" for other, n in sorted(counts.items(), key=lambda x: -x[1])[:3])
            for initial, counts in sorted(self.heard_as.items(), key=lambda x: -sum(x[1].values()))[:rows])
        return "\n".join([table("initials", self.initials), table("rhymes", self.rhymes),
                          f"  initials heard instead: {heard_as}",
                          f"  tone right in {self.tones[0]} of {self.tones[1]} syllables whose sounds were heard right"])


class Score:
    def __init__(self) -> None:
        self.counts = {"wer": [0, 0], "cer": [0, 0], "wer_nt": [0, 0], "cer_nt": [0, 0]}

    def add(self, reference: str, hypothesis: str) -> None:
        for tones, suffix in ((True, ""), (False, "_nt")):
            ref, hyp = normalise(reference, tones), normalise(hypothesis, tones)
            for kind, split in (("wer", str.split), ("cer", lambda s: list(s.replace(" ", "")))):
                r, h = split(ref), split(hyp)
                self.counts[kind + suffix][0] += edits(r, h)
                self.counts[kind + suffix][1] += len(r)

    def rate(self, key: str) -> float:
        errors, total = self.counts[key]
        return errors / max(1, total)

    def line(self) -> str:
        return (f"WER {self.rate('wer'):6.1%}  CER {self.rate('cer'):6.1%}  |  without tones: "
                f"WER {self.rate('wer_nt'):6.1%}  CER {self.rate('cer_nt'):6.1%}")


def sentences() -> list[str]:
    lines = SENTENCES.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def make_engine(kind: str, espeak_data: str | None = None):
    if kind == "raw":  # espeak-ng as it came, reading the spelling itself
        from tutor.audio.espeak import EspeakEngine

        return EspeakEngine()
    from tutor.audio.engines import default_engine

    if espeak_data:  # another compiled data folder (trying a change to tutor/audio/espeak_vi)
        from tutor.audio.engines import TunedEspeak

        return TunedEspeak(data_path=espeak_data)
    return default_engine()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--voices", default="north,central,south")
    parser.add_argument("--speeds", default="1.0,0.75")
    parser.add_argument("--engine", default="raw,default",
                        help="raw: espeak-ng reading spelling; default: what the app uses")
    parser.add_argument("--piper", metavar="ONNX", help="also score a Piper voice (.onnx beside its .onnx.json)")
    parser.add_argument("--show", type=int, default=0, help="print this many heard sentences per voice")
    parser.add_argument("--espeak-data", metavar="DIR",
                        help="default engine with this compiled espeak-ng data folder (python -m tutor.audio.espeak_vi.build --out)")
    parser.add_argument("--confusions", action="store_true",
                        help="per voice: which initial consonants and rhymes are heard right, what instead, tones")
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences (quick checks)")
    args = parser.parse_args()
    kinds = args.engine.split(",")
    if len(kinds) > 1:
        # espeak-ng reads one data folder per process, and the two engines read
        # different ones (espeak-ng's own, the project's corrected data): one process each.
        for number, kind in enumerate(kinds, 1):
            argv = sys.argv[1:] + ["--engine", kind]  # argparse keeps the last value given
            if args.piper and number < len(kinds):
                argv += ["--piper", ""]  # the Piper voice is scored once, with the last engine
            subprocess.run([sys.executable, __file__, *argv], check=True)
        return 0

    recognizer = VietAsrRecognizer()
    t0 = time.perf_counter()
    baseline = Score()
    audio_s = 0.0
    meta = json.loads((RECORDINGS / "recordings.json").read_text(encoding="utf-8"))
    for name, reference in meta["recordings"].items():
        clip = AudioClip.from_wav_bytes((RECORDINGS / name).read_bytes())
        audio_s += clip.duration_s
        baseline.add(reference, recognizer.transcribe(clip))
    print(f"recogniser: viet-asr (loaded and ran baseline in {time.perf_counter() - t0:.1f} s)")
    print(f"BASELINE natural speech, {len(meta['recordings'])} recordings, {audio_s:.0f} s "
          f"(vieneu 3.8.3, Apache-2.0): {baseline.line()}")

    texts = sentences()[: args.limit or None]
    print(f"{len(texts)} lesson sentences per voice and speed; goal WER <= {GOAL_WER:.0%} for the default voice")
    for kind in kinds:
        engine = make_engine(kind, args.espeak_data)
        for key in args.voices.split(","):
            voice = voice_by_key(key)
            for speed in (float(s) for s in args.speeds.split(",")):
                score = Score()
                confusions = Confusions()
                shown = 0
                synth_s = spoken_s = 0.0
                for text in texts:
                    t1 = time.perf_counter()
                    clip = speak_all(engine, text, voice, speed, CancelToken())
                    synth_s += time.perf_counter() - t1
                    spoken_s += clip.duration_s
                    heard = recognizer.transcribe(clip)
                    score.add(text, heard)
                    confusions.add(text, heard)
                    if shown < args.show:
                        print(f"      said  {text}\n      heard {heard}")
                        shown += 1
                print(f"{kind:8s} {voice.label} ({key}) x{speed:.2f}: {score.line()}  "
                      f"[{spoken_s / len(texts):.1f} s audio/sentence, synthesis {1000 * synth_s / len(texts):.0f} ms]")
                if args.confusions:
                    print(confusions.report())
    if args.piper:
        from tutor.audio.piper import PiperEngine, load_voice_pack

        engine = PiperEngine()
        voice = load_voice_pack(Path(args.piper)).voice
        score = Score()
        for text in texts:
            score.add(text, recognizer.transcribe(speak_all(engine, text, voice, 1.0, CancelToken())))
        print(f"piper    {voice.label}: {score.line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
