"""The hub's schema: ONE numbered list of migrations for both back-ends.

Each migration is applied once, in its own transaction, and recorded in ``hub_migrations``.
A step is DDL written once for both dialects, with ``{int64}``, ``{float}``, ``{bool}``,
``{false}`` and ``{hub_seq}`` standing for their type names (tutor.hub.dialect), or
:func:`only` a dialect's own statement where the two really differ, or a function of the
transaction's handle (a backfill).

Released migrations are frozen: never edit one (a hub somewhere already ran it). To change
the schema, append ``Migration(N + 1, "what and why", (...steps...))`` to MIGRATIONS; both
back-ends pick it up, and tests/hub/test_hub_schema_upgrade.py checks that a fresh database
and an upgraded one of every released version end up the same.

Before issue 19 each back-end numbered its own list in ``schema_migrations`` (SQLite 1-5,
PostgreSQL 1-4, the first PostgreSQL step being SQLite's 1 and 2 together). A database with
that table and no ``hub_migrations`` has its versions mapped once (LEGACY_VERSIONS); the old
table is left as it was, read once, never written again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from tutor.hub.dialect import Dialect, Handle
from tutor.hub.projections import PROJECTED_KINDS, fold, store_projection
from tutor.hub.reporting.schema import REPORTING_SCHEMA
from tutor.hub.reporting.store import migration_step
from tutor.sync.protocol import WireEvent


@dataclass(frozen=True)
class DialectStep:
    dialect: str
    sql: str


def only(dialect: str, sql: str) -> DialectStep:
    """A statement for one dialect alone."""
    return DialectStep(dialect, sql)


Step = str | DialectStep | Callable[[Handle, Dialect], None]


@dataclass(frozen=True)
class Migration:
    version: int
    what: str
    steps: tuple[Step, ...]


def _backfill_projections(c: Handle, dialect: Dialect) -> None:
    """Events stored before the projections existed feed them now, in hub order."""
    kinds, params = dialect.any_of("kind", sorted(PROJECTED_KINDS))
    rows = c.execute(
        "SELECT site_id, device_id, seq, prev_seq, event_id, learner_id, kind, schema_ver, device_time,"
        f" clock_epoch, payload FROM events WHERE {kinds} AND learner_id IS NOT NULL ORDER BY hub_seq",
        params).fetchall()
    for r in rows:
        event = WireEvent(r["seq"], r["prev_seq"], r["event_id"], r["learner_id"], r["kind"], r["schema_ver"],
                          r["device_time"], r["clock_epoch"], json.loads(r["payload"]))
        store_projection(c, r["site_id"], r["device_id"], fold([event]))


def _count_held_events(c: Handle, dialect: Dialect) -> None:
    """A hub that already holds events starts its reporting counters from them."""
    migration_step(c, dialect)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "sites, tokens, devices, clock readings, events (the first release)", (
        # IF NOT EXISTS: a hub file made before migrations were numbered (first release) upgrades in place.
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
            first_seq {int64}, acked_through {int64} NOT NULL DEFAULT 0,
            clock_offset_s {float} NOT NULL DEFAULT 0, clock_flagged {bool} NOT NULL DEFAULT {false},
            enrolled_at TEXT NOT NULL, last_hello_at TEXT)""",
        """CREATE TABLE IF NOT EXISTS clock_readings (
            device_id TEXT NOT NULL, hub_time TEXT NOT NULL, device_time TEXT NOT NULL,
            offset_s {float} NOT NULL, flagged {bool} NOT NULL)""",
        only("postgres", "CREATE INDEX IF NOT EXISTS clock_readings_device ON clock_readings(device_id)"),
        """CREATE TABLE IF NOT EXISTS events (
            hub_seq {hub_seq},
            site_id TEXT NOT NULL, device_id TEXT NOT NULL, seq {int64} NOT NULL, prev_seq {int64} NOT NULL,
            event_id TEXT NOT NULL UNIQUE, learner_id TEXT, kind TEXT NOT NULL, schema_ver {int64} NOT NULL,
            device_time TEXT NOT NULL, corrected_time TEXT NOT NULL, clock_epoch {int64} NOT NULL,
            payload TEXT NOT NULL, received_at TEXT NOT NULL,
            UNIQUE (device_id, seq))""",
        "CREATE INDEX IF NOT EXISTS events_chain ON events(device_id, prev_seq)",
        "CREATE INDEX IF NOT EXISTS events_learner ON events(site_id, learner_id, hub_seq)",
        # The roster reads only profile events: without this it would scan a site's whole history.
        "CREATE INDEX IF NOT EXISTS events_kind ON events(site_id, kind, hub_seq)",
    )),
    Migration(2, "dashboard projections, relays, upstream forwarding", (
        "ALTER TABLE devices ADD COLUMN last_sync_at TEXT",
        "UPDATE devices SET last_sync_at = last_hello_at",
        "ALTER TABLE devices ADD COLUMN events_held {int64} NOT NULL DEFAULT 0",
        "UPDATE devices SET events_held = (SELECT COUNT(*) FROM events e WHERE e.device_id = devices.device_id)",
        "ALTER TABLE devices ADD COLUMN relay {bool} NOT NULL DEFAULT {false}",
        "ALTER TABLE devices ADD COLUMN revoked_at TEXT",
        "ALTER TABLE tokens ADD COLUMN relay {bool} NOT NULL DEFAULT {false}",
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
        "CREATE TABLE upstream_acked (device_id TEXT PRIMARY KEY, acked_through {int64} NOT NULL)",
        _backfill_projections,
    )),
    Migration(3, "teacher accounts made at the hub (the site's PCs receive them with the roster)", (
        """CREATE TABLE site_teachers (
            teacher_id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(site_id),
            username TEXT NOT NULL, username_key TEXT NOT NULL, display_name TEXT NOT NULL,
            password_hash TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT)""",
        "CREATE UNIQUE INDEX site_teachers_name ON site_teachers(site_id, username_key) WHERE revoked_at IS NULL",
    )),
    Migration(4, "trust: expiring site codes, asked-for roles, nonces, event manifests, clock epochs, time flags"
                 " (tutor.hub.storage_trust)", (
        "ALTER TABLE sites ADD COLUMN code_expires_at TEXT",
        "ALTER TABLE devices ADD COLUMN requested_role TEXT",
        """CREATE TABLE used_nonces (signer_id TEXT NOT NULL, nonce TEXT NOT NULL, used_at TEXT NOT NULL,
            PRIMARY KEY (signer_id, nonce))""",
        """CREATE TABLE signed_manifests (manifest_id TEXT PRIMARY KEY, device_id TEXT NOT NULL,
            digests TEXT NOT NULL, signature TEXT NOT NULL)""",
        """CREATE TABLE event_signatures (device_id TEXT NOT NULL, seq {int64} NOT NULL, manifest_id TEXT NOT NULL,
            PRIMARY KEY (device_id, seq))""",
        """CREATE TABLE epoch_offsets (device_id TEXT NOT NULL, clock_epoch {int64} NOT NULL,
            offset_s {float} NOT NULL, measured_at TEXT NOT NULL, PRIMARY KEY (device_id, clock_epoch))""",
        "CREATE TABLE time_flags (device_id TEXT NOT NULL, reason TEXT NOT NULL, flagged_at TEXT NOT NULL)",
        "CREATE INDEX time_flags_device ON time_flags(device_id)",
    )),
    Migration(5, "dashboard operators and their sessions (tutor.hub.operators)", (
        """CREATE TABLE operators (
            operator_id TEXT PRIMARY KEY, username TEXT NOT NULL, username_key TEXT NOT NULL,
            display_name TEXT NOT NULL, role TEXT NOT NULL, password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL, revoked_at TEXT)""",
        "CREATE UNIQUE INDEX operators_name ON operators(username_key) WHERE revoked_at IS NULL",
        """CREATE TABLE operator_sites (
            operator_id TEXT NOT NULL REFERENCES operators(operator_id),
            site_id TEXT NOT NULL REFERENCES sites(site_id), PRIMARY KEY (operator_id, site_id))""",
        """CREATE TABLE operator_sessions (
            session_hash TEXT PRIMARY KEY, operator_id TEXT NOT NULL REFERENCES operators(operator_id),
            csrf_token TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL)""",
        "CREATE INDEX operator_sessions_operator ON operator_sessions(operator_id)",
    )),
    Migration(6, "reporting: counters per site, learner group and month, targets (tutor.hub.reporting)", (
        *REPORTING_SCHEMA,
        _count_held_events,
    )),
    Migration(7, "trust: hellos' nonces are pruned by age, hellos judged by their clock's latest offset"
                 " (tutor.hub.freshness)", (
        # Nonces no time can judge (an enrollment's, a hello without a clock epoch) are kept
        # for good; so is every nonce held before this migration (which was which is unknown).
        "ALTER TABLE used_nonces ADD COLUMN kept {bool} NOT NULL DEFAULT {false}",
        "UPDATE used_nonces SET kept = (1 = 1)",
        "CREATE INDEX used_nonces_used_at ON used_nonces(used_at)",
        "ALTER TABLE epoch_offsets ADD COLUMN latest_offset_s {float}",
    )),
)

