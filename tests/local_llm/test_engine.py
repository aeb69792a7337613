"""WorkerLLM with the real default GGUF in the real worker process.

Behaviour, not time: a stop leaves a stopped result with the partial text and
a live worker that answers the next request; a killed worker becomes a typed
error and a fresh worker next time. Answers are kept short (small max_tokens).
"""

import importlib.util
import os
import shutil
import signal
import subprocess
import sys

import pytest

from tutor.cancel import Cancelled, CancelToken
from tutor.local_llm import bundled
from tutor.local_llm import protocol as p
from tutor.local_llm.api import JSON_GRAMMAR, GenerationRequest, LLMError
from tutor.local_llm.engine import WorkerLLM, classify_exit

HAVE_LLAMA = importlib.util.find_spec("llama_cpp") is not None
needs_model = pytest.mark.skipif(not (HAVE_LLAMA and bundled.DEFAULT.is_installed()),
                                 reason="llama-cpp-python or the bundled model is not installed")

SYSTEM = "Bạn là trợ lý AI. Trả lời bằng tiếng Việt."


def chat(text: str, **options) -> GenerationRequest:
    options.setdefault("seed", 1)
    return GenerationRequest.chat(text, SYSTEM, **options)


@pytest.fixture(scope="module")
def model_path(tmp_path_factory):
    if not (HAVE_LLAMA and bundled.DEFAULT.is_installed()):
        pytest.skip("llama-cpp-python or the bundled model is not installed")
    from tutor.local_llm.registry import install_bundled

    return install_bundled(bundled.DEFAULT, tmp_path_factory.mktemp("models")).path


@pytest.fixture(scope="module")
def llm(model_path):
    engine = WorkerLLM(model_path, n_ctx=1024, max_ctx=4096)
    yield engine
    engine.close()


def long_lesson_text() -> str:
    from tutor.lessons.source import load_source, to_curriculum

    root = os.path.join(os.path.dirname(__file__), "..", "..", "content")
    lessons = to_curriculum(load_source(root)).lessons
    return "\n\n".join(lesson.body for lesson in lessons[:3])


# --- streaming and stop --------------------------------------------------------


@pytest.mark.slow
@needs_model
def test_streams_pieces_then_stops_mid_answer_and_stays_loaded(llm):
    pieces, started = [], []

    def on_token(text):
        pieces.append(text)
        if len(pieces) == 3:
            llm.stop()

    result = llm.generate(chat("Kể một câu chuyện dài về làng quê.", max_tokens=200), on_token,
                          on_started=started.append)
    assert started and started[0] > 0           # the prompt was read before any token
    assert result.stopped
    assert result.text == "".join(pieces) and result.text.strip()
    assert 3 <= len(pieces) < 30                # stopped near where it was asked, not at 200
    pid = llm.worker_pid

    again = llm.generate(chat("Xin chào", max_tokens=4))
    assert not again.stopped and again.text
    assert again.stats.tokens >= 1 and again.finish_reason in ("stop", "length")
    assert llm.worker_pid == pid                # same worker, model still loaded


@pytest.mark.slow
@needs_model
def test_stop_while_the_prompt_is_being_read(llm):
    pid = llm.worker_pid
    long_prompt = f"Bài học:\n{long_lesson_text()}\n\nCâu hỏi: AI là gì?"
    result = llm.generate(chat(long_prompt, max_tokens=32), on_started=lambda n: llm.stop())
    assert result.stopped
    assert result.text == "" and result.stats.tokens == 0   # no answer began: the reading stopped
    assert result.stats.prompt_tokens > 1000
    answer = llm.generate(chat("Xin chào", max_tokens=4))
    assert answer.text and not answer.stopped
    assert llm.ping()
    assert pid is None or llm.worker_pid == pid


@pytest.mark.slow
@needs_model
def test_cancel_token_stops_like_stop(llm):
    cancel = CancelToken()

    def on_token(_text):
        cancel.cancel()

    result = llm.generate(chat("Kể chuyện.", max_tokens=100), on_token, cancel)
    assert result.stopped and result.text
    assert llm.generate(chat("Chào", max_tokens=3)).text


@pytest.mark.slow
@needs_model
def test_second_question_on_the_same_lesson_reuses_the_kv_cache(llm):
    from tutor.lessons.source import load_source, to_curriculum

    root = os.path.join(os.path.dirname(__file__), "..", "..", "content")
    lesson = to_curriculum(load_source(root)).lesson("l1.ai-la-gi")
    first = llm.generate(chat(f"Bài học:\n{lesson.body}\n\nCâu hỏi: AI có phải người thật?", max_tokens=2))
    second = llm.generate(chat(f"Bài học:\n{lesson.body}\n\nCâu hỏi: Vì sao phải kiểm tra?", max_tokens=2))
    assert second.stats.prompt_reused > first.stats.prompt_tokens // 2


