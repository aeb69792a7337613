"""The reporting tables over either back-end's connection: ingest, recount, targets, reads.

SQL is written with ``%s`` marks, as all hub storage SQL is; :class:`Sql` asks the
dialect (tutor.hub.dialect) for what differs, such as a list parameter. Rows are read by
column name, which both sqlite3.Row and psycopg's dict rows answer.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from tutor.hub.dialect import Dialect

from tutor.hub.reporting.aggregate import (
    ACTIVE,
    CountKey,
    LearnerFacts,
    TimedEvent,
    contributions,
    delta,
    fold,
    group_by_learner,
    listed_certificate,
)

CHUNK = 900   # bound parameters per IN list: under SQLite's limit


class Sql:
    """A handle inside the caller's transaction, with the dialect it speaks."""

    def __init__(self, conn: Any, dialect: Dialect):
        self.conn, self.dialect = conn, dialect

    def rows(self, text: str, params: Sequence[Any] = ()) -> list[Any]:
        return self.conn.execute(text, tuple(params)).fetchall()

    def run(self, text: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(text, tuple(params))

    def values(self, head: str, rows: Sequence[Sequence[Any]], tail: str = "") -> None:
        """``head VALUES (..), (..) tail`` in statements of up to 150 rows: one round trip each, where
        executemany costs PostgreSQL one per row. Rows must not repeat a conflict key."""
        for start in range(0, len(rows), 150):
            part = rows[start:start + 150]
            one = "(" + ", ".join(["%s"] * len(part[0])) + ")"
            self.run(f"{head} VALUES {','.join([one] * len(part))} {tail}",
                     [v for row in part for v in row])

    def in_list(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        """``column`` is one of ``values``, as the dialect writes it (an array on PostgreSQL)."""
        return self.dialect.any_of(column, values)

    def many(self, text: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.conn.executemany(text, rows)


def _marks(n: int) -> str:
    return ", ".join(["%s"] * n)


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


_UPSERT_LEARNER = ("INSERT INTO report_learners(site_id, learner_id, learner_group, facts)",
                   "ON CONFLICT (site_id, learner_id) DO UPDATE SET learner_group = excluded.learner_group,"
                   " facts = excluded.facts")
_ADD_COUNT = ("INSERT INTO report_counts(site_id, learner_group, period, metric, n)",
              "ON CONFLICT (site_id, learner_group, period, metric) DO UPDATE SET n = report_counts.n + excluded.n")


# --- maintained as events arrive -------------------------------------------------------------


def ingest(db: Sql, site_id: str, device_id: str, events: Sequence[TimedEvent], all_new: bool = False) -> None:
    """Fold one stored batch into the counters, in the batch's transaction.

    Only events held as this device's count (an event id already held for another device is
    not this batch's); re-sent events fold to the same facts and change nothing. ``all_new``:
    the back-end inserted every event of the batch, so all are this device's (no lookup).
    """
    with_learner = [e for e in events if e.learner_id]
    if all_new:
        apply(db, site_id, with_learner)
        return
    mine: set[str] = set()
    for part in _chunks([e.event_id for e in with_learner]):
        where, params = db.in_list("event_id", part)
        # By the event_id index alone: with "device_id = %s" SQLite may walk the device's whole chain.
        mine.update(r["event_id"] for r in db.rows(f"SELECT event_id, device_id FROM events WHERE {where}", params)
                    if r["device_id"] == device_id)
    apply(db, site_id, [e for e in with_learner if e.event_id in mine])


_ADD_TOTAL = ("INSERT INTO report_totals(site_id, learner_group, metric, n)",
              "ON CONFLICT (site_id, learner_group, metric) DO UPDATE SET n = report_totals.n + excluded.n")
_ADD_MONTH = ("INSERT INTO report_months(period, metric, n)",
              "ON CONFLICT (period, metric) DO UPDATE SET n = report_months.n + excluded.n")
_ADD_CERTIFICATE = ("INSERT INTO report_certificates(event_id, site_id, issued_at)", "ON CONFLICT DO NOTHING")


def apply(db: Sql, site_id: str, events: Sequence[TimedEvent]) -> None:
    certificates = {e.event_id: (e.event_id, site_id, e.corrected_time) for e in events if listed_certificate(e)}
    if certificates:
        db.values(_ADD_CERTIFICATE[0], list(certificates.values()), _ADD_CERTIFICATE[1])
    by_learner = group_by_learner(events)
    if not by_learner:
        return
    ids = sorted(by_learner)
    old: dict[str, LearnerFacts] = {}
    for part in _chunks(ids):
        where, params = db.in_list("learner_id", part)
        for r in db.rows(f"SELECT learner_id, facts FROM report_learners WHERE site_id = %s AND {where}",
                         (site_id, *params)):
            old[r["learner_id"]] = LearnerFacts.from_json(r["facts"])
    total: Counter[CountKey] = Counter()
    changed = []
    for learner_id in ids:
        before = old.get(learner_id, LearnerFacts())
        after = fold(before, by_learner[learner_id])
        if after == before:
            continue
        changed.append((site_id, learner_id, after.group, after.to_json()))
        total.update(delta(before, after))
    if changed:
        db.values(_UPSERT_LEARNER[0], changed, _UPSERT_LEARNER[1])
    # Sorted: two transactions touching the same cells lock them in the same order.
    counts = [(site_id, g, period, metric, n) for (g, period, metric), n in sorted(total.items()) if n]
    if counts:
        db.values(_ADD_COUNT[0], counts, _ADD_COUNT[1])
        totals, months = rollups(counts)
        db.values(_ADD_TOTAL[0], [(*k, n) for k, n in sorted(totals.items()) if n], _ADD_TOTAL[1])
        db.values(_ADD_MONTH[0], [(*k, n) for k, n in sorted(months.items()) if n], _ADD_MONTH[1])


def rollups(counts: Iterable[Sequence[Any]]) -> tuple[Counter[tuple[str, str, str]], Counter[tuple[str, str]]]:
    """(site, group, metric) totals and (period, metric) hub-wide sums of counter rows, 'active' left out."""
    totals: Counter[tuple[str, str, str]] = Counter()
    months: Counter[tuple[str, str]] = Counter()
    for site_id, g, period, metric, n in counts:
        if metric != ACTIVE:
            totals[(site_id, g, metric)] += n
            months[(period, metric)] += n
    return totals, months


# --- recount from the raw events (migration backfill, tests' oracle, benchmark baseline) -----

REPORTED_KINDS = ("learner_created", "learner_renamed", "level_unlocked", "level_test", "certificate_issued",
                  "review")


def recount_counts(db: Sql, sites: Sequence[str] | None = None) -> tuple[dict[tuple[str, str], LearnerFacts],
                                                                         Counter[tuple[str, str, str, str]],
                                                                         list[tuple[str, str, str]]]:
    """Facts and counters computed afresh from every stored event (nothing maintained is read)."""
    where, params = "", ()
    if sites is not None:
        where, params = f" WHERE site_id IN ({_marks(len(sites))})", tuple(sites)
    facts: dict[tuple[str, str], LearnerFacts] = {}
    pending: dict[tuple[str, str], list[TimedEvent]] = {}
    certificates: list[tuple[str, str, str]] = []
    cur = db.conn.execute((
        "SELECT site_id, event_id, learner_id, kind, corrected_time, payload, seq FROM events"
        f"{where}{' AND' if where else ' WHERE'} learner_id IS NOT NULL ORDER BY site_id, learner_id"), params)
    while True:
        batch = cur.fetchmany(5000)
        if not batch:
            break
        for r in batch:
            payload = r["payload"]
            if r["kind"] in REPORTED_KINDS:
                payload = json.loads(payload) if isinstance(payload, str) else payload
            else:
                payload = {}
            event = TimedEvent(r["event_id"], r["learner_id"], r["kind"], r["corrected_time"], payload, int(r["seq"]))
            pending.setdefault((r["site_id"], r["learner_id"]), []).append(event)
            if listed_certificate(event):
                certificates.append((event.event_id, r["site_id"], event.corrected_time))
        # The rows come grouped by learner: fold the finished ones to keep memory bounded.
        last = (batch[-1]["site_id"], batch[-1]["learner_id"])
        for key in [k for k in pending if k != last]:
            facts[key] = fold(LearnerFacts(), pending.pop(key))
    for key, evs in pending.items():
        facts[key] = fold(LearnerFacts(), evs)
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for (site_id, _learner), f in facts.items():
        for (g, period, metric), n in contributions(f).items():
            counts[(site_id, g, period, metric)] += n
    return facts, counts, certificates


def recount(db: Sql) -> None:
    """Replace the maintained tables with a recount (a hub's first reporting migration)."""
    facts, counts, certificates = recount_counts(db)
    db.run("DELETE FROM report_learners")
    db.run("DELETE FROM report_counts")
    db.run("DELETE FROM report_certificates")
    db.many("INSERT INTO report_certificates(event_id, site_id, issued_at) VALUES (%s, %s, %s)", certificates)
    db.many("INSERT INTO report_learners(site_id, learner_id, learner_group, facts) VALUES (%s, %s, %s, %s)",
            [(s, lid, f.group, f.to_json()) for (s, lid), f in sorted(facts.items())])
    rows = [(*k, n) for k, n in sorted(counts.items()) if n]
    db.many("INSERT INTO report_counts(site_id, learner_group, period, metric, n) VALUES (%s, %s, %s, %s, %s)", rows)
    totals, months = rollups(rows)
    db.run("DELETE FROM report_totals")
    db.run("DELETE FROM report_months")
    db.many("INSERT INTO report_totals(site_id, learner_group, metric, n) VALUES (%s, %s, %s, %s)",
            [(*k, n) for k, n in sorted(totals.items()) if n])
    db.many("INSERT INTO report_months(period, metric, n) VALUES (%s, %s, %s)",
            [(*k, n) for k, n in sorted(months.items()) if n])


def stored_rollups(db: Sql) -> tuple[Counter[tuple[str, str, str]], Counter[tuple[str, str]]]:
    return (Counter({(r["site_id"], r["learner_group"], r["metric"]): int(r["n"]) for r in db.rows(
                "SELECT site_id, learner_group, metric, n FROM report_totals WHERE n <> 0")}),
            Counter({(r["period"], r["metric"]): int(r["n"]) for r in db.rows(
                "SELECT period, metric, n FROM report_months WHERE n <> 0")}))


def stored_counts(db: Sql) -> Counter[tuple[str, str, str, str]]:
    return Counter({(r["site_id"], r["learner_group"], r["period"], r["metric"]): int(r["n"]) for r in db.rows(
        "SELECT site_id, learner_group, period, metric, n FROM report_counts WHERE n <> 0")})


# --- targets -----------------------------------------------------------------------------------


def set_population(db: Sql, site_id: str, group: str, population: int, now: datetime) -> None:
    db.run("INSERT INTO report_populations(site_id, learner_group, population, updated_at) VALUES (%s, %s, %s, %s)"
           " ON CONFLICT (site_id, learner_group) DO UPDATE SET population = excluded.population,"
           " updated_at = excluded.updated_at", (site_id, group, int(population), now.isoformat()))


def set_goal(db: Sql, group: str, trained_pct: float, proficient_pct: float, due_on: str, now: datetime) -> None:
    db.run("INSERT INTO report_goals(learner_group, trained_pct, proficient_pct, due_on, updated_at)"
           " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (learner_group) DO UPDATE SET trained_pct = excluded.trained_pct,"
           " proficient_pct = excluded.proficient_pct, due_on = excluded.due_on, updated_at = excluded.updated_at",
           (group, float(trained_pct), float(proficient_pct), due_on, now.isoformat()))


def ingest_wire(db: Sql, site_id: str, device_id: str, events: Sequence[Any], corrected: Sequence[str],
                inserted: int = -1) -> None:
    """The back-ends' one-line hook: wire events with the corrected times they were stored with,
    and how many rows the batch inserted (all of them: no need to look up whose they are)."""
    ingest(db, site_id, device_id, [TimedEvent(e.event_id, e.learner_id, e.kind, t, e.payload, e.seq)
                                    for e, t in zip(events, corrected, strict=True) if e.learner_id],
           all_new=inserted == len(events))


def migration_step(conn: Any, dialect: Dialect) -> None:
    """The step after :data:`REPORTING_SCHEMA` in the hub's migration: counters for held events."""
    recount(Sql(conn, dialect))


class ReportingStore:
    """The reporting tables of one hub database; ``tx()`` opens one transaction on it."""

    def __init__(self, dialect: Dialect):
        self._tx, self._dialect = dialect.write, dialect

    def _db(self, c: Any) -> Sql:
        return Sql(c, self._dialect)

    def stored_counts(self) -> Counter[tuple[str, str, str, str]]:
        with self._tx() as c:
            return stored_counts(self._db(c))

    def recount_counts(self) -> Counter[tuple[str, str, str, str]]:
        with self._tx() as c:
            return recount_counts(self._db(c))[1]

    def rollups_agree(self) -> bool:
        """The rollup tables equal the rollups of the counter rows (tests)."""
        with self._tx() as c:
            db = self._db(c)
            totals, months = rollups((*k, n) for k, n in stored_counts(db).items())
            return stored_rollups(db) == (+totals, +months)

    def certificate_rows(self) -> list[tuple[str, str, str]]:
        with self._tx() as c:
            return sorted((r["event_id"], r["site_id"], r["issued_at"]) for r in self._db(c).rows(
                "SELECT event_id, site_id, issued_at FROM report_certificates"))

    def recount_certificates(self) -> list[tuple[str, str, str]]:
        with self._tx() as c:
            return sorted(recount_counts(self._db(c))[2])

    def set_population(self, site_id: str, group: str, population: int, now: datetime) -> None:
        with self._tx() as c:
            set_population(self._db(c), site_id, group, population, now)

    def set_goal(self, group: str, trained_pct: float, proficient_pct: float, due_on: str, now: datetime) -> None:
        with self._tx() as c:
            set_goal(self._db(c), group, trained_pct, proficient_pct, due_on, now)

    def targets(self) -> dict[str, Any]:
        with self._tx() as c:
            db = self._db(c)
            populations = [(r["site_id"], r["learner_group"], int(r["population"])) for r in db.rows(
                "SELECT site_id, learner_group, population FROM report_populations ORDER BY site_id, learner_group")]
            goals = {r["learner_group"]: (float(r["trained_pct"]), float(r["proficient_pct"]), r["due_on"])
                     for r in db.rows("SELECT learner_group, trained_pct, proficient_pct, due_on FROM report_goals")}
        return {"populations": populations, "goals": goals}

    def snapshot(self, sites: Sequence[str] | None, through_month: str, active_from: str, active_to: str,
                 cert_from: str, cert_to: str) -> dict[str, Any]:
        """Every figure of a dashboard or report in ONE read transaction, so they agree.

        ``through_month``: cumulative counts up to this month (YYYY-MM); ``active_*``: the
        days (YYYY-MM-DD) of the "active" window; ``cert_*``: corrected-time bounds (ISO, UTC)
        of the certificates listed.
        """
        site_where, site_params = "", ()
        if sites is not None:
            if not sites:
                sites = [""]
            site_where, site_params = f" AND site_id IN ({_marks(len(sites))})", tuple(sites)
        with self._tx() as c:
            db = self._db(c)
            # All-time totals less what came after the month asked for (usually nothing or a few months).
            cells_n: Counter[tuple[str, str, str]] = Counter({
                (r["site_id"], r["learner_group"], r["metric"]): int(r["n"]) for r in db.rows(
                    f"SELECT site_id, learner_group, metric, n FROM report_totals WHERE 1 = 1{site_where}",
                    site_params)})
            for r in db.rows("SELECT site_id, learner_group, metric, SUM(n) AS n FROM report_counts"
                             f" WHERE period > %s AND metric <> 'active'{site_where}"
                             " GROUP BY site_id, learner_group, metric", (through_month, *site_params)):
                cells_n[(r["site_id"], r["learner_group"], r["metric"])] -= int(r["n"])
            cells = [(*k, n) for k, n in cells_n.items() if n]
            active = [(r["site_id"], r["learner_group"], int(r["n"])) for r in db.rows(
                "SELECT site_id, learner_group, SUM(n) AS n FROM report_counts"
                f" WHERE metric = 'active' AND period >= %s AND period <= %s{site_where} GROUP BY site_id, learner_group",
                (active_from, active_to, *site_params))]
            monthly = [(r["period"], r["metric"], int(r["n"])) for r in (db.rows(
                "SELECT period, metric, n FROM report_months WHERE period <= %s", (through_month,))
                if sites is None else db.rows(
                "SELECT period, metric, SUM(n) AS n FROM report_counts"
                f" WHERE metric <> 'active' AND period <= %s{site_where} GROUP BY period, metric",
                (through_month, *site_params)))]
            populations = [(r["site_id"], r["learner_group"], int(r["population"])) for r in db.rows(
                f"SELECT site_id, learner_group, population FROM report_populations WHERE 1 = 1{site_where}",
                site_params)]
            goals = {r["learner_group"]: (float(r["trained_pct"]), float(r["proficient_pct"]), r["due_on"])
                     for r in db.rows("SELECT learner_group, trained_pct, proficient_pct, due_on FROM report_goals")}
            x_where = site_where.replace("site_id", "x.site_id")
            certs = [(r["site_id"], r["learner_id"], r["issued_at"], r["payload"]) for r in db.rows(
                "SELECT x.site_id, e.learner_id, x.issued_at, e.payload FROM report_certificates x"
                " JOIN events e ON e.event_id = x.event_id"
                f" WHERE x.issued_at >= %s AND x.issued_at < %s{x_where} ORDER BY x.issued_at, x.event_id",
                (cert_from, cert_to, *site_params))]
            names = {r["site_id"]: r["name"] for r in db.rows(
                f"SELECT site_id, name FROM sites WHERE 1 = 1{site_where}", site_params)}
        return {"cells": cells, "active": active, "monthly": monthly, "populations": populations,
                "goals": goals, "certificates": certs, "site_names": names}

