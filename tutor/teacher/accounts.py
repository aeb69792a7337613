"""Teacher accounts on this PC: create, log in and out, change the password.

Where accounts come from: a PC that is not enrolled at a hub makes its first teacher in
a first-run step. An enrolled PC does not: its accounts are made at the hub for its site
(`tutor-hub teacher create`) and arrive with the roster at each sync (apply_site_teachers),
so a learner on a commune PC can never make themselves a teacher. The hub sends the
scrypt hash, never the password, and the PC checks it offline. Events record who did what
(teacher_created, teacher_login, teacher_login_failed, teacher_logout,
teacher_password_changed) but never a hash. Five wrong passwords lock the account for five minutes; a clock set
backwards never makes the lock longer (tutor.lockout: the same rule as learner PINs).

Sessions are kept in memory by the facade: a TeacherSession is accepted only if this
process issued it with login() and it was not logged out since.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
import unicodedata
import uuid
from collections.abc import Callable

from tutor import lockout
from tutor.messages import render
from tutor.changes import Changes
from tutor.clock import Clock, from_iso, to_iso
from tutor.events import append_event
from tutor.learners import clean_name
from tutor.store.db import transaction
from tutor.teacher.api import Teacher, TeacherSession
from tutor.teacher.errors import NotLoggedIn, TeacherError, TeacherLocked, WrongPassword
from tutor.teacher.passwords import (
    MAX_PASSWORD_CHARS,
    MIN_PASSWORD_CHARS,
    burn_time,
    hash_password,
    needs_rehash,
    verify_password,
)

log = logging.getLogger(__name__)

MAX_TRIES = lockout.MAX_TRIES
LOCK_SECONDS = lockout.LOCK_SECONDS
MAX_USERNAME_CHARS = 60


def username_key(username: str) -> str:
    """What makes two user names the same: NFC, case-folded, no outer spaces."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", username or "").strip().casefold())


def clean_username(raw: str) -> str:
    text = unicodedata.normalize("NFC", raw or "").strip()
    if not text:
        raise TeacherError("empty teacher user name", render("teacher.username_empty"))
    if len(text) > MAX_USERNAME_CHARS:
        raise TeacherError("teacher user name too long", code="teacher.username_too_long",
                           params={"limit": MAX_USERNAME_CHARS})
    if any(ch.isspace() for ch in text) or any(unicodedata.category(ch).startswith("C") for ch in text):
        raise TeacherError("teacher user name has spaces or control characters",
                           render("teacher.username_spaces"))
    return text


def check_new_password(password: str) -> None:
    if len(unicodedata.normalize("NFC", password or "")) < MIN_PASSWORD_CHARS:
        raise TeacherError("teacher password too short", code="teacher.password_too_short",
                           params={"least": MIN_PASSWORD_CHARS})
    if len(password) > MAX_PASSWORD_CHARS:
        raise TeacherError("teacher password too long", code="teacher.password_too_long",
                           params={"limit": MAX_PASSWORD_CHARS})


