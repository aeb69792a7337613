"""Hub storage behind a small interface; SQLite is the default back-end.

The hub process is stateless over this storage, so a PostgreSQL back-end only has to
implement :class:`HubStorage`. Every method is one transaction.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from tutor.hub.enroll import hash_code, hash_token, new_enrollment_code, new_token
from tutor.sync.protocol import CLOCK_FLAG_SECONDS, PROFILE_KINDS, WireError, WireEvent


class HubError(Exception):
    """An expected refusal; the app answers ``status`` with a JSON message."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Auth:
    token_hash: str
    site_id: str
    enrolled_device_id: str


@dataclass(frozen=True)
class Enrollment:
    device_token: str
    site_id: str
    site_name: str


@dataclass(frozen=True)
class HelloResult:
    clock_offset_s: float
    clock_flagged: bool
    acked_through: int
    first_seq: int | None


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    site_id: str
    name: str
    public_key: str | None
    first_seq: int | None
    acked_through: int
    clock_offset_s: float
    clock_flagged: bool
    revoked: bool


class HubStorage(Protocol):
    def create_site(self, name: str, now: datetime) -> tuple[str, str]: ...
    def enroll(self, code: str, device_id: str, device_name: str, public_key: str | None,
               now: datetime) -> Enrollment: ...
    def authenticate(self, token: str) -> Auth | None: ...
    def revoke_device(self, device_id: str, now: datetime) -> bool: ...
    def hello(self, auth: Auth, device_id: str, device_now: datetime, hub_now: datetime,
              first_seq: int | None) -> HelloResult: ...
    def store_batch(self, auth: Auth, device_id: str, events: Sequence[WireEvent],
                    hub_now: datetime) -> int: ...
    def acked_through(self, device_id: str) -> int: ...
    def roster(self, site_id: str) -> list[dict[str, Any]]: ...
    def learner_known(self, site_id: str, learner_id: str) -> bool: ...
    def learner_events(self, site_id: str, learner_id: str, after: int, limit: int) -> list[dict[str, Any]]: ...
    def store_bundle_events(self, device_id: str, events: Sequence[WireEvent], now: datetime) -> int: ...
    def device(self, device_id: str) -> DeviceInfo | None: ...
    def device_events(self, device_id: str) -> list[dict[str, Any]]: ...
    def close(self) -> None: ...


SCHEMA = [
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


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="milliseconds")


def parse_time(text: str) -> datetime:
    try:
        dt = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise WireError(f"not an ISO time: {text!r}") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def corrected_time(device_time: str, offset: timedelta) -> str:
    try:
        return iso(parse_time(device_time) + offset)
    except OverflowError:
        raise WireError(f"device_time {device_time!r} is out of range") from None


