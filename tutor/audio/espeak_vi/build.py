"""Compile the project's corrected Vietnamese espeak-ng data (``make espeak-vi``).

Sources (edited copies of espeak-ng's own files, GPL-3.0 like espeak-ng):
``phsource/`` holds a reduced phoneme master (espeak-ng's base table plus the
three Vietnamese tables) with only the sound files those tables use, and
``dictsource/`` the Vietnamese spelling rules. The compilers are the ones
inside the libespeak-ng that espeakng-loader ships, so the data always has the
format of the library that reads it. The result, a small data folder holding
only Vietnamese, goes to ``tutor/data/espeak-ng-data`` and is what the default
engine loads (tutor/audio/engines.py).

    python -m tutor.audio.espeak_vi.build [--out DIR] [--phsource DIR] [--dictsource DIR]
"""

from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent.parent / "data" / "espeak-ng-data"
SAMPLE_RATE = 22050  # espeak-ng's own: its formant data is made for it
# Copied unchanged from the loader's data: intonation tunes and voice variants.
COPIED = ("intonations", "voices/!v/Annie")


def _loader_paths() -> tuple[Path, Path]:
    import espeakng_loader

    return Path(espeakng_loader.get_library_path()), Path(espeakng_loader.get_data_path())


def _compile(lib_path: Path, phsource: Path, dictsource: Path, out: Path) -> None:
    lib = ctypes.CDLL(str(lib_path))
    lib.espeak_ng_CompilePhonemeDataPath.argtypes = [
        ctypes.c_long, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_void_p]
    lib.espeak_ng_InitializePath.argtypes = [ctypes.c_char_p]
    lib.espeak_ng_Initialize.argtypes = [ctypes.c_void_p]
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_ng_CompileDictionary.argtypes = [
        ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
    libc = ctypes.CDLL(None)
    libc.fdopen.restype = ctypes.c_void_p
    libc.fdopen.argtypes = [ctypes.c_int, ctypes.c_char_p]

    def log() -> int:
        # The compilers report to a C FILE* and may close it: a fresh one for each.
        return libc.fdopen(os.dup(2), b"w")

    # The phoneme compiler reloads what it wrote from the data path when it ends.
    lib.espeak_ng_InitializePath(os.fsencode(out))
    context = ctypes.c_void_p()  # espeak-ng writes an error context here
    status = lib.espeak_ng_CompilePhonemeDataPath(
        SAMPLE_RATE, os.fsencode(phsource) + b"/", os.fsencode(out) + b"/", log(), ctypes.byref(context))
    if status != 0:
        raise SystemExit(f"phoneme compilation failed ({status:#x}); see the messages above")
    if lib.espeak_ng_Initialize(ctypes.byref(context)) != 0:
        raise SystemExit("espeak-ng cannot load the freshly compiled phoneme data")
    lib.espeak_SetVoiceByName(b"vi")
    status = lib.espeak_ng_CompileDictionary(os.fsencode(dictsource) + b"/", b"vi", log(), 0, ctypes.byref(context))
    if status != 0:
        raise SystemExit(f"dictionary compilation failed ({status:#x})")


def build(out: Path = DEFAULT_OUT, phsource: Path = HERE / "phsource",
          dictsource: Path = HERE / "dictsource") -> Path:
    lib_path, loader_data = _loader_paths()
    out = Path(out)
    with tempfile.TemporaryDirectory(dir=out.parent if out.parent.exists() else None) as tmp:
        stage = Path(tmp) / "espeak-ng-data"
        shutil.copytree(HERE / "lang", stage / "lang")
        for name in COPIED:
            (stage / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(loader_data / name, stage / name)
        # A fresh process: espeak-ng keeps global state, and the app may hold its own copy.
        subprocess.run([sys.executable, "-c",
                        "import sys; from pathlib import Path; from tutor.audio.espeak_vi.build import _compile; "
                        "_compile(*map(Path, sys.argv[1:]))",
                        str(lib_path), str(phsource), str(dictsource), str(stage)],
                       check=True, cwd=HERE.parent.parent.parent)
        (stage / "phondata-manifest").unlink(missing_ok=True)  # lists source files: not needed to speak
        if out.exists():
            shutil.rmtree(out)
        shutil.move(str(stage), str(out))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--phsource", type=Path, default=HERE / "phsource")
    parser.add_argument("--dictsource", type=Path, default=HERE / "dictsource")
    args = parser.parse_args()
    print(build(args.out, args.phsource.resolve(), args.dictsource.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