class Accounts:
    def __init__(self, conn: sqlite3.Connection, clock: Clock, trusted_now: Callable[[], object]):
        self._conn = conn
        self._clock = clock
        self._trusted_now = trusted_now
        self._sessions: dict[str, str] = {}   # token -> teacher_id

    # -- reading ------------------------------------------------------------------------------

    def has_teachers(self) -> bool:
        return self._conn.execute("SELECT 1 FROM teacher_accounts LIMIT 1").fetchone() is not None

    def first_run_allowed(self) -> bool:
        """Whether this PC may make its first teacher itself: only with no teacher yet and
        no hub (an enrolled PC receives its accounts from the hub)."""
        return not self.has_teachers() and not _enrolled(self._conn)

    def list(self) -> list[Teacher]:
        rows = self._conn.execute("SELECT * FROM teacher_accounts ORDER BY username_key").fetchall()
        return [_teacher(r) for r in rows]

    def get(self, teacher_id: str) -> Teacher | None:
        row = self._conn.execute("SELECT * FROM teacher_accounts WHERE teacher_id = ?", (teacher_id,)).fetchone()
        return _teacher(row) if row else None

    def require(self, session: TeacherSession | None) -> Teacher:
        """The logged-in teacher behind ``session``; raises NotLoggedIn otherwise."""
        if session is None or not isinstance(session, TeacherSession):
            raise NotLoggedIn()
        teacher_id = self._sessions.get(session.token)
        if teacher_id is None or teacher_id != session.teacher.teacher_id:
            raise NotLoggedIn()
        teacher = self.get(teacher_id)
        if teacher is None:
            raise NotLoggedIn()
        return teacher

    # -- writing ------------------------------------------------------------------------------

    def create(self, username: str, display_name: str, password: str,
               session: TeacherSession | None) -> tuple[Teacher, Changes]:
        """The first teacher on a PC needs no session; every later one is created by a logged-in teacher."""
        by = self.require(session).teacher_id if self.has_teachers() else None
        if by is None and _enrolled(self._conn):
            raise TeacherError("this PC is enrolled at a hub: teacher accounts come from the hub", FROM_HUB_MESSAGE)
        name = clean_username(username)
        shown = clean_name(display_name)
        check_new_password(password)
        key = username_key(name)
        if self._conn.execute("SELECT 1 FROM teacher_accounts WHERE username_key = ?", (key,)).fetchone():
            raise TeacherError(f"teacher user name {name!r} is taken",
                               render("teacher.username_taken"))
        teacher_id = str(uuid.uuid4())
        stored = hash_password(password)
        now = self._now_iso()
        with transaction(self._conn):
            if by is None and self.has_teachers():
                raise NotLoggedIn()  # another window made the first teacher meanwhile
            self._conn.execute(
                "INSERT INTO teacher_accounts(teacher_id, username, username_key, display_name, password_hash,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (teacher_id, name, key, shown, stored, now))
            append_event(self._conn, self._clock, "teacher_created", None, {
                "teacher_id": teacher_id, "username": name, "display_name": shown,
                "by": by or teacher_id, "at": now})
        teacher = self.get(teacher_id)
        assert teacher is not None
        return teacher, Changes(settings=True)

    def login(self, username: str, password: str) -> TeacherSession:
        """An unknown name is answered exactly like a known one with a wrong password: the
        same count-down, the same lock, the same password-hashing time (tutor.lockout)."""
        key = username_key(username)
        row = self._conn.execute("SELECT * FROM teacher_accounts WHERE username_key = ?", (key,)).fetchone()
        subject = lockout.teacher_subject(key)
        state = lockout.read(self._conn, subject)
        trusted = self._trusted_now()
        left = lockout.seconds_left(state, self._clock, trusted)
        if left > 0:
            raise TeacherLocked(left)
        if row is not None and verify_password(password or "", row["password_hash"]):
            teacher_id = row["teacher_id"]
            now = self._now_iso()
            with transaction(self._conn):
                lockout.clear(self._conn, subject)
                self._conn.execute(
                    "UPDATE teacher_accounts SET failed_tries = 0, locked_until = NULL, last_login_at = ?"
                    " WHERE teacher_id = ?", (now, teacher_id))
                if needs_rehash(row["password_hash"]):
                    self._conn.execute("UPDATE teacher_accounts SET password_hash = ? WHERE teacher_id = ?",
                                       (hash_password(password), teacher_id))
                append_event(self._conn, self._clock, "teacher_login", None, {"by": teacher_id, "at": now})
            token = secrets.token_urlsafe(24)
            self._sessions[token] = teacher_id
            teacher = self.get(teacher_id)
            assert teacher is not None
            return TeacherSession(teacher=teacher, started_at=self._clock.now(), token=token)
        if row is None:
            burn_time(password or "")  # as long as checking a real account's password
        state = lockout.after_wrong_try(state, self._clock, trusted)
        locked = lockout.is_locked_now(state)
        with transaction(self._conn):
            lockout.write(self._conn, subject, state)
            if row is None:
                # What was typed is not kept: people type their password into the name field.
                append_event(self._conn, self._clock, "teacher_login_failed", None,
                             {"by": None, "known_user": False, "tries": state.failed_tries, "locked": locked,
                              "at": self._now_iso()})
            else:
                append_event(self._conn, self._clock, "teacher_login_failed", None, {
                    "username": row["username"], "by": row["teacher_id"], "known_user": True,
                    "tries": state.failed_tries, "locked": locked, "at": self._now_iso()})
        if locked:
            raise TeacherLocked(state.lock_seconds)
        raise WrongPassword(lockout.tries_left(state))

    def logout(self, session: TeacherSession) -> Changes:
        teacher = self.require(session)
        with transaction(self._conn):
            append_event(self._conn, self._clock, "teacher_logout", None,
                         {"by": teacher.teacher_id, "at": self._now_iso()})
        self._sessions.pop(session.token, None)
        return Changes()

    def change_password(self, session: TeacherSession, old: str, new: str) -> Changes:
        teacher = self.require(session)
        row = self._conn.execute("SELECT password_hash, from_hub FROM teacher_accounts WHERE teacher_id = ?",
                                 (teacher.teacher_id,)).fetchone()
        if row["from_hub"]:
            raise TeacherError("an account from the hub changes its password at the hub",
                               render("teacher.account_from_hub"))
        if not verify_password(old or "", row["password_hash"]):
            raise TeacherError("old teacher password does not match", render("teacher.old_password_wrong"))
        check_new_password(new)
        with transaction(self._conn):
            self._conn.execute("UPDATE teacher_accounts SET password_hash = ? WHERE teacher_id = ?",
                               (hash_password(new), teacher.teacher_id))
            append_event(self._conn, self._clock, "teacher_password_changed", None,
                         {"by": teacher.teacher_id, "at": self._now_iso()})
        # Other sessions of this teacher (another window) must log in again with the new password.
        for token, owner in list(self._sessions.items()):
            if owner == teacher.teacher_id and token != session.token:
                del self._sessions[token]
        return Changes()

    # -- helpers ------------------------------------------------------------------------------

    def _now_iso(self) -> str:
        return to_iso(self._trusted_now())  # type: ignore[arg-type]

    def seconds_locked(self, username: str) -> int:
        """Seconds the name's lock still lasts (0: not locked)."""
        state = lockout.read(self._conn, lockout.teacher_subject(username_key(username)))
        return lockout.seconds_left(state, self._clock, self._trusted_now()) if state.lock_seconds else 0


FROM_HUB_MESSAGE = render("teacher.accounts_from_hub")


def _enrolled(conn: sqlite3.Connection) -> bool:
    from tutor.sync.state import hub_link

    return hub_link(conn) is not None


def apply_site_teachers(conn: sqlite3.Connection, teachers: object) -> int:
    """Take in the teacher accounts the hub sent with the roster: new ones are added, changed
    ones (name, password) updated, revoked ones removed. An account made on this PC keeps
    its user name if the hub sends another account under it (logged, not replaced).
    Malformed entries are skipped. Returns how many accounts changed."""
    if not isinstance(teachers, list):
        return 0
    changed = 0
    with transaction(conn):
        for entry in teachers:
            try:
                teacher_id, name = str(entry["teacher_id"]), clean_username(str(entry["username"]))
                shown, stored = clean_name(str(entry["display_name"])), str(entry["password_hash"])
                created, revoked = str(entry["created_at"]), bool(entry["revoked"])
                from_iso(created)
            except (KeyError, TypeError, ValueError, TeacherError) as exc:
                log.warning("a teacher account from the hub is malformed and skipped: %s", exc)
                continue
            if revoked:
                changed += conn.execute("DELETE FROM teacher_accounts WHERE teacher_id = ? AND from_hub = 1",
                                        (teacher_id,)).rowcount
                continue
            key = username_key(name)
            holder = conn.execute("SELECT teacher_id, from_hub FROM teacher_accounts WHERE username_key = ?",
                                  (key,)).fetchone()
            if holder is not None and holder["teacher_id"] != teacher_id:
                if not holder["from_hub"]:
                    log.warning("teacher account %r from the hub skipped: a teacher of this PC has that name", name)
                    continue
                conn.execute("DELETE FROM teacher_accounts WHERE teacher_id = ?", (holder["teacher_id"],))
            changed += conn.execute(
                "INSERT INTO teacher_accounts(teacher_id, username, username_key, display_name, password_hash,"
                " created_at, from_hub) VALUES (?, ?, ?, ?, ?, ?, 1)"
                " ON CONFLICT(teacher_id) DO UPDATE SET username = excluded.username,"
                " username_key = excluded.username_key, display_name = excluded.display_name,"
                " password_hash = excluded.password_hash, from_hub = 1"
                " WHERE username IS NOT excluded.username OR display_name IS NOT excluded.display_name"
                " OR password_hash IS NOT excluded.password_hash OR from_hub = 0",
                (teacher_id, name, key, shown, stored, created)).rowcount
    return changed


def _teacher(row: sqlite3.Row) -> Teacher:
    return Teacher(row["teacher_id"], row["username"], row["display_name"], from_iso(row["created_at"]))
