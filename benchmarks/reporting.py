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

--province: the issue's province (1,000 sites, 500,000 learners, 2 years). What a page reads
grows with sites x groups x months and the quarter's certificates, not with the event log, so
this mode fills the maintained tables at that size directly (counters as 500,000 learners make
them, the certificate events of 250,000 certificates in the log) and times the same dashboard
and report; the 50 million other events would only sit in a table the page never reads.
Its baseline, in the same run: the same report as written before (the PDF's tables through
fpdf2's table helper, the spreadsheet through openpyxl's write-only mode with the certificate
rows twice, the tables built once per file): ratio = before / report.
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
from collections import Counter
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.hub.reporting import store as reporting_store  # noqa: E402
from tutor.hub.reporting.figures import Quarter, quarter_figures  # noqa: E402
from tutor.hub.reporting.report import write_report  # noqa: E402
from tutor.hub.reporting.store import Sql, recount, rollups  # noqa: E402
from tutor.hub.reporting.tables import report_charts, report_tables  # noqa: E402
from tutor.hub.open_storage import open_storage  # noqa: E402
from tutor.hub.storage import iso  # noqa: E402
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
           " device_time, corrected_time, clock_epoch, payload, received_at) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)")


def fill(storage, backend: str, n_events: int) -> None:
    rnd = random.Random(n_events)
    n_sites = max(2, n_events // EVENTS_PER_LEARNER // LEARNERS_PER_SITE)
    sites = [storage.create_site(f"Xã số {i + 1}", datetime.now(UTC))[0] for i in range(n_sites)]
    with storage.dialect.write() as c:
        db = Sql(c, storage.dialect)
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
                " VALUES (%s, %s, %s, %s, %s, %s, %s)", certs)
    if backend != "sqlite":
        with storage.dialect.write() as c:
            c.execute("ANALYZE")


