"""WorkerLLM: the real LocalLLM, running llama-cpp-python in a child process.

The app process never imports llama_cpp: the model's memory, its threads and
its crashes stay in the worker (worker.py). One worker, one loaded model,
reused for every request; requests are served one at a time.

If the worker dies (killed, SIGILL on a CPU without AVX2, out of memory) the
running call raises LLMError with a code and a Vietnamese message, and the
next call starts a fresh worker. A worker that died while *loading* is not
restarted by itself (it would die again): ``restart()`` does that on request.
"""

from __future__ import annotations

import collections
import itertools
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tutor.cancel import Cancelled, CancelToken
from tutor.local_llm import protocol as p
from tutor.local_llm.api import (  # noqa: F401
    JSON_GRAMMAR,
    GenerationRequest,
    GenerationResult,
    GenerationStats,
    LLMError,
    LocalLLM,
    OnToken,
)
from tutor.local_llm.fake import FakeLLM, NoModel  # noqa: F401  (re-exported: one import for callers)
from tutor.local_llm.templates import Message  # noqa: F401

log = logging.getLogger(__name__)

POLL_S = 0.05            # how often a waiting call looks at its cancel token
STOP_GRACE_S = 10.0      # a worker that ignores a stop this long is ended
QUIT_GRACE_S = 3.0
STDERR_LINES = 60        # kept for the log when the worker dies

_WINDOWS_CRASHES = {
    0xC000001D: p.CPU_UNSUPPORTED,   # STATUS_ILLEGAL_INSTRUCTION
    0xC0000017: p.OUT_OF_MEMORY,     # STATUS_NO_MEMORY
    0xC000012D: p.OUT_OF_MEMORY,     # STATUS_COMMITMENT_LIMIT
}


@dataclass(frozen=True)
class LoadedModel:
    model_path: str
    n_ctx: int
    n_threads: int
    chat_format: str
    load_seconds: float
    info: dict


class _Died:
    """Queued by the reader when the worker's pipe closes."""

    def __init__(self, returncode: int | None):
        self.returncode = returncode