class SqliteHubStorage:
    """One connection guarded by a lock: request threads take turns, writes never interleave."""

    def __init__(self, path: Path | str):
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.execute("PRAGMA foreign_keys = ON")
        with self._tx():
            for statement in SCHEMA:
                self._conn.execute(statement)

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

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- sites, enrollment, tokens -------------------------------------------------------

    def create_site(self, name: str, now: datetime) -> tuple[str, str]:
        name = " ".join(str(name).split())
        if not name:
            raise HubError(422, "bad_site_name", "site name is empty")
        site_id = str(uuid.uuid4())
        code = new_enrollment_code()
        with self._tx() as c:
            c.execute("INSERT INTO sites(site_id, name, code_hash, created_at) VALUES (?, ?, ?, ?)",
                      (site_id, name, hash_code(code), iso(now)))
        return site_id, code

    def enroll(self, code: str, device_id: str, device_name: str, public_key: str | None,
               now: datetime) -> Enrollment:
        token = new_token()
        token_hash = hash_token(token)
        with self._tx() as c:
            site = c.execute("SELECT site_id, name FROM sites WHERE code_hash = ?", (hash_code(code),)).fetchone()
            if site is None:
                raise HubError(403, "bad_code", "unknown enrollment code")
            existing = c.execute("SELECT site_id FROM devices WHERE device_id = ?", (device_id,)).fetchone()
            if existing is not None and existing["site_id"] != site["site_id"]:
                raise HubError(409, "device_in_other_site", "this device is enrolled at another site")
            c.execute("INSERT INTO tokens(token_hash, site_id, device_id, created_at) VALUES (?, ?, ?, ?)",
                      (token_hash, site["site_id"], device_id, iso(now)))
            if existing is None:
                c.execute(
                    "INSERT INTO devices(device_id, site_id, token_hash, name, public_key, enrolled_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (device_id, site["site_id"], token_hash, device_name, public_key, iso(now)))
            else:
                # Enrolling again (a new token after a revoke): older tokens stop working.
                c.execute("UPDATE tokens SET revoked_at = ? WHERE device_id = ? AND token_hash != ?"
                          " AND revoked_at IS NULL", (iso(now), device_id, token_hash))
                c.execute("UPDATE devices SET token_hash = ?, name = ?, public_key = COALESCE(?, public_key)"
                          " WHERE device_id = ?", (token_hash, device_name, public_key, device_id))
        return Enrollment(token, site["site_id"], site["name"])

    def authenticate(self, token: str) -> Auth | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT token_hash, site_id, device_id FROM tokens WHERE token_hash = ? AND revoked_at IS NULL",
                (hash_token(token),)).fetchone()
        return Auth(row["token_hash"], row["site_id"], row["device_id"]) if row else None

    def revoke_device(self, device_id: str, now: datetime) -> bool:
        with self._tx() as c:
            token_hashes = [r[0] for r in c.execute(
                "SELECT token_hash FROM tokens WHERE device_id = ?"
                " UNION SELECT token_hash FROM devices WHERE device_id = ?", (device_id, device_id))]
            cur = c.executemany("UPDATE tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL",
                                [(iso(now), h) for h in token_hashes])
            return cur.rowcount > 0 or bool(token_hashes)

    def _device_row(self, c: sqlite3.Connection, auth: Auth, device_id: str, now: datetime) -> sqlite3.Row:
        """The device row this token may act for; a successor device id is registered on first sight."""
        row = c.execute("SELECT * FROM devices WHERE device_id = ?", (device_id,)).fetchone()
        if row is None:
            enrolled = c.execute("SELECT name, public_key FROM devices WHERE device_id = ?",
                                 (auth.enrolled_device_id,)).fetchone()
            c.execute(
                "INSERT INTO devices(device_id, site_id, token_hash, name, public_key, enrolled_at)"
                " VALUES (?, ?, ?, ?, NULL, ?)",
                (device_id, auth.site_id, auth.token_hash, enrolled["name"] if enrolled else device_id, iso(now)))
            return c.execute("SELECT * FROM devices WHERE device_id = ?", (device_id,)).fetchone()
        if row["site_id"] != auth.site_id or row["token_hash"] != auth.token_hash:
            raise HubError(403, "not_your_device", "this token may not act for that device")
        return row

    # -- push ----------------------------------------------------------------------------

    def hello(self, auth: Auth, device_id: str, device_now: datetime, hub_now: datetime,
              first_seq: int | None) -> HelloResult:
        offset = (hub_now - device_now).total_seconds()
        flagged = abs(offset) > CLOCK_FLAG_SECONDS
        with self._tx() as c:
            row = self._device_row(c, auth, device_id, hub_now)
            c.execute(
                "UPDATE devices SET clock_offset_s = ?, clock_flagged = ?, last_hello_at = ?,"
                " first_seq = COALESCE(first_seq, ?) WHERE device_id = ?",
                (offset, int(flagged), iso(hub_now), first_seq, device_id))
            c.execute("INSERT INTO clock_readings(device_id, hub_time, device_time, offset_s, flagged)"
                      " VALUES (?, ?, ?, ?, ?)", (device_id, iso(hub_now), iso(device_now), offset, int(flagged)))
            return HelloResult(offset, flagged, row["acked_through"], row["first_seq"] or first_seq)

    def store_batch(self, auth: Auth, device_id: str, events: Sequence[WireEvent], hub_now: datetime) -> int:
        received = iso(hub_now)
        with self._tx() as c:
            row = self._device_row(c, auth, device_id, hub_now)
            offset = timedelta(seconds=row["clock_offset_s"])
            rows = [
                (auth.site_id, device_id, e.seq, e.prev_seq, e.event_id, e.learner_id, e.kind, e.schema_ver,
                 e.device_time, corrected_time(e.device_time, offset), e.clock_epoch,
                 json.dumps(e.payload, ensure_ascii=False, separators=(",", ":")), received)
                for e in events
            ]
            # Insert-or-ignore on (device_id, seq) and on event_id: re-sends are harmless.
            c.executemany(
                "INSERT OR IGNORE INTO events(site_id, device_id, seq, prev_seq, event_id, learner_id, kind,"
                " schema_ver, device_time, corrected_time, clock_epoch, payload, received_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            acked = self._advance(c, device_id, row["acked_through"])
            return acked

    def _advance(self, c: sqlite3.Connection, device_id: str, acked: int) -> int:
        """Follow the prev_seq chain from the acknowledged point as far as it goes unbroken."""
        start = acked
        while True:
            nxt = c.execute("SELECT seq FROM events WHERE device_id = ? AND prev_seq = ?",
                            (device_id, acked)).fetchone()
            if nxt is None:
                break
            acked = nxt[0]
        if acked != start:
            c.execute("UPDATE devices SET acked_through = ? WHERE device_id = ?", (acked, device_id))
        return acked

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
                "SELECT hub_seq, device_id, seq, event_id, learner_id, kind, schema_ver, device_time,"
                " corrected_time, clock_epoch, payload FROM events"
                " WHERE site_id = ? AND learner_id = ? AND hub_seq > ? ORDER BY hub_seq LIMIT ?",
                (site_id, learner_id, after, limit)).fetchall()
        return [_pulled(r) for r in rows]

    def learner_known(self, site_id: str, learner_id: str) -> bool:
        with self._lock:
            return self._conn.execute("SELECT 1 FROM events WHERE site_id = ? AND learner_id = ? LIMIT 1",
                                      (site_id, learner_id)).fetchone() is not None

    # -- for teachers, bundles and tests -------------------------------------------------

    def device(self, device_id: str) -> DeviceInfo | None:
        with self._lock:
            row = self._conn.execute("SELECT * FROM devices WHERE device_id = ?", (device_id,)).fetchone()
            if row is None:
                return None
            revoked = self._conn.execute(
                "SELECT revoked_at FROM tokens WHERE token_hash = ?", (row["token_hash"],)).fetchone()
        return DeviceInfo(row["device_id"], row["site_id"], row["name"], row["public_key"], row["first_seq"],
                          row["acked_through"], row["clock_offset_s"], bool(row["clock_flagged"]),
                          bool(revoked and revoked[0]))

    def device_events(self, device_id: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT hub_seq, device_id, seq, event_id, learner_id, kind, schema_ver, device_time,"
                " corrected_time, clock_epoch, payload FROM events WHERE device_id = ? ORDER BY seq",
                (device_id,)).fetchall()
        return [_pulled(r) for r in rows]

    def store_bundle_events(self, device_id: str, events: Sequence[WireEvent], now: datetime) -> int:
        """Events from a verified USB bundle, with the device's own token (no HTTP)."""
        info = self.device(device_id)
        if info is None:
            raise HubError(403, "unknown_device", "the device of this bundle is not enrolled here")
        with self._lock:
            row = self._conn.execute("SELECT token_hash FROM devices WHERE device_id = ?", (device_id,)).fetchone()
        return self.store_batch(Auth(row["token_hash"], info.site_id, device_id), device_id, events, now)


