"""Sync throughput against same-run baselines (issue 6), for the SQLite hub and the PostgreSQL hub.

For each hub back-end (SQLite always; PostgreSQL when --pg URL or TUTOR_TEST_PG_URL is given):
1. End to end: N events (default 100 000) from a tutor database to a real tutor-hub
   (uvicorn on 127.0.0.1) through SyncEngine and HttpTransport. Baseline: the same rows
   inserted straight into a plain table of the SAME back-end, same batch size, one
   transaction per batch (SQLite with the hub's pragmas; PostgreSQL with the hub's
   one-statement unnest insert).
2. Bytes on the wire per event (gzip'd request bodies). Baseline: the same batches as
   uncompressed compact JSON.
3. Pulling one learner's 5000-event history to a new PC of her site. Baseline: reading
   the same rows through the hub's storage directly (no HTTP, no local apply).
Targets: >= 5000 events/s end to end (SQLite), < 60 bytes/event on the wire. Figures, never asserts.

Growth mode (--growth, issue 21): push throughput on a hub already holding 10^5, 10^6 and
5x10^6 events after ANALYZE, on both back-ends; PostgreSQL on a throwaway cluster with
fsync ON started and stopped here (see benchmarks/hub_growth.py).

    .venv/bin/python benchmarks/sync.py [--events N] [--history N] [--pg postgresql://...] [--roster]
    .venv/bin/python benchmarks/sync.py --growth [--sizes 100000,1000000,5000000] [--backends sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.sync.conftest import HUB_TIME, Pc, RunningHub
from tutor.clock import FakeClock, to_iso
from tutor.store.db import transaction
from tutor.sync import outbox
from tutor.sync.protocol import MAX_BATCH_EVENTS


def fill(pc: Pc, learner_id: str, n: int, rng: random.Random) -> None:
    """Realistic attempt events: the payload ProgressService.record_answer writes."""
    from tutor.events import append_event

    lessons = [f"l{lv}-{m:02d}" for lv in range(1, 5) for m in range(1, 13)]
    done = 0
    while done < n:
        with transaction(pc.conn):
            for _ in range(min(5000, n - done)):
                pc.clock.advance(rng.uniform(5, 60))
                correct = rng.random() < 0.7
                append_event(pc.conn, pc.clock, "attempt", learner_id, {
                    "lesson_id": rng.choice(lessons), "question_id": f"q{rng.randint(1, 8)}",
                    "context": "quiz", "test_id": None, "correct": correct,
                    "response": {"choice": rng.randint(0, 3)}, "rating": 3 if correct else 1,
                    "at": to_iso(pc.clock.now()), "time_spent_s": round(rng.uniform(2, 90), 3)})
                done += 1


# --- raw-insert baselines, one per back-end ---------------------------------------------------


def sqlite_raw_insert(path: Path, rows: list[tuple]) -> float:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE e (device_id TEXT, seq INTEGER, event_id TEXT UNIQUE, learner_id TEXT, kind TEXT,"
                 " schema_ver INTEGER, device_time TEXT, clock_epoch INTEGER, payload TEXT,"
                 " UNIQUE(device_id, seq))")
    started = time.perf_counter()
    for start in range(0, len(rows), MAX_BATCH_EVENTS):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT OR IGNORE INTO e VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         rows[start:start + MAX_BATCH_EVENTS])
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def pg_raw_insert(url: str, rows: list[tuple]) -> float:
    import psycopg

    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE e (device_id TEXT, seq BIGINT, event_id TEXT UNIQUE, learner_id TEXT,"
                     " kind TEXT, schema_ver BIGINT, device_time TEXT, clock_epoch BIGINT, payload TEXT,"
                     " UNIQUE(device_id, seq))")
        conn.commit()
        started = time.perf_counter()
        for start in range(0, len(rows), MAX_BATCH_EVENTS):
            cols = list(zip(*rows[start:start + MAX_BATCH_EVENTS], strict=True))
            conn.execute(
                "INSERT INTO e SELECT * FROM unnest(%s::text[], %s::bigint[], %s::text[], %s::text[], %s::text[],"
                " %s::bigint[], %s::text[], %s::bigint[], %s::text[]) ON CONFLICT DO NOTHING",
                [list(c) for c in cols])
            conn.commit()
        return time.perf_counter() - started


# --- one back-end -------------------------------------------------------------------------------


@dataclass
class Figures:
    backend: str
    events: int
    e2e_s: float
    raw_s: float
    wire_bytes: int
    raw_json_bytes: int
    pulled: int
    pull_s: float
    direct_read: int
    direct_s: float
    roster_pulled: int = 0
    roster_s: float = 0.0
    note: str = ""


def run_backend(backend: str, hub: RunningHub, pc: Pc, pc_h: Pc, lan_id: str, tmp_path: Path,
                raw_insert: Callable[[list[tuple]], float], roster: bool) -> Figures:
    """``pc`` holds the big log (end to end); ``pc_h`` holds one learner's history (pull), at another site."""
    try:
        code = hub.new_site(f"Xã Benchmark {backend}")
        pc.enroll(hub, code)  # a new hub link: nothing acknowledged yet, everything goes up
        device = pc.ws.device_id
        n = outbox.pending_count(pc.conn, device, 0)

        transport = pc.http()
        started = time.perf_counter()
        sync_result = pc.engine(transport).sync_once()
        e2e = time.perf_counter() - started
        assert sync_result.acked_through[device] == outbox.last_seq(pc.conn, device)

        events = outbox.read_batch(pc.conn, device, 0, n)
        rows = [(device, e.seq, e.event_id, e.learner_id, e.kind, e.schema_ver, e.device_time,
                 e.clock_epoch, json.dumps(e.payload, separators=(",", ":"))) for e in events]
        raw_json = sum(len(json.dumps({"device_id": device, "batch": [e.to_wire() for e in events[i:i + MAX_BATCH_EVENTS]]},
                                      ensure_ascii=False, separators=(",", ":")).encode())
                       for i in range(0, n, MAX_BATCH_EVENTS))
        raw = raw_insert(rows)

        history_code = hub.new_site(f"Thôn Lịch Sử {backend}")
        pc_h.enroll(hub, history_code)
        pc_h.engine().sync_once()
        site = hub.storage.device(pc_h.ws.device_id).site_id
        direct_started = time.perf_counter()
        got, after = 0, 0
        while page := hub.storage.learner_events(site, lan_id, after, 1000):
            got += len(page)
            after = page[-1]["hub_seq"]
        direct = time.perf_counter() - direct_started

        pc_c = Pc(tmp_path / f"pc_c_{backend}", FakeClock(HUB_TIME))
        pc_c.enroll(hub, history_code)  # the history site has only Lan: her history is all that comes down
        started = time.perf_counter()
        one = pc_c.engine().sync_once()
        pull_one = time.perf_counter() - started
        pc_c.close()

        figures = Figures(backend, n, e2e, raw, transport.bytes_sent, raw_json, one.pulled, pull_one, got, direct)
        if roster:
            pc_b = Pc(tmp_path / f"pc_b_{backend}", FakeClock(HUB_TIME))
            pc_b.enroll(hub, code)
            started = time.perf_counter()
            figures.roster_pulled = pc_b.engine().sync_once().pulled
            figures.roster_s = time.perf_counter() - started
            pc_b.close()
        return figures
    finally:
        hub.stop()


