"""The model worker: a child process that owns llama-cpp-python.

Run as ``python -m tutor.local_llm.worker``. It lives apart from the app so a
CPU without AVX2 (SIGILL) or a model too big for the RAM (OOM kill) ends only
this process; the app sees the pipe close and tells the learner.

Threads: the main thread loads and generates; a reader thread takes commands
from stdin and answers ``stop`` and ``ping`` at once, so a stop lands while
the main thread is deep inside llama_decode. The stop flag is read by
llama.cpp's abort callback (between graph nodes, so a long prompt being read
stops within milliseconds) and by a stopping criterion between tokens. The
model stays loaded after a stop for the next request.
"""

from __future__ import annotations

import gc
import os
import queue
import sys
import threading
import time
from typing import Any, BinaryIO

from tutor.local_llm import protocol as p
from tutor.local_llm.guards import DEFAULT_MAX_SECONDS, RepetitionGuard, capped_tokens
from tutor.local_llm.threads import LoadMeter, choose_threads, physical_cores  # noqa: F401

EXIT_PARENT_GONE = 0
EXIT_NO_LLAMA = 3
CTX_STEP = 512
MIN_ANSWER_TOKENS = 16


class Channel:
    """The private protocol pipe; writes from both threads are serialised."""

    def __init__(self, stream: BinaryIO):
        self._stream = stream
        self._lock = threading.Lock()

    def send(self, **message: Any) -> None:
        data = p.encode(message)
        with self._lock:
            try:
                self._stream.write(data)
                self._stream.flush()
            except (BrokenPipeError, OSError):
                os._exit(EXIT_PARENT_GONE)  # nobody listens: stop using CPU and RAM now


