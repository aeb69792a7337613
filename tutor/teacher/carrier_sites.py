"""The sites a volunteer's laptop is enrolled at, so it knows their PCs before it visits.

A field laptop carries USB bundles from villages of several sites. At a hub (once per
site, when it has a connection) it enrolls with the site's code under a carrier device
id of its own, which only reads: the site's PCs, their names and their public keys
(GET /v1/site/devices). With them the laptop checks each bundle's signature when it
collects it in a village and shows which PC and site it came from (tutor.teacher.volunteer).
Refreshing brings PCs enrolled since.

When the laptop reaches a hub again it hands over what it carries (deliver_to_hubs): each
bundle goes to the hub of its PC's site (POST /v1/bundles), and is marked delivered.

The hub's key is pinned at enrollment, as a PC pins it (tutor.sync.engine.enroll: the enroll
answer carries it; kept in ``meta`` per site). From then on every answer from that site's
hub must be signed by it (tutor.sync.signing): a PC list from another machine at the hub's
address is not taken, and a bundle is marked delivered only when the pinned hub signed the
acknowledgement (another machine saying "received" would otherwise make the laptop drop it).

Network and database work both happen here, on a connection of their own in a worker
thread (as a sync round does: tutor.sync.background), so the window never waits.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator

from tutor.messages import render
from tutor.clock import Clock, from_iso, to_iso
from tutor.errors import TutorError
from tutor.store.db import transaction
from tutor.sync.signing import NONCE_HEADER, SIGNATURE_HEADER, answer_message, new_nonce, verify
from tutor.sync.state import meta_value, set_meta_value
from tutor.sync.transport import HubNotTrusted, SyncRefused, SyncTransport, SyncUnavailable

MakeTransport = Callable[[str, "str | None"], SyncTransport]
HUB_KEY_PREFIX = "carrier.hub_key."   # meta key + site id: the site's hub key, pinned at enrollment

@dataclass(frozen=True)
class CarrierSite:
    site_id: str
    site_name: str
    hub_url: str
    devices: int                   # PCs of the site whose keys the laptop holds
    keys_at: datetime | None       # when their list last came from the hub


@dataclass(frozen=True)
class RefreshResult:
    sites: tuple[str, ...]         # sites whose PC list came down
    failed: tuple[str, ...]        # one Vietnamese line per site that could not be reached


def add_site(conn: sqlite3.Connection, clock: Clock, make_transport: MakeTransport, hub_url: str, code: str,
             laptop_name: str) -> CarrierSite:
    """Enroll this laptop at a site of a hub as a carrier, then bring down the site's PCs.
    Raises SyncRefused (a wrong code...) or SyncUnavailable (no hub at that address)."""
    carrier_id = f"carrier-{uuid.uuid4()}"
    transport = make_transport(hub_url, None)
    try:
        answer = transport.enroll({"code": code, "device_id": carrier_id, "public_key": None,
                                   "device_name": f"Máy tình nguyện viên {laptop_name}".strip()})
    finally:
        transport.close()
    site_id, site_name, token = str(answer["site_id"]), str(answer.get("site_name") or ""), str(answer["device_token"])
    hub_key = answer.get("hub_key")
    with transaction(conn):
        if isinstance(hub_key, str) and hub_key:
            # Enrolling (with a site code the volunteer was given) pins the key, as a PC's enrollment does.
            set_meta_value(conn, HUB_KEY_PREFIX + site_id, hub_key)
        conn.execute(
            "INSERT INTO teacher_carrier_sites(site_id, site_name, hub_url, token, carrier_id, enrolled_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(site_id) DO UPDATE SET site_name = excluded.site_name,"
            " hub_url = excluded.hub_url, token = excluded.token, carrier_id = excluded.carrier_id",
            (site_id, site_name, hub_url, token, carrier_id, to_iso(clock.now())))
    _fetch_keys(conn, clock, make_transport, hub_url, token, site_id, site_name)
    return next(s for s in carrier_sites(conn) if s.site_id == site_id)


def refresh_keys(conn: sqlite3.Connection, clock: Clock, make_transport: MakeTransport) -> RefreshResult:
    """The PC lists of every site again (PCs enrolled since the last visit)."""
    done, failed = [], []
    rows = conn.execute("SELECT site_id, site_name, hub_url, token FROM teacher_carrier_sites"
                        " ORDER BY site_name").fetchall()
    for site_id, site_name, hub_url, token in rows:
        try:
            _fetch_keys(conn, clock, make_transport, hub_url, token, site_id, site_name)
            done.append(site_name)
        except SyncRefused as exc:
            why = render("teacher.site_revoked") if exc.status == 401 else exc.user_message
            failed.append(f"{site_name}: {why}")
        except HubNotTrusted:
            failed.append(f"{site_name}: {render('teacher.site_hub_not_trusted', hub_url=hub_url)}")
        except (SyncUnavailable, OSError):
            failed.append(f"{site_name}: {render('teacher.site_unreachable', hub_url=hub_url)}")
    return RefreshResult(tuple(done), tuple(failed))


class HttpBundleUploader:
    """Sends a carried bundle to a hub's upload (the same check as `tutor-hub import-bundle`).
    With a pinned hub key (``pin_hub_key``) an acknowledgement counts only when that hub signed it."""

    def __init__(self, hub_url: str, timeout_s: float = 120.0, hub_key: str | None = None):
        self.hub_url = hub_url.rstrip("/")
        self._timeout = timeout_s
        self.hub_key = hub_key

    def pin_hub_key(self, hub_key: str | None) -> None:
        self.hub_key = self.hub_key or hub_key

    def upload(self, path: Path) -> int:
        import httpx

        nonce = new_nonce()
        body = _MultipartFile(path)
        try:
            response = httpx.post(f"{self.hub_url}/v1/bundles", content=body.chunks(),
                                  headers={"Content-Type": body.content_type, "Content-Length": str(body.length),
                                           NONCE_HEADER: nonce},
                                  timeout=httpx.Timeout(self._timeout, connect=10.0))
        except httpx.HTTPError as exc:
            raise SyncUnavailable(f"POST {self.hub_url}/v1/bundles: {type(exc).__name__}: {exc}") from exc
        try:
            answer = response.json()
        except ValueError:
            answer = {}
        if response.status_code != 200 or not answer.get("ok"):
            message = str(answer.get("message") or render("teacher.hub_refused_file"))
            raise TutorError(f"hub refused the bundle: HTTP {response.status_code}", message)
        if self.hub_key:
            signed = answer_message(nonce, "POST", response.request.url.raw_path, body.digest(), response.content)
            if not verify(self.hub_key, signed, response.headers.get(SIGNATURE_HEADER)):
                raise TutorError(f"POST {self.hub_url}/v1/bundles: the answer is not signed by the pinned hub key",
                                 render("teacher.hub_not_trusted", hub_url=self.hub_url))
        return int(answer.get("new_events", 0))


class _MultipartFile:
    """One file as a multipart/form-data body (field "bundle"), streamed from disk (bundles
    run to hundreds of MB) and hashed on the way: the hub signs its answer over the digest."""

    def __init__(self, path: Path):
        import hashlib
        import secrets

        self._path = path
        boundary = secrets.token_hex(16)
        safe_name = "".join(ch if ch.isascii() and ch.isprintable() and ch not in '"\\' else "_" for ch in path.name)
        self.content_type = f"multipart/form-data; boundary={boundary}"
        self._head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"{safe_name}\"\r\n"
                      "Content-Type: application/octet-stream\r\n\r\n").encode("ascii")
        self._tail = f"\r\n--{boundary}--\r\n".encode("ascii")
        self.length = len(self._head) + path.stat().st_size + len(self._tail)
        self._sha = hashlib.sha256()

    def chunks(self) -> Iterator[bytes]:
        yield self._hashed(self._head)
        with open(self._path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                yield self._hashed(chunk)
        yield self._hashed(self._tail)

    def _hashed(self, chunk: bytes) -> bytes:
        self._sha.update(chunk)
        return chunk

    def digest(self) -> str:
        return self._sha.hexdigest()


@dataclass(frozen=True)
class Handover:
    delivered: int                 # bundles the hubs took
    new_events: int                # records new to them
    failed: tuple[str, ...]        # one Vietnamese line per bundle or site that did not go


def deliver_to_hubs(conn: sqlite3.Connection, clock: Clock, carry_dir: Path,
                    make_uploader: Callable[[str], Any] = HttpBundleUploader) -> Handover:
    """Hand every undelivered bundle to the hub of its PC's site: a site the laptop is
    enrolled at, else the laptop's own hub."""
    from tutor.sync.state import hub_link
    from tutor.teacher.volunteer import VolunteerCarrier

    carrier = VolunteerCarrier(conn, clock, carry_dir)
    own = hub_link(conn)
    by_hub: dict[str, list[str]] = {}
    failed: list[str] = []
    rows = conn.execute(
        "SELECT b.sha256, b.file_name, s.hub_url FROM teacher_carried_bundles b"
        " LEFT JOIN teacher_device_keys k ON k.device_id = b.device_id"
        " LEFT JOIN teacher_carrier_sites s ON s.site_id = k.site_id"
        " WHERE b.delivered_at IS NULL ORDER BY b.collected_at").fetchall()
    for digest, file_name, site_hub in rows:
        hub_url = site_hub or (own.hub_url if own else None)
        if hub_url is None:
            failed.append(f"{file_name}: {render('teacher.site_unknown_hub')}")
            continue
        by_hub.setdefault(hub_url, []).append(digest)
    delivered = new_events = 0
    pinned = _pinned_keys_by_hub(conn)
    if own is not None and own.hub_key:
        pinned.setdefault(own.hub_url, own.hub_key)
    for hub_url, digests in by_hub.items():
        uploader = make_uploader(hub_url)
        pin = getattr(uploader, "pin_hub_key", None)
        if callable(pin) and pinned.get(hub_url):
            pin(pinned[hub_url])
        result = carrier.deliver(uploader, only=digests)
        delivered += len(result.delivered)
        new_events += result.accepted_events
        failed += result.failed
    return Handover(delivered, new_events, tuple(failed))


