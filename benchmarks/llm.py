"""Local model engine: speed through the app's worker against llama-cpp-python
used directly, time to first token with KV-cache reuse, and the UI process's
memory while the model runs in its worker.

    python benchmarks/llm.py                  # engine benchmark, bundled default model
    python benchmarks/llm.py --model X.gguf   # another model
    python benchmarks/llm.py --compare-models # the two bundled models on practice tasks

Figures (targets from issue 5):
- decode tokens/s, engine / direct, same model, settings, prompt and seed,
  runs interleaved, medians: target ratio >= 0.9;
- time to first token for a question about a lesson, then a second question
  about the same lesson (lesson first, question last: the KV cache is reused);
- RSS of this (UI-like: PySide6 imported, a QApplication made) process while
  the worker generates: target < 250 MB. The worker's RSS is printed beside it;
- stop latency, from stop() to the call returning, during a long prompt and
  during writing: target within 200 ms.
These machines are noisy (shared CPUs): compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SYSTEM = "Bạn là trợ lý AI. Luôn trả lời bằng tiếng Việt có dấu, ngắn gọn, đúng yêu cầu."
SPEED_PROMPT = "Hãy kể về một ngày làm việc của người nông dân trồng lúa ở miền Bắc Việt Nam."
LESSON_ID = "l1.ai-la-gi"
QUESTIONS = ("AI có phải là người thật không?", "Vì sao phải kiểm tra lại câu trả lời của AI?")
COMPARE_TASKS = ("l1.ai-la-gi", "l1.go-tieng-viet", "l1.viet-don-thu", "l1.tom-tat-van-ban",
                 "l2.lua-dao-deepfake", "l2.bai-dang-ban-hang", "l3.mau-cau-lenh",
                 "l4.bao-ve-du-lieu-ca-nhan")


def curriculum():
    from tutor.lessons.source import load_source, to_curriculum

    return to_curriculum(load_source(ROOT / "content"))


def default_model_path(models_dir: Path) -> Path:
    from tutor.local_llm import bundled
    from tutor.local_llm.registry import install_bundled

    return install_bundled(bundled.DEFAULT, models_dir).path


def bundled_paths(models_dir: Path) -> dict[str, Path]:
    from tutor.local_llm import bundled
    from tutor.local_llm.registry import install_bundled

    return {b.title: install_bundled(b, models_dir).path for b in bundled.BUNDLED if b.is_installed()}


# --- engine benchmark -------------------------------------------------------------


def rss_mb(pid: int | None = None) -> float:
    import psutil

    return psutil.Process(pid or os.getpid()).memory_info().rss / 2**20


def ui_process_rss(model: Path) -> tuple[float, float, float]:
    """(RSS before, peak RSS during generation) of this process, and the worker's RSS."""
    from PySide6.QtWidgets import QApplication  # the UI process has Qt loaded

    from tutor.local_llm.engine import GenerationRequest, WorkerLLM

    app = QApplication.instance() or QApplication([])
    before = rss_mb()
    llm = WorkerLLM(model)
    peak = [before]
    worker = [0.0]

    def on_token(_text: str) -> None:
        peak[0] = max(peak[0], rss_mb())
        if llm.worker_pid:
            worker[0] = max(worker[0], rss_mb(llm.worker_pid))

    try:
        llm.generate(GenerationRequest.chat(SPEED_PROMPT, SYSTEM, max_tokens=64, seed=1), on_token)
    finally:
        llm.close()
    del app
    return before, peak[0], worker[0]


def engine_decode(llm, request) -> tuple[float, int, str]:
    """Pieces per second seen by the caller, between the first and the last piece."""
    stamps: list[float] = []
    result = llm.generate(request, lambda _t: stamps.append(time.perf_counter()))
    if len(stamps) < 2:
        return 0.0, len(stamps), result.text
    return (len(stamps) - 1) / (stamps[-1] - stamps[0]), len(stamps), result.text


