"""Hub identity and trust in storage, written once for both back-ends (SQLite and PostgreSQL).

- Enrollment: a site code works until it is rotated or expires; a device id is bound to
  the first public key it enrolled with, forever (enrolling again needs that same key,
  and the app checks a signature made with it); a revoked device id stays revoked; a
  relay right is recorded as asked for and only the hub operator grants it.
- Nonces: each signed hello or enrollment carries one; a second use is refused. Hellos'
  nonces older than tutor.hub.freshness.NONCE_KEEP are pruned: hellos that old are refused by time.
- Event manifests: the origin device's signed digest lists, kept beside the events, so a
  relay can forward them and the upper hub checks the origin device, not the relay.
- Clock epochs: the first offset measured for a (device, clock epoch) is kept; later
  hellos never overwrite an earlier epoch's offset. Implausible times are flagged.

The mixin needs ``_d``, the storage's dialect (tutor.hub.dialect), and ``_locked(clause)``
(the row-lock clause where the dialect locks rows, else nothing).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from tutor.clock import from_iso
from tutor.hub.dialect import Dialect
from tutor.hub.freshness import NONCE_KEEP, PRUNE_EVERY
from tutor.hub.enroll import hash_code, hash_token, new_enrollment_code, new_token
from tutor.hub.storage import Enrollment, HubError, iso, storable

# A site's paper code works this many days unless the operator says otherwise
# (`tutor-hub site create --code-days N`, `tutor-hub site rotate-code SITE --days N`).
DEFAULT_CODE_DAYS = 30
ROLES = ("pc", "relay")
OFFLINE_PREFIX = "offline_enrollment:"


def code_expiry(created_at: str, expires_at: str | None) -> datetime:
    """A site made before codes expired counts from its creation."""
    if expires_at:
        return from_iso(expires_at)
    return from_iso(created_at) + timedelta(days=DEFAULT_CODE_DAYS)


class TrustStorage:
    """Mixed into the SQL storage (tutor.hub.storage_sql)."""

    _d: Dialect

    def _locked(self, clause: str) -> str:  # pragma: no cover - provided by the storage
        raise NotImplementedError

    # -- site codes ------------------------------------------------------------------------

    def _new_code_row(self, now: datetime, days: float | None) -> tuple[str, str, str]:
        code = new_enrollment_code()
        expires = now + timedelta(days=DEFAULT_CODE_DAYS if days is None else days)
        return code, hash_code(code), iso(expires)

    def rotate_code(self, site_id: str, now: datetime, days: float | None = None) -> str:
        """A new paper code for the site; the old one stops working at once. PCs already
        enrolled keep their tokens."""
        code, code_hash, expires = self._new_code_row(now, days)
        with self._d.write() as c:
            changed = c.execute("UPDATE sites SET code_hash = %s, code_expires_at = %s WHERE site_id = %s",
                                (code_hash, expires, site_id)).rowcount
        if not changed:
            raise HubError(404, "unknown_site", f"no site {site_id}")
        return code

    def code_expires_at(self, site_id: str) -> datetime | None:
        with self._d.read() as c:
            row = c.execute("SELECT created_at, code_expires_at FROM sites WHERE site_id = %s",
                            (site_id,)).fetchone()
        return code_expiry(row["created_at"], row["code_expires_at"]) if row else None

    # -- enrollment --------------------------------------------------------------------------

    def enroll(self, code: str, device_id: str, device_name: str, public_key: str | None,
               now: datetime, relay: bool = False) -> Enrollment:
        """``relay`` only ASKS for the relay right; `tutor-hub device grant` gives it."""
        storable(code, device_id, device_name, public_key)
        token = new_token()
        token_hash = hash_token(token)
        with self._d.write() as c:
            site = c.execute("SELECT site_id, name, created_at, code_expires_at FROM sites"
                             " WHERE code_hash = %s" + self._locked("FOR NO KEY UPDATE"),
                             (hash_code(code),)).fetchone()
            if site is None:
                raise HubError(403, "bad_code", "unknown enrollment code")
            if now >= code_expiry(site["created_at"], site["code_expires_at"]):
                raise HubError(403, "code_expired", "this enrollment code has expired; ask for a new one")
            site_id = site["site_id"]
            existing = c.execute("SELECT site_id, public_key, revoked_at, relay FROM devices"
                                 " WHERE device_id = %s" + self._locked("FOR UPDATE"), (device_id,)).fetchone()
            asked = "relay" if relay else None
            if existing is None:
                c.execute("INSERT INTO tokens(token_hash, site_id, device_id, created_at, relay)"
                          " VALUES (%s, %s, %s, %s, %s)", (token_hash, site_id, device_id, iso(now), False))
                inserted = c.execute(
                    "INSERT INTO devices(device_id, site_id, token_hash, name, public_key, enrolled_at, relay,"
                    " requested_role) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (device_id) DO NOTHING",
                    (device_id, site_id, token_hash, device_name, public_key, iso(now), False, asked)).rowcount
                if not inserted:  # another enrollment of this id won the race: it owns the id
                    raise HubError(409, "device_exists", "this device id is already enrolled")
                return Enrollment(token, site_id, site["name"])
            if existing["site_id"] != site_id:
                raise HubError(409, "device_in_other_site", "this device is enrolled at another site")
            if existing["revoked_at"] is not None:
                raise HubError(403, "device_revoked", "this device was revoked at the hub and cannot enroll again")
            if existing["public_key"] is None or existing["public_key"] != public_key:
                # The id is bound to its first key: someone who read the id off a screen cannot take it.
                raise HubError(409, "device_key_mismatch", "this device id is bound to another key")
            # Enrolling again with the same key (the PC lost its token): older tokens stop
            # working, and the device ids that acted under them (its successor ids, a relay's
            # PCs) move over. A granted relay right stays granted; nothing else is taken from the request.
            granted = bool(existing["relay"])
            c.execute("INSERT INTO tokens(token_hash, site_id, device_id, created_at, relay)"
                      " VALUES (%s, %s, %s, %s, %s)", (token_hash, site_id, device_id, iso(now), granted))
            c.execute("UPDATE devices SET token_hash = %s WHERE token_hash IN"
                      " (SELECT token_hash FROM tokens WHERE device_id = %s AND token_hash != %s)",
                      (token_hash, device_id, token_hash))
            c.execute("UPDATE tokens SET revoked_at = %s WHERE device_id = %s AND token_hash != %s"
                      " AND revoked_at IS NULL", (iso(now), device_id, token_hash))
            c.execute("UPDATE devices SET token_hash = %s, name = %s,"
                      " requested_role = COALESCE(%s, requested_role) WHERE device_id = %s",
                      (token_hash, device_name, asked, device_id))
        return Enrollment(token, site_id, site["name"])

    # -- offline enrollment (tutor.sync.offline_enrollment) -------------------------------------
    # The one-use tokens live in hub_meta (both back-ends have it): no new table for a handful of
    # rows an operator writes by hand.

    def add_offline_enrollment(self, site_id: str, token: str, expires_at: datetime) -> str:
        """Remember a one-use token for ``site_id``; returns the site's name for the file."""
        with self._d.write() as c:
            site = c.execute("SELECT name FROM sites WHERE site_id = %s", (site_id,)).fetchone()
            if site is None:
                raise HubError(404, "no_site", f"no site {site_id!r}")
            c.execute("INSERT INTO hub_meta(key, value) VALUES (%s, %s)",
                      (OFFLINE_PREFIX + hash_token(token),
                       json.dumps({"site_id": site_id, "expires_at": iso(expires_at), "device_id": None})))
        return site["name"]

    def enroll_offline(self, token: str, device_id: str, device_name: str, public_key: str,
                       now: datetime) -> str:
        """The first bundle of a PC enrolled with an offline file: use the token up and bind the
        device id to ``public_key`` (first key forever). Returns the site id; HubError when the
        token is unknown, expired or already used by another PC, or the id is taken."""
        storable(token, device_id, device_name, public_key)
        key = OFFLINE_PREFIX + hash_token(token)
        device_token_hash = hash_token(new_token())  # the PC never holds it: it has no network
        with self._d.write() as c:
            row = c.execute("SELECT value FROM hub_meta WHERE key = %s" + self._locked("FOR UPDATE"),
                            (key,)).fetchone()
            if row is None:
                raise HubError(403, "bad_offline_token", "unknown offline enrollment token")
            record = json.loads(row["value"])
            if record.get("device_id") not in (None, device_id):
                raise HubError(409, "offline_token_used", "this offline enrollment was used by another PC")
            if now >= from_iso(record["expires_at"]):
                raise HubError(403, "offline_token_expired", "this offline enrollment has expired")
            site_id = record["site_id"]
            existing = c.execute("SELECT site_id, public_key, revoked_at FROM devices"
                                 " WHERE device_id = %s" + self._locked("FOR UPDATE"), (device_id,)).fetchone()
            if existing is not None:
                if existing["public_key"] != public_key or existing["site_id"] != site_id \
                        or existing["revoked_at"] is not None:
                    raise HubError(409, "device_exists", "this device id is already enrolled")
                return site_id
            c.execute("INSERT INTO tokens(token_hash, site_id, device_id, created_at, relay)"
                      " VALUES (%s, %s, %s, %s, %s)", (device_token_hash, site_id, device_id, iso(now), False))
            c.execute("INSERT INTO devices(device_id, site_id, token_hash, name, public_key, enrolled_at,"
                      " relay) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                      (device_id, site_id, device_token_hash, device_name, public_key, iso(now), False))
            record["device_id"] = device_id
            c.execute("UPDATE hub_meta SET value = %s WHERE key = %s", (json.dumps(record), key))
        return site_id

    def grant_role(self, device_id: str, role: str) -> bool:
        """The hub operator gives (``relay``) or takes back (``pc``) a device's relay right."""
        if role not in ROLES:
            raise HubError(422, "bad_role", f"role must be one of {ROLES}")
        relay = role == "relay"
        with self._d.write() as c:
            row = c.execute("SELECT public_key FROM devices WHERE device_id = %s" + self._locked("FOR UPDATE"),
                            (device_id,)).fetchone()
            if row is None:
                return False
            if relay and row["public_key"] is None:
                raise HubError(409, "no_key", "a relay must have enrolled with a key")
            c.execute("UPDATE devices SET relay = %s, requested_role = NULL WHERE device_id = %s",
                      (relay, device_id))
            c.execute("UPDATE tokens SET relay = %s WHERE device_id = %s", (relay, device_id))
        return True

    def device_roles(self) -> list[dict[str, Any]]:
        """Every device with its site, key and rights, for `tutor-hub device list`."""
        with self._d.read() as c:
            rows = c.execute(
                "SELECT d.device_id, d.name, d.public_key, d.relay, d.requested_role, d.revoked_at,"
                " s.name AS site_name FROM devices d JOIN sites s ON s.site_id = d.site_id"
                " ORDER BY s.name, d.name, d.device_id").fetchall()
        return [dict(r) for r in rows]

    # -- nonces -------------------------------------------------------------------------------

    _nonces_pruned_at: datetime | None = None

    def use_nonce(self, signer_id: str, nonce: str, now: datetime, kept: bool = False) -> bool:
        """False when ``signer_id`` already used ``nonce``: a replayed request. Nonces older
        than NONCE_KEEP are forgotten (at most once per PRUNE_EVERY in this process): a request
        that old is refused by its time (tutor.hub.freshness), so the table stays small. A
        request no time can judge (``kept``: an enrollment, a hello without a clock epoch)
        keeps its nonce for good, so its replay is refused however late it comes."""
        storable(signer_id, nonce)
        prune = self._nonces_pruned_at is None or not (
            self._nonces_pruned_at <= now < self._nonces_pruned_at + PRUNE_EVERY)
        with self._d.write() as c:
            if prune:
                c.execute("DELETE FROM used_nonces WHERE used_at < %s AND NOT kept", (iso(now - NONCE_KEEP),))
            fresh = c.execute("INSERT INTO used_nonces(signer_id, nonce, used_at, kept) VALUES (%s, %s, %s, %s)"
                              " ON CONFLICT (signer_id, nonce) DO NOTHING",
                              (signer_id, nonce, iso(now), kept)).rowcount == 1
        if prune:
            self._nonces_pruned_at = now
        return fresh

    # -- event manifests ----------------------------------------------------------------------

    def keep_manifests(self, device_id: str, manifests: Iterable[tuple[str, str, str]],
                       links: Iterable[tuple[int, str]]) -> None:
        """The origin device's signed manifests ``(manifest_id, digests JSON, signature)``, checked
        by the caller, and which manifest signs each event ``(seq, manifest_id)``: kept to forward."""
        manifests, links = list(manifests), [(device_id, seq, mid) for seq, mid in links]
        if not links:
            return
        keep = ("INSERT INTO signed_manifests(manifest_id, device_id, digests, signature)"
                " VALUES (%s, %s, %s, %s) ON CONFLICT (manifest_id) DO NOTHING")
        link = ("INSERT INTO event_signatures(device_id, seq, manifest_id) VALUES (%s, %s, %s)"
                " ON CONFLICT (device_id, seq) DO NOTHING")
        with self._d.write() as c:
            c.executemany(keep, [(mid, device_id, digests, sig) for mid, digests, sig in manifests])
            c.executemany(link, links)

    def manifests(self, manifest_ids: list[str]) -> dict[str, tuple[str, str]]:
        """manifest_id -> (digests JSON, signature)."""
        if not manifest_ids:
            return {}
        wanted, params = self._d.any_of("manifest_id", manifest_ids)
        with self._d.read() as c:
            rows = c.execute(f"SELECT manifest_id, digests, signature FROM signed_manifests WHERE {wanted}",
                             params).fetchall()
        return {r["manifest_id"]: (r["digests"], r["signature"]) for r in rows}

    # -- clocks -------------------------------------------------------------------------------

    def remember_epoch_offset(self, device_id: str, clock_epoch: int, offset_s: float, now: datetime) -> float:
        """The offset of this clock epoch: the first one measured stays (returned). The latest
        is kept beside it, to judge how old a hello read off this clock is (tutor.hub.freshness)."""
        with self._d.write() as c:
            c.execute("INSERT INTO epoch_offsets(device_id, clock_epoch, offset_s, measured_at, latest_offset_s)"
                      " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (device_id, clock_epoch)"
                      " DO UPDATE SET latest_offset_s = excluded.latest_offset_s",
                      (device_id, clock_epoch, offset_s, iso(now), offset_s))
            row = c.execute("SELECT offset_s FROM epoch_offsets WHERE device_id = %s AND clock_epoch = %s",
                            (device_id, clock_epoch)).fetchone()
        return float(row["offset_s"])

    def epoch_offset(self, device_id: str, clock_epoch: int) -> float | None:
        with self._d.read() as c:
            row = c.execute("SELECT offset_s FROM epoch_offsets WHERE device_id = %s AND clock_epoch = %s",
                            (device_id, clock_epoch)).fetchone()
        return float(row["offset_s"]) if row else None

    def latest_epoch_offset(self, device_id: str, clock_epoch: int) -> float | None:
        """The offset last measured for this clock epoch (None: never measured)."""
        with self._d.read() as c:
            row = c.execute("SELECT offset_s, latest_offset_s FROM epoch_offsets"
                            " WHERE device_id = %s AND clock_epoch = %s", (device_id, clock_epoch)).fetchone()
        if row is None:
            return None
        return float(row["offset_s"] if row["latest_offset_s"] is None else row["latest_offset_s"])

    def flag_time(self, device_id: str, reason: str, now: datetime) -> None:
        """An implausible time from this device: the dashboard shows its clock warning."""
        storable(reason)
        with self._d.write() as c:
            c.execute("INSERT INTO time_flags(device_id, reason, flagged_at) VALUES (%s, %s, %s)",
                      (device_id, reason[:500], iso(now)))
            c.execute("UPDATE devices SET clock_flagged = %s WHERE device_id = %s", (True, device_id))

    def time_flags(self, device_id: str) -> list[str]:
        with self._d.read() as c:
            rows = c.execute("SELECT reason FROM time_flags WHERE device_id = %s ORDER BY flagged_at",
                             (device_id,)).fetchall()
        return [r["reason"] for r in rows]

    # -- hub meta: set once ------------------------------------------------------------------

    def meta_default(self, key: str, value: str) -> str:
        """The stored value of ``key``; ``value`` is stored first when there is none (several
        hub processes starting at once agree on the first one written)."""
        with self._d.write() as c:
            c.execute("INSERT INTO hub_meta(key, value) VALUES (%s, %s) ON CONFLICT (key) DO NOTHING",
                      (key, value))
            return c.execute("SELECT value FROM hub_meta WHERE key = %s", (key,)).fetchone()["value"]
