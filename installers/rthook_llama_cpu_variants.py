"""PyInstaller runtime hook: the frozen model worker loads llama.cpp's CPU code.

The release build of llama.cpp (GGML_BACKEND_DL + GGML_CPU_ALL_VARIANTS) has no CPU
code in its main libraries: it ships one ``libggml-cpu-<variant>`` module per x86-64
level (plain SSE2 up to AVX-512), and ggml loads the best one this PC can run. ggml
looks for those modules beside the executable and in the current folder; the bundle
keeps them in ``_internal/llama_cpp/lib``. So the worker loads them from there itself,
before llama_cpp starts: llama_backend_init() then finds a CPU backend registered and
searches nowhere else (a stray library in the current folder is never picked up).

Only the worker (``tutor --llm-worker``, see tutor/__main__.py) runs llama.cpp; the
desktop process skips this. ggml prints the module it chose on stderr, which the app
keeps in its log.
"""

import ctypes
import sys
from pathlib import Path

GGML_LIBRARY = "ggml.dll" if sys.platform == "win32" else "libggml.so"


def _load_best_cpu_variant() -> None:
    lib_dir = Path(sys._MEIPASS) / "llama_cpp" / "lib"  # set by PyInstaller's bootloader
    try:
        ggml = ctypes.CDLL(str(lib_dir / GGML_LIBRARY))
    except OSError:
        return  # the worker's own `import llama_cpp` fails the same way and tells the app why
    ggml.ggml_backend_load_all_from_path.argtypes = [ctypes.c_char_p]
    ggml.ggml_backend_load_all_from_path.restype = None
    ggml.ggml_backend_load_all_from_path(str(lib_dir).encode("utf-8"))  # ggml reads it as UTF-8


if sys.argv[1:2] == ["--llm-worker"]:
    _load_best_cpu_variant()
