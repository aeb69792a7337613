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

USER_MESSAGES = {
    LLAMA_UNAVAILABLE: "Phần chạy AI chưa được cài đủ trên máy này. Các bài học khác vẫn dùng bình thường.",
    MODEL_INVALID: "Tệp mô hình AI bị hỏng hoặc không đúng loại. Hãy chép lại tệp mô hình.",
    LOAD_FAILED: "Không mở được mô hình AI này. Hãy chọn mô hình khác.",
    OUT_OF_MEMORY: "Máy không đủ bộ nhớ để chạy mô hình AI này. Hãy đóng bớt chương trình "
                   "hoặc chọn mô hình nhỏ hơn.",
    NOT_LOADED: "AI chưa sẵn sàng. Hãy thử lại.",
    PROMPT_TOO_LONG: "Câu hỏi và bài đọc quá dài cho mô hình này. Hãy hỏi ngắn hơn.",
    GENERATION_FAILED: "AI gặp lỗi khi trả lời. Hãy thử lại.",
    BAD_REQUEST: "AI gặp lỗi khi trả lời. Hãy thử lại.",
    NO_MODEL: "Máy này chưa có mô hình AI. Các bài học vẫn dùng được; "
              "nhờ cán bộ chép mô hình từ USB để luyện với AI.",
    WORKER_START_FAILED: "Không khởi động được phần chạy AI. Các bài học khác vẫn dùng bình thường.",
    WORKER_CRASHED: "Phần chạy AI bị dừng đột ngột. Bấm “Thử lại” để chạy lại.",
    WORKER_KILLED: "Phần chạy AI bị tắt, có thể do máy hết bộ nhớ. Hãy đóng bớt chương trình "
                   "rồi bấm “Thử lại”.",
    CPU_UNSUPPORTED: "Bộ xử lý của máy này đời cũ nên không chạy được AI. "
                     "Các bài học khác vẫn dùng bình thường.",
    WORKER_STUCK: "AI không dừng khi được yêu cầu nên đã bị tắt. Bấm “Thử lại” để chạy lại.",
    CLOSED: "AI đã được tắt.",
}

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