def direct_decode(direct, prompt_tokens, request) -> tuple[float, int, str]:
    stamps: list[float] = []
    pieces: list[str] = []
    direct.reset()  # same cold start as the engine's fresh prompt
    for chunk in direct.create_completion(
            prompt_tokens, max_tokens=request.max_tokens, stream=True, stop=list(request.stop),
            temperature=request.temperature, top_p=request.top_p,
            repeat_penalty=request.repeat_penalty, seed=request.seed):
        text = chunk["choices"][0]["text"]
        if text:
            stamps.append(time.perf_counter())
            pieces.append(text)
    if len(stamps) < 2:
        return 0.0, len(stamps), "".join(pieces)
    return (len(stamps) - 1) / (stamps[-1] - stamps[0]), len(stamps), "".join(pieces)


def ttft_on_lesson(llm) -> list[tuple[str, float, int, int]]:
    from tutor.local_llm.engine import GenerationRequest

    lesson = curriculum().lesson(LESSON_ID)
    rows = []
    for question in QUESTIONS:
        user = f"Bài học:\n{lesson.body}\n\nCâu hỏi: {question}"
        started = time.perf_counter()
        stamps: list[float] = []
        result = llm.generate(GenerationRequest.chat(user, SYSTEM, max_tokens=8, seed=1),
                              lambda _t, stamps=stamps: stamps.append(time.perf_counter()))
        ttft = (stamps[0] if stamps else time.perf_counter()) - started
        rows.append((question, ttft, result.stats.prompt_tokens, result.stats.prompt_reused))
    return rows


def stop_latency(llm) -> tuple[float, float]:
    """Milliseconds from stop() to generate() returning: while a long prompt is
    being read, and while tokens stream (target: within 200 ms)."""
    from tutor.local_llm.engine import GenerationRequest

    lessons = curriculum().lessons
    long_text = "\n\n".join(lesson.body for lesson in lessons[3:6])  # not in the KV cache yet
    asked: list[float] = []

    def stop_now(*_args) -> None:
        if not asked:
            asked.append(time.perf_counter())
            llm.stop()

    llm.generate(GenerationRequest.chat(f"Bài học:\n{long_text}\n\nCâu hỏi: AI là gì?", SYSTEM,
                                        max_tokens=16), on_started=stop_now)
    during_prompt = (time.perf_counter() - asked[0]) * 1000
    asked.clear()
    llm.generate(GenerationRequest.chat(SPEED_PROMPT, SYSTEM, max_tokens=400), stop_now)
    during_tokens = (time.perf_counter() - asked[0]) * 1000
    return during_prompt, during_tokens