def carrier_sites(conn: sqlite3.Connection) -> list[CarrierSite]:
    rows = conn.execute(
        "SELECT s.site_id, s.site_name, s.hub_url, s.keys_at,"
        " (SELECT COUNT(*) FROM teacher_device_keys k WHERE k.site_id = s.site_id) AS devices"
        " FROM teacher_carrier_sites s ORDER BY s.site_name, s.site_id").fetchall()
    return [CarrierSite(r[0], r[1], r[2], r[4], from_iso(r[3]) if r[3] else None) for r in rows]


def pinned_hub_key(conn: sqlite3.Connection, site_id: str) -> str | None:
    """The key of the site's hub, pinned when the laptop enrolled there (None: enrolled
    before hubs signed their answers)."""
    return meta_value(conn, HUB_KEY_PREFIX + site_id) or None


def _pinned_keys_by_hub(conn: sqlite3.Connection) -> dict[str, str]:
    keys: dict[str, str] = {}
    for site_id, hub_url in conn.execute("SELECT site_id, hub_url FROM teacher_carrier_sites ORDER BY enrolled_at"):
        key = pinned_hub_key(conn, site_id)
        if key:
            keys[hub_url] = key   # the latest enrollment at that address wins (a hub whose key was rotated)
    return keys


def _fetch_keys(conn: sqlite3.Connection, clock: Clock, make_transport: MakeTransport, hub_url: str,
                token: str, site_id: str, site_name: str) -> int:
    transport = make_transport(hub_url, token)
    pin = getattr(transport, "pin_hub_key", None)
    key = pinned_hub_key(conn, site_id)
    if callable(pin) and key:
        pin(key)   # the PC list counts only when the pinned hub signed it
    try:
        devices = transport.site_devices().get("devices")
    finally:
        transport.close()
    if not isinstance(devices, list):
        raise SyncUnavailable("site devices answer has no devices list")
    now = to_iso(clock.now())
    kept = 0
    usable = [d for d in devices if _usable(d)]
    with transaction(conn):
        # A PC the hub no longer lists (revoked) is no longer trusted for this site.
        marks = ",".join("?" * len(usable))
        conn.execute(f"DELETE FROM teacher_device_keys WHERE site_id = ? AND device_id NOT IN ({marks})",
                     (site_id, *(d["device_id"] for d in usable)))
        for device in usable:
            conn.execute(
                "INSERT INTO teacher_device_keys(device_id, public_key, device_name, site_name, learned_at, site_id)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(device_id) DO UPDATE SET public_key = excluded.public_key,"
                " device_name = excluded.device_name, site_name = excluded.site_name, site_id = excluded.site_id",
                (device["device_id"], device["public_key"], str(device.get("name") or ""), site_name, now, site_id))
            kept += 1
        conn.execute("UPDATE teacher_carrier_sites SET keys_at = ? WHERE site_id = ?", (now, site_id))
    return kept


def _usable(device: Any) -> bool:
    import base64

    if not isinstance(device, dict) or not isinstance(device.get("device_id"), str):
        return False
    try:
        return len(base64.b64decode(str(device.get("public_key")), validate=True)) == 32
    except ValueError:
        return False


__all__ = ["CarrierSite", "Handover", "HttpBundleUploader", "deliver_to_hubs", "RefreshResult", "add_site", "carrier_sites", "refresh_keys"]
