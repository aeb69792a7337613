"""The messages between the app and its model worker process, and their errors.

One JSON object per line. The app writes commands to the worker's stdin; the
worker answers on a private copy of its original stdout (fd 1 itself is pointed
at stderr, so whatever llama.cpp prints can never corrupt the channel).

App -> worker:
  {"op": "load", "model_path", "n_ctx", "max_ctx", "n_threads"}
  {"op": "generate", "id", "messages" | "prompt", "max_tokens", "temperature",
   "top_p", "repeat_penalty", "stop", "seed", "grammar", "max_seconds", "shape_from"}
  n_threads null: the worker chooses threads per answer from the PC and its load
  {"op": "stop", "id"}          id may be null: stop whatever runs
  {"op": "ping"} / {"op": "quit"}
Worker -> app:
  {"ev": "ready", "pid", "llama_cpp"}      once, at start
  {"ev": "loaded", "info": {...}}
  {"ev": "started", "id", "prompt_tokens", "prompt_reused"}   reading the prompt
  {"ev": "token", "id", "text"}
  {"ev": "done", "id", "finish_reason", "stats": {...}}   stats.cap: why it was cut short
  {"ev": "error", "id", "code", "message"}  message is English, for the log
  {"ev": "pong"}
"""

from __future__ import annotations

import json
from typing import Any

from tutor.messages import render

# Error codes, shared by the worker (first group) and the engine (second).
LLAMA_UNAVAILABLE = "llama_unavailable"    # llama_cpp cannot be imported in the worker
MODEL_INVALID = "model_invalid"            # not a GGUF, truncated, corrupt header
LOAD_FAILED = "load_failed"                # llama.cpp refused the model
OUT_OF_MEMORY = "out_of_memory"
NOT_LOADED = "not_loaded"
PROMPT_TOO_LONG = "prompt_too_long"
GENERATION_FAILED = "generation_failed"
BAD_REQUEST = "bad_request"

NO_MODEL = "no_model"
WORKER_START_FAILED = "worker_start_failed"
WORKER_CRASHED = "worker_crashed"
WORKER_KILLED = "worker_killed"            # SIGKILL: usually the system ran out of memory
CPU_UNSUPPORTED = "cpu_unsupported"        # SIGILL: the CPU lacks an instruction (AVX2)
WORKER_STUCK = "worker_stuck"              # did not stop when asked; it was ended
CLOSED = "closed"

# What a person reads for each code (catalogued in tutor.messages as "llm.<code>").
USER_MESSAGES = {code: render(f"llm.{code}") for code in (
    LLAMA_UNAVAILABLE, MODEL_INVALID, LOAD_FAILED, OUT_OF_MEMORY, NOT_LOADED, PROMPT_TOO_LONG,
    GENERATION_FAILED, BAD_REQUEST, NO_MODEL, WORKER_START_FAILED, WORKER_CRASHED, WORKER_KILLED,
    CPU_UNSUPPORTED, WORKER_STUCK, CLOSED)}

MAX_LINE_BYTES = 16 * 1024 * 1024  # a lesson plus a question is far smaller


def encode(message: dict[str, Any]) -> bytes:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def decode(line: bytes) -> dict[str, Any]:
    """Raises ValueError for anything but a JSON object."""
    value = json.loads(line.decode("utf-8"))
    if not isinstance(value, dict):
        raise ValueError("protocol line is not an object")
    return value


def user_message(code: str) -> str:
    return USER_MESSAGES.get(code, USER_MESSAGES[GENERATION_FAILED])