class Worker:
    def __init__(self, channel: Channel):
        self.out = channel
        self.commands: queue.Queue[dict] = queue.Queue()
        self.abort = threading.Event()
        self._current_id: str | None = None
        self._stopped_ids: set[str] = set()
        self._id_lock = threading.Lock()
        self.llm = None
        self.loaded: dict[str, Any] | None = None
        self.prompt_format = None
        self._abort_cb = None  # kept referenced: llama.cpp holds a raw pointer to it
        self.load_meter = LoadMeter()
        self.adaptive_threads = True   # no thread count given: choose per answer from the load

    # --- reader thread ----------------------------------------------------------

    def read_commands(self, stdin: BinaryIO) -> None:
        for line in stdin:
            if len(line) > p.MAX_LINE_BYTES:
                self.out.send(ev="error", id=None, code=p.BAD_REQUEST, message="line too long")
                continue
            try:
                message = p.decode(line)
            except ValueError as exc:
                self.out.send(ev="error", id=None, code=p.BAD_REQUEST, message=str(exc))
                continue
            op = message.get("op")
            if op == "stop":
                self.request_stop(message.get("id"))
            elif op == "ping":
                self.out.send(ev="pong")
            else:
                self.commands.put(message)
                if op == "quit":
                    break
        # stdin closed: the app is gone (or quit). Stop any work and leave.
        self.abort.set()
        self.commands.put({"op": "quit"})

    def request_stop(self, request_id: str | None) -> None:
        with self._id_lock:
            if request_id is None or request_id == self._current_id:
                self.abort.set()
            else:
                self._stopped_ids.add(request_id)  # stopped before it started

    # --- main thread --------------------------------------------------------------

    def run(self) -> int:
        while True:
            message = self.commands.get()
            op = message.get("op")
            if op == "quit":
                return EXIT_PARENT_GONE
            try:
                if op == "load":
                    self.load(message)
                elif op == "generate":
                    self.generate(message)
                else:
                    self.out.send(ev="error", id=message.get("id"), code=p.BAD_REQUEST,
                                  message=f"unknown op {op!r}")
            except MemoryError:
                self._drop_model()
                self.out.send(ev="error", id=message.get("id"), code=p.OUT_OF_MEMORY,
                              message="MemoryError")
            except Exception as exc:  # a bug or a llama.cpp surprise: report it, keep serving
                code = p.LOAD_FAILED if op == "load" else p.GENERATION_FAILED
                self.out.send(ev="error", id=message.get("id"), code=code,
                              message=f"{type(exc).__name__}: {exc}")

    def load(self, message: dict) -> None:
        from pathlib import Path

        from tutor.local_llm.gguf import GgufError, read_header
        from tutor.local_llm.header_cache import CACHE_NAME, HeaderCache
        from tutor.local_llm.templates import choose_format, traits_of

        path = str(message["model_path"])
        n_ctx = int(message.get("n_ctx", 2048))
        max_ctx = int(message.get("max_ctx", n_ctx))
        self.adaptive_threads = not message.get("n_threads")
        n_threads = int(message.get("n_threads") or choose_threads(physical_cores()))
        if self.loaded and self.loaded["model_path"] == path and self.loaded["n_ctx"] >= n_ctx:
            self.out.send(ev="loaded", info=self.loaded)
            return
        try:
            # Never hand llama.cpp a file we would refuse; the app's cache (beside
            # its models) spares the parse when the file has not changed.
            cache_file = Path(path).parent / CACHE_NAME
            header = HeaderCache(cache_file).read(path) if cache_file.exists() else read_header(path)
        except GgufError as exc:
            self.out.send(ev="error", id=None, code=p.MODEL_INVALID, message=exc.log_message)
            return
        context_limit = header.context_length or max_ctx
        max_ctx = max(CTX_STEP, min(max_ctx, context_limit))
        n_ctx = min(n_ctx, max_ctx)
        started = time.perf_counter()
        if not self._open(path, n_ctx, n_threads):
            return
        self.prompt_format = choose_format(traits_of(header))
        self.loaded = {
            "model_path": path, "n_ctx": n_ctx, "max_ctx": max_ctx, "n_threads": n_threads,
            "architecture": header.architecture, "name": header.name,
            "chat_format": self.prompt_format.name,
            "load_seconds": round(time.perf_counter() - started, 3),
            "adaptive_threads": self.adaptive_threads,
        }
        self.load_meter.idle_starts()  # from now on, CPU time between answers is someone else's
        self.out.send(ev="loaded", info=self.loaded)

    def _open(self, path: str, n_ctx: int, n_threads: int, report: bool = True) -> bool:
        import llama_cpp

        self._drop_model()
        try:
            self.llm = llama_cpp.Llama(model_path=path, n_ctx=n_ctx, n_threads=n_threads,
                                       n_threads_batch=n_threads, verbose=False)
        except Exception as exc:  # llama.cpp says only "Failed to load model from file"
            if report:
                code = p.OUT_OF_MEMORY if isinstance(exc, MemoryError) else p.LOAD_FAILED
                self.out.send(ev="error", id=None, code=code, message=f"{type(exc).__name__}: {exc}")
            return False

        @llama_cpp.ggml_abort_callback
        def abort_requested(_data: Any) -> bool:
            return self.abort.is_set()

        self._abort_cb = abort_requested
        llama_cpp.llama_set_abort_callback(self.llm.ctx, abort_requested, None)
        return True

    def _drop_model(self) -> None:
        if self.llm is not None:
            self.llm.close()
            self.llm = None
            self.loaded = None
            gc.collect()

    def _grow_context(self, needed: int) -> bool:
        """Reopen with a larger context when a prompt does not fit (up to max_ctx)."""
        assert self.loaded is not None
        if needed <= self.loaded["n_ctx"]:
            return True
        if self.loaded["n_ctx"] >= self.loaded["max_ctx"]:
            return False
        new_ctx = min(self.loaded["max_ctx"], -(-needed // CTX_STEP) * CTX_STEP)
        info = dict(self.loaded)
        info.pop("threads_now", None)  # the new context starts with the load-time threads
        if self._open(info["model_path"], new_ctx, info["n_threads"], report=False):
            self.loaded = {**info, "n_ctx": new_ctx}
            return needed <= new_ctx
        # No memory for the bigger context: go back to the size that worked.
        if not self._open(info["model_path"], info["n_ctx"], info["n_threads"]):
            raise MemoryError("model lost while growing the context")
        self.loaded = info
        return False

    def generate(self, message: dict) -> None:
        request_id = str(message.get("id"))
        with self._id_lock:
            if request_id in self._stopped_ids:
                self._stopped_ids.discard(request_id)
                self.out.send(ev="done", id=request_id, finish_reason="cancelled",
                              stats=_stats(0, 0.0, 0, None, 0, 0))
                return
            self._current_id = request_id
            self.abort.clear()
        try:
            self._generate(request_id, message)
        finally:
            with self._id_lock:
                self._current_id = None
            self.load_meter.idle_starts()

    def _threads_for_this_answer(self) -> int:
        """Fewer threads while other processes keep cores busy (see threads.py)."""
        assert self.llm is not None and self.loaded is not None
        if not self.adaptive_threads:
            return self.loaded["n_threads"]
        threads = choose_threads(physical_cores(), self.load_meter.busy_cores())
        if threads != self.loaded.get("threads_now"):
            import llama_cpp

            llama_cpp.llama_set_n_threads(self.llm.ctx, threads, threads)
            self.loaded["threads_now"] = threads
        return threads

    def _generate(self, request_id: str, message: dict) -> None:
        started = time.perf_counter()
        if self.llm is None or self.loaded is None:
            self.out.send(ev="error", id=request_id, code=p.NOT_LOADED, message="no model loaded")
            return
        try:
            text = self._prompt_text(message)
            max_tokens = capped_tokens(int(message.get("max_tokens", 256)))
            max_seconds = float(message.get("max_seconds") or DEFAULT_MAX_SECONDS)
            stop = [str(s) for s in message.get("stop") or []]
            grammar = self._grammar(message.get("grammar"))
            shape = self._shape(message)
        except (KeyError, TypeError, ValueError) as exc:
            self.out.send(ev="error", id=request_id, code=p.BAD_REQUEST, message=str(exc))
            return
        stop += [s for s in self.prompt_format.stop if s not in stop] if message.get("messages") else []

        from tutor.local_llm.shaping import ShapeGuard, prefill

        start_text = prefill(shape) if shape else ""
        shape_guard = ShapeGuard(shape, start_text) if shape else None
        text += start_text  # a list answer begins with its first marker
        tokens = self.llm.tokenize(text.encode("utf-8"), add_bos=True, special=True)
        if not self._grow_context(len(tokens) + max_tokens):
            room = self.loaded["n_ctx"] - len(tokens)
            if room < MIN_ANSWER_TOKENS:
                self.out.send(ev="error", id=request_id, code=p.PROMPT_TOO_LONG,
                              message=f"{len(tokens)} prompt tokens, context {self.loaded['n_ctx']}")
                return
            max_tokens = room
        llm = self.llm
        reused = _common_prefix(llm.input_ids[: llm.n_tokens], tokens)

        threads = self._threads_for_this_answer()
        seen = [len(tokens)]
        guard = RepetitionGuard()
        cap: list[str | None] = [None]
        deadline = started + max_seconds

        def should_stop(input_ids: Any, _logits: Any) -> bool:
            if len(input_ids) > seen[0]:
                seen[0] = len(input_ids)
                if guard.add(int(input_ids[-1])):
                    cap[0] = "repetition"
            if cap[0] is None and time.perf_counter() > deadline:
                cap[0] = "time"
            return self.abort.is_set() or cap[0] is not None

        import llama_cpp

        # Tells the app the prompt is being read (a UI can say "AI đang đọc bài…").
        self.out.send(ev="started", id=request_id, prompt_tokens=len(tokens), prompt_reused=reused)
        first_token_at = None
        finish = "stop"
        if start_text:
            self.out.send(ev="token", id=request_id, text=start_text)
        segment_tokens = tokens
        generated = 0
        try:
            while True:
                stream = llm.create_completion(
                    segment_tokens, max_tokens=max(1, max_tokens - generated), stream=True, stop=stop,
                    temperature=float(message.get("temperature", 0.7)),
                    top_p=float(message.get("top_p", 0.95)),
                    repeat_penalty=float(message.get("repeat_penalty", 1.1)),
                    seed=message.get("seed"), grammar=grammar,
                    stopping_criteria=llama_cpp.StoppingCriteriaList([should_stop]),
                )
                seen[0] = len(segment_tokens)
                sampled = False
                for chunk in stream:
                    sampled = True
                    if first_token_at is None:
                        first_token_at = time.perf_counter()
                    choice = chunk["choices"][0]
                    if self.abort.is_set():
                        finish = "cancelled"
                        break
                    piece, shaped = choice["text"], False
                    if piece and shape_guard is not None:
                        piece, shaped = shape_guard.accept(piece)
                    if piece:
                        self.out.send(ev="token", id=request_id, text=piece)
                    if shaped:
                        break
                    if choice.get("finish_reason"):
                        finish = choice["finish_reason"]
                generated += (seen[0] - len(segment_tokens) + 1) if sampled else 0
                if shape_guard is not None and shape_guard.done:
                    cap[0] = "shape"   # the asked shape is complete: a finished answer
                    break
                # A list still too short, which the model ended or left for other text:
                # append the next item's marker and let it go on from its cache.
                if (shape_guard is None or not shape_guard.too_short() or self.abort.is_set()
                        or cap[0] is not None or finish == "length" or generated >= max_tokens
                        or not sampled):
                    break
                marker = shape_guard.next_item()
                self.out.send(ev="token", id=request_id, text=marker)
                answer = shape_guard.text
                segment_tokens = llm.tokenize((text + answer[len(start_text):]).encode("utf-8"),
                                              add_bos=True, special=True)
                finish = "stop"
        except RuntimeError as exc:
            # llama_decode returns 2 when the abort callback fired mid-prompt.
            if not self.abort.is_set():
                self.out.send(ev="error", id=request_id, code=p.GENERATION_FAILED, message=str(exc))
                return
            finish = "cancelled"
        if self.abort.is_set():
            finish = "cancelled"
        elif cap[0] == "shape":
            finish = "stop"
        elif cap[0] is not None:
            finish = "length"  # cut short, like the token limit: the UI says the answer was cut
        elif finish == "length":
            cap[0] = "tokens"
        elapsed = time.perf_counter() - started
        ttft = None if first_token_at is None else first_token_at - started
        self.out.send(ev="done", id=request_id, finish_reason=finish,
                      stats=_stats(generated, elapsed,
                                   len(tokens), ttft, reused,
                                   self.loaded["n_ctx"], threads, cap[0]))

    def _prompt_text(self, message: dict) -> str:
        from tutor.local_llm.templates import Message

        if message.get("messages"):
            chat = [Message(str(m["role"]), str(m["content"])) for m in message["messages"]]
            return self.prompt_format(chat)
        prompt = message.get("prompt")
        if not isinstance(prompt, str) or not prompt:
            raise ValueError("generate needs messages or a prompt")
        return prompt

    def _shape(self, message: dict):
        """The bullet count and length the request's prompt asks for, when the
        answer should be held to them (base-model formats, or asked explicitly)."""
        from tutor.local_llm.shaping import read_shape

        source = message.get("shape_from")   # "" turns shaping off for this request
        if source is None and self.prompt_format and self.prompt_format.shape_answers and message.get("messages"):
            users = [m for m in message["messages"] if m.get("role") == "user"]
            source = users[0].get("content") if len(users) == 1 else None
        if not source or message.get("grammar"):
            return None
        shape = read_shape(str(source))
        return shape if shape.constrained else None

    @staticmethod
    def _grammar(source: Any):
        if not source:
            return None
        from llama_cpp import LlamaGrammar

        return LlamaGrammar.from_string(str(source), verbose=False)


def _common_prefix(a: Any, b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if int(x) != y:
            break
        n += 1
    return n


def _stats(tokens: int, seconds: float, prompt_tokens: int, ttft: float | None,
           reused: int, n_ctx: int, threads: int = 0, cap: str | None = None) -> dict[str, Any]:
    return {"tokens": max(0, tokens), "seconds": round(seconds, 4), "prompt_tokens": prompt_tokens,
            "ttft": None if ttft is None else round(ttft, 4), "prompt_reused": reused, "n_ctx": n_ctx,
            "threads": threads, "cap": cap}


def _private_channel() -> Channel:
    """Keep fd 1 for the protocol under a new number; send fd 1 itself to stderr."""
    proto_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return Channel(os.fdopen(proto_fd, "wb", buffering=0))


def main() -> int:
    channel = _private_channel()
    try:
        import llama_cpp
    except Exception as exc:  # ImportError, or OSError from a missing shared library
        channel.send(ev="error", id=None, code=p.LLAMA_UNAVAILABLE, message=f"{type(exc).__name__}: {exc}")
        return EXIT_NO_LLAMA
    worker = Worker(channel)
    reader = threading.Thread(target=worker.read_commands, args=(sys.stdin.buffer,),
                              name="llm-commands", daemon=True)
    reader.start()
    channel.send(ev="ready", pid=os.getpid(), llama_cpp=getattr(llama_cpp, "__version__", "?"))
    code = worker.run()
    worker._drop_model()
    return code


if __name__ == "__main__":
    sys.exit(main())
