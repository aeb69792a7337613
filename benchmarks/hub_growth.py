"""Push throughput on a hub that already holds many events (issue 21 item 1), both back-ends.

Used by ``benchmarks/sync.py --growth``. For each size (default 10^5, 10^6, 5x10^6 events):
the hub is topped up to that many stored events (bulk SQL, spread over 100 PCs of one
site with 30 learners each, one of which is the PC that then pushes), ANALYZEd, and one PC pushes ten batches
of 2,000 attempt events through the hub's write path (``HubStorage.store_batch``, the
same call /v1/events makes, without HTTP). Baseline, same run, same server: the same
batches inserted into a plain table with the same unique keys (the raw-insert baselines
of benchmarks/sync.py). Goal: push events/s flat within +-20% from 10^5 to 5x10^6, at
least 8,000 events/s on PostgreSQL with fsync on.

PostgreSQL runs on a throwaway cluster started here WITH fsync (the test server of
.ci/pg-throwaway has fsync off) and stopped afterwards, unless --pg URL names one.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from typing import Any

from tutor.hub.storage import HubStorage
from tutor.sync.protocol import MAX_BATCH_EVENTS, WireEvent

FILL_DEVICES = 100
PC_LEARNERS = 30  # a village PC's learners: each PC's events touch few learners' index ranges
PUSH_BATCHES = 10
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
_PAYLOAD = ('{"lesson_id":"l2-07","question_id":"q3","context":"quiz","test_id":null,"correct":true,'
            '"response":{"choice":2},"rating":3,"at":"2026-11-20T08:00:00.000+00:00","time_spent_s":12.5}')


@dataclass
class GrowthFigures:
    backend: str
    held: int
    push_s: list[float]          # one per batch
    raw_s: float
    dashboard_ms: float = 0.0    # GET / (first page of PCs), median
    dashboard_kib: float = 0.0
    login_ms: float = 0.0        # baseline: GET /dang-nhap, same app, a page with no data

    @property
    def events(self) -> int:
        return PUSH_BATCHES * MAX_BATCH_EVENTS

    @property
    def rate(self) -> float:
        return self.events / sum(self.push_s)


# --- bulk fill, one statement per chunk, straight into the hub's tables ------------------------

# Fill event n (0-based, over the whole hub) belongs to device n % FILL_DEVICES at that
# device's seq n // FILL_DEVICES + 1: every device's chain is unbroken. Event ids grow with n,
# as the PCs' UUIDv7 ids grow with time.
_FILL_SQLITE = """
    WITH RECURSIVE g(n) AS (SELECT ? UNION ALL SELECT n + 1 FROM g WHERE n + 1 < ?)
    INSERT INTO events(site_id, device_id, seq, prev_seq, event_id, learner_id, kind, schema_ver, device_time,
                       corrected_time, clock_epoch, payload, received_at)
    SELECT ?, CASE WHEN n % 100 = 0 THEN ? ELSE 'fill-' || (n % 100) END, n / 100 + 1, n / 100,
           printf('fill-ev-%012d', n), 'learner-' || (n % 100) || '-' || ((n / 100) % 30), 'attempt', 1, '2026-11-20T08:00:00.000+00:00',
           '2026-11-20T08:00:00.000+00:00', 0, ?, '2026-11-20T08:00:00.000+00:00'
    FROM g"""

_FILL_PG = """
    INSERT INTO events(site_id, device_id, seq, prev_seq, event_id, learner_id, kind, schema_ver, device_time,
                       corrected_time, clock_epoch, payload, received_at)
    SELECT %(site)s, CASE WHEN n %% 100 = 0 THEN %(device)s ELSE 'fill-' || (n %% 100) END, n / 100 + 1, n / 100,
           'fill-ev-' || lpad(n::text, 12, '0'), 'learner-' || (n %% 100) || '-' || ((n / 100) %% 30), 'attempt', 1, '2026-11-20T08:00:00.000+00:00',
           '2026-11-20T08:00:00.000+00:00', 0, %(payload)s, '2026-11-20T08:00:00.000+00:00'
    FROM generate_series(%(start)s::bigint, %(stop)s::bigint - 1) AS n"""

_FILL_CHUNK = 500_000


def _fill_sqlite(path: Path, site: str, device: str, start: int, stop: int) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=60)
    try:
        for lo in range(start, stop, _FILL_CHUNK):
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(_FILL_SQLITE, (lo, min(stop, lo + _FILL_CHUNK), site, device, _PAYLOAD))
            conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()


def _fill_pg(url: str, site: str, device: str, start: int, stop: int) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for lo in range(start, stop, _FILL_CHUNK):
            conn.execute(_FILL_PG, {"site": site, "device": device, "payload": _PAYLOAD,
                                    "start": lo, "stop": min(stop, lo + _FILL_CHUNK)})
        conn.execute("ANALYZE")


# --- the pushing PC --------------------------------------------------------------------------


def _batches(after: int, first_seq: int, rng: random.Random) -> list[list[WireEvent]]:
    """Ten batches chained on from ``after`` (the PC's acknowledged seq), numbered from ``first_seq``."""
    batches, seq, prev = [], first_seq, after
    for b in range(PUSH_BATCHES):
        batch = []
        for i in range(MAX_BATCH_EVENTS):
            correct = rng.random() < 0.7
            payload = {"lesson_id": f"l{rng.randint(1, 4)}-{rng.randint(1, 12):02d}",
                       "question_id": f"q{rng.randint(1, 8)}", "context": "quiz", "test_id": None,
                       "correct": correct, "response": {"choice": rng.randint(0, 3)}, "rating": 3 if correct else 1,
                       "at": "2026-11-30T08:00:00.000+00:00", "time_spent_s": round(rng.uniform(2, 90), 3)}
            batch.append(WireEvent(seq, prev, f"push-{first_seq}-{b}-{i}", f"learner-0-{rng.randint(0, PC_LEARNERS - 1)}",
                                   "attempt", 1, "2026-11-30T08:00:00.000+00:00", 0, payload))
            prev, seq = seq, seq + 1
        batches.append(batch)
    return batches


def _raw_rows(device: str, batches: list[list[WireEvent]], tag: str) -> list[tuple]:
    return [(device, e.seq, f"{tag}-{e.event_id}", e.learner_id, e.kind, e.schema_ver, e.device_time,
             e.clock_epoch, json.dumps(e.payload, separators=(",", ":"))) for batch in batches for e in batch]


DASHBOARD_PCS = 1000
DASHBOARD_RUNS = 7


class DashboardTimer:
    """GET / of the hub's real app (in process, starlette's TestClient) for a province operator,
    with DASHBOARD_PCS PCs registered; baseline GET /dang-nhap of the same app."""

    def __init__(self, storage: HubStorage, add_devices: Callable[[str, int], None]):
        self.storage = storage
        self.add_devices = add_devices
        self.client: Any = None

    def setup(self, site: str) -> None:
        import re

        from starlette.testclient import TestClient

        from tutor.clock import FakeClock
        from tutor.hub.app import create_app
        from tutor.teacher.passwords import hash_password

        self.add_devices(site, DASHBOARD_PCS)
        self.storage.operators.create("tinh", "Tỉnh", "province", hash_password("mật khẩu đo"), [], NOW)
        self.client = TestClient(create_app(self.storage, FakeClock(NOW)))
        form = self.client.get("/dang-nhap").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        self.client.post("/dang-nhap", data={"csrf": csrf, "username": "tinh", "password": "mật khẩu đo"},
                         follow_redirects=False)

    def measure(self) -> tuple[float, float, float]:
        def median_ms(path: str) -> tuple[float, int]:
            times, size = [], 0
            for _ in range(DASHBOARD_RUNS):
                started = time.perf_counter()
                answer = self.client.get(path)
                times.append((time.perf_counter() - started) * 1000)
                assert answer.status_code == 200, answer.status_code
                size = len(answer.content)
            return sorted(times)[len(times) // 2], size

        page_ms, page_bytes = median_ms("/")
        login_ms, _ = median_ms("/dang-nhap")
        return page_ms, page_bytes / 1024, login_ms


_DEVICES_SQL = """
    INSERT INTO devices(device_id, site_id, token_hash, name, enrolled_at, last_hello_at, last_sync_at,
                        clock_offset_s, clock_flagged, events_held)
    VALUES (%s, %s, %s, %s, '2026-11-01T08:00:00.000+00:00', '2026-11-30T08:00:00.000+00:00',
            '2026-11-30T08:00:00.000+00:00', %s, %s, %s)"""


def add_devices(storage: HubStorage, site: str, n: int) -> None:
    with storage.dialect.write() as c:  # a benchmark's set-up, behind the storage's back
        c.executemany(_DEVICES_SQL, [
            (f"pc-{i:04d}", site, f"tok-{i}", f"Máy {i:04d} – phòng học", 900.0 * (i % 7), i % 7 == 0, 5000)
            for i in range(n)])


def run_growth(backend: str, storage: HubStorage, fill: Callable[[str, str, int, int], None],
               raw_insert: Callable[[list[tuple]], float], sizes: list[int],
               dashboard: DashboardTimer | None = None) -> Iterator[GrowthFigures]:
    """Top the hub up to each size in turn, push, and yield the figures for that size."""
    site, code = storage.create_site("Xã Tăng Trưởng", NOW)
    device = "bench-pc"
    enrollment = storage.enroll(code, device, "Máy đo", None, NOW)
    auth = storage.authenticate(enrollment.device_token)
    assert auth is not None
    rng = random.Random(21)
    held = 0
    for round_no, size in enumerate(sizes, start=1):
        if size > held:
            fill(site, device, held, size)
        if round_no == 1:
            # The pushing PC holds its share of the fill (seqs 1..): its chain continues from there.
            _set_acked(storage, device, (size - 1) // FILL_DEVICES + 1 if size else 0)
        # Pushed seqs sit far above the fill's (a later fill adds more of this PC's history
        # below them): the chain runs by prev_seq, whatever the gaps.
        batches = _batches(storage.acked_through(device), round_no * 100_000_000, rng)
        times = []
        for batch in batches:
            started = time.perf_counter()
            acked = storage.store_batch(auth, device, batch, NOW)
            times.append(time.perf_counter() - started)
        assert acked == batches[-1][-1].seq, (acked, batches[-1][-1].seq)
        held = max(size, held) + PUSH_BATCHES * MAX_BATCH_EVENTS
        raw = raw_insert(_raw_rows(device, batches, f"{backend}-{size}"))
        figures = GrowthFigures(backend, size, times, raw)
        if dashboard is not None:
            if round_no == 1:
                dashboard.setup(site)
            figures.dashboard_ms, figures.dashboard_kib, figures.login_ms = dashboard.measure()
        yield figures


def _set_acked(storage: HubStorage, device: str, acked: int) -> None:
    """The fill wrote the PC's earlier events behind the storage's back: tell its device row."""
    with storage.dialect.write() as c:
        c.execute("UPDATE devices SET acked_through = %s WHERE device_id = %s", (acked, device))


def report(f: GrowthFigures, first: GrowthFigures | None) -> None:
    batch_rates = [MAX_BATCH_EVENTS / s for s in f.push_s]
    flat = f"; vs {first.held:,} held: {f.rate / first.rate:.2f}x" if first is not None else ""
    print(f"[{f.backend} growth] hub holding {f.held:,} events (after ANALYZE): push {f.rate:,.0f} events/s"
          f" (batches {batch_rates[0]:,.0f} -> {batch_rates[-1]:,.0f}/s){flat};"
          f" baseline raw insert {f.events / f.raw_s:,.0f} events/s, ratio push/raw {f.raw_s / sum(f.push_s):.2f}",
          flush=True)
    if f.dashboard_ms:
        print(f"[{f.backend} growth] hub holding {f.held:,} events, {DASHBOARD_PCS} PCs: GET / (first page)"
              f" {f.dashboard_ms:.0f} ms, {f.dashboard_kib:.0f} KiB; baseline GET /dang-nhap {f.login_ms:.0f} ms;"
              f" ratio {f.dashboard_ms / f.login_ms:.1f}", flush=True)


# --- a PostgreSQL cluster with fsync ON ------------------------------------------------------


@contextmanager
def fsync_cluster() -> Iterator[str]:
    """A throwaway PostgreSQL cluster with the default durability settings (fsync on)."""
    bindir = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    if not bindir:
        raise RuntimeError("PostgreSQL server binaries not found under /usr/lib/postgresql")
    bins = bindir[-1]
    root = Path(tempfile.mkdtemp(prefix="tutor-pg-fsync-"))
    as_owner: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root
        shutil.chown(root, "postgres", "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = root / "data"
    subprocess.run([*as_owner, str(bins / "initdb"), "-D", str(data), "-U", "tutor", "--auth=trust",
                    "--encoding=UTF8", "--locale=C.UTF-8"], check=True, capture_output=True)
    subprocess.run([*as_owner, str(bins / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-w",
                    "-t", "60", "-o", f"-p {port} -k {root} -c listen_addresses=127.0.0.1", "start"],
                   check=True, capture_output=True)
    try:
        subprocess.run([*as_owner, str(bins / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "tutor",
                        "bench"], check=True, capture_output=True)
        yield f"postgresql://tutor@127.0.0.1:{port}/bench"
    finally:
        subprocess.run([*as_owner, str(bins / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def growth_sqlite(tmp: Path, sizes: list[int], raw_insert: Callable[[Path, list[tuple]], float]) -> None:
    from tutor.hub.open_storage import open_sqlite

    path = tmp / "growth-hub.sqlite3"
    storage = open_sqlite(path)
    first = None
    try:
        for f in run_growth(
                "sqlite", storage, lambda site, dev, a, b: _fill_sqlite(path, site, dev, a, b),
                lambda rows: raw_insert(tmp / f"growth-raw-{len(rows)}-{time.monotonic_ns()}.sqlite3", rows),
                sizes, DashboardTimer(storage, lambda site, n: add_devices(storage, site, n))):
            report(f, first)
            first = first or f
    finally:
        storage.close()


def growth_pg(url: str, sizes: list[int], raw_insert: Callable[[str, list[tuple]], float]) -> None:
    import psycopg

    from tests.hub.pg import fresh_schema
    from tutor.hub.open_storage import open_storage

    with psycopg.connect(url) as conn:
        settings = {name: conn.execute(f"SHOW {name}").fetchone()[0]
                    for name in ("server_version", "fsync", "synchronous_commit")}
    print(f"[postgresql growth] server: {', '.join(f'{k}={v}' for k, v in settings.items())}", flush=True)
    with fresh_schema(url) as hub_url:
        storage = open_storage(hub_url)
        first = None
        try:
            for f in run_growth("postgresql", storage,
                                lambda site, dev, a, b: _fill_pg(hub_url, site, dev, a, b),
                                lambda rows: _pg_raw_fresh(url, rows, raw_insert), sizes,
                                DashboardTimer(storage, lambda site, n: add_devices(storage, site, n))):
                report(f, first)
                first = first or f
        finally:
            storage.close()


def _pg_raw_fresh(url: str, rows: list[tuple], raw_insert: Callable[[str, list[tuple]], float]) -> float:
    from tests.hub.pg import fresh_schema

    with fresh_schema(url) as raw_url:
        return raw_insert(raw_url, rows)