def worker_command() -> list[str]:
    """How to start the worker. A frozen (PyInstaller) app has no ``-m``: it must
    dispatch ``--llm-worker`` to tutor.local_llm.worker.main()."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--llm-worker"]
    return [sys.executable, "-m", "tutor.local_llm.worker"]


def classify_exit(returncode: int | None) -> str:
    if returncode is None:
        return p.WORKER_CRASHED
    if returncode < 0:
        sig = -returncode
        if sig == signal.SIGILL:
            return p.CPU_UNSUPPORTED
        if sig == getattr(signal, "SIGKILL", 9):
            return p.WORKER_KILLED
        return p.WORKER_CRASHED
    code = _WINDOWS_CRASHES.get(returncode & 0xFFFFFFFF)
    return code or p.WORKER_CRASHED


class _Process:
    """One worker process with its reader threads; thrown away when it dies."""

    def __init__(self, command: Sequence[str], env: dict[str, str] | None):
        creationflags = 0
        if sys.platform == "win32":
            creationflags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing up
        self.proc = subprocess.Popen(
            list(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=env, creationflags=creationflags, close_fds=True,
        )
        self.events: queue.Queue[Any] = queue.Queue()
        self.stderr_tail: collections.deque[str] = collections.deque(maxlen=STDERR_LINES)
        self._write_lock = threading.Lock()
        threading.Thread(target=self._read_events, name="llm-events", daemon=True).start()
        threading.Thread(target=self._read_stderr, name="llm-stderr", daemon=True).start()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def send(self, **message: Any) -> bool:
        with self._write_lock:
            try:
                assert self.proc.stdin is not None
                self.proc.stdin.write(p.encode(message))
                self.proc.stdin.flush()
                return True
            except (BrokenPipeError, OSError, ValueError):
                return False  # the reader will report the death

    def _read_events(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            try:
                self.events.put(p.decode(line))
            except ValueError:
                log.warning("llm worker sent a bad line: %r", line[:200])
        self.events.put(_Died(self.proc.wait()))

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        for raw in self.proc.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                self.stderr_tail.append(line)
                log.debug("llm worker: %s", line)

    def kill(self) -> None:
        if self.alive():
            self.proc.kill()
        try:
            self.proc.wait(timeout=QUIT_GRACE_S)
        except subprocess.TimeoutExpired:
            log.error("llm worker %s did not die after kill", self.pid)
        for stream in (self.proc.stdin,):
            try:
                stream and stream.close()
            except OSError:
                pass

    def quit(self) -> None:
        self.send(op="quit")
        try:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(timeout=QUIT_GRACE_S)
        except (OSError, subprocess.TimeoutExpired):
            self.kill()


class WorkerLLM:
    """LocalLLM over a worker process; thread-safe, one request at a time."""

    def __init__(self, model_path: str | Path, *, n_ctx: int = 2048, max_ctx: int = 8192,
                 n_threads: int | None = None, display_name: str | None = None,
                 command: Sequence[str] | None = None, env: dict[str, str] | None = None):
        self.model_path = str(model_path)
        self.n_ctx = n_ctx
        self.max_ctx = max(n_ctx, max_ctx)
        self.n_threads = n_threads  # None: the worker uses the physical core count
        self._display_name = display_name or Path(model_path).stem
        self._command = list(command or worker_command())
        self._env = env
        self._busy = threading.Lock()         # one request (or load) at a time
        self._state = threading.Lock()        # guards the fields below
        self._process: _Process | None = None
        self._loaded: LoadedModel | None = None
        self._current_id: str | None = None
        self._load_failure: LLMError | None = None
        self._closed = False
        self._ids = itertools.count(1)

    # --- LocalLLM ----------------------------------------------------------------

    @property
    def available(self) -> bool:
        return not self._closed and self._load_failure is None

    @property
    def name(self) -> str:
        return self._display_name

    @property
    def loaded(self) -> LoadedModel | None:
        return self._loaded

    @property
    def worker_pid(self) -> int | None:
        proc = self._process
        return proc.pid if proc is not None and proc.alive() else None

    @property
    def last_failure(self) -> LLMError | None:
        """Why the model could not load, until restart() clears it."""
        return self._load_failure

    def load(self, cancel: CancelToken | None = None) -> LoadedModel:
        """Start the worker and load the model now (otherwise the first generate does)."""
        with self._busy:
            return self._ensure_loaded(cancel or CancelToken())

    def generate(self, request: GenerationRequest, on_token: OnToken | None = None,
                 cancel: CancelToken | None = None, *,
                 on_started: Callable[[int], None] | None = None) -> GenerationResult:
        """LocalLLM.generate; ``on_started(prompt_tokens)`` fires when the worker
        begins reading the prompt (before the first token)."""
        cancel = cancel or CancelToken()
        with self._busy:
            self._ensure_loaded(cancel)
            proc = self._process
            assert proc is not None
            request_id = f"g{next(self._ids)}"
            with self._state:
                self._current_id = request_id
            try:
                if not proc.send(**request.to_wire(request_id)):
                    return self._raise_death(proc, during_load=False)
                return self._collect(proc, request_id, on_token, on_started, cancel)
            finally:
                with self._state:
                    self._current_id = None

    def stop(self) -> None:
        with self._state:
            proc, request_id = self._process, self._current_id
        if proc is not None and request_id is not None:
            proc.send(op="stop", id=request_id)

    def close(self) -> None:
        with self._state:
            self._closed = True
            proc, self._process, self._loaded = self._process, None, None
        if proc is not None:
            proc.quit()

    # --- lifecycle ------------------------------------------------------------------

    def restart(self) -> None:
        """End the worker (if any) and forget a load failure; the next call starts afresh."""
        with self._state:
            proc, self._process, self._loaded = self._process, None, None
            self._load_failure = None
            self._closed = False
        if proc is not None:
            proc.kill()

    def ping(self, timeout: float = 5.0) -> bool:
        """True when a worker is running and answers (for tests and health checks)."""
        proc = self._process
        if proc is None or not proc.alive():
            return False
        # Pings are answered by the worker's reader thread, even mid-generation;
        # only call this between requests, so no other event is consumed here.
        if not proc.send(op="ping"):
            return False
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                event = proc.events.get(timeout=POLL_S)
            except queue.Empty:
                continue
            if isinstance(event, _Died):
                proc.events.put(event)
                return False
            if event.get("ev") == "pong":
                return True
        return False

    def _ensure_loaded(self, cancel: CancelToken) -> LoadedModel:
        if self._closed:
            raise LLMError(p.CLOSED, "engine closed")
        if self._load_failure is not None:
            raise self._load_failure
        proc = self._process
        if proc is not None and proc.alive() and self._loaded is not None:
            return self._loaded
        if proc is not None:
            proc.kill()  # dead or half-started: start clean
        proc = self._start()
        proc.send(op="load", model_path=self.model_path, n_ctx=self.n_ctx,
                  max_ctx=self.max_ctx, n_threads=self.n_threads)
        while True:
            event = self._next_event(proc, cancel, during_load=True)
            ev = event.get("ev")
            if ev == "loaded":
                info = event.get("info") or {}
                self._loaded = LoadedModel(
                    model_path=str(info.get("model_path")), n_ctx=int(info.get("n_ctx", 0)),
                    n_threads=int(info.get("n_threads", 0)),
                    chat_format=str(info.get("chat_format")),
                    load_seconds=float(info.get("load_seconds", 0.0)), info=info)
                log.info("llm worker %s loaded %s (%s)", proc.pid, self.model_path, info)
                return self._loaded
            if ev == "error":
                error = LLMError(str(event.get("code", p.LOAD_FAILED)), str(event.get("message", "")))
                self._fail_load(proc, error)
                raise error
            # "ready", stray pongs: keep waiting

    def _start(self) -> _Process:
        try:
            proc = _Process(self._command, self._env)
        except OSError as exc:
            error = LLMError(p.WORKER_START_FAILED, str(exc))
            self._load_failure = error
            raise error from exc
        with self._state:
            self._process = proc
            self._loaded = None
        return proc

    def _fail_load(self, proc: _Process, error: LLMError) -> None:
        self._load_failure = error
        proc.quit()
        with self._state:
            if self._process is proc:
                self._process = None

    def _next_event(self, proc: _Process, cancel: CancelToken, during_load: bool,
                    request_id: str | None = None) -> dict:
        """The next event from the worker; handles cancel, stop grace and death."""
        stop_sent_at: float | None = None
        while True:
            if cancel.cancelled and stop_sent_at is None:
                if during_load:
                    # llama.cpp cannot abort a load; end the worker, start afresh next time.
                    self._discard(proc)
                    raise Cancelled()
                proc.send(op="stop", id=request_id)
                stop_sent_at = time.monotonic()
            try:
                event = proc.events.get(timeout=POLL_S)
            except queue.Empty:
                if stop_sent_at is not None and time.monotonic() - stop_sent_at > STOP_GRACE_S:
                    log.error("llm worker %s ignored a stop; ending it", proc.pid)
                    self._discard(proc)
                    raise LLMError(p.WORKER_STUCK, "no answer to stop")
                continue
            if isinstance(event, _Died):
                self._raise_death(proc, during_load, event.returncode)
            return event

    def _collect(self, proc: _Process, request_id: str, on_token: OnToken | None,
                 on_started: Callable[[int], None] | None, cancel: CancelToken) -> GenerationResult:
        pieces: list[str] = []
        callback_error: BaseException | None = None

        def call(callback: Callable[[Any], None], value: Any) -> None:
            nonlocal callback_error
            if callback_error is not None:
                return
            try:
                callback(value)
            except BaseException as exc:  # the caller's bug must not leave the worker running
                callback_error = exc
                proc.send(op="stop", id=request_id)

        while True:
            event = self._next_event(proc, cancel, during_load=False, request_id=request_id)
            if event.get("id") != request_id:
                continue  # a late pong or a stale line from an earlier request
            ev = event.get("ev")
            if ev == "token":
                text = str(event.get("text", ""))
                pieces.append(text)
                if on_token is not None:
                    call(on_token, text)
            elif ev == "started":
                if on_started is not None:
                    call(on_started, int(event.get("prompt_tokens", 0)))
            elif ev == "done":
                if callback_error is not None:
                    raise callback_error
                return GenerationResult("".join(pieces), str(event.get("finish_reason", "stop")),
                                        GenerationStats.from_wire(event.get("stats") or {}))
            elif ev == "error":
                code = str(event.get("code", p.GENERATION_FAILED))
                if code in (p.OUT_OF_MEMORY, p.NOT_LOADED):
                    self._discard(proc)  # the worker lost its model: the next call starts afresh
                raise LLMError(code, str(event.get("message", "")))

    def _discard(self, proc: _Process) -> None:
        proc.kill()
        with self._state:
            if self._process is proc:
                self._process = None
                self._loaded = None

    def _raise_death(self, proc: _Process, during_load: bool, returncode: int | None = None):
        if returncode is None:
            try:
                returncode = proc.proc.wait(timeout=QUIT_GRACE_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                returncode = proc.proc.returncode
        code = classify_exit(returncode)
        tail = " | ".join(list(proc.stderr_tail)[-5:])
        log.error("llm worker %s died (exit %s, %s, loading=%s): %s",
                  proc.pid, returncode, code, during_load, tail)
        error = LLMError(code, f"worker exit {returncode}")
        if during_load:
            self._load_failure = error
        with self._state:
            if self._process is proc:
                self._process = None
                self._loaded = None
        raise error


def open_llm(model_path: str | Path | None, **options: Any) -> LocalLLM:
    """WorkerLLM for a model, or NoModel when there is none (the UI's starting point)."""
    if model_path is None or not os.path.exists(model_path):
        return NoModel()
    return WorkerLLM(model_path, **options)