def report(f: Figures) -> None:
    print(f"[{f.backend}] end to end: {f.events} events in {f.e2e_s:.2f} s = {f.events / f.e2e_s:,.0f} events/s"
          f" (target >= 5000); baseline raw {f.backend} insert {f.events / f.raw_s:,.0f} events/s;"
          f" ratio sync/raw = {f.raw_s / f.e2e_s:.2f}")
    print(f"[{f.backend}] wire: {f.wire_bytes / f.events:.1f} bytes/event gzip (target < 60);"
          f" baseline uncompressed JSON {f.raw_json_bytes / f.events:.1f} bytes/event;"
          f" ratio {f.wire_bytes / f.raw_json_bytes:.3f}")
    print(f"[{f.backend}] pull: one learner's {f.pulled}-event history to a new PC in {f.pull_s:.2f} s"
          f" ({f.pulled / f.pull_s:,.0f} events/s); baseline direct hub read of {f.direct_read} events"
          f" {f.direct_s * 1000:.0f} ms; ratio {f.pull_s / f.direct_s:.1f}")
    if f.roster_pulled:
        print(f"[{f.backend}] whole roster to a new PC: {f.roster_pulled} events in {f.roster_s:.2f} s")
    if f.note:
        print(f"[{f.backend}] note: {f.note}")
    sys.stdout.flush()  # before the next back-end starts: its failure must not lose these figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--history", type=int, default=5000)
    parser.add_argument("--pg", default=os.environ.get("TUTOR_TEST_PG_URL"), metavar="URL",
                        help="a PostgreSQL database to benchmark in (a fresh schema is made and dropped);"
                             " default $TUTOR_TEST_PG_URL")
    parser.add_argument("--roster", action="store_true", help="also time a whole-site roster pull")
    parser.add_argument("--growth", action="store_true",
                        help="push throughput on a hub already holding --sizes events (both back-ends)")
    parser.add_argument("--sizes", default="100000,1000000,5000000", help="growth mode: events held, ascending")
    parser.add_argument("--backends", default="sqlite,postgresql", help="growth mode: which back-ends")
    parser.add_argument("--growth-pg", metavar="URL",
                        help="growth mode: use this PostgreSQL server instead of a fresh fsync-on cluster")
    args = parser.parse_args()
    if args.growth:
        growth(args)
        return
    rng = random.Random(6)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        pc = Pc(tmp_path / "pc_a", FakeClock(HUB_TIME - timedelta(days=400)))
        big, _ = pc.ws.learners.create("Ông Ba", "sun")
        fill(pc, big.learner_id, args.events - 1, rng)  # + learner_created = N events
        pc_h = Pc(tmp_path / "pc_h", FakeClock(HUB_TIME - timedelta(days=400)))
        lan, _ = pc_h.ws.learners.create("Bà Lan", "sun")
        fill(pc_h, lan.learner_id, args.history - 1, rng)
        try:
            hub = RunningHub(tmp_path / "hub.sqlite3", FakeClock(HUB_TIME)).start()
            # Each back-end's figures are printed as soon as they are measured, so a failing
            # PostgreSQL run still leaves the SQLite ones on screen.
            report(run_backend(
                "sqlite", hub, pc, pc_h, lan.learner_id, tmp_path,
                lambda rows: sqlite_raw_insert(tmp_path / "baseline.sqlite3", rows), args.roster))
            if args.pg:
                report(run_pg(args.pg, pc, pc_h, lan.learner_id, tmp_path, args.roster))
            else:
                print("(PostgreSQL hub skipped: give --pg URL or set TUTOR_TEST_PG_URL)")
        finally:
            pc.close()
            pc_h.close()


