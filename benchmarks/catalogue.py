"""Catalogue downloads (issue 17) against same-run baselines.

A real `tutor-hub serve` process on 127.0.0.1 serves one random file; PCs are Downloader
threads in this process (tutor.sync.downloads: HTTP with Range, .part file, SHA-256 check,
rename), each into its own folder on the same disk.
1. One download of --size MB. Baseline: `cp` of the same file on the same disk (ratio).
2. --concurrent PCs at once, each --concurrent-size MB. Baseline: `cp` of the same total
   bytes (aggregate MB/s ratio).
3. The hub's peak RSS during 1 and 2 (sampled every 20 ms) against its idle RSS.
4. The bandwidth limit: 3 PCs behind --limit-kbps; measured rate / limit.
Figures, never asserts.

    .venv/bin/python benchmarks/catalogue.py [--size 300] [--concurrent 30] [--concurrent-size 100]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from tests.hub.catalogue_rig import enroll_pc, hub_cli, start_hub, voice_file  # noqa: E402
from tutor.sync.downloads import Downloader, HttpCatalogueSource  # noqa: E402

MB = 10**6


class PeakRss:
    def __init__(self, pid: int):
        self.proc = psutil.Process(pid)
        self.idle = self.proc.memory_info().rss
        self.peak = self.idle
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, self.proc.memory_info().rss)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def cp_seconds(src: Path, dst_dir: Path, copies: int) -> float:
    dst_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for i in range(copies):
        subprocess.run(["cp", str(src), str(dst_dir / f"copy-{i}")], check=True)
    subprocess.run(["sync"], check=True)
    elapsed = time.perf_counter() - started
    shutil.rmtree(dst_dir)
    return elapsed


def download_all(url: str, code: str, work: Path, n: int, tag: str) -> float:
    pcs = [(work / f"{tag}-{i}", *enroll_pc(url, code, f"{tag}-{i}")) for i in range(n)]

    def one(entry) -> list[str]:
        folder, token, key = entry
        source = HttpCatalogueSource(url, token, key, timeout_s=300)
        try:
            report = Downloader(folder, source, free_ram=lambda: 2**40, cpu_flags=lambda: None).run()
        finally:
            source.close()
        return [s.state for s in report.items]

    started = time.perf_counter()
    with ThreadPoolExecutor(n) as pool:
        states = list(pool.map(one, pcs))
    subprocess.run(["sync"], check=True)
    elapsed = time.perf_counter() - started
    assert all(s == ["done"] for s in states), states
    for folder, _, _ in pcs:
        shutil.rmtree(folder)
    return elapsed


def hub_with(work: Path, name: str, size_mb: int, *serve_args: str):
    data = work / name
    data.mkdir()
    db = data / "hub.sqlite3"
    code = hub_cli(db, data, "site", "create", "Bench").strip().splitlines()[-1]
    item = voice_file(work / f"{name}.onnx", size_mb * MB, seed=size_mb)
    hub_cli(db, data, "catalogue", "add", str(item))
    hub_cli(db, data, "catalogue", "want", "--all-sites", item.name)
    return start_hub(db, data, *serve_args), code, item


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=300, help="MB, the single download")
    parser.add_argument("--concurrent", type=int, default=30)
    parser.add_argument("--concurrent-size", type=int, default=100, help="MB each, the concurrent downloads")
    parser.add_argument("--limit-kbps", type=float, default=80_000.0)
    parser.add_argument("--limit-size", type=int, default=30, help="MB, each of 3 PCs behind the limit")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, download and cp interleaved (medians)")
    args = parser.parse_args()
    from statistics import median
    with tempfile.TemporaryDirectory(prefix="bench-catalogue-") as tmp:
        work = Path(tmp)
        hub, code, item = hub_with(work, "one", args.size)
        try:
            runs, cps = [], []
            with PeakRss(hub._proc.pid) as rss_one:
                for r in range(args.repeat):
                    runs.append(download_all(hub.url, code, work, 1, f"one{r}"))
                    cps.append(cp_seconds(item, work / "cp1", 1))
            t_one, t_cp = median(runs), median(cps)
        finally:
            hub.stop()
        print(f"medians of {args.repeat} interleaved runs")
        print(f"one download of {args.size} MB: {args.size / t_one:.0f} MB/s ({t_one:.2f} s); "
              f"cp: {args.size / t_cp:.0f} MB/s ({t_cp:.2f} s); ratio {t_cp / t_one:.2f}")
        print(f"  hub RSS idle {rss_one.idle / 2**20:.0f} MiB, peak {rss_one.peak / 2**20:.0f} MiB")
        item.unlink()

        hub, code, item = hub_with(work, "many", args.concurrent_size)
        try:
            runs, cps = [], []
            with PeakRss(hub._proc.pid) as rss_many:
                for r in range(args.repeat):
                    runs.append(download_all(hub.url, code, work, args.concurrent, f"many{r}"))
                    cps.append(cp_seconds(item, work / "cpn", args.concurrent))
            t_many, t_cp_many = median(runs), median(cps)
        finally:
            hub.stop()
        total = args.concurrent * args.concurrent_size
        print(f"{args.concurrent} concurrent downloads of {args.concurrent_size} MB ({total} MB): "
              f"{total / t_many:.0f} MB/s aggregate ({t_many:.2f} s); cp of the same bytes: "
              f"{total / t_cp_many:.0f} MB/s ({t_cp_many:.2f} s); ratio {t_cp_many / t_many:.2f}")
        print(f"  hub RSS idle {rss_many.idle / 2**20:.0f} MiB, peak {rss_many.peak / 2**20:.0f} MiB")
        item.unlink()

        hub, code, item = hub_with(work, "limit", args.limit_size, "--max-download-kbps", str(args.limit_kbps))
        try:
            t_limit = download_all(hub.url, code, work, 3, "limit")
        finally:
            hub.stop()
        rate = 3 * args.limit_size * MB / t_limit
        limit = args.limit_kbps * 125
        print(f"bandwidth limit {args.limit_kbps:.0f} kbps ({limit / MB:.1f} MB/s), 3 PCs x {args.limit_size} MB: "
              f"measured {rate / MB:.2f} MB/s = {rate / limit:.3f} of the limit")


if __name__ == "__main__":
    main()
