"""Start-up time and idle memory against a bare PySide6 window, and start-up as the data grows.

Every figure comes with a baseline measured in the same run, alternating (these
machines are noisy: compare ratios, not seconds).

1. App vs bare window: first frame and idle RSS. Idle memory is read 5 s after the
   tiles, once the sync stack (1.5 s) and the start-up check and backup (2 s) have
   loaded, not before them. Targets (issue 2, 21): start-up ratio <= 1.5, idle RSS < 200 MB.
2. Growth (issue 21 item 2): the day's first start (today's backup removed before each
   run) of a PC holding 1, 10 and 100 learners (about 2,400 events each, as a class that
   used the app for months: 100 learners is about 240k events, 200 MB). Target: tiles
   shown for 100 learners within 1.3x of 1 learner. Also the first start after an
   unclean shutdown (the check then runs before the tiles, as it must).

    python benchmarks/startup.py [--runs 7] [--no-growth] [--growth-runs 5]
    python benchmarks/startup.py --tutor-src /path/to/other/checkout   # the same, for a before/after
    python benchmarks/startup.py --no-bare --compare-src /path/to/old/checkout   # growth, both interleaved
    QT_QPA_PLATFORM=xcb xvfb-run -a python benchmarks/startup.py --no-growth   # under Xvfb
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
IDLE_READ_S = 5.0  # idle RSS is read this long after the tiles
EVENTS_PER_LEARNER = 2_400
PAYLOAD_CHARS = 480  # an answer event's payload is about this long


def measure(cmd: list[str], env: dict[str, str], ready_marker: str, idle_read_s: float = IDLE_READ_S,
            ) -> tuple[float, float, float]:
    """Seconds from spawn to the first frame and to ready (tiles shown), and RSS (MB) ``idle_read_s`` later."""
    env = {**env, "TUTOR_IDLE_MS": str(int(idle_read_s * 1000 + 600))}
    started = time.perf_counter()
    cwd = env.get("TUTOR_SRC", ROOT)  # `python -m tutor` imports the package from its working directory
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=cwd)
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
    time.sleep(max(0.0, ready + idle_read_s - (time.perf_counter() - started)))
    rss_mb = psutil.Process(proc.pid).memory_info().rss / 2**20
    proc.wait(timeout=60)
    # The run's writes (a 200 MB backup) reach the disk before the next start is timed.
    os.sync()
    return first_frame, ready, rss_mb


# -- data for the growth run ---------------------------------------------------------------


def fill_data_dir(data: Path, learners: int, env: dict[str, str]) -> None:
    """A data dir with ``learners`` profiles, each with real progress (a lesson's quiz
    answered through ProgressService) and a long event history (bulk rows of the size
    answer events have), closed cleanly."""
    script = f"""
import sys
sys.path.insert(0, {str(env.get('TUTOR_SRC', ROOT))!r})
sys.path.insert(1, {str(ROOT)!r})
from pathlib import Path
from tests.progress.helpers import right_response
from tutor.store.db import transaction
from tutor.workspace import Workspace

ws = Workspace.open(Path({str(data)!r}))
summary = ws.content.lessons(level=1)[0]
lesson = ws.content.lesson(summary.lesson_id)
with transaction(ws.conn):
    for i in range({learners}):
        learner, _ = ws.learners.create(f"Người học {{i + 1}}", "flower")
        for q in lesson.quiz:
            ws.progress.answer(learner.learner_id, lesson.id, q.id, right_response(q))
        ws.conn.execute('''
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
            INSERT INTO events (event_id, device_id, learner_id, kind, schema_ver, device_time, clock_epoch, payload)
            SELECT lower(hex(randomblob(16))), ?, ?, 'attempt', 1, '2026-11-21T08:00:00.000+00:00', 0,
                   json_object('lesson_id', ?, 'filler', substr(hex(randomblob({PAYLOAD_CHARS // 2})), 1, {PAYLOAD_CHARS}))
            FROM n''', ({EVENTS_PER_LEARNER}, ws.device_id, learner.learner_id, lesson.id))