def growth(args: argparse.Namespace) -> None:
    from benchmarks.hub_growth import fsync_cluster, growth_pg, growth_sqlite

    sizes = sorted(int(s) for s in args.sizes.split(","))
    backends = {b.strip() for b in args.backends.split(",")}
    with tempfile.TemporaryDirectory() as tmp:
        if "sqlite" in backends:
            growth_sqlite(Path(tmp), sizes, sqlite_raw_insert)
    if "postgresql" in backends:
        if args.growth_pg:
            growth_pg(args.growth_pg, sizes, pg_raw_insert)
        else:
            with fsync_cluster() as url:
                growth_pg(url, sizes, pg_raw_insert)


def run_pg(base_url: str, pc: Pc, pc_h: Pc, lan_id: str, tmp_path: Path, roster: bool) -> Figures:
    import psycopg

    from tests.hub.pg import fresh_schema
    from tutor.hub.open_storage import open_storage

    with fresh_schema(base_url) as hub_url, fresh_schema(base_url) as raw_url:
        with psycopg.connect(base_url) as conn:
            settings = {name: conn.execute(f"SHOW {name}").fetchone()[0]
                        for name in ("server_version", "fsync", "synchronous_commit")}
        hub = RunningHub(tmp_path / "unused", FakeClock(HUB_TIME),
                         storage_factory=lambda: open_storage(hub_url)).start()
        figures = run_backend("postgresql", hub, pc, pc_h, lan_id, tmp_path,
                              lambda rows: pg_raw_insert(raw_url, rows), roster)
    figures.note = ", ".join(f"{k}={v}" for k, v in settings.items()) + " (baseline runs on the same server)"
    return figures


if __name__ == "__main__":
    main()
