"""Issue 18: the reporting dashboard and the quarterly report against a recount from raw events.

For each scale (events held by the hub) and back-end, a hub is filled in bulk with synthetic
learning (learners of every group at many sites: a profile, attempts, reviews, a passed level
test and a certificate for about half), its counters built once (the migration's recount),
then it times, best of 3:

- dashboard: the province's /bao-cao figures, tables and SVG charts (quarter_figures + render),
- report: the same plus the PDF and XLSX files written,
- baseline: a recount of the counters from the raw events, what a page would cost without
  maintained aggregates (ratio = baseline / dashboard),
- ingest: store_batch of 10 x 2,000 new events with the reporting hook, and the same batches
  on a twin hub with the hook switched off (the sync path's cost of keeping counters).

    .venv/bin/python benchmarks/reporting.py [--sizes 10000,100000,1000000] [--backends sqlite,postgresql]
        [--pg postgresql://...]   (PostgreSQL from --pg or $TUTOR_TEST_PG_URL)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.hub.reporting import store as reporting_store  # noqa: E402
from tutor.hub.reporting.figures import Quarter, quarter_figures  # noqa: E402
from tutor.hub.reporting.report import write_report  # noqa: E402
from tutor.hub.reporting.store import Sql, recount  # noqa: E402
from tutor.hub.reporting.tables import report_charts, report_tables  # noqa: E402
from tutor.hub.storage import iso, open_storage  # noqa: E402
from tutor.learner_groups import GROUPS  # noqa: E402
from tutor.sync.protocol import WireEvent  # noqa: E402

EVENTS_PER_LEARNER = 100
LEARNERS_PER_SITE = 500
QUARTER = Quarter(2026, 4)
TODAY = date(2026, 12, 7)
START = datetime(2025, 1, 1, tzinfo=UTC)
KINDS_PER_LEARNER = ["learner_created", "level_test", "certificate_issued", "review", "review"]


def _rows(n_events: int, sites: list[str], rnd: random.Random):
    """Event rows in the hub's column order, learner by learner (each on one PC of its site)."""
    learners = max(1, n_events // EVENTS_PER_LEARNER)
    groups = list(GROUPS)
    seqs: dict[str, int] = {}
    for i in range(learners):
        site_id = sites[i % len(sites)]
        device = f"{site_id}-pc{i % 5}"
        learner = str(uuid.UUID(int=rnd.getrandbits(128)))
        t0 = START + timedelta(minutes=rnd.randrange(700 * 24 * 60))
        plan = ["learner_created"] + ["attempt"] * (EVENTS_PER_LEARNER - 5)
        passed = rnd.random() < 0.5
        plan += ["level_test", "certificate_issued", "review", "review"] if passed else ["review"] * 4
        for k, kind in enumerate(plan):
            when = iso(t0 + timedelta(hours=k))
            payload: dict = {}
            if kind == "learner_created":
                payload = {"display_name": f"Học viên {i}", "icon": "sun", "group": groups[i % len(groups)]}
            elif kind == "level_test":
                payload = {"phase": "finished", "level": 1, "passed": True}
            elif kind == "certificate_issued":
                payload = {"certificate_id": f"{i:08X}"[-8:].replace("I", "1").replace("O", "0"), "level": 1,
                           "learner_name": f"Học viên {i}", "code": "X" * 103, "issued_on": when[:10]}
            elif kind in ("review", "attempt"):
                payload = {"correct": rnd.random() < 0.7}
            seq = seqs.get(device, 0) + 1
            seqs[device] = seq
            yield (site_id, device, seq, seq - 1, str(uuid.UUID(int=rnd.getrandbits(128))), learner, kind, 1,
                   when, when, 0, json.dumps(payload, ensure_ascii=False, separators=(",", ":")), when)


_INSERT = ("INSERT INTO events(site_id, device_id, seq, prev_seq, event_id, learner_id, kind, schema_ver,"
           " device_time, corrected_time, clock_epoch, payload, received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")


def fill(storage, backend: str, n_events: int) -> None:
    rnd = random.Random(n_events)
    n_sites = max(2, n_events // EVENTS_PER_LEARNER // LEARNERS_PER_SITE)
    sites = [storage.create_site(f"Xã số {i + 1}", datetime.now(UTC))[0] for i in range(n_sites)]
    with storage._tx() as c:
        db = Sql(c, "?" if backend == "sqlite" else "%s")
        chunk: list = []
        certs: list = []
        for row in _rows(n_events, sites, rnd):
            chunk.append(row)
            if row[6] == "certificate_issued":
                certs.append((row[4], row[0], row[1], row[5], json.loads(row[11])["certificate_id"], "X" * 103, 1))
            if len(chunk) >= 20000:
                _put(c, db, backend, chunk)
                chunk = []
        _put(c, db, backend, chunk)
        db.many("INSERT INTO certificates(event_id, site_id, device_id, learner_id, certificate_key, code_key, level)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)", certs)
    if backend != "sqlite":
        with storage._tx() as c:
            c.execute("ANALYZE")


def _put(c, db: Sql, backend: str, rows: list) -> None:
    if not rows:
        return
    if backend == "sqlite":
        db.many(_INSERT, rows)
        return
    with c.cursor().copy("COPY events(site_id, device_id, seq, prev_seq, event_id, learner_id, kind, schema_ver,"
                         " device_time, corrected_time, clock_epoch, payload, received_at) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def best(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def dashboard(storage) -> None:
    fig = quarter_figures(storage, QUARTER, TODAY, None, False)
    report_tables(fig)
    report_charts(fig)


def ingest_rate(storage, hook: bool) -> float:
    """events/s of store_batch for 10 batches of 2,000 new events (learners of one new PC)."""
    code = storage.create_site(f"Xã đo {uuid.uuid4().hex[:6]}", datetime.now(UTC))[1]
    device = str(uuid.uuid4())
    token = storage.enroll(code, device, "Máy đo", None, datetime.now(UTC)).device_token
    auth = storage.authenticate(token)
    rnd = random.Random(7)
    learners = [str(uuid.uuid4()) for _ in range(100)]
    batches, seq = [], 0
    for _ in range(10):
        batch = []
        for _ in range(2000):
            seq += 1
            kind = rnd.choice(["attempt", "attempt", "review", "learner_created", "level_test"])
            payload = {"correct": True, "phase": "finished", "passed": True, "level": 1, "group": "citizen"}
            batch.append(WireEvent(seq, seq - 1, str(uuid.uuid4()), rnd.choice(learners), kind, 1,
                                   iso(START + timedelta(minutes=seq)), 0, payload))
        batches.append(batch)
    original = reporting_store.ingest
    if not hook:
        reporting_store.ingest = lambda *a, **k: None
    try:
        t = time.perf_counter()
        for batch in batches:
            storage.store_batch(auth, device, batch, datetime.now(UTC))
        return 20000 / (time.perf_counter() - t)
    finally:
        reporting_store.ingest = original


@contextmanager
def hub(backend: str, pg: str | None, tmp: Path, n: int):
    if backend == "sqlite":
        storage = open_storage(f"sqlite:///{tmp / f'hub-{n}.sqlite3'}")
        try:
            yield storage
        finally:
            storage.close()
        return
    from tests.hub.pg import fresh_schema
    with fresh_schema(pg) as url:
        storage = open_storage(url)
        try:
            yield storage
        finally:
            storage.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--pg", default=os.environ.get("TUTOR_TEST_PG_URL"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    backends = [b for b in args.backends.split(",") if b != "postgresql" or args.pg]
    print(f"{'backend':10} {'events':>9} {'learners':>8} {'sites':>5} {'fill s':>7} {'recount s':>9}"
          f" {'dashboard s':>11} {'ratio':>6} {'report s':>8} {'ingest ev/s hook/off':>22}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for backend in backends:
            for n in sizes:
                with hub(backend, args.pg, tmp, n) as storage:
                    t = time.perf_counter()
                    fill(storage, backend, n)
                    fill_s = time.perf_counter() - t
                    marker = "?" if backend == "sqlite" else "%s"
                    with storage._tx() as c:
                        t = time.perf_counter()
                        recount(Sql(c, marker))   # the migration's one-time build of the counters
                        build_s = time.perf_counter() - t
                    assert storage.reporting.stored_counts() == storage.reporting.recount_counts()
                    baseline = best(storage.reporting.recount_counts, 1 if n >= 1_000_000 else 3)
                    dash = best(lambda: dashboard(storage))
                    rep = best(lambda: write_report(storage, QUARTER, TODAY, tmp / "out", "Tỉnh", None), 2)
                    on, off = ingest_rate(storage, True), ingest_rate(storage, False)
                    learners = n // EVENTS_PER_LEARNER
                    print(f"{backend:10} {n:>9,} {learners:>8,} {max(2, learners // LEARNERS_PER_SITE):>5}"
                          f" {fill_s:>7.1f} {baseline:>9.3f} {dash:>11.4f} {baseline / dash:>6.0f}"
                          f" {rep:>8.3f} {on:>10,.0f}/{off:<10,.0f} (build {build_s:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