@pytest.mark.slow
@needs_model
def test_json_grammar_makes_the_answer_an_object(llm):
    result = llm.generate(chat('Trả lời bằng JSON: {"diem": số từ 1 đến 5}', max_tokens=24,
                               grammar=JSON_GRAMMAR, temperature=0.0))
    assert result.text.lstrip().startswith("{")


@pytest.mark.slow
@needs_model
def test_a_prompt_longer_than_the_model_can_take_is_refused(model_path):
    small = WorkerLLM(model_path, n_ctx=512, max_ctx=512)
    try:
        with pytest.raises(LLMError) as info:
            small.generate(chat(long_lesson_text(), max_tokens=8))
        assert info.value.code == p.PROMPT_TOO_LONG
        assert "dài" in info.value.user_message
        assert small.generate(chat("Chào", max_tokens=3)).text  # still usable
    finally:
        small.close()


# --- crashes and recovery --------------------------------------------------------


@pytest.mark.slow
@needs_model
def test_worker_killed_mid_answer_is_reported_and_the_next_call_recovers(model_path):
    engine = WorkerLLM(model_path, n_ctx=512)
    try:
        first_pid = []

        def kill_it(_text):
            if not first_pid:
                first_pid.append(engine.worker_pid)
                os.kill(first_pid[0], signal.SIGKILL)

        with pytest.raises(LLMError) as info:
            engine.generate(chat("Kể chuyện.", max_tokens=100), kill_it)
        assert info.value.code == p.WORKER_KILLED
        assert "bộ nhớ" in info.value.user_message
        assert engine.available                  # a crash mid-answer is not a load failure

        result = engine.generate(chat("Chào", max_tokens=3))
        assert result.text
        assert engine.worker_pid not in (None, first_pid[0])
    finally:
        engine.close()


@pytest.mark.slow
@needs_model
def test_bad_model_files_are_refused_by_the_worker(model_path, tmp_path):
    with open(model_path, "rb") as whole:
        head = whole.read(16 * 2**20)  # the header and the start of the weights
    truncated = tmp_path / "cut.gguf"
    truncated.write_bytes(head)
    flipped = tmp_path / "flipped.gguf"
    shutil.copyfile(model_path, flipped)
    with open(flipped, "r+b") as f:
        f.seek(30)
        f.write(bytes([head[30] ^ 0xFF]))  # a high byte of the first key's length
    not_gguf = tmp_path / "note.gguf"
    not_gguf.write_text("không phải mô hình", encoding="utf-8")
    for path in (truncated, flipped, not_gguf, tmp_path / "missing.gguf"):
        engine = WorkerLLM(path)
        try:
            with pytest.raises(LLMError) as info:
                engine.generate(chat("Chào", max_tokens=2))
            assert info.value.code == p.MODEL_INVALID, path.name
            assert not engine.available and engine.last_failure is info.value
            with pytest.raises(LLMError):  # not retried on its own: it would fail again
                engine.generate(chat("Chào", max_tokens=2))
        finally:
            engine.close()