ws.close()
"""
    subprocess.run([sys.executable, "-c", script], check=True, cwd=env.get("TUTOR_SRC", ROOT), env=env)


def day_first_start(data: Path) -> None:
    """Make the next start the day's first one: today's backup (and any in-use marker) gone."""
    for backup in (data / "backups").glob("tutor-*.sqlite3"):
        backup.unlink()
    (data / "in-use.marker").unlink(missing_ok=True)


def growth(variants: dict[str, dict[str, str]], runs: int) -> None:
    """``variants``: name -> environment (another checkout through TUTOR_SRC), measured
    interleaved on their own data dirs (a newer schema is not opened by older code)."""
    sizes = (1, 10, 100)
    with tempfile.TemporaryDirectory() as tmp:
        dirs = {}
        for name, env in variants.items():
            for n in sizes:
                dirs[name, n] = Path(tmp) / f"{name}-{n}"
                started = time.perf_counter()
                fill_data_dir(dirs[name, n], n, env)
                size_mb = sum(p.stat().st_size for p in dirs[name, n].glob("tutor.sqlite3*")) / 2**20
                print(f"  {name}: made {n:>3} learners, {n * EVENTS_PER_LEARNER:,} bulk events, {size_mb:.0f} MiB"
                      f" in {time.perf_counter() - started:.1f} s")
                day_first_start(dirs[name, n])  # a warm-up start (page cache, .pyc, the model's first join)
                measure(app_cmd_for(dirs[name, n]), env, "TILES_READY", idle_read_s=4.0)
        tiles = {key: [] for key in dirs}
        unclean = {(name, n): [] for name in variants for n in (1, 100)}
        backups = {key: 0 for key in dirs}
        for _ in range(runs):
            for n in sizes:
                for name, env in variants.items():
                    data = dirs[name, n]
                    day_first_start(data)
                    tiles[name, n].append(measure(app_cmd_for(data), env, "TILES_READY", idle_read_s=5.0)[1])
                    backups[name, n] += any((data / "backups").glob("tutor-*.sqlite3"))
            for name, n in unclean:
                data = dirs[name, n]
                day_first_start(data)
                (data / "in-use.marker").write_text("unclean\n")
                unclean[name, n].append(measure(app_cmd_for(data), variants[name], "TILES_READY", idle_read_s=0.3)[1])
    print(f"growth: the day's first start, {runs} runs interleaved, medians")
    for name in variants:
        base = statistics.median(tiles[name, 1])
        for n in sizes:
            med = statistics.median(tiles[name, n])
            print(f"  {name:>6}: {n:>3} learners  tiles shown {med:.3f} s  ratio to 1 learner {med / base:.2f}"
                  f"  (day's backup there 5 s after the tiles in {backups[name, n]}/{runs} runs)")
        ratio = statistics.median(tiles[name, 100]) / base
        print(f"  {name:>6}: 100/1 learners {ratio:.2f}  (target <= 1.3)  {'OK' if ratio <= 1.3 else 'OVER TARGET'}")
        for n in (1, 100):
            med = statistics.median(unclean[name, n])
            print(f"  {name:>6}: after an unclean shutdown, {n:>3} learners: tiles {med:.3f} s"
                  f"  (ratio to 1 learner, clean: {med / base:.2f})")


def app_cmd_for(data: Path) -> list[str]:
    return [sys.executable, "-m", "tutor", "--data-dir", str(data)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--growth-runs", type=int, default=5)
    parser.add_argument("--no-growth", action="store_true")
    parser.add_argument("--no-bare", action="store_true", help="only the growth run")
    parser.add_argument("--tutor-src", type=Path, default=None,
                        help="run the app from another checkout (a before/after on the same machine)")
    parser.add_argument("--compare-src", type=Path, default=None,
                        help="growth run only: also measure this checkout, interleaved (e.g. the code before)")
    opts = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "TUTOR_EXIT_AFTER_FIRST_FRAME": "1"}
    if opts.tutor_src:
        env["PYTHONPATH"] = str(opts.tutor_src.resolve())
        env["TUTOR_SRC"] = str(opts.tutor_src.resolve())

    print(f"platform: {env['QT_QPA_PLATFORM']}" + (f", app from {opts.tutor_src}" if opts.tutor_src else ""))
    if not opts.no_bare:
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "data"
            bare_cmd = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
            # The first-ever start creates the database and imports the bundled pack.
            _, first_ready, first_rss = measure(app_cmd_for(data), env, "TILES_READY")
            app_t, app_r, app_m, bare_t, bare_m = [], [], [], [], []
            for _ in range(opts.runs):
                t, _, m = measure(bare_cmd, env, "FIRST_FRAME")
                bare_t.append(t)
                bare_m.append(m)
                t, r, m = measure(app_cmd_for(data), env, "TILES_READY")
                app_t.append(t)
                app_r.append(r)
                app_m.append(m)
        a, b = statistics.median(app_t), statistics.median(bare_t)
        ar = statistics.median(app_r)
        am, bm = statistics.median(app_m), statistics.median(bare_m)
        print(f"runs: {opts.runs} (alternating); idle RSS read {IDLE_READ_S:.0f} s after the frame/tiles")
        print(f"first-ever start (creates database, imports pack) to tiles: {first_ready:.3f} s, RSS {first_rss:.0f} MB")
        print(f"bare PySide6 window  first frame median {b:.3f} s   idle RSS {bm:.0f} MB")
        print(f"tutor app            first frame median {a:.3f} s   idle RSS {am:.0f} MB")
        print(f"tutor app            learner tiles shown median {ar:.3f} s  (ratio to bare frame {ar / b:.2f})")
        print(f"start-up ratio app/bare: {a / b:.2f}  (target <= 1.5)  {'OK' if a / b <= 1.5 else 'OVER TARGET'}")
        print(f"idle RSS: {am:.0f} MB  (target < 200 MB)  {'OK' if am < 200 else 'OVER TARGET'}")
    if not opts.no_growth:
        variants = {"this": env}
        if opts.compare_src:
            src = str(opts.compare_src.resolve())
            variants["before"] = {**env, "PYTHONPATH": src, "TUTOR_SRC": src}
        growth(variants, opts.growth_runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