def run_engine_benchmark(model: Path, runs: int, max_tokens: int) -> None:
    from tutor.local_llm.engine import GenerationRequest, WorkerLLM
    from tutor.local_llm.gguf import read_header
    from tutor.local_llm.templates import choose_format, traits_of
    from tutor.local_llm.worker import physical_cores

    print(f"model: {model.name} ({model.stat().st_size / 2**20:.0f} MB)")
    before, peak, worker_rss = ui_process_rss(model)
    print(f"UI process RSS: {before:.0f} MB before, {peak:.0f} MB peak while generating "
          f"(target < 250 MB); worker RSS {worker_rss:.0f} MB")

    threads = physical_cores()
    llm = WorkerLLM(model, n_ctx=2048, n_threads=threads)
    loaded = llm.load()
    print(f"worker: load {loaded.load_seconds:.2f} s, n_ctx {loaded.n_ctx}, "
          f"{loaded.n_threads} threads, prompt format {loaded.chat_format}")

    for question, ttft, prompt_tokens, reused in ttft_on_lesson(llm):
        print(f"time to first token, lesson {LESSON_ID} + '{question}': {ttft * 1000:.0f} ms "
              f"({prompt_tokens} prompt tokens, {reused} from the KV cache)")

    in_prompt, in_tokens = stop_latency(llm)
    print(f"stop latency: {in_prompt:.0f} ms while reading a long prompt, {in_tokens:.0f} ms while "
          f"writing (target: within 200 ms)")

    # The direct baseline: llama-cpp-python in this process, same settings.
    import llama_cpp

    header = read_header(model)
    fmt = choose_format(traits_of(header))
    request = GenerationRequest.chat(SPEED_PROMPT, SYSTEM, max_tokens=max_tokens, temperature=0.0,
                                     seed=7, stop=fmt.stop)
    direct = llama_cpp.Llama(model_path=str(model), n_ctx=loaded.n_ctx, n_threads=threads,
                             n_threads_batch=threads, verbose=False)
    prompt_tokens = direct.tokenize(fmt(request.messages).encode("utf-8"), add_bos=True, special=True)
    engine_speeds, direct_speeds = [], []
    engine_direct_equal = True
    for _ in range(runs):
        e_speed, _, e_text = engine_decode(llm, request)
        d_speed, _, d_text = direct_decode(direct, prompt_tokens, request)
        engine_speeds.append(e_speed)
        direct_speeds.append(d_speed)
        engine_direct_equal &= e_text == d_text
    llm.close()
    e, d = statistics.median(engine_speeds), statistics.median(direct_speeds)
    print(f"decode, {runs} interleaved runs of {max_tokens} tokens, medians: engine {e:.1f} tok/s, "
          f"direct {d:.1f} tok/s, ratio {e / d:.2f} (target >= 0.9)")
    print(f"  engine runs: {' '.join(f'{s:.1f}' for s in engine_speeds)}")
    print(f"  direct runs: {' '.join(f'{s:.1f}' for s in direct_speeds)}")
    print(f"  same text from both (greedy): {engine_direct_equal}")


# --- model comparison ---------------------------------------------------------------

