"""The SQLite hub back-end: one file, one connection, request threads take turns.

The default for a teacher's laptop or a commune PC. The schema is created and upgraded
by numbered migrations recorded in ``schema_migrations``; version 1 is the first
release's schema (written with IF NOT EXISTS, so a hub file made before migrations were
numbered upgrades in place).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Collection, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tutor.clock import from_iso
from tutor.hub.enroll import hash_code, hash_token, new_enrollment_code, new_token
from tutor.hub.operators import SCHEMA as OPERATOR_SCHEMA
from tutor.hub.operators import OperatorStore
from tutor.hub.projections import (
    PROJECTED_KINDS,
    CertificateRecord,
    HubOverview,
    ProjectionRows,
    SiteSummary,
    fold,
    per_level,
    projected,
)
from tutor.hub.storage import (
    Auth,
    DeviceInfo,
    Enrollment,
    ForwardDevice,
    HeldEvent,
    HelloResult,
    HubError,
    best_certificate,
    certificate_lookup_key,
    check_device_access,
    chain_end,
    check_events_storable,
    check_follows_chain,
    overview_filters,
    corrected_time,
    device_summary,
    fold_roster,
    held_event,
    iso,
    payload_device,
    SITE_DEVICES_SQL,
    pulled_event,
    site_device,
    site_teacher,
    storable,
    teacher_username_key,
)
from tutor.hub.reporting.schema import REPORTING_SCHEMA
from tutor.hub.reporting.store import ReportingStore, Sql, ingest_wire, migration_step
from tutor.hub.storage_trust import SQLITE_HUBSEC, TrustStorage
from tutor.sync.protocol import CLOCK_FLAG_SECONDS, PROFILE_KINDS, WireEvent

SQLITE_CACHE_KIB = 64 * 1024

SCHEMA_V1 = [
    """CREATE TABLE IF NOT EXISTS sites (
        site_id TEXT PRIMARY KEY, name TEXT NOT NULL, code_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS tokens (
        token_hash TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(site_id),
        device_id TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT)""",
    "CREATE INDEX IF NOT EXISTS tokens_device ON tokens(device_id)",
    # One row per device id. A restored tutor database mints a new device id and keeps its
    # token: the hub registers that successor under the same token and site.
    """CREATE TABLE IF NOT EXISTS devices (
        device_id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(site_id),
        token_hash TEXT NOT NULL, name TEXT NOT NULL, public_key TEXT,
        first_seq INTEGER, acked_through INTEGER NOT NULL DEFAULT 0,
        clock_offset_s REAL NOT NULL DEFAULT 0, clock_flagged INTEGER NOT NULL DEFAULT 0,
        enrolled_at TEXT NOT NULL, last_hello_at TEXT)""",
    """CREATE TABLE IF NOT EXISTS clock_readings (
        device_id TEXT NOT NULL, hub_time TEXT NOT NULL, device_time TEXT NOT NULL,
        offset_s REAL NOT NULL, flagged INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS events (
        hub_seq INTEGER PRIMARY KEY AUTOINCREMENT,
        site_id TEXT NOT NULL, device_id TEXT NOT NULL, seq INTEGER NOT NULL, prev_seq INTEGER NOT NULL,
        event_id TEXT NOT NULL UNIQUE, learner_id TEXT, kind TEXT NOT NULL, schema_ver INTEGER NOT NULL,
        device_time TEXT NOT NULL, corrected_time TEXT NOT NULL, clock_epoch INTEGER NOT NULL,
        payload TEXT NOT NULL, received_at TEXT NOT NULL,
        UNIQUE (device_id, seq))""",
    "CREATE INDEX IF NOT EXISTS events_chain ON events(device_id, prev_seq)",
    "CREATE INDEX IF NOT EXISTS events_learner ON events(site_id, learner_id, hub_seq)",
    # The roster reads only profile events: without this it would scan a site's whole history.
    "CREATE INDEX IF NOT EXISTS events_kind ON events(site_id, kind, hub_seq)",
]

# Dashboard projections, relays, upstream forwarding.
SCHEMA_V2 = [
    "ALTER TABLE devices ADD COLUMN last_sync_at TEXT",
    "UPDATE devices SET last_sync_at = last_hello_at",
    "ALTER TABLE devices ADD COLUMN events_held INTEGER NOT NULL DEFAULT 0",
    "UPDATE devices SET events_held = (SELECT COUNT(*) FROM events e WHERE e.device_id = devices.device_id)",
    "ALTER TABLE devices ADD COLUMN relay INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE devices ADD COLUMN revoked_at TEXT",
    "ALTER TABLE tokens ADD COLUMN relay INTEGER NOT NULL DEFAULT 0",
    """CREATE TABLE learner_levels (
        site_id TEXT NOT NULL, learner_id TEXT NOT NULL, level INTEGER NOT NULL,
        PRIMARY KEY (site_id, learner_id))""",
    """CREATE TABLE lessons_done (
        site_id TEXT NOT NULL, learner_id TEXT NOT NULL, lesson_id TEXT NOT NULL,
        PRIMARY KEY (site_id, learner_id, lesson_id))""",
    """CREATE TABLE certificates (
        event_id TEXT PRIMARY KEY, site_id TEXT NOT NULL, device_id TEXT NOT NULL, learner_id TEXT NOT NULL,
        certificate_key TEXT NOT NULL, code_key TEXT NOT NULL, level INTEGER NOT NULL)""",
    "CREATE INDEX certificates_id ON certificates(certificate_key)",
    "CREATE INDEX certificates_code ON certificates(code_key)",
    "CREATE INDEX certificates_site ON certificates(site_id)",
    "CREATE TABLE hub_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE upstream_acked (device_id TEXT PRIMARY KEY, acked_through INTEGER NOT NULL)",
]


def _backfill_projections(c: sqlite3.Connection) -> None:
    """Events stored before the projections existed feed them now, in hub order."""
    marks = ",".join("?" * len(PROJECTED_KINDS))
    rows = c.execute(
        f"SELECT site_id, device_id, seq, prev_seq, event_id, learner_id, kind, schema_ver, device_time,"
        f" clock_epoch, payload FROM events WHERE kind IN ({marks}) AND learner_id IS NOT NULL ORDER BY hub_seq",
        tuple(PROJECTED_KINDS)).fetchall()
    for r in rows:
        event = WireEvent(r["seq"], r["prev_seq"], r["event_id"], r["learner_id"], r["kind"], r["schema_ver"],
                          r["device_time"], r["clock_epoch"], json.loads(r["payload"]))
        _apply_projection(c, r["site_id"], r["device_id"], fold([event]))


# Teacher accounts made at the hub for a site; the site's PCs receive them with the roster.
SCHEMA_V3 = [
    """CREATE TABLE site_teachers (
        teacher_id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(site_id),
        username TEXT NOT NULL, username_key TEXT NOT NULL, display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT)""",
    "CREATE UNIQUE INDEX site_teachers_name ON site_teachers(site_id, username_key) WHERE revoked_at IS NULL",
]

Migration = list[str | Callable[[sqlite3.Connection], None]]
MIGRATIONS: list[tuple[int, Migration]] = [
    (1, list(SCHEMA_V1)),
    (2, [*SCHEMA_V2, _backfill_projections]),
    (3, list(SCHEMA_V3)),
    # hubsec: site codes that expire, relay rights granted by the operator, nonces, event
    # signatures, per-epoch clock offsets, time flags (tutor.hub.storage_trust).
    (4, list(SQLITE_HUBSEC)),
    (5, list(OPERATOR_SCHEMA)),  # hubweb: dashboard operators and their sessions (tutor.hub.operators)
    (6, [*REPORTING_SCHEMA, migration_step]),  # reporting: counters per site, group, month (issue 18)
]

_PULL_COLUMNS = ("hub_seq, device_id, seq, event_id, learner_id, kind, schema_ver, device_time,"
                 " corrected_time, clock_epoch, payload")


def _apply_projection(c: sqlite3.Connection, site_id: str, device_id: str, rows: ProjectionRows) -> None:
    c.executemany(
        "INSERT INTO learner_levels(site_id, learner_id, level) VALUES (?, ?, ?)"
        " ON CONFLICT(site_id, learner_id) DO UPDATE SET level = MAX(level, excluded.level)",
        [(site_id, learner, level) for learner, level in rows.learners.items()])
    c.executemany("INSERT OR IGNORE INTO lessons_done(site_id, learner_id, lesson_id) VALUES (?, ?, ?)",
                  [(site_id, learner, lesson) for learner, lesson in rows.lessons])
    c.executemany(
        "INSERT OR IGNORE INTO certificates(event_id, site_id, device_id, learner_id, certificate_key, code_key,"
        " level) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(r.event_id, site_id, device_id, r.learner_id, r.certificate_key, r.code_key, r.level)
         for r in rows.certificates])


class SqliteHubStorage(TrustStorage):
    """One connection guarded by a lock: request threads take turns, writes never interleave."""

    def __init__(self, path: Path | str):
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.execute("PRAGMA foreign_keys = ON")
        # A hub file grows to gigabytes; with SQLite's 2 MB default page cache every insert into
        # the event indexes reads pages back from the OS (issue 21: push fell to 0.57x at 10^6 events).
        self._conn.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        self._migrate()
        self.operators = OperatorStore(self._tx, "?")
        self.reporting = ReportingStore(self._tx, "?")  # issue 18: counters, targets, figures

    # -- plumbing ------------------------------------------------------------------------

    class _Tx:
        def __init__(self, storage: SqliteHubStorage):
            self.s = storage

        def __enter__(self) -> sqlite3.Connection:
            self.s._lock.acquire()
            try:
                self.s._conn.execute("BEGIN IMMEDIATE")
            except BaseException:
                self.s._lock.release()
                raise
            return self.s._conn

        def __exit__(self, exc_type, exc, tb) -> None:
            try:
                self.s._conn.execute("ROLLBACK" if exc_type else "COMMIT")
            finally:
                self.s._lock.release()

    def _tx(self) -> SqliteHubStorage._Tx:
        return SqliteHubStorage._Tx(self)

    def _sql(self, text: str) -> str:
        return text.replace("%s", "?")

    def _migrate(self) -> None:
        """Apply the migrations this file lacks, each in its own transaction (BEGIN IMMEDIATE
        makes a second hub process opening the same file wait, then find them applied)."""
        with self._tx() as c:
            c.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                      " applied_at TEXT NOT NULL)")
        for version, steps in MIGRATIONS:
            with self._tx() as c:
                if c.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
                    continue
                for step in steps:
                    step(c) if callable(step) else c.execute(step)
                c.execute("INSERT INTO schema_migrations(version, applied_at) VALUES (?, datetime('now'))",
                          (version,))

    def schema_version(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0] or 0

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- sites, enrollment, tokens -------------------------------------------------------

    def create_site(self, name: str, now: datetime, code_days: float | None = None) -> tuple[str, str]:
        name = " ".join(str(name).split())
        if not name:
            raise HubError(422, "bad_site_name", "site name is empty")
        storable(name)
        site_id = str(uuid.uuid4())
        code, code_hash, expires = self._new_code_row(now, code_days)
        with self._tx() as c:
            c.execute("INSERT INTO sites(site_id, name, code_hash, created_at, code_expires_at) VALUES (?, ?, ?, ?, ?)",
                      (site_id, name, code_hash, iso(now), expires))
        return site_id, code

    def site_devices(self, site_id: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._conn.execute(SITE_DEVICES_SQL.replace("%s", "?"), (site_id,)).fetchall()
        return [site_device(r) for r in rows]

    # -- teacher accounts of a site ----------------------------------------------------------

    def create_teacher(self, site_id: str, username: str, display_name: str, password_hash: str,
                       now: datetime) -> str:
        key = teacher_username_key(username)
        storable(username, display_name, password_hash)
        teacher_id = str(uuid.uuid4())
        with self._tx() as c:
            if c.execute("SELECT 1 FROM sites WHERE site_id = ?", (site_id,)).fetchone() is None:
                raise HubError(404, "unknown_site", f"no site {site_id}")
            if c.execute("SELECT 1 FROM site_teachers WHERE site_id = ? AND username_key = ? AND revoked_at IS NULL",
                         (site_id, key)).fetchone():
                raise HubError(409, "teacher_exists", f"site {site_id} already has a teacher {username!r}")
            c.execute("INSERT INTO site_teachers(teacher_id, site_id, username, username_key, display_name,"
                      " password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (teacher_id, site_id, username, key, display_name, password_hash, iso(now)))
        return teacher_id

    def set_teacher_password(self, site_id: str, username: str, password_hash: str) -> bool:
        storable(password_hash)
        with self._tx() as c:
            return c.execute("UPDATE site_teachers SET password_hash = ? WHERE site_id = ? AND username_key = ?"
                             " AND revoked_at IS NULL",
                             (password_hash, site_id, teacher_username_key(username))).rowcount > 0

    def revoke_teacher(self, site_id: str, username: str, now: datetime) -> bool:
        with self._tx() as c:
            return c.execute("UPDATE site_teachers SET revoked_at = ? WHERE site_id = ? AND username_key = ?"
                             " AND revoked_at IS NULL", (iso(now), site_id, teacher_username_key(username))).rowcount > 0

    def site_teachers(self, site_id: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._conn.execute("SELECT * FROM site_teachers WHERE site_id = ? ORDER BY created_at, teacher_id",
                                      (site_id,)).fetchall()
        return [site_teacher(r) for r in rows]

    def authenticate(self, token: str) -> Auth | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT token_hash, site_id, device_id, relay FROM tokens WHERE token_hash = ? AND revoked_at IS NULL",
                (hash_token(token),)).fetchone()
        return Auth(row["token_hash"], row["site_id"], row["device_id"], bool(row["relay"])) if row else None

    def revoke_device(self, device_id: str, now: datetime) -> bool:
        """A PC's tokens stop working. A device that reached this hub through a relay has no token
        of its own: it is marked revoked and the relay's batches for it are refused."""
        with self._tx() as c:
            row = c.execute("SELECT t.device_id AS token_owner, t.relay, d.token_hash FROM devices d"
                            " LEFT JOIN tokens t ON t.token_hash = d.token_hash WHERE d.device_id = ?",
                            (device_id,)).fetchone()
            hashes = [r[0] for r in c.execute("SELECT token_hash FROM tokens WHERE device_id = ?", (device_id,))]
            own = bool(hashes)
            if row is not None and not (row["relay"] and row["token_owner"] != device_id):
                hashes.append(row["token_hash"])  # a successor id shares its PC's token
            c.executemany("UPDATE tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL",
                          [(iso(now), h) for h in hashes])
            if row is not None:
                c.execute("UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE device_id = ?",
                          (iso(now), device_id))
            return row is not None or bool(own)

    def _device_row(self, c: sqlite3.Connection, auth: Auth, device_id: str, now: datetime,
                    device_name: str | None = None, public_key: str | None = None) -> sqlite3.Row:
        """The device row this token may act for; a new device id is registered on first sight
        (a PC's successor id under the PC's token, a relay's origin device under the relay's)."""
        row = c.execute("SELECT * FROM devices WHERE device_id = ?", (device_id,)).fetchone()
        if row is None:
            if auth.relay:
                name, key = device_name or device_id, public_key
            else:
                enrolled = c.execute("SELECT name FROM devices WHERE device_id = ?",
                                     (auth.enrolled_device_id,)).fetchone()
                # A PC's successor id (restored or copied database) brings its own new key.
                name, key = (enrolled["name"] if enrolled else device_id), public_key
            c.execute(
                "INSERT INTO devices(device_id, site_id, token_hash, name, public_key, enrolled_at)"
                " VALUES (?, ?, ?, ?, ?, ?)", (device_id, auth.site_id, auth.token_hash, name, key, iso(now)))
            return c.execute("SELECT * FROM devices WHERE device_id = ?", (device_id,)).fetchone()
        check_device_access(auth, device_id, row["site_id"], row["token_hash"])
        if row["revoked_at"] is not None:
            raise HubError(403, "device_revoked", "this device was revoked at the hub")
        if public_key and row["public_key"] is None:
            # A key is filled in once, never replaced: from the hub that enrolled the PC (relay),
            # or from the PC itself for a successor id registered before it sent its key.
            c.execute("UPDATE devices SET public_key = ? WHERE device_id = ?", (public_key, device_id))
        return row

    # -- push ----------------------------------------------------------------------------

    def hello(self, auth: Auth, device_id: str, device_now: datetime, hub_now: datetime,
              first_seq: int | None, device_name: str | None = None,
              public_key: str | None = None) -> HelloResult:
        storable(device_id, device_name, public_key)
        offset = (hub_now - device_now).total_seconds()
        flagged = abs(offset) > CLOCK_FLAG_SECONDS
        with self._tx() as c:
            row = self._device_row(c, auth, device_id, hub_now, device_name, public_key)
            c.execute(
                "UPDATE devices SET clock_offset_s = ?, clock_flagged = ?, last_hello_at = ?, last_sync_at = ?,"
                " first_seq = COALESCE(first_seq, ?) WHERE device_id = ?",
                (offset, int(flagged), iso(hub_now), iso(hub_now), first_seq, device_id))
            c.execute("INSERT INTO clock_readings(device_id, hub_time, device_time, offset_s, flagged)"
                      " VALUES (?, ?, ?, ?, ?)", (device_id, iso(hub_now), iso(device_now), offset, int(flagged)))
            return HelloResult(offset, flagged, row["acked_through"], row["first_seq"] or first_seq)

    def store_batch(self, auth: Auth, device_id: str, events: Sequence[WireEvent], hub_now: datetime,
                    offset_s: float | None = None) -> int:
        storable(device_id)
        payloads = check_events_storable(events)
        received = iso(hub_now)
        with self._tx() as c:
            row = self._device_row(c, auth, device_id, hub_now)
            check_follows_chain(events, row["acked_through"])
            offset = timedelta(seconds=row["clock_offset_s"] if offset_s is None else offset_s)
            rows = [
                (auth.site_id, device_id, e.seq, e.prev_seq, e.event_id, e.learner_id, e.kind, e.schema_ver,
                 e.device_time, corrected_time(e.device_time, offset), e.clock_epoch, text, received)
                for e, text in zip(events, payloads, strict=True)
            ]
            before = c.total_changes
            # Insert-or-ignore on (device_id, seq) and on event_id: re-sends are harmless.
            c.executemany(
                "INSERT OR IGNORE INTO events(site_id, device_id, seq, prev_seq, event_id, learner_id, kind,"
                " schema_ver, device_time, corrected_time, clock_epoch, payload, received_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            inserted = c.total_changes - before
            self._project(c, auth.site_id, device_id, events)
            ingest_wire(Sql(c), auth.site_id, device_id, events, [r[9] for r in rows], inserted)
            acked = chain_end(row["acked_through"], events, lambda points: self._successors(c, device_id, points),
                              lambda start: self._advance(c, device_id, start))
            c.execute("UPDATE devices SET acked_through = ?, events_held = events_held + ?, last_sync_at = ?"
                      " WHERE device_id = ?", (acked, inserted, received, device_id))
            return acked

    def _project(self, c: sqlite3.Connection, site_id: str, device_id: str, events: Sequence[WireEvent]) -> None:
        candidates = projected(events)
        if not candidates:
            return
        # Only events stored as this device's: an event_id already held for another device is not ours.
        ids = [e.event_id for e in candidates]
        mine = {r[0] for r in c.execute(
            f"SELECT event_id FROM events WHERE device_id = ? AND event_id IN ({','.join('?' * len(ids))})",
            (device_id, *ids))}
        _apply_projection(c, site_id, device_id, fold(e for e in candidates if e.event_id in mine))

    @staticmethod
    def _successors(c: sqlite3.Connection, device_id: str, points: list[int]) -> dict[int, int]:
        found: dict[int, int] = {}
        for start in range(0, len(points), 900):  # well under SQLite's bound-parameter limit
            part = points[start:start + 900]
            for prev, seq in c.execute(
                    f"SELECT prev_seq, seq FROM events WHERE device_id = ? AND prev_seq IN ({','.join('?' * len(part))})",
                    (device_id, *part)):
                if seq < found.get(prev, seq + 1):
                    found[prev] = seq
        return found

    def _advance(self, c: sqlite3.Connection, device_id: str, acked: int) -> int:
        """Follow the prev_seq chain from the acknowledged point as far as it goes unbroken."""
        while True:
            # Not MIN(seq) in SQL: SQLite would answer it by scanning the (device_id, seq) index.
            found = c.execute("SELECT seq FROM events WHERE device_id = ? AND prev_seq = ?",
                              (device_id, acked)).fetchall()
            if not found:
                return acked
            acked = min(r[0] for r in found)

    def acked_through(self, device_id: str) -> int:
        with self._lock:
            row = self._conn.execute("SELECT acked_through FROM devices WHERE device_id = ?", (device_id,)).fetchone()
        return row[0] if row else 0

    # -- pull ----------------------------------------------------------------------------

    def roster(self, site_id: str) -> list[dict[str, Any]]:
        marks = ",".join("?" * len(PROFILE_KINDS))
        with self._lock:
            rows = self._conn.execute(
                f"SELECT learner_id, kind, payload, corrected_time FROM events WHERE site_id = ?"
                f" AND kind IN ({marks}) AND learner_id IS NOT NULL ORDER BY hub_seq",
                (site_id, *PROFILE_KINDS)).fetchall()
        return fold_roster(rows)

    def learner_events(self, site_id: str, learner_id: str, after: int, limit: int) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_PULL_COLUMNS} FROM events"
                " WHERE site_id = ? AND learner_id = ? AND hub_seq > ? ORDER BY hub_seq LIMIT ?",
                (site_id, learner_id, after, limit)).fetchall()
        return [pulled_event(r) for r in rows]

    def learner_known(self, site_id: str, learner_id: str) -> bool:
        with self._lock:
            return self._conn.execute("SELECT 1 FROM events WHERE site_id = ? AND learner_id = ? LIMIT 1",
                                      (site_id, learner_id)).fetchone() is not None

    # -- for teachers, bundles and tests -------------------------------------------------

    def device(self, device_id: str) -> DeviceInfo | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT d.*, t.revoked_at AS token_revoked_at FROM devices d"
                " LEFT JOIN tokens t ON t.token_hash = d.token_hash WHERE d.device_id = ?", (device_id,)).fetchone()
        if row is None:
            return None
        return DeviceInfo(row["device_id"], row["site_id"], row["name"], row["public_key"], row["first_seq"],
                          row["acked_through"], row["clock_offset_s"], bool(row["clock_flagged"]),
                          bool(row["token_revoked_at"] or row["revoked_at"]), bool(row["relay"]),
                          row["requested_role"])

    def device_events(self, device_id: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_PULL_COLUMNS} FROM events WHERE device_id = ? ORDER BY seq", (device_id,)).fetchall()
        return [pulled_event(r) for r in rows]

    def store_bundle_events(self, device_id: str, events: Sequence[WireEvent], now: datetime,
                            offset_s: float | None = None) -> int:
        """Events from a verified USB bundle, with the device's own token (no HTTP)."""
        info = self.device(device_id)
        if info is None:
            raise HubError(403, "unknown_device", "the device of this bundle is not enrolled here")
        with self._lock:
            row = self._conn.execute("SELECT token_hash FROM devices WHERE device_id = ?", (device_id,)).fetchone()
        return self.store_batch(Auth(row["token_hash"], info.site_id, device_id), device_id, events, now, offset_s)

    # -- dashboard -----------------------------------------------------------------------

    def overview(self, now: datetime, sites: Collection[str] | None = None, device_offset: int = 0,
                 device_limit: int | None = None, device_id: str | None = None) -> HubOverview:
        """Sites and devices as of ``now`` (one read transaction: the figures agree with each other)."""
        site_where, site_params, device_where, device_params = overview_filters(sites, device_id, "?")
        page = f" LIMIT {int(device_limit)} OFFSET {max(0, int(device_offset))}" if device_limit is not None else ""
        with self._tx() as c:
            site_rows = c.execute(
                "SELECT s.site_id, s.name, s.created_at,"
                " (SELECT COUNT(*) FROM devices d WHERE d.site_id = s.site_id AND d.relay = 0) AS devices,"
                " (SELECT COUNT(*) FROM learner_levels l WHERE l.site_id = s.site_id) AS learners,"
                " (SELECT COUNT(*) FROM lessons_done l WHERE l.site_id = s.site_id) AS lessons,"
                " (SELECT COUNT(DISTINCT certificate_key) FROM certificates x WHERE x.site_id = s.site_id) AS certs"
                f" FROM sites s{site_where} ORDER BY s.name, s.site_id", site_params).fetchall()
            shown = {r["site_id"] for r in site_rows}
            levels: dict[str, list[tuple[int, int]]] = {}
            for r in c.execute("SELECT site_id, level, COUNT(*) AS n FROM learner_levels GROUP BY site_id, level"):
                if r["site_id"] in shown:
                    levels.setdefault(r["site_id"], []).append((r["level"], r["n"]))
            totals = c.execute(
                f"SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN d.clock_flagged THEN 1 ELSE 0 END), 0) AS flagged"
                f" FROM devices d{device_where}", device_params).fetchone()
            device_rows = c.execute(
                "SELECT d.*, s.name AS site_name, t.revoked_at AS token_revoked_at FROM devices d"
                " JOIN sites s ON s.site_id = d.site_id LEFT JOIN tokens t ON t.token_hash = d.token_hash"
                f"{device_where} ORDER BY s.name, d.name, d.device_id{page}", device_params).fetchall()
        summaries = [SiteSummary(r["site_id"], r["name"], from_iso(r["created_at"]), r["devices"], r["learners"],
                                 per_level(levels.get(r["site_id"], [])), r["lessons"], r["certs"]) for r in site_rows]
        return HubOverview(summaries, [device_summary(r) for r in device_rows], int(totals["n"]),
                           int(totals["flagged"]))

    def find_certificate(self, code: str) -> CertificateRecord | None:
        lookup = certificate_lookup_key(code)
        if lookup is None:
            return None
        column, key = lookup
        with self._tx() as c:
            rows = c.execute(
                f"SELECT e.payload, e.corrected_time, s.name AS site_name FROM certificates x"
                f" JOIN events e ON e.event_id = x.event_id JOIN sites s ON s.site_id = x.site_id"
                f" WHERE x.{column} = ? ORDER BY e.hub_seq", (key,)).fetchall()
            keys = {}
            for r in rows:
                device = payload_device(r["payload"])
                if device not in keys:
                    found = c.execute("SELECT public_key FROM devices WHERE device_id = ?", (device,)).fetchone()
                    keys[device] = found[0] if found else None
        return best_certificate(
            [(r["payload"], from_iso(r["corrected_time"]), r["site_name"], keys[payload_device(r["payload"])])
             for r in rows])

    # -- upstream forwarding ---------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM hub_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, values: dict[str, str | None]) -> None:
        with self._tx() as c:
            for key, value in values.items():
                if value is None:
                    c.execute("DELETE FROM hub_meta WHERE key = ?", (key,))
                else:
                    c.execute("INSERT INTO hub_meta(key, value) VALUES (?, ?)"
                              " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def forward_candidates(self) -> list[ForwardDevice]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT d.device_id, d.name, d.public_key, d.first_seq, d.acked_through,"
                " COALESCE(u.acked_through, 0) AS upstream_acked FROM devices d"
                " LEFT JOIN upstream_acked u ON u.device_id = d.device_id"
                " WHERE d.acked_through > 0 ORDER BY d.device_id").fetchall()
        return [ForwardDevice(*r) for r in rows]

    def held_events(self, device_id: str, after_seq: int, through_seq: int, limit: int) -> list[HeldEvent]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT seq, prev_seq, event_id, learner_id, kind, schema_ver, device_time, corrected_time,"
                " clock_epoch, payload, (SELECT s.manifest_id FROM event_signatures s WHERE s.device_id = events.device_id"
                " AND s.seq = events.seq) AS manifest_id FROM events WHERE device_id = ? AND seq > ? AND seq <= ?"
                " ORDER BY seq LIMIT ?", (device_id, after_seq, through_seq, limit)).fetchall()
        return [held_event(r) for r in rows]

    def set_upstream_acked(self, device_id: str, acked_through: int) -> None:
        with self._tx() as c:
            c.execute("INSERT INTO upstream_acked(device_id, acked_through) VALUES (?, ?)"
                      " ON CONFLICT(device_id) DO UPDATE SET acked_through = excluded.acked_through",
                      (device_id, acked_through))
