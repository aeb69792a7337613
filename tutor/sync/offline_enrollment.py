"""Joining a site without a network: an enrollment file the volunteer carries on a USB stick.

The hub writes the file (`tutor-hub site offline-enrollment SITE --out FILE`): the site, the
hub's public key, a one-use token and an expiry, signed by the hub key. The PC takes the file
in, pins the hub key and may write USB bundles at once; each bundle carries the file and the
PC's public key inside the body the PC signs. When the first bundle arrives the hub checks
that the file is its own, that the token is known, unexpired and unused, and then binds the
device id to the key the bundle was signed with (first key forever, as an online enrollment
does). A second PC with the same file is refused: the token is used up.

Shared by the hub and the PC; no Qt.
"""

from __future__ import annotations

import base64
import binascii
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tutor.clock import from_iso, to_iso
from tutor.errors import TutorError
from tutor.store.db import transaction
from tutor.sync import state
from tutor.sync.signing import public_key_b64, sign, verify
from tutor.messages import render

FORMAT = "tutor-offline-enrollment-1"
SUFFIX = ".tutorenroll"
CONTEXT = b"tutor-offline-enrollment-1\n"
MAX_FILE_BYTES = 16 * 1024
DEFAULT_DAYS = 30
META_KEY = "sync.offline_enrollment"


class OfflineEnrollmentError(TutorError):
    def __init__(self, log_message: str, user_message: str):
        super().__init__(log_message, user_message)


@dataclass(frozen=True)
class OfflineEnrollment:
    site_id: str
    site_name: str
    hub_key: str             # the hub's public key, base64
    token: str               # one use: the first PC whose bundle arrives with it
    expires_at: datetime
    body: str                # the signed JSON text, carried on in bundles
    signature: str

    def carried(self) -> dict[str, str]:
        """What a bundle carries: the file as the hub signed it."""
        return {"body": self.body, "signature": self.signature}


def write_file(hub_key: Ed25519PrivateKey, site_id: str, site_name: str, token: str, expires_at: datetime,
               path: Path | str) -> Path:
    body = json.dumps({"format": FORMAT, "site_id": site_id, "site_name": site_name,
                       "hub_key": public_key_b64(hub_key), "token": token, "expires_at": to_iso(expires_at)},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = json.dumps({"format": FORMAT, "body": body,
                       "signature": sign(hub_key, CONTEXT + body.encode("utf-8"))}, ensure_ascii=False, indent=1)
    target = Path(path)
    target.write_text(text + "\n", encoding="utf-8")
    return target


def parse(carried: Any, hub_key: str | None = None) -> OfflineEnrollment:
    """A carried ``{"body", "signature"}`` checked against its own hub key, and against
    ``hub_key`` when given (the hub checks the file is its own). OfflineEnrollmentError otherwise."""
    damaged = render("enrol.file_damaged")
    if not isinstance(carried, dict) or not isinstance(carried.get("body"), str) \
            or len(carried["body"]) > MAX_FILE_BYTES:
        raise OfflineEnrollmentError("offline enrollment: not an enrollment file", damaged)
    body = carried["body"]
    try:
        fields = json.loads(body)
        site_id, token, key = str(fields["site_id"]), str(fields["token"]), str(fields["hub_key"])
        expires_at = from_iso(str(fields["expires_at"]))
        site_name = str(fields.get("site_name", ""))
        if fields.get("format") != FORMAT or not site_id or not token:
            raise ValueError("wrong format or empty fields")
        base64.b64decode(key, validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise OfflineEnrollmentError(f"offline enrollment: malformed body: {exc}", damaged) from None
    if not verify(key, CONTEXT + body.encode("utf-8"), carried.get("signature")):
        raise OfflineEnrollmentError("offline enrollment: the hub signature does not verify", damaged)
    if hub_key is not None and key != hub_key:
        raise OfflineEnrollmentError("offline enrollment: the file was made by another hub",
                                     render("enrol.other_hub"))
    return OfflineEnrollment(site_id, site_name, key, token, expires_at, body, str(carried["signature"]))


def read_file(path: Path | str) -> OfflineEnrollment:
    unreadable = render("enrol.unreadable")
    try:
        if Path(path).stat().st_size > MAX_FILE_BYTES:
            raise OfflineEnrollmentError("offline enrollment: file too large",
                                         render("enrol.not_enrollment"))
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise OfflineEnrollmentError(f"offline enrollment: cannot read {path}: {exc}", unreadable) from None
    except (ValueError, UnicodeDecodeError):
        raise OfflineEnrollmentError("offline enrollment: not JSON",
                                     render("enrol.not_enrollment")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise OfflineEnrollmentError("offline enrollment: wrong format",
                                     render("enrol.not_enrollment"))
    return parse(data)


# -- the PC's side -----------------------------------------------------------------------------


def take_in(conn: sqlite3.Connection, path: Path | str, now: datetime) -> OfflineEnrollment:
    """Read, check and keep the file: this PC may then write USB bundles for that site.
    A PC already enrolled online, or with another hub's key pinned, refuses it."""
    enrollment = read_file(path)
    if now >= enrollment.expires_at:
        raise OfflineEnrollmentError("offline enrollment: expired",
                                     render("enrol.expired"))
    if state.hub_link(conn) is not None:
        raise OfflineEnrollmentError("offline enrollment: this PC is already enrolled online",
                                     render("enrol.already_enrolled"))
    with transaction(conn):
        state.set_meta_value(conn, META_KEY, json.dumps(enrollment.carried(), ensure_ascii=False))
    return enrollment


def current(conn: sqlite3.Connection) -> OfflineEnrollment | None:
    """The enrollment file this PC took in, while it has no online link."""
    text = state.meta_value(conn, META_KEY)
    if not text or state.hub_link(conn) is not None:
        return None
    try:
        return parse(json.loads(text))
    except (ValueError, OfflineEnrollmentError):
        return None
