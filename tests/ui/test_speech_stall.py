"""Listen never freezes the app: 50 sentence changes through the real audio output, on a
loaded CPU, with a real sound server (a PulseAudio null sink) when this PC has PulseAudio.

A watchdog (a heartbeat timer on the main thread, in a child process) fails the test on any
main-thread stall over 1 s; a deadlock in the audio stack ends as the child's timeout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

CHILD_TIMEOUT_S = 180


@pytest.fixture
def null_sink(tmp_path):
    """A private PulseAudio server with one null sink; {} (no sound device) without pulseaudio."""
    if shutil.which("pulseaudio") is None:
        yield {}
        return
    runtime = tmp_path / "pulse-runtime"
    runtime.mkdir()
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), PULSE_RUNTIME_PATH=str(runtime / "pulse"))
    server = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n", "--use-pid-file=no",
         "--load=module-null-sink sink_name=village", "--load=module-native-protocol-unix"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = runtime / "pulse" / "native"
    try:
        # Ready once pactl gets an answer (pactl itself waits for the connection: no sleeping).
        for _ in range(100):
            if server.poll() is not None:
                pytest.skip("pulseaudio could not start here")
            if subprocess.run(["pactl", "-s", f"unix:{socket}", "info"], env=env,
                              capture_output=True, timeout=10).returncode == 0:
                break
        else:
            pytest.skip("pulseaudio did not answer")
        yield {"XDG_RUNTIME_DIR": str(runtime), "PULSE_SERVER": f"unix:{socket}"}
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def busy_cpu():
    """Every core busy, as on an old commune PC running other programs."""
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
                for _ in range(os.cpu_count() or 2)]
    yield
    for spinner in spinners:
        spinner.kill()
        spinner.wait()


def test_fifty_sentence_changes_never_stall_the_main_thread(null_sink, busy_cpu):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **null_sink)
    try:
        done = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "speech_stall_child.py"), "50"],
                              env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, cwd=ROOT)
    except subprocess.TimeoutExpired:
        pytest.fail("Listen froze the app: the main thread never came back from the audio stack")
    assert done.returncode == 0, done.stderr[-2000:]
    figures = dict(part.split("=") for part in done.stdout.split())
    assert int(figures["changes"]) == 50, done.stdout  # it kept going: no silent hang either
    assert float(figures["max_stall_s"]) < 1.0, done.stdout