VI_MARKS = set("ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def vocabulary() -> set[str]:
    from tutor.lessons.textnorm import words

    vocab: set[str] = set()
    for lesson in curriculum().lessons:
        vocab.update(w.lower() for w in words(lesson.body))
        vocab.update(w.lower() for w in words(lesson.practice.source + " " + lesson.practice.good_prompt))
    return vocab


def _grams(ws: list[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)]


def text_measures(text: str, vocab: set[str], prompt: str) -> dict[str, float]:
    """Objective, cheap signals: is it Vietnamese (diacritics, real syllables),
    does it loop, does it just copy the prompt back."""
    from tutor.lessons.textnorm import words

    ws = [w.lower() for w in words(unicodedata.normalize("NFC", text)) if not w.isdigit()]
    if not ws:
        return {"words": 0, "diacritic_words": 0.0, "known_words": 0.0, "repeated_3grams": 0.0,
                "echo_4grams": 0.0}
    marked = sum(1 for w in ws if VI_MARKS & set(w))
    known = sum(1 for w in ws if w in vocab)
    grams = _grams(ws, 3)
    repeated = 1 - len(set(grams)) / len(grams) if grams else 0.0
    prompt_grams = set(_grams([w.lower() for w in words(prompt)], 4))
    four = _grams(ws, 4)
    echo = sum(1 for g in four if g in prompt_grams) / len(four) if four else 0.0
    return {"words": len(ws), "diacritic_words": marked / len(ws), "known_words": known / len(ws),
            "repeated_3grams": repeated, "echo_4grams": echo}


def run_comparison(models_dir: Path, max_tokens: int, seeds: tuple[int, ...]) -> None:
    from tutor.local_llm.checks import run_checks
    from tutor.local_llm.engine import GenerationRequest, WorkerLLM

    cur = curriculum()
    vocab = vocabulary()
    tasks = [cur.lesson(lesson_id) for lesson_id in COMPARE_TASKS]
    for title, path in bundled_paths(models_dir).items():
        llm = WorkerLLM(path, n_ctx=2048)
        loaded = llm.load()
        print(f"\n== {title}: {path.name}, prompt format {loaded.chat_format}, "
              f"load {loaded.load_seconds:.2f} s")
        rows = []
        for lesson in tasks:
            task = lesson.practice
            user = task.good_prompt + (f"\n\n{task.source.strip()}" if task.source.strip() else "")
            for seed in seeds:
                result = llm.generate(GenerationRequest.chat(
                    user, SYSTEM, max_tokens=max_tokens, temperature=0.5, seed=seed))
                checks = [c for c in run_checks(result.text, task.checks) if c.checked]
                facts = [c for c in checks if c.kind == "must_mention"]
                length = [c for c in checks if c.kind in ("max_words", "min_words", "bullets",
                                                          "max_sentences")]
                m = text_measures(result.text, vocab, SYSTEM + " " + user)
                rows.append({
                    "task": lesson.id, "seed": seed, **m,
                    "checks": sum(c.passed for c in checks) / max(1, len(checks)),
                    "facts": sum(c.passed for c in facts) / len(facts) if facts else None,
                    "length": sum(c.passed for c in length) / len(length) if length else None,
                    "finish": result.finish_reason, "tps": result.stats.tokens_per_second or 0.0,
                    "chars_s": len(result.text) / max(1e-6, result.stats.seconds - (result.stats.ttft or 0)),
                    "text": result.text,
                })
        llm.close()
        def share(value: float | None) -> str:
            return "-" if value is None else f"{value:.2f}"

        for r in rows:
            print(f"{r['task']:28} s{r['seed']} words {r['words']:4} diacritic {r['diacritic_words']:.2f} "
                  f"known {r['known_words']:.2f} rep3 {r['repeated_3grams']:.2f} echo {r['echo_4grams']:.2f} "
                  f"checks {r['checks']:.2f} "
                  f"facts {share(r['facts'])} length {share(r['length'])} "
                  f"{r['finish']:6} {r['tps']:.1f} tok/s {r['chars_s']:.0f} chars/s")

        def mean(key: str, rows: list[dict] = rows) -> float:
            values = [r[key] for r in rows if r[key] is not None]
            return statistics.mean(values) if values else 0.0

        print(f"SUMMARY {title}: diacritic-words {mean('diacritic_words'):.2f}, known-words "
              f"{mean('known_words'):.2f}, repeated-3grams {mean('repeated_3grams'):.2f}, "
              f"copied from the prompt (4-grams) {mean('echo_4grams'):.2f}, "
              f"checks passed {mean('checks'):.2f}, facts {mean('facts'):.2f}, length {mean('length'):.2f}, "
              f"ended by itself {sum(r['finish'] == 'stop' for r in rows)}/{len(rows)}, "
              f"decode {statistics.median(r['tps'] for r in rows):.1f} tok/s, "
              f"{statistics.median(r['chars_s'] for r in rows):.0f} chars/s (medians)")
        for r in rows[:: len(seeds)][:3]:
            sample = re.sub(r"\s+", " ", r["text"])[:300]
            print(f"  sample {r['task']}: {sample}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--compare-models", action="store_true")
    parser.add_argument("--models-dir", type=Path,
                        help="where a chunked bundled model is joined (default: a temporary dir)")
    opts = parser.parse_args()
    import importlib.util

    # find_spec, not import: this process must not hold llama_cpp before the RSS figure.
    if importlib.util.find_spec("llama_cpp") is None:
        print("llama-cpp-python is not installed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        models_dir = opts.models_dir or Path(tmp)
        if opts.compare_models:
            run_comparison(models_dir, max_tokens=200, seeds=(1, 2))
            return 0
        run_engine_benchmark(opts.model or default_model_path(models_dir), opts.runs, opts.max_tokens)
    return 0


if __name__ == "__main__":
    sys.exit(main())
