"""Start-up time to the first shown frame, and idle memory, against a bare PySide6 window.

Both programs run alternately in the same session, several times; we report
medians and the ratio (these machines are noisy: compare ratios, not seconds).
Targets (issue 2): app/bare start-up ratio <= 1.5, app idle RSS < 200 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
IDLE_MS = 1500


def measure(cmd: list[str], env: dict[str, str], ready_marker: str) -> tuple[float, float, float]:
    """Seconds from spawn to the first frame and to ready (tiles shown), and RSS (MB) after idling."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    first_frame = ready = None
    for line in proc.stdout:
        if line.startswith("FIRST_FRAME"):
            first_frame = time.perf_counter() - started
        if line.startswith(ready_marker):
            ready = time.perf_counter() - started
            break
    if first_frame is None or ready is None:
        proc.wait()
        raise RuntimeError(f"{cmd} exited early (code {proc.returncode})")
    time.sleep(IDLE_MS / 1000 * 0.8)
    rss_mb = psutil.Process(proc.pid).memory_info().rss / 2**20
    proc.wait(timeout=60)
    return first_frame, ready, rss_mb


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    opts = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "TUTOR_EXIT_AFTER_FIRST_FRAME": "1", "TUTOR_IDLE_MS": str(IDLE_MS)}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        app_cmd = [sys.executable, "-m", "tutor", "--data-dir", str(data)]
        bare_cmd = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
        # The first-ever start creates the database and imports the bundled pack.
        _, first_ready, first_rss = measure(app_cmd, env, "TILES_READY")
        app_t, app_r, app_m, bare_t, bare_m = [], [], [], [], []
        for _ in range(opts.runs):
            t, _, m = measure(bare_cmd, env, "FIRST_FRAME")
            bare_t.append(t)
            bare_m.append(m)
            t, r, m = measure(app_cmd, env, "TILES_READY")
            app_t.append(t)
            app_r.append(r)
            app_m.append(m)
    a, b = statistics.median(app_t), statistics.median(bare_t)
    ar = statistics.median(app_r)
    am, bm = statistics.median(app_m), statistics.median(bare_m)
    print(f"runs: {opts.runs} (alternating), platform: {env['QT_QPA_PLATFORM']}")
    print(f"first-ever start (creates database, imports pack) to tiles: {first_ready:.3f} s, RSS {first_rss:.0f} MB")
    print(f"bare PySide6 window  first frame median {b:.3f} s   idle RSS {bm:.0f} MB")
    print(f"tutor app            first frame median {a:.3f} s   idle RSS {am:.0f} MB")
    print(f"tutor app            learner tiles shown median {ar:.3f} s  (ratio to bare frame {ar / b:.2f})")
    print(f"start-up ratio app/bare: {a / b:.2f}  (target <= 1.5)  {'OK' if a / b <= 1.5 else 'OVER TARGET'}")
    print(f"idle RSS: {am:.0f} MB  (target < 200 MB)  {'OK' if am < 200 else 'OVER TARGET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
