"""The hub's one SQL storage: every rule of :class:`tutor.hub.storage.HubStorage`, written once
over a dialect (tutor.hub.dialect: SQLite or PostgreSQL).

Every method is one transaction. What keeps several writers correct: on SQLite each write
transaction holds the whole file (BEGIN IMMEDIATE); on PostgreSQL (``dialect.row_locks``)
rows read to be changed are locked (``FOR UPDATE``), and a site's batches take turns on
the site's row (``FOR NO KEY UPDATE``: enrollments, whose foreign keys take FOR KEY SHARE
on the site, do not wait for it), so the contiguous-ack walk never races and hub_seq grows
in commit order within a site (see tutor.hub.dialect_postgres). Locks are always taken
site first, then the device row: the same order everywhere, no deadlock.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Any

from tutor.clock import from_iso
from tutor.hub.dialect import Dialect, Handle
from tutor.hub.enroll import hash_token
from tutor.hub.migrations import migrate, schema_version
from tutor.hub.operators import OperatorStore
from tutor.hub.projections import CertificateRecord, HubOverview, SiteSummary, fold, per_level, projected, \
    store_projection
from tutor.hub.storage import (
    Auth,
    DeviceInfo,
    ForwardDevice,
    HeldEvent,
    HelloResult,
    HubError,
    best_certificate,
    certificate_lookup_key,
    chain_end,
    check_device_access,
    check_events_storable,
    check_follows_chain,
    corrected_time,
    device_summary,
    fold_roster,
    held_event,
    iso,
    overview_filters,
    payload_device,
    pulled_event,
    site_device,
    site_teacher,
    storable,
    teacher_username_key,
)
from tutor.hub.reporting.store import ReportingStore, Sql, ingest_wire
from tutor.hub.storage_trust import TrustStorage
from tutor.sync.protocol import CLOCK_FLAG_SECONDS, PROFILE_KINDS, WireEvent

_PULL_COLUMNS = ("hub_seq, device_id, seq, event_id, learner_id, kind, schema_ver, device_time,"
                 " corrected_time, clock_epoch, payload")


class SqlHubStorage(TrustStorage):
    """The hub storage over ``dialect``; opening it applies the migrations the database lacks."""

    def __init__(self, dialect: Dialect):
        self._d = dialect
        migrate(dialect)
        self.operators = OperatorStore(dialect.write)
        self.reporting = ReportingStore(dialect)  # issue 18: counters, targets, figures

    @property
    def dialect(self) -> Dialect:
        return self._d

    def _locked(self, clause: str) -> str:
        """`` FOR UPDATE`` and the like where the dialect locks rows; SQLite's writers take turns whole."""
        return f" {clause}" if self._d.row_locks else ""

    def schema_version(self) -> int:
        with self._d.read() as c:
            return schema_version(c)

    def close(self) -> None:
        self._d.close()

    # -- sites, enrollment, tokens -------------------------------------------------------

    def create_site(self, name: str, now: datetime, code_days: float | None = None) -> tuple[str, str]:
        name = " ".join(str(name).split())
        if not name:
            raise HubError(422, "bad_site_name", "site name is empty")
        storable(name)
        site_id = str(uuid.uuid4())
        code, code_hash, expires = self._new_code_row(now, code_days)
        with self._d.write() as c:
            c.execute("INSERT INTO sites(site_id, name, code_hash, created_at, code_expires_at)"
                      " VALUES (%s, %s, %s, %s, %s)", (site_id, name, code_hash, iso(now), expires))
        return site_id, code

    def site_devices(self, site_id: str) -> list[dict[str, Any]]:
        """The site's PCs whose USB bundles a volunteer's laptop may check: enrolled, not revoked,
        with a key (a relay hub is not a PC)."""
        with self._d.read() as c:
            rows = c.execute(
                "SELECT d.device_id, d.name, d.public_key FROM devices d"
                " LEFT JOIN tokens t ON t.token_hash = d.token_hash"
                " WHERE d.site_id = %s AND d.public_key IS NOT NULL AND d.revoked_at IS NULL"
                " AND t.revoked_at IS NULL AND NOT d.relay ORDER BY d.name, d.device_id", (site_id,)).fetchall()
        return [site_device(r) for r in rows]

    # -- teacher accounts of a site ----------------------------------------------------------

    def create_teacher(self, site_id: str, username: str, display_name: str, password_hash: str,
                       now: datetime) -> str:
        key = teacher_username_key(username)
        storable(username, display_name, password_hash)
        teacher_id = str(uuid.uuid4())
        with self._d.write() as c:
            if c.execute("SELECT 1 FROM sites WHERE site_id = %s" + self._locked("FOR NO KEY UPDATE"),
                         (site_id,)).fetchone() is None:
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
        with self._d.write() as c:
            return c.execute("UPDATE site_teachers SET password_hash = %s WHERE site_id = %s AND username_key = %s"
                             " AND revoked_at IS NULL",
                             (password_hash, site_id, teacher_username_key(username))).rowcount > 0

    def revoke_teacher(self, site_id: str, username: str, now: datetime) -> bool:
        with self._d.write() as c:
            return c.execute("UPDATE site_teachers SET revoked_at = %s WHERE site_id = %s AND username_key = %s"
                             " AND revoked_at IS NULL",
                             (iso(now), site_id, teacher_username_key(username))).rowcount > 0

    def site_teachers(self, site_id: str) -> list[dict[str, Any]]:
        with self._d.read() as c:
            rows = c.execute("SELECT * FROM site_teachers WHERE site_id = %s ORDER BY created_at, teacher_id",
                             (site_id,)).fetchall()
        return [site_teacher(r) for r in rows]

    def authenticate(self, token: str) -> Auth | None:
        with self._d.read() as c:
            row = c.execute("SELECT token_hash, site_id, device_id, relay FROM tokens"
                            " WHERE token_hash = %s AND revoked_at IS NULL", (hash_token(token),)).fetchone()
        return Auth(row["token_hash"], row["site_id"], row["device_id"], bool(row["relay"])) if row else None

    def revoke_device(self, device_id: str, now: datetime) -> bool:
        """A PC's tokens stop working. A device that reached this hub through a relay has no token
        of its own: it is marked revoked and the relay's batches for it are refused."""
        with self._d.write() as c:
            # The device row first, as enroll and store_batch lock it: the same order, no deadlock.
            row = c.execute("SELECT t.device_id AS token_owner, t.relay, d.token_hash FROM devices d"
                            " LEFT JOIN tokens t ON t.token_hash = d.token_hash WHERE d.device_id = %s"
                            + self._locked("FOR UPDATE OF d"), (device_id,)).fetchone()
            hashes = [r["token_hash"] for r in c.execute("SELECT token_hash FROM tokens WHERE device_id = %s",
                                                         (device_id,)).fetchall()]
            own = bool(hashes)
            if row is not None and not (row["relay"] and row["token_owner"] != device_id):
                hashes.append(row["token_hash"])  # a successor id shares its PC's token
            c.executemany("UPDATE tokens SET revoked_at = %s WHERE token_hash = %s AND revoked_at IS NULL",
                          [(iso(now), h) for h in hashes])
            if row is not None:
                c.execute("UPDATE devices SET revoked_at = COALESCE(revoked_at, %s) WHERE device_id = %s",
                          (iso(now), device_id))
            return row is not None or own

    def _device_row(self, c: Handle, auth: Auth, device_id: str, now: datetime,
                    device_name: str | None = None, public_key: str | None = None) -> Any:
        """The device row this token may act for (locked where rows lock); a new device id is
        registered on first sight (a PC's successor id under the PC's token, a relay's origin
        device under the relay's)."""
        select = "SELECT * FROM devices WHERE device_id = %s" + self._locked("FOR UPDATE")
        row = c.execute(select, (device_id,)).fetchone()
        if row is None:
            if auth.relay:
                name, key = device_name or device_id, public_key
            else:
                enrolled = c.execute("SELECT name FROM devices WHERE device_id = %s",
                                     (auth.enrolled_device_id,)).fetchone()
                # A PC's successor id (restored or copied database) brings its own new key.
                name, key = (enrolled["name"] if enrolled else device_id), public_key
            # ON CONFLICT: two first hellos at once do not collide; the row is read back either way.
            c.execute("INSERT INTO devices(device_id, site_id, token_hash, name, public_key, enrolled_at)"
                      " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (device_id) DO NOTHING",
                      (device_id, auth.site_id, auth.token_hash, name, key, iso(now)))
            row = c.execute(select, (device_id,)).fetchone()
        check_device_access(auth, device_id, row["site_id"], row["token_hash"])
        if row["revoked_at"] is not None:
            raise HubError(403, "device_revoked", "this device was revoked at the hub")
        if public_key and row["public_key"] is None:
            # A key is filled in once, never replaced: from the hub that enrolled the PC (relay),
            # or from the PC itself for a successor id registered before it sent its key.
            c.execute("UPDATE devices SET public_key = %s WHERE device_id = %s", (public_key, device_id))
        return row

    # -- push ----------------------------------------------------------------------------

    def hello(self, auth: Auth, device_id: str, device_now: datetime, hub_now: datetime,
              first_seq: int | None, device_name: str | None = None,
              public_key: str | None = None) -> HelloResult:
        storable(device_id, device_name, public_key)
        offset = (hub_now - device_now).total_seconds()
        flagged = abs(offset) > CLOCK_FLAG_SECONDS
        with self._d.write() as c:
            row = self._device_row(c, auth, device_id, hub_now, device_name, public_key)
            c.execute(
                "UPDATE devices SET clock_offset_s = %s, clock_flagged = %s, last_hello_at = %s,"
                " last_sync_at = %s, first_seq = COALESCE(first_seq, %s) WHERE device_id = %s",
                (offset, flagged, iso(hub_now), iso(hub_now), first_seq, device_id))
            c.execute("INSERT INTO clock_readings(device_id, hub_time, device_time, offset_s, flagged)"
                      " VALUES (%s, %s, %s, %s, %s)", (device_id, iso(hub_now), iso(device_now), offset, flagged))
            return HelloResult(offset, flagged, row["acked_through"], row["first_seq"] or first_seq)

    def store_batch(self, auth: Auth, device_id: str, events: Sequence[WireEvent], hub_now: datetime,
                    offset_s: float | None = None) -> int:
        storable(device_id)
        payloads = check_events_storable(events)
        received = iso(hub_now)
        with self._d.write() as c:
            if self._d.row_locks:  # this site's batches take turns (see the module docstring)
                c.execute("SELECT 1 FROM sites WHERE site_id = %s FOR NO KEY UPDATE", (auth.site_id,))
            row = self._device_row(c, auth, device_id, hub_now)
            check_follows_chain(events, row["acked_through"])
            offset = timedelta(seconds=row["clock_offset_s"] if offset_s is None else offset_s)
            # Insert-or-ignore on (device_id, seq) and on event_id: re-sends are harmless.
            corrected = [corrected_time(e.device_time, offset) for e in events]
            inserted = self._d.insert_events(c, auth.site_id, device_id, received, [
                (e.seq, e.prev_seq, e.event_id, e.learner_id, e.kind, e.schema_ver, e.device_time,
                 when, e.clock_epoch, text)
                for e, when, text in zip(events, corrected, payloads, strict=True)])
            self._project(c, auth.site_id, device_id, events)
            # The reporting counters move in the same transaction as the events they count.
            ingest_wire(Sql(c, self._d), auth.site_id, device_id, events, corrected, inserted)
            acked = chain_end(row["acked_through"], events, lambda points: self._successors(c, device_id, points),
                              lambda start: self._d.chain_walk(c, device_id, start))
            c.execute("UPDATE devices SET acked_through = %s, events_held = events_held + %s, last_sync_at = %s"
                      " WHERE device_id = %s", (acked, inserted, received, device_id))
            return acked

    def _project(self, c: Handle, site_id: str, device_id: str, events: Sequence[WireEvent]) -> None:
        candidates = projected(events)
        if not candidates:
            return
        # Only events stored as this device's: an event_id already held for another device is not ours.
        ids, params = self._d.any_of("event_id", [e.event_id for e in candidates])
        mine = {r["event_id"] for r in c.execute(
            f"SELECT event_id FROM events WHERE device_id = %s AND {ids}", (device_id, *params)).fetchall()}
        store_projection(c, site_id, device_id, fold(e for e in candidates if e.event_id in mine))

    def _successors(self, c: Handle, device_id: str, points: list[int]) -> dict[int, int]:
        """What is stored after each of these chain points (tutor.hub.storage.chain_end). No
        MIN/ORDER BY seq in SQL: that invites a scan of the (device_id, seq) index; equality on
        both columns of events_chain is one probe per point."""
        found: dict[int, int] = {}
        for start in range(0, len(points), self._d.max_params):
            where, params = self._d.any_of("prev_seq", points[start:start + self._d.max_params])
            for r in c.execute(f"SELECT prev_seq, seq FROM events WHERE device_id = %s AND {where}",
                               (device_id, *params)).fetchall():
                if r["seq"] < found.get(r["prev_seq"], r["seq"] + 1):
                    found[r["prev_seq"]] = r["seq"]
        return found

    def acked_through(self, device_id: str) -> int:
        with self._d.read() as c:
            row = c.execute("SELECT acked_through FROM devices WHERE device_id = %s", (device_id,)).fetchone()
        return row["acked_through"] if row else 0

    # -- pull ----------------------------------------------------------------------------

    def roster(self, site_id: str) -> list[dict[str, Any]]:
        kinds, params = self._d.any_of("kind", list(PROFILE_KINDS))
        with self._d.read() as c:
            rows = c.execute(
                f"SELECT learner_id, kind, payload, corrected_time FROM events WHERE site_id = %s"
                f" AND {kinds} AND learner_id IS NOT NULL ORDER BY hub_seq", (site_id, *params)).fetchall()
        return fold_roster(rows)

    def learner_events(self, site_id: str, learner_id: str, after: int, limit: int) -> list[dict[str, Any]]:
        with self._d.read() as c:
            rows = c.execute(
                f"SELECT {_PULL_COLUMNS} FROM events WHERE site_id = %s AND learner_id = %s AND hub_seq > %s"
                " ORDER BY hub_seq LIMIT %s", (site_id, learner_id, after, limit)).fetchall()
        return [pulled_event(r) for r in rows]

    def learner_known(self, site_id: str, learner_id: str) -> bool:
        with self._d.read() as c:
            return c.execute("SELECT 1 FROM events WHERE site_id = %s AND learner_id = %s LIMIT 1",
                             (site_id, learner_id)).fetchone() is not None

    # -- for teachers, bundles and tests -------------------------------------------------

    def device(self, device_id: str) -> DeviceInfo | None:
        with self._d.read() as c:
            row = c.execute(
                "SELECT d.*, t.revoked_at AS token_revoked_at FROM devices d"
                " LEFT JOIN tokens t ON t.token_hash = d.token_hash WHERE d.device_id = %s", (device_id,)).fetchone()
        if row is None:
            return None
        return DeviceInfo(row["device_id"], row["site_id"], row["name"], row["public_key"], row["first_seq"],
                          row["acked_through"], row["clock_offset_s"], bool(row["clock_flagged"]),
                          bool(row["token_revoked_at"] or row["revoked_at"]), bool(row["relay"]),
                          row["requested_role"])

    def device_events(self, device_id: str) -> list[dict[str, Any]]:
        with self._d.read() as c:
            rows = c.execute(f"SELECT {_PULL_COLUMNS} FROM events WHERE device_id = %s ORDER BY seq",
                             (device_id,)).fetchall()
        return [pulled_event(r) for r in rows]

    def store_bundle_events(self, device_id: str, events: Sequence[WireEvent], now: datetime,
                            offset_s: float | None = None) -> int:
        """Events from a verified USB bundle, with the device's own token (no HTTP)."""
        with self._d.read() as c:
            row = c.execute("SELECT site_id, token_hash FROM devices WHERE device_id = %s", (device_id,)).fetchone()
        if row is None:
            raise HubError(403, "unknown_device", "the device of this bundle is not enrolled here")
        return self.store_batch(Auth(row["token_hash"], row["site_id"], device_id), device_id, events, now, offset_s)

    # -- dashboard -----------------------------------------------------------------------

    def overview(self, now: datetime, sites: Collection[str] | None = None, device_offset: int = 0,
                 device_limit: int | None = None, device_id: str | None = None) -> HubOverview:
        """Sites and devices as of ``now`` (one snapshot: the figures agree with each other)."""
        site_where, site_params, device_where, device_params = overview_filters(sites, device_id)
        page = f" LIMIT {int(device_limit)} OFFSET {max(0, int(device_offset))}" if device_limit is not None else ""
        with self._d.snapshot() as c:
            site_rows = c.execute(
                "SELECT s.site_id, s.name, s.created_at,"
                " (SELECT COUNT(*) FROM devices d WHERE d.site_id = s.site_id AND NOT d.relay) AS devices,"
                " (SELECT COUNT(*) FROM learner_levels l WHERE l.site_id = s.site_id) AS learners,"
                " (SELECT COUNT(*) FROM lessons_done l WHERE l.site_id = s.site_id) AS lessons,"
                " (SELECT COUNT(DISTINCT certificate_key) FROM certificates x WHERE x.site_id = s.site_id) AS certs"
                f" FROM sites s{site_where} ORDER BY s.name, s.site_id", site_params).fetchall()
            shown = {r["site_id"] for r in site_rows}
            levels: dict[str, list[tuple[int, int]]] = {}
            for r in c.execute("SELECT site_id, level, COUNT(*) AS n FROM learner_levels GROUP BY site_id, level"
                               ).fetchall():
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
        with self._d.snapshot() as c:
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
        with self._d.read() as c:
            row = c.execute("SELECT value FROM hub_meta WHERE key = %s", (key,)).fetchone()
        return row["value"] if row else None

    def set_meta(self, values: dict[str, str | None]) -> None:
        with self._d.write() as c:
            for key, value in values.items():
                if value is None:
                    c.execute("DELETE FROM hub_meta WHERE key = %s", (key,))
                else:
                    c.execute("INSERT INTO hub_meta(key, value) VALUES (%s, %s)"
                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def forward_candidates(self) -> list[ForwardDevice]:
        with self._d.read() as c:
            rows = c.execute(
                "SELECT d.device_id, d.name, d.public_key, d.first_seq, d.acked_through,"
                " COALESCE(u.acked_through, 0) AS upstream_acked FROM devices d"
                " LEFT JOIN upstream_acked u ON u.device_id = d.device_id"
                " WHERE d.acked_through > 0 ORDER BY d.device_id").fetchall()
        return [ForwardDevice(r["device_id"], r["name"], r["public_key"], r["first_seq"], r["acked_through"],
                              r["upstream_acked"]) for r in rows]

    def held_events(self, device_id: str, after_seq: int, through_seq: int, limit: int) -> list[HeldEvent]:
        with self._d.read() as c:
            rows = c.execute(
                "SELECT seq, prev_seq, event_id, learner_id, kind, schema_ver, device_time, corrected_time,"
                " clock_epoch, payload, (SELECT s.manifest_id FROM event_signatures s WHERE s.device_id = events.device_id"
                " AND s.seq = events.seq) AS manifest_id FROM events WHERE device_id = %s AND seq > %s AND seq <= %s"
                " ORDER BY seq LIMIT %s", (device_id, after_seq, through_seq, limit)).fetchall()
        return [held_event(r) for r in rows]

    def set_upstream_acked(self, device_id: str, acked_through: int) -> None:
        with self._d.write() as c:
            c.execute("INSERT INTO upstream_acked(device_id, acked_through) VALUES (%s, %s)"
                      " ON CONFLICT (device_id) DO UPDATE SET acked_through = excluded.acked_through",
                      (device_id, acked_through))