LATEST_VERSION = MIGRATIONS[-1].version

# The numbering before issue 19: old version -> the versions of MIGRATIONS it holds.
LEGACY_VERSIONS: dict[str, dict[int, tuple[int, ...]]] = {
    "sqlite": {1: (1,), 2: (2,), 3: (3,), 4: (4,), 5: (5,)},
    "postgres": {1: (1, 2), 2: (3,), 3: (4,), 4: (5,)},
}

_BOOKKEEPING = "CREATE TABLE IF NOT EXISTS hub_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"


def migrate(dialect: Dialect, migrations: Sequence[Migration] = MIGRATIONS) -> None:
    """Apply the migrations this database lacks, each in its own transaction under the
    dialect's schema lock (a second hub process opening the database waits, then finds
    them applied)."""
    with dialect.write() as c:
        dialect.lock_schema(c)
        if not dialect.table_exists(c, "hub_migrations"):
            c.execute(_BOOKKEEPING)
            if dialect.table_exists(c, "schema_migrations"):
                _map_legacy_versions(c, dialect)
        done = {r["version"] for r in c.execute("SELECT version FROM hub_migrations").fetchall()}
    for migration in migrations:
        if migration.version in done:
            continue
        with dialect.write() as c:
            dialect.lock_schema(c)
            if c.execute("SELECT 1 FROM hub_migrations WHERE version = %s", (migration.version,)).fetchone():
                continue
            for step in migration.steps:
                _run(c, dialect, step)
            c.execute("INSERT INTO hub_migrations(version, applied_at) VALUES (%s, %s)",
                      (migration.version, _now()))


def schema_version(c: Handle) -> int:
    return c.execute("SELECT MAX(version) AS version FROM hub_migrations").fetchone()["version"] or 0


def _run(c: Handle, dialect: Dialect, step: Step) -> None:
    if isinstance(step, DialectStep):
        if step.dialect == dialect.name:
            c.execute(step.sql)
    elif isinstance(step, str):
        c.execute(step.format_map(dialect.ddl_types))
    else:
        step(c, dialect)


def _map_legacy_versions(c: Handle, dialect: Dialect) -> None:
    legacy = LEGACY_VERSIONS[dialect.name]
    for r in c.execute("SELECT version, applied_at FROM schema_migrations ORDER BY version").fetchall():
        for version in legacy[r["version"]]:
            c.execute("INSERT INTO hub_migrations(version, applied_at) VALUES (%s, %s)",
                      (version, str(r["applied_at"])))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