def _stub(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_a_worker_dying_of_sigill_means_an_unsupported_cpu(tmp_path):
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("POSIX signals")
    engine = WorkerLLM(tmp_path / "m.gguf",
                       command=_stub("import os, signal; os.kill(os.getpid(), signal.SIGILL)"))
    with pytest.raises(LLMError) as info:
        engine.generate(chat("Chào"))
    assert info.value.code == p.CPU_UNSUPPORTED
    assert "Bộ xử lý" in info.value.user_message
    assert not engine.available
    engine.restart()
    assert engine.available
    engine.close()


def test_a_worker_without_llama_cpp_reports_it(tmp_path):
    code = ("import sys, json; sys.stdout.write(json.dumps({'ev': 'error', 'id': None, "
            "'code': 'llama_unavailable', 'message': 'No module named llama_cpp'}) + '\\n'); "
            "sys.stdout.flush(); sys.exit(3)")
    engine = WorkerLLM(tmp_path / "m.gguf", command=_stub(code))
    with pytest.raises(LLMError) as info:
        engine.load()
    assert info.value.code == p.LLAMA_UNAVAILABLE
    assert "bài học khác" in info.value.user_message
    engine.close()


def test_a_worker_that_cannot_start_is_reported(tmp_path):
    engine = WorkerLLM(tmp_path / "m.gguf", command=[str(tmp_path / "no-such-program")])
    with pytest.raises(LLMError) as info:
        engine.generate(chat("Chào"))
    assert info.value.code == p.WORKER_START_FAILED


def test_cancel_during_load_ends_the_worker(tmp_path):
    # A worker that never answers the load: cancel must still return.
    engine = WorkerLLM(tmp_path / "m.gguf", command=_stub("import sys\nfor line in sys.stdin: pass"))
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        engine.load(cancel)
    assert engine.worker_pid is None and engine.available
    engine.close()


def test_exit_codes_are_classified():
    assert classify_exit(-signal.SIGILL) == p.CPU_UNSUPPORTED
    assert classify_exit(-9) == p.WORKER_KILLED
    assert classify_exit(-signal.SIGSEGV) == p.WORKER_CRASHED
    assert classify_exit(0xC000001D) == p.CPU_UNSUPPORTED       # Windows illegal instruction
    assert classify_exit(0xC0000017) == p.OUT_OF_MEMORY
    assert classify_exit(1) == p.WORKER_CRASHED
    assert classify_exit(None) == p.WORKER_CRASHED


@pytest.mark.slow
@needs_model
def test_closing_the_engine_ends_the_worker(model_path):
    engine = WorkerLLM(model_path, n_ctx=512)
    engine.load()
    proc = engine._process.proc
    engine.close()
    assert proc.poll() is not None
    with pytest.raises(LLMError) as info:
        engine.generate(chat("Chào", max_tokens=2))
    assert info.value.code == p.CLOSED


def test_the_engine_modules_keep_llama_cpp_out_of_the_app_process():
    code = ("import sys\n"
            "import tutor.local_llm.engine, tutor.local_llm.registry, tutor.local_llm.api\n"
            "bad = [m for m in ('llama_cpp', 'numpy', 'jinja2', 'PySide6') if m in sys.modules]\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# --- caps on length, time and loops; threads ------------------------------------


@pytest.mark.slow
@needs_model
def test_a_looping_answer_is_cut_by_the_repetition_guard(llm):
    # A raw prompt that invites the base model to go on repeating one short line.
    loop = "Hà Nội đẹp lắm.\n" * 30
    result = llm.generate(GenerationRequest(prompt=loop, max_tokens=600, temperature=0.0, seed=1))
    assert result.finish_reason == "length"
    assert result.stats.cap == "repetition"
    assert result.stats.tokens < 200          # well before the 600 tokens asked for


@pytest.mark.slow
@needs_model
def test_an_answer_running_past_its_time_is_cut(llm):
    result = llm.generate(chat("Kể một câu chuyện dài về làng quê.", max_tokens=400,
                               max_seconds=0.05))
    assert result.finish_reason == "length" and result.stats.cap == "time"
    assert result.stats.tokens < 400
    assert llm.generate(chat("Xin chào", max_tokens=2)).stats.cap in (None, "tokens")


@pytest.mark.slow
@needs_model
def test_the_worker_chooses_threads_for_the_pc_unless_told(model_path):
    from tutor.local_llm.threads import choose_threads, physical_cores

    auto = WorkerLLM(model_path, n_ctx=512)
    fixed = WorkerLLM(model_path, n_ctx=512, n_threads=2)
    try:
        loaded = auto.load()
        assert loaded.n_threads == choose_threads(physical_cores())
        assert loaded.info["adaptive_threads"] is True
        answer = auto.generate(chat("Xin chào", max_tokens=2))
        assert 1 <= answer.stats.threads <= choose_threads(physical_cores())
        assert fixed.load().n_threads == 2
        assert fixed.generate(chat("Xin chào", max_tokens=2)).stats.threads == 2
    finally:
        auto.close()
        fixed.close()


@pytest.mark.slow
@needs_model
def test_a_list_prompt_gets_the_bullets_and_length_it_asks_for(llm):
    from tutor.local_llm.checks import bullet_lines, count_words

    user = ("Bạn là cán bộ thôn. Hãy nhắc bà con cách phòng lừa đảo qua điện thoại. "
            "Viết 4 đến 5 gạch đầu dòng, dưới 80 chữ.")
    result = llm.generate(chat(user, max_tokens=400, temperature=0.5, shape_from=user))
    assert result.finish_reason == "stop"
    assert 4 <= len(bullet_lines(result.text)) <= 5
    assert count_words(result.text) <= 80
