"""Hub operator accounts and their dashboard sessions, stored beside the hub's data.

Operators are the people who read a hub's dashboard: a commune's, a district's or a
province's officer (``tutor-hub operator create``). A province operator sees every site of
the hub; a commune or district operator sees only the sites named for them. Passwords are
scrypt hashes (tutor.teacher.passwords, hashlib's OpenSSL scrypt), never stored or logged.

A session is a random token in an HttpOnly, SameSite=Strict cookie; the hub keeps only its
SHA-256 (a copy of the database does not let anyone sign in) and a per-session CSRF token
every form must echo. Sessions live in the database so several hub processes on one
PostgreSQL share them. Ending a session, changing the password or revoking the operator
ends them at once.

Its tables are migration 5 of tutor.hub.migrations; its SQL runs through the storage's
dialect (tutor.hub.dialect), written once with ``%s`` parameters.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tutor.clock import from_iso
from tutor.hub.values import HubError, iso, storable, teacher_username_key

ROLES = ("commune", "district", "province")
ROLE_NAMES_VI = {"commune": "cán bộ xã", "district": "cán bộ huyện", "province": "cán bộ tỉnh"}
SESSION_TTL = timedelta(hours=8)

@dataclass(frozen=True)
class Operator:
    operator_id: str
    username: str
    display_name: str
    role: str
    site_ids: frozenset[str] | None    # None: every site (a province operator)
    created_at: datetime
    revoked: bool = False

    def sees(self, site_id: str) -> bool:
        return self.site_ids is None or site_id in self.site_ids


@dataclass(frozen=True)
class Session:
    operator: Operator
    csrf_token: str


def session_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class OperatorStore:
    """``tx()`` opens one transaction on the hub's database (a tutor.hub.dialect.Handle)."""

    def __init__(self, tx: Callable[[], AbstractContextManager[Any]]):
        self._tx = tx

    # -- accounts -----------------------------------------------------------------------

    def create(self, username: str, display_name: str, role: str, password_hash: str,
               sites: Iterable[str], now: datetime) -> Operator:
        """``sites``: site ids or names; ignored for a province operator, required otherwise."""
        username = " ".join(str(username).split())
        display_name = " ".join(str(display_name).split()) or username
        if not username or len(username) > 64:
            raise HubError(422, "bad_username", "the user name must have 1 to 64 characters")
        if role not in ROLES:
            raise HubError(422, "bad_role", f"role must be one of {', '.join(ROLES)}")
        storable(username, display_name, password_hash)
        key = teacher_username_key(username)
        operator_id = str(uuid.uuid4())
        with self._tx() as c:
            site_ids = [] if role == "province" else self._resolve_sites(c, sites)
            if role != "province" and not site_ids:
                raise HubError(422, "no_sites", f"a {role} operator needs at least one site")
            if c.execute("SELECT 1 FROM operators WHERE username_key = %s AND revoked_at IS NULL",
                         (key,)).fetchone():
                raise HubError(409, "operator_exists", f"an operator {username!r} already exists")
            c.execute("INSERT INTO operators(operator_id, username, username_key, display_name, role,"
                      " password_hash, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                      (operator_id, username, key, display_name, role, password_hash, iso(now)))
            for site_id in site_ids:
                c.execute("INSERT INTO operator_sites(operator_id, site_id) VALUES (%s, %s)",
                          (operator_id, site_id))
        return Operator(operator_id, username, display_name, role,
                        None if role == "province" else frozenset(site_ids), now)

    def _resolve_sites(self, c: Any, sites: Iterable[str]) -> list[str]:
        found: list[str] = []
        for wanted in sites:
            rows = c.execute("SELECT site_id FROM sites WHERE site_id = %s OR name = %s",
                             (wanted, " ".join(str(wanted).split()))).fetchall()
            if len(rows) != 1:
                raise HubError(404, "unknown_site", f"no single site called {wanted!r}")
            if rows[0]["site_id"] not in found:
                found.append(rows[0]["site_id"])
        return found

    def set_password(self, username: str, password_hash: str) -> bool:
        storable(password_hash)
        with self._tx() as c:
            row = self._active(c, username)
            if row is None:
                return False
            c.execute("UPDATE operators SET password_hash = %s WHERE operator_id = %s",
                      (password_hash, row["operator_id"]))
            c.execute("DELETE FROM operator_sessions WHERE operator_id = %s", (row["operator_id"],))
            return True

    def revoke(self, username: str, now: datetime) -> bool:
        with self._tx() as c:
            row = self._active(c, username)
            if row is None:
                return False
            c.execute("UPDATE operators SET revoked_at = %s WHERE operator_id = %s",
                      (iso(now), row["operator_id"]))
            c.execute("DELETE FROM operator_sessions WHERE operator_id = %s", (row["operator_id"],))
            return True

    def list(self) -> list[Operator]:
        with self._tx() as c:
            rows = c.execute("SELECT * FROM operators ORDER BY username_key, created_at").fetchall()
            return [self._operator(c, r) for r in rows]

    def for_login(self, username: str) -> tuple[Operator, str] | None:
        """The active operator of this user name and their password hash."""
        with self._tx() as c:
            row = self._active(c, username)
            return (self._operator(c, row), row["password_hash"]) if row is not None else None

    def _active(self, c: Any, username: str) -> Any:
        return c.execute("SELECT * FROM operators WHERE username_key = %s AND revoked_at IS NULL",
                         (teacher_username_key(" ".join(str(username).split())),)).fetchone()

    def _operator(self, c: Any, row: Any) -> Operator:
        sites = None
        if row["role"] != "province":
            sites = frozenset(r["site_id"] for r in c.execute(
                "SELECT site_id FROM operator_sites WHERE operator_id = %s", (row["operator_id"],)))
        return Operator(row["operator_id"], row["username"], row["display_name"], row["role"], sites,
                        from_iso(row["created_at"]), row["revoked_at"] is not None)

    # -- sessions -----------------------------------------------------------------------

    def start_session(self, operator: Operator, now: datetime, ttl: timedelta = SESSION_TTL) -> tuple[str, str]:
        """A new session: (the cookie's token, the session's CSRF token)."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        with self._tx() as c:
            c.execute("DELETE FROM operator_sessions WHERE expires_at < %s", (iso(now),))
            c.execute("INSERT INTO operator_sessions(session_hash, operator_id, csrf_token, created_at,"
                      " expires_at) VALUES (%s, %s, %s, %s, %s)",
                      (session_hash(token), operator.operator_id, csrf, iso(now), iso(now + ttl)))
        return token, csrf

    def session(self, token: str, now: datetime) -> Session | None:
        if not token or len(token) > 200:
            return None
        with self._tx() as c:
            row = c.execute(
                "SELECT o.*, s.csrf_token, s.expires_at FROM operator_sessions s"
                " JOIN operators o ON o.operator_id = s.operator_id WHERE s.session_hash = %s",
                (session_hash(token),)).fetchone()
            if row is None or row["revoked_at"] is not None or from_iso(row["expires_at"]) <= now:
                return None
            return Session(self._operator(c, row), row["csrf_token"])

    def end_session(self, token: str) -> None:
        with self._tx() as c:
            c.execute("DELETE FROM operator_sessions WHERE session_hash = %s", (session_hash(token),))


__all__ = ["ROLES", "ROLE_NAMES_VI", "SESSION_TTL", "Operator", "OperatorStore", "Session"]
