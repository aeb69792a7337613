"""Sync throughput against same-run baselines (issue 6).

1. End to end: N events (default 100 000) from a tutor database to a real tutor-hub
   (uvicorn on 127.0.0.1, SQLite) through SyncEngine and HttpTransport. Baseline: the
   same rows inserted straight into an SQLite table with the hub's pragmas and batch size.
2. Bytes on the wire per event (gzip'd request bodies). Baseline: the same batches as
   uncompressed compact JSON.
3. Pulling one learner's 5000-event history to a second PC. Baseline: reading the same
   rows from the hub database directly.
Targets: >= 5000 events/s end to end, < 60 bytes/event on the wire. Figures, never asserts.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
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


def baseline_insert(path: Path, rows: list[tuple]) -> float:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--history", type=int, default=5000)
    args = parser.parse_args()
    rng = random.Random(6)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        hub = RunningHub(tmp_path / "hub.sqlite3", FakeClock(HUB_TIME)).start()
        try:
            code = hub.new_site("Xã Benchmark")
            pc = Pc(tmp_path / "pc_a", FakeClock(HUB_TIME - timedelta(days=400)))
            pc.enroll(hub, code)
            lan, _ = pc.ws.learners.create("Bà Lan", "sun")
            big, _ = pc.ws.learners.create("Ông Ba", "sun")
            fill(pc, big.learner_id, args.events - args.history, rng)
            fill(pc, lan.learner_id, args.history, rng)
            device = pc.ws.device_id
            n = outbox.pending_count(pc.conn, device, 0)

            transport = pc.http()
            started = time.perf_counter()
            report = pc.engine(transport).sync_once()
            e2e = time.perf_counter() - started
            assert report.acked_through[device] == outbox.last_seq(pc.conn, device)

            batches = [outbox.read_batch(pc.conn, device, 0, n)]
            rows = [(device, e.seq, e.event_id, e.learner_id, e.kind, e.schema_ver, e.device_time,
                     e.clock_epoch, json.dumps(e.payload, separators=(",", ":"))) for e in batches[0]]
            raw_json = sum(len(json.dumps({"device_id": device, "batch": [e.to_wire() for e in batches[0][i:i + MAX_BATCH_EVENTS]]},
                                          ensure_ascii=False, separators=(",", ":")).encode())
                           for i in range(0, n, MAX_BATCH_EVENTS))
            base = baseline_insert(tmp_path / "baseline.sqlite3", rows)

            pc_b = Pc(tmp_path / "pc_b", FakeClock(HUB_TIME))
            pc_b.enroll(hub, code)
            started = time.perf_counter()
            pulled = pc_b.engine().sync_once()
            pull = time.perf_counter() - started  # both learners: measure Lan's share separately below
            direct_started = time.perf_counter()
            got = 0
            after = 0
            while True:
                page = hub.storage.learner_events(pulled_site(hub, device), lan.learner_id, after, 1000)
                if not page:
                    break
                got += len(page)
                after = page[-1]["hub_seq"]
            direct = time.perf_counter() - direct_started

            pc_c = Pc(tmp_path / "pc_c", FakeClock(HUB_TIME))
            pc_c.enroll(hub, code)
            pc_c.conn.execute(  # pretend Ông Ba already lives on PC C, so only Lan's history is pulled
                "INSERT INTO learners(learner_id, display_name, icon, created_at) VALUES (?, 'x', 'sun', ?)",
                (big.learner_id, to_iso(HUB_TIME)))
            started = time.perf_counter()
            one = pc_c.engine().sync_once()
            pull_one = time.perf_counter() - started
        finally:
            hub.stop()

    print(f"end to end: {n} events in {e2e:.2f} s = {n / e2e:,.0f} events/s"
          f" (target >= 5000); baseline raw SQLite insert {n / base:,.0f} events/s;"
          f" ratio sync/raw = {base / e2e:.2f}")
    print(f"wire: {transport.bytes_sent / n:.1f} bytes/event gzip (target < 60);"
          f" baseline uncompressed JSON {raw_json / n:.1f} bytes/event; ratio {transport.bytes_sent / raw_json:.3f}")
    print(f"pull: one learner's {one.pulled}-event history to a new PC in {pull_one:.2f} s"
          f" ({one.pulled / pull_one:,.0f} events/s); baseline direct hub read of {got} events"
          f" {direct * 1000:.0f} ms; ratio {pull_one / direct:.1f}")
    print(f"(whole roster to a new PC: {pulled.pulled} events in {pull:.2f} s)")


def pulled_site(hub: RunningHub, device_id: str) -> str:
    return hub.storage.device(device_id).site_id


if __name__ == "__main__":
    main()