def _put(c, db: Sql, backend: str, rows: list) -> None:
    if not rows:
        return
    if backend == "sqlite":
        db.many(_INSERT, rows)
        return
    with c.conn.cursor().copy("COPY events(site_id, device_id, seq, prev_seq, event_id, learner_id, kind, schema_ver,"
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


def fill_province(storage, backend: str, sites_n: int = 1000, learners: int = 500_000) -> int:
    """Counters and certificate events as ``learners`` at ``sites_n`` sites over 2025-2026 make them."""
    rnd = random.Random(1)
    groups = [*GROUPS, "unknown"]
    sites = [storage.create_site(f"Xã số {i + 1}", datetime.now(UTC))[0] for i in range(sites_n)]
    per_site = learners // sites_n
    months = [f"{y}-{m:02d}" for y in (2025, 2026) for m in range(1, 13)]
    days = [(date(2026, 1, 1) + timedelta(days=d)).isoformat() for d in range(365)]
    rows = 0
    months_all: Counter = Counter()
    with storage.dialect.write() as c:
        db = Sql(c, storage.dialect)
        for site_id in sites:
            counts = []
            for g in groups:
                share = per_site // len(groups)
                for metric, frac in (("registered", 1.0), ("level:2", 0.5), ("level:3", 0.2), ("trained", 0.5),
                                     ("proficient", 0.3), ("certificates", 0.5)):
                    for month in months:
                        counts.append((site_id, g, month, metric, max(1, int(share * frac / len(months)))))
                for day in days:
                    if rnd.random() < 0.5:
                        counts.append((site_id, g, day, "active", rnd.randrange(1, 4)))
            db.many("INSERT INTO report_counts(site_id, learner_group, period, metric, n) VALUES (%s, %s, %s, %s, %s)",
                    counts)
            totals, site_months = rollups(counts)   # the rollups the ingest keeps beside the counters
            db.many("INSERT INTO report_totals(site_id, learner_group, metric, n) VALUES (%s, %s, %s, %s)",
                    [(*k, n) for k, n in totals.items()])
            months_all.update(site_months)
            rows += len(counts)
            certs, events = [], []
            for k in range(per_site // 2):
                at = iso(START + timedelta(minutes=rnd.randrange(700 * 24 * 60)))
                eid = str(uuid.UUID(int=rnd.getrandbits(128)))
                certs.append((eid, site_id, at))
                payload = json.dumps({"certificate_id": f"{rnd.getrandbits(40):010X}"[:8], "level": 1,
                                      "learner_name": "Học viên", "issued_on": at[:10], "code": "X" * 103},
                                     separators=(",", ":"))
                events.append((site_id, f"{site_id}-pc", k + 1, k, eid, str(uuid.uuid4()), "certificate_issued", 1,
                               at, at, 0, payload, at))
            db.many("INSERT INTO report_certificates(event_id, site_id, issued_at) VALUES (%s, %s, %s)", certs)
            _put(c, db, backend, events)
        db.many("INSERT INTO report_months(period, metric, n) VALUES (%s, %s, %s)", [(*k, n) for k, n in months_all.items()])
    if backend != "sqlite":
        with storage.dialect.write() as c:
            c.execute("ANALYZE")
    return rows


def _table_helper_grid(pdf, header: list[str], rows: list[list[str]]) -> None:
    """The PDF's tables as drawn before: fpdf2's table helper (each cell laid out twice)."""
    from fpdf.fonts import FontFace

    with pdf.table(headings_style=FontFace(emphasis="BOLD", fill_color=(233, 238, 244)),
                   line_height=5, text_align="LEFT") as t:
        t.row(header)
        for row in rows:
            t.row(row)


def report_before(storage, out: Path) -> None:
    """The quarterly report as written before (the baseline): the same figures, the tables built
    once per file, the PDF's tables through fpdf2's table helper, the spreadsheet through
    openpyxl's write-only mode with every certificate row twice (the basic list's sheet too)."""
    from unittest import mock

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    from tutor.hub.reporting import pdf
    from tutor.hub.reporting.tables import headline
    from tutor.hub.reporting.xlsx import SHEET_NAMES

    fig = quarter_figures(storage, QUARTER, TODAY, None, False)
    with mock.patch.object(pdf, "_grid", _table_helper_grid):
        pdf.write_pdf(fig, "Tỉnh", out / "before.pdf")
    fill = PatternFill("solid", fgColor="E9EEF4")

    def styled(ws, values, bold=False, size=None, filled=False):
        cells = []
        for value in values:
            cell = WriteOnlyCell(ws, value=value)
            cell.font = Font(bold=bold, size=size) if size else Font(bold=bold)
            if filled:
                cell.fill = fill
            cells.append(cell)
        return cells

    wb = Workbook(write_only=True)
    summary = wb.create_sheet("Tổng hợp")
    summary.append(styled(summary, [f"Báo cáo - {fig.quarter.label}"], bold=True, size=14))
    for label, value in headline(fig):
        summary.append([label, value])
    for table in report_tables(fig):
        ws = wb.create_sheet(SHEET_NAMES.get(table.key, table.key)[:31])
        ws.append(styled(ws, [table.title], bold=True, size=12))
        if table.note:
            ws.append([table.note])
        ws.append(styled(ws, list(table.header), bold=True, filled=True))
        for row in table.rows:
            ws.append(row)
    wb.save(out / "before.xlsx")


def province(backends: list[str], pg: str | None) -> None:
    print(f"{'backend':10} {'sites':>5} {'learners':>8} {'counter rows':>12} {'fill s':>7} {'dashboard s':>11}"
          f" {'report s':>8} {'before s':>8} {'ratio':>5} {'certs':>6}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for backend in backends:
            with hub(backend, pg, tmp, 0) as storage:
                t = time.perf_counter()
                rows = fill_province(storage, backend)
                fill_s = time.perf_counter() - t
                dash = best(lambda: dashboard(storage))
                (tmp / "out").mkdir(exist_ok=True)
                rep = best(lambda: write_report(storage, QUARTER, TODAY, tmp / "out", "Tỉnh", None), 2)
                before = best(lambda: report_before(storage, tmp / "out"), 2)
                certs = len(quarter_figures(storage, QUARTER, TODAY, None, False).certificates)
                print(f"{backend:10} {1000:>5} {500_000:>8,} {rows:>12,} {fill_s:>7.1f} {dash:>11.3f} {rep:>8.3f}"
                      f" {before:>8.3f} {before / rep:>5.2f} {certs:>6,}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--pg", default=os.environ.get("TUTOR_TEST_PG_URL"))
    parser.add_argument("--province", action="store_true", help="the issue's province size (see above)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    backends = [b for b in args.backends.split(",") if b != "postgresql" or args.pg]
    if args.province:
        province(backends, args.pg)
        return 0
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
                    with storage.dialect.write() as c:
                        t = time.perf_counter()
                        recount(Sql(c, storage.dialect))   # the migration's one-time build of the counters
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
