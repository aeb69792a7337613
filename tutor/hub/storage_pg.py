"""The PostgreSQL hub back-end (psycopg 3): district and province hubs, several hub processes
on one database.

Every method is one transaction on a pooled connection (psycopg_pool). What makes several
processes correct at once:

- Batches of one SITE are serialised by a row lock on the site (SELECT ... FOR NO KEY
  UPDATE) taken before anything else is read. Two processes storing batches for the same
  device therefore take turns, and each reads the device's acked_through only after the
  other committed: the contiguous-ack walk never races. The lock also makes ``hub_seq``
  (an identity with CACHE 1, so numbers are handed out in call order) grow in COMMIT order
  within a site. Pulls page a learner's history by hub_seq within the site; without that
  order a reader could see hub_seq 105 committed before 100 and step past 100 for good.
  Sites are independent, so a district with many communes still writes in parallel.
- Inserts are ON CONFLICT DO NOTHING on (device_id, seq) and on event_id, so a re-sent or
  doubly relayed batch changes nothing; a new device row is inserted ON CONFLICT DO NOTHING
  and read back, so two first hellos at once do not collide.
- The schema is created and upgraded by numbered migrations in ``schema_migrations``,
  applied under a transaction-scoped advisory lock: hub processes starting together wait
  for one another instead of applying a migration twice.

The URL is a libpq URL (``postgresql://user:password@host:port/dbname?options=...``); the
pool size comes from ``?pool_max=N`` (default 10 connections per hub process).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

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
from tutor.hub.storage_trust import POSTGRES_HUBSEC, TrustStorage
from tutor.sync.protocol import CLOCK_FLAG_SECONDS, PROFILE_KINDS, WireEvent

DEFAULT_POOL_MAX = 10
MIGRATION_LOCK_KEY = 0x7475746F72687562  # "tutorhub": one advisory lock id for schema changes

SCHEMA_V1 = [
    """CREATE TABLE sites (
        site_id TEXT PRIMARY KEY, name TEXT NOT NULL, code_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE tokens (
        token_hash TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(site_id),
        device_id TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT,
        relay BOOLEAN NOT NULL DEFAULT FALSE)""",
    "CREATE INDEX tokens_device ON tokens(device_id)",
    """CREATE TABLE devices (
        device_id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(site_id),
        token_hash TEXT NOT NULL, name TEXT NOT NULL, public_key TEXT,
        first_seq BIGINT, acked_through BIGINT NOT NULL DEFAULT 0,
        clock_offset_s DOUBLE PRECISION NOT NULL DEFAULT 0, clock_flagged BOOLEAN NOT NULL DEFAULT FALSE,
        enrolled_at TEXT NOT NULL, last_hello_at TEXT, last_sync_at TEXT,
        events_held BIGINT NOT NULL DEFAULT 0, relay BOOLEAN NOT NULL DEFAULT FALSE, revoked_at TEXT)""",
    """CREATE TABLE clock_readings (
        device_id TEXT NOT NULL, hub_time TEXT NOT NULL, device_time TEXT NOT NULL,
        offset_s DOUBLE PRECISION NOT NULL, flagged BOOLEAN NOT NULL)""",
    "CREATE INDEX clock_readings_device ON clock_readings(device_id)",
    # CACHE 1: numbers are handed out in call order across sessions (see the module docstring).
    """CREATE TABLE events (
        hub_seq BIGINT GENERATED ALWAYS AS IDENTITY (CACHE 1) PRIMARY KEY,
        site_id TEXT NOT NULL, device_id TEXT NOT NULL, seq BIGINT NOT NULL, prev_seq BIGINT NOT NULL,
        event_id TEXT NOT NULL UNIQUE, learner_id TEXT, kind TEXT NOT NULL, schema_ver BIGINT NOT NULL,
        device_time TEXT NOT NULL, corrected_time TEXT NOT NULL, clock_epoch BIGINT NOT NULL,
        payload TEXT NOT NULL, received_at TEXT NOT NULL,
        UNIQUE (device_id, seq))""",
    "CREATE INDEX events_chain ON events(device_id, prev_seq)",
    "CREATE INDEX events_learner ON events(site_id, learner_id, hub_seq)",
    "CREATE INDEX events_kind ON events(site_id, kind, hub_seq)",
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
    "CREATE TABLE upstream_acked (device_id TEXT PRIMARY KEY, acked_through BIGINT NOT NULL)",
]

# Teacher accounts made at the hub for a site; the site's PCs receive them with the roster.
SCHEMA_V2 = [
    """CREATE TABLE site_teachers (
        teacher_id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(site_id),
        username TEXT NOT NULL, username_key TEXT NOT NULL, display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT)""",
    "CREATE UNIQUE INDEX site_teachers_name ON site_teachers(site_id, username_key) WHERE revoked_at IS NULL",
]

MIGRATIONS: list[tuple[int, list[Any]]] = [
    (1, SCHEMA_V1),
    (2, SCHEMA_V2),
    # hubsec: site codes that expire, relay rights granted by the operator, nonces, event
    # signatures, per-epoch clock offsets, time flags (tutor.hub.storage_trust).
    (3, POSTGRES_HUBSEC),
    (4, OPERATOR_SCHEMA),  # hubweb: dashboard operators and their sessions (tutor.hub.operators)
    # reporting: counters per site, group, month (issue 18), filled from the events already held
    (5, [*REPORTING_SCHEMA, lambda c: migration_step(c, "%s")]),
]

_PULL_COLUMNS = ("hub_seq, device_id, seq, event_id, learner_id, kind, schema_ver, device_time,"
                 " corrected_time, clock_epoch, payload")

# One statement stores a whole batch: arrays in, rows out in seq order, conflicts skipped.
_INSERT_BATCH = """
    INSERT INTO events(site_id, device_id, seq, prev_seq, event_id, learner_id, kind, schema_ver,
                       device_time, corrected_time, clock_epoch, payload, received_at)
    SELECT %(site)s, %(device)s, b.seq, b.prev_seq, b.event_id, b.learner_id, b.kind, b.schema_ver,
           b.device_time, b.corrected_time, b.clock_epoch, b.payload, %(received)s
    FROM unnest(%(seq)s::bigint[], %(prev)s::bigint[], %(eid)s::text[], %(lid)s::text[], %(kind)s::text[],
                %(ver)s::bigint[], %(dt)s::text[], %(ct)s::text[], %(epoch)s::bigint[], %(payload)s::text[])
         AS b(seq, prev_seq, event_id, learner_id, kind, schema_ver, device_time, corrected_time,
              clock_epoch, payload)
    ORDER BY b.seq
    ON CONFLICT DO NOTHING"""

# What is stored after each of these chain points (tutor.hub.storage.chain_end). No MIN/ORDER
# BY seq: that invites the planner to scan the (device_id, seq) index; equality on both
# columns of events_chain is one probe per point.
_SUCCESSORS = """
    SELECT prev_seq, MIN(seq) AS seq FROM events WHERE device_id = %s AND prev_seq = ANY(%s::bigint[])
    GROUP BY prev_seq"""

# The end of the unbroken prev_seq chain from a point, in one round trip: only where stored
# events run on past what a batch predicted (a gap it filled).
_CHAIN_END = """
    WITH RECURSIVE chain(seq) AS (
        SELECT %(acked)s::bigint
        UNION ALL
        SELECT (SELECT MIN(e.seq) FROM events e WHERE e.device_id = %(device)s AND e.prev_seq = chain.seq)
        FROM chain WHERE chain.seq IS NOT NULL
    )
    SELECT MAX(seq) FROM chain"""


def pool_settings(url: str) -> tuple[str, int]:
    """The libpq URL without our own ``pool_max`` parameter, and the pool size."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    pool_max = DEFAULT_POOL_MAX
    kept = []
    for key, value in query:
        if key == "pool_max":
            try:
                pool_max = max(1, int(value))
            except ValueError:
                raise ValueError(f"pool_max must be a whole number, not {value!r}") from None
        else:
            kept.append((key, value))
    return urlunsplit(parts._replace(query=urlencode(kept))), pool_max


class PostgresHubStorage(TrustStorage):
    _for_update = " FOR UPDATE"
    _for_site_update = " FOR NO KEY UPDATE"

    def __init__(self, url: str, connect_timeout_s: float = 30.0):
        conninfo, pool_max = pool_settings(url)
        try:  # one plain connection first: a wrong address or password fails now, with libpq's reason
            psycopg.connect(conninfo, connect_timeout=int(connect_timeout_s)).close()
        except psycopg.Error as exc:
            raise ConnectionError(f"cannot connect to PostgreSQL at {_redacted(url)}: {exc}".strip()) from exc
        self._pool = ConnectionPool(conninfo, min_size=1, max_size=pool_max, open=False,
                                    kwargs={"row_factory": dict_row}, name="tutor-hub")
        self._pool.open()
        try:
            self._pool.wait(timeout=connect_timeout_s)
        except PoolTimeout as exc:
            self._pool.close()
            raise ConnectionError(f"cannot connect to PostgreSQL at {_redacted(url)}") from exc
        self._migrate()
        self.operators = OperatorStore(self._tx, "%s")
        self.reporting = ReportingStore(self._tx, "%s")  # issue 18: counters, targets, figures

    # -- plumbing ------------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[psycopg.Connection]:
        """One transaction: committed when the block ends, rolled back when it raises."""
        with self._pool.connection() as conn:
            yield conn

    def _migrate(self) -> None:
        with self._tx() as c:
            c.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
            c.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                      " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            done = {r["version"] for r in c.execute("SELECT version FROM schema_migrations")}
            for version, statements in MIGRATIONS:
                if version in done:
                    continue
                for statement in statements:
                    statement(c) if callable(statement) else c.execute(statement)
                c.execute("INSERT INTO schema_migrations(version) VALUES (%s)", (version,))

    def schema_version(self) -> int:
        with self._tx() as c:
            return c.execute("SELECT MAX(version) AS v FROM schema_migrations").fetchone()["v"] or 0

    def close(self) -> None:
        self._pool.close()

    # -- sites, enrollment, tokens -------------------------------------------------------

    def create_site(self, name: str, now: datetime, code_days: float | None = None) -> tuple[str, str]:
        name = " ".join(str(name).split())
        if not name:
            raise HubError(422, "bad_site_name", "site name is empty")
        storable(name)
        site_id = str(uuid.uuid4())
        code, code_hash, expires = self._new_code_row(now, code_days)
        with self._tx() as c:
            c.execute("INSERT INTO sites(site_id, name, code_hash, created_at, code_expires_at)"
                      " VALUES (%s, %s, %s, %s, %s)", (site_id, name, code_hash, iso(now), expires))
        return site_id, code

    def site_devices(self, site_id: str) -> list[dict[str, Any]]:
        with self._tx() as c:
            rows = c.execute(SITE_DEVICES_SQL, (site_id,)).fetchall()
        return [site_device(r) for r in rows]

    # -- teacher accounts of a site ----------------------------------------------------------

    def create_teacher(self, site_id: str, username: str, display_name: str, password_hash: str,
                       now: datetime) -> str:
        key = teacher_username_key(username)
        storable(username, display_name, password_hash)
        teacher_id = str(uuid.uuid4())
        with self._tx() as c:
            if c.execute("SELECT 1 FROM sites WHERE site_id = %s FOR NO KEY UPDATE", (site_id,)).fetchone() is None:
                raise HubError(404, "unknown_site", f"no site {site_id}")
            if c.execute("SELECT 1 FROM site_teachers WHERE site_id = %s AND username_key = %s"
                         " AND revoked_at IS NULL", (site_id, key)).fetchone():
                raise HubError(409, "teacher_exists", f"site {site_id} already has a teacher {username!r}")
            c.execute("INSERT INTO site_teachers(teacher_id, site_id, username, username_key, display_name,"
                      " password_hash, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                      (teacher_id, site_id, username, key, display_name, password_hash, iso(now)))
        return teacher_id

    def set_teacher_password(self, site_id: str, username: str, password_hash: str) -> bool:
        storable(password_hash)
        with self._tx() as c:
            return c.execute("UPDATE site_teachers SET password_hash = %s WHERE site_id = %s AND username_key = %s"
                             " AND revoked_at IS NULL",
                             (password_hash, site_id, teacher_username_key(username))).rowcount > 0

    def revoke_teacher(self, site_id: str, username: str, now: datetime) -> bool:
        with self._tx() as c:
            return c.execute("UPDATE site_teachers SET revoked_at = %s WHERE site_id = %s AND username_key = %s"
                             " AND revoked_at IS NULL",
                             (iso(now), site_id, teacher_username_key(username))).rowcount > 0

    def site_teachers(self, site_id: str) -> list[dict[str, Any]]:
        with self._tx() as c:
            rows = c.execute("SELECT * FROM site_teachers WHERE site_id = %s ORDER BY created_at, teacher_id",
                             (site_id,)).fetchall()
        return [site_teacher(r) for r in rows]

    def authenticate(self, token: str) -> Auth | None:
        with self._tx() as c:
            row = c.execute("SELECT token_hash, site_id, device_id, relay FROM tokens"
                            " WHERE token_hash = %s AND revoked_at IS NULL", (hash_token(token),)).fetchone()
        return Auth(row["token_hash"], row["site_id"], row["device_id"], row["relay"]) if row else None

    def revoke_device(self, device_id: str, now: datetime) -> bool:
        with self._tx() as c:
            # The device row first, as enroll and store_batch lock it: the same order, no deadlock.
            row = c.execute("SELECT t.device_id AS token_owner, t.relay, d.token_hash FROM devices d"
                            " LEFT JOIN tokens t ON t.token_hash = d.token_hash WHERE d.device_id = %s"
                            " FOR UPDATE OF d", (device_id,)).fetchone()
            hashes = [r["token_hash"] for r in c.execute(
                "SELECT token_hash FROM tokens WHERE device_id = %s", (device_id,))]
            own = bool(hashes)
            if row is not None and not (row["relay"] and row["token_owner"] != device_id):
                hashes.append(row["token_hash"])  # a successor id shares its PC's token
            for h in hashes:
                c.execute("UPDATE tokens SET revoked_at = %s WHERE token_hash = %s AND revoked_at IS NULL",
                          (iso(now), h))
            if row is not None:
                c.execute("UPDATE devices SET revoked_at = COALESCE(revoked_at, %s) WHERE device_id = %s",
                          (iso(now), device_id))
            return row is not None or own

    def _device_row(self, c: psycopg.Connection, auth: Auth, device_id: str, now: datetime,
                    device_name: str | None = None, public_key: str | None = None) -> dict[str, Any]:
        """The device row this token may act for (locked FOR UPDATE); a new id is registered on first sight."""
        row = c.execute("SELECT * FROM devices WHERE device_id = %s FOR UPDATE", (device_id,)).fetchone()
        if row is None:
            if auth.relay:
                name, key = device_name or device_id, public_key
            else:
                enrolled = c.execute("SELECT name FROM devices WHERE device_id = %s",
                                     (auth.enrolled_device_id,)).fetchone()
                # A PC's successor id (restored or copied database) brings its own new key.
                name, key = (enrolled["name"] if enrolled else device_id), public_key
            c.execute("INSERT INTO devices(device_id, site_id, token_hash, name, public_key, enrolled_at)"
                      " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (device_id) DO NOTHING",
                      (device_id, auth.site_id, auth.token_hash, name, key, iso(now)))
            row = c.execute("SELECT * FROM devices WHERE device_id = %s FOR UPDATE", (device_id,)).fetchone()
        check_device_access(auth, device_id, row["site_id"], row["token_hash"])
        if row["revoked_at"] is not None:
            raise HubError(403, "device_revoked", "this device was revoked at the hub")
        if public_key and row["public_key"] is None:  # filled in once, never replaced
            c.execute("UPDATE devices SET public_key = %s WHERE device_id = %s", (public_key, device_id))
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
                "UPDATE devices SET clock_offset_s = %s, clock_flagged = %s, last_hello_at = %s,"
                " last_sync_at = %s, first_seq = COALESCE(first_seq, %s) WHERE device_id = %s",
                (offset, flagged, iso(hub_now), iso(hub_now), first_seq, device_id))
            c.execute("INSERT INTO clock_readings(device_id, hub_time, device_time, offset_s, flagged)"
                      " VALUES (%s, %s, %s, %s, %s)", (device_id, iso(hub_now), iso(device_now), offset, flagged))
            return HelloResult(offset, flagged, row["acked_through"], row["first_seq"] or first_seq)

    def _lock_site(self, c: psycopg.Connection, site_id: str) -> None:
        # FOR NO KEY UPDATE: serialises this site's writers, yet enrollments (whose foreign keys
        # take FOR KEY SHARE on the site) do not wait for it.
        c.execute("SELECT 1 FROM sites WHERE site_id = %s FOR NO KEY UPDATE", (site_id,))

    def store_batch(self, auth: Auth, device_id: str, events: Sequence[WireEvent], hub_now: datetime,
                    offset_s: float | None = None) -> int:
        storable(device_id)
        payloads = check_events_storable(events)
        received = iso(hub_now)
        with self._tx() as c:
            self._lock_site(c, auth.site_id)
            row = self._device_row(c, auth, device_id, hub_now)
            check_follows_chain(events, row["acked_through"])
            offset = timedelta(seconds=row["clock_offset_s"] if offset_s is None else offset_s)
            corrected = [corrected_time(e.device_time, offset) for e in events]
            inserted = c.execute(_INSERT_BATCH, {
                "site": auth.site_id, "device": device_id, "received": received,
                "seq": [e.seq for e in events], "prev": [e.prev_seq for e in events],
                "eid": [e.event_id for e in events], "lid": [e.learner_id for e in events],
                "kind": [e.kind for e in events], "ver": [e.schema_ver for e in events],
                "dt": [e.device_time for e in events],
                "ct": corrected,
                "epoch": [e.clock_epoch for e in events], "payload": payloads,
            }).rowcount
            self._project(c, auth.site_id, device_id, events)
            ingest_wire(Sql(c, "%s"), auth.site_id, device_id, events, corrected, inserted)
            acked = chain_end(
                row["acked_through"], events,
                lambda points: {r["prev_seq"]: r["seq"] for r in c.execute(_SUCCESSORS, (device_id, points))},
                lambda start: c.execute(_CHAIN_END, {"acked": start, "device": device_id}).fetchone()["max"])
            c.execute("UPDATE devices SET acked_through = %s, events_held = events_held + %s, last_sync_at = %s"
                      " WHERE device_id = %s", (acked, inserted, received, device_id))
            return acked

    def _project(self, c: psycopg.Connection, site_id: str, device_id: str, events: Sequence[WireEvent]) -> None:
        candidates = projected(events)
        if not candidates:
            return
        mine = {r["event_id"] for r in c.execute(
            "SELECT event_id FROM events WHERE device_id = %s AND event_id = ANY(%s)",
            (device_id, [e.event_id for e in candidates]))}
        _apply_projection(c, site_id, device_id, fold(e for e in candidates if e.event_id in mine))

    def acked_through(self, device_id: str) -> int:
        with self._tx() as c:
            row = c.execute("SELECT acked_through FROM devices WHERE device_id = %s", (device_id,)).fetchone()
        return row["acked_through"] if row else 0

    # -- pull ----------------------------------------------------------------------------

    def roster(self, site_id: str) -> list[dict[str, Any]]:
        with self._tx() as c:
            rows = c.execute(
                "SELECT learner_id, kind, payload, corrected_time FROM events WHERE site_id = %s"
                " AND kind = ANY(%s) AND learner_id IS NOT NULL ORDER BY hub_seq",
                (site_id, list(PROFILE_KINDS))).fetchall()
        return fold_roster(rows)

    def learner_events(self, site_id: str, learner_id: str, after: int, limit: int) -> list[dict[str, Any]]:
        with self._tx() as c:
            rows = c.execute(
                f"SELECT {_PULL_COLUMNS} FROM events WHERE site_id = %s AND learner_id = %s AND hub_seq > %s"
                " ORDER BY hub_seq LIMIT %s", (site_id, learner_id, after, limit)).fetchall()
        return [pulled_event(r) for r in rows]

    def learner_known(self, site_id: str, learner_id: str) -> bool:
        with self._tx() as c:
            return c.execute("SELECT 1 FROM events WHERE site_id = %s AND learner_id = %s LIMIT 1",
                             (site_id, learner_id)).fetchone() is not None

    # -- for teachers, bundles and tests -------------------------------------------------

    def device(self, device_id: str) -> DeviceInfo | None:
        with self._tx() as c:
            row = c.execute(
                "SELECT d.*, t.revoked_at AS token_revoked_at FROM devices d"
                " LEFT JOIN tokens t ON t.token_hash = d.token_hash WHERE d.device_id = %s", (device_id,)).fetchone()
        if row is None:
            return None
        return DeviceInfo(row["device_id"], row["site_id"], row["name"], row["public_key"], row["first_seq"],
                          row["acked_through"], row["clock_offset_s"], row["clock_flagged"],
                          bool(row["token_revoked_at"] or row["revoked_at"]), bool(row["relay"]),
                          row["requested_role"])

    def device_events(self, device_id: str) -> list[dict[str, Any]]:
        with self._tx() as c:
            rows = c.execute(f"SELECT {_PULL_COLUMNS} FROM events WHERE device_id = %s ORDER BY seq",
                             (device_id,)).fetchall()
        return [pulled_event(r) for r in rows]

    def store_bundle_events(self, device_id: str, events: Sequence[WireEvent], now: datetime,
                            offset_s: float | None = None) -> int:
        with self._tx() as c:
            row = c.execute("SELECT site_id, token_hash FROM devices WHERE device_id = %s", (device_id,)).fetchone()
        if row is None:
            raise HubError(403, "unknown_device", "the device of this bundle is not enrolled here")
        return self.store_batch(Auth(row["token_hash"], row["site_id"], device_id), device_id, events, now, offset_s)

    # -- dashboard -----------------------------------------------------------------------

    def overview(self, now: datetime, sites: Collection[str] | None = None, device_offset: int = 0,
                 device_limit: int | None = None, device_id: str | None = None) -> HubOverview:
        """Sites and devices as of ``now`` (one read transaction: the figures agree with each other)."""
        site_where, site_params, device_where, device_params = overview_filters(sites, device_id, "%s")
        page = f" LIMIT {int(device_limit)} OFFSET {max(0, int(device_offset))}" if device_limit is not None else ""
        with self._tx() as c:
            # REPEATABLE READ: every query of the overview sees the same moment.
            c.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            site_rows = c.execute(
                "SELECT s.site_id, s.name, s.created_at,"
                " (SELECT COUNT(*) FROM devices d WHERE d.site_id = s.site_id AND NOT d.relay) AS devices,"
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
                f" WHERE x.{column} = %s ORDER BY e.hub_seq", (key,)).fetchall()
            keys: dict[str, str | None] = {}
            for r in rows:
                device = payload_device(r["payload"])
                if device not in keys:
                    found = c.execute("SELECT public_key FROM devices WHERE device_id = %s", (device,)).fetchone()
                    keys[device] = found["public_key"] if found else None
        return best_certificate(
            [(r["payload"], from_iso(r["corrected_time"]), r["site_name"], keys[payload_device(r["payload"])])
             for r in rows])

    # -- upstream forwarding ---------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        with self._tx() as c:
            row = c.execute("SELECT value FROM hub_meta WHERE key = %s", (key,)).fetchone()
        return row["value"] if row else None

    def set_meta(self, values: dict[str, str | None]) -> None:
        with self._tx() as c:
            for key, value in values.items():
                if value is None:
                    c.execute("DELETE FROM hub_meta WHERE key = %s", (key,))
                else:
                    c.execute("INSERT INTO hub_meta(key, value) VALUES (%s, %s)"
                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def forward_candidates(self) -> list[ForwardDevice]:
        with self._tx() as c:
            rows = c.execute(
                "SELECT d.device_id, d.name, d.public_key, d.first_seq, d.acked_through,"
                " COALESCE(u.acked_through, 0) AS upstream_acked FROM devices d"
                " LEFT JOIN upstream_acked u ON u.device_id = d.device_id"
                " WHERE d.acked_through > 0 ORDER BY d.device_id").fetchall()
        return [ForwardDevice(**r) for r in rows]

    def held_events(self, device_id: str, after_seq: int, through_seq: int, limit: int) -> list[HeldEvent]:
        with self._tx() as c:
            rows = c.execute(
                "SELECT seq, prev_seq, event_id, learner_id, kind, schema_ver, device_time, corrected_time,"
                " clock_epoch, payload, (SELECT s.manifest_id FROM event_signatures s WHERE s.device_id = events.device_id"
                " AND s.seq = events.seq) AS manifest_id FROM events WHERE device_id = %s AND seq > %s AND seq <= %s"
                " ORDER BY seq LIMIT %s", (device_id, after_seq, through_seq, limit)).fetchall()
        return [held_event(r) for r in rows]

    def set_upstream_acked(self, device_id: str, acked_through: int) -> None:
        with self._tx() as c:
            c.execute("INSERT INTO upstream_acked(device_id, acked_through) VALUES (%s, %s)"
                      " ON CONFLICT (device_id) DO UPDATE SET acked_through = excluded.acked_through",
                      (device_id, acked_through))


def _apply_projection(c: psycopg.Connection, site_id: str, device_id: str, rows: ProjectionRows) -> None:
    for learner, level in rows.learners.items():
        c.execute("INSERT INTO learner_levels(site_id, learner_id, level) VALUES (%s, %s, %s)"
                  " ON CONFLICT (site_id, learner_id) DO UPDATE"
                  " SET level = GREATEST(learner_levels.level, excluded.level)", (site_id, learner, level))
    for learner, lesson in rows.lessons:
        c.execute("INSERT INTO lessons_done(site_id, learner_id, lesson_id) VALUES (%s, %s, %s)"
                  " ON CONFLICT DO NOTHING", (site_id, learner, lesson))
    for r in rows.certificates:
        c.execute("INSERT INTO certificates(event_id, site_id, device_id, learner_id, certificate_key, code_key,"
                  " level) VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                  (r.event_id, site_id, device_id, r.learner_id, r.certificate_key, r.code_key, r.level))


def _redacted(url: str) -> str:
    """The URL without its password, for error messages and logs."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


__all__ = ["PROJECTED_KINDS", "PostgresHubStorage"]