def _pulled(r: sqlite3.Row) -> dict[str, Any]:
    return {
        "hub_seq": r["hub_seq"], "device_id": r["device_id"], "seq": r["seq"], "event_id": r["event_id"],
        "learner_id": r["learner_id"], "kind": r["kind"], "schema_ver": r["schema_ver"],
        "device_time": r["device_time"], "corrected_time": r["corrected_time"],
        "clock_epoch": r["clock_epoch"], "payload": json.loads(r["payload"]),
    }


def fold_roster(rows: Sequence[Any]) -> list[dict[str, Any]]:
    """The latest name, icon and PIN of every learner, from their profile events in hub order."""
    learners: dict[str, dict[str, Any]] = {}
    for r in rows:
        payload = json.loads(r["payload"])
        entry = learners.setdefault(r["learner_id"], {
            "learner_id": r["learner_id"], "display_name": "", "icon": "", "pin_hash": None,
            "pin_salt": None, "created_at": r["corrected_time"]})
        if r["kind"] in ("learner_created", "learner_renamed"):
            entry["display_name"] = payload.get("display_name") or entry["display_name"]
            entry["icon"] = payload.get("icon") or entry["icon"]
        elif r["kind"] == "learner_pin_set":
            entry["pin_hash"] = payload.get("pin_hash")
            entry["pin_salt"] = payload.get("pin_salt")
    return [e for e in learners.values() if e["display_name"]]
