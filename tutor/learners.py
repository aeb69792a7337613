"""Learner profiles on a shared PC: create, list, sign in with an optional PIN.

Every method runs on the database thread and returns plain values.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from tutor import lockout
from tutor.avatars import is_avatar
from tutor.changes import Changes
from tutor.clock import Clock, to_iso
from tutor.errors import ProfileError, ProfileLocked, WrongPin
from tutor.events import append_event
from tutor.ids import new_learner_id
from tutor.learner_groups import is_age_band, is_group
from tutor.pin import hash_pin, is_valid_pin, pin_matches
from tutor.store.db import transaction
from tutor.messages import render

MAX_NAME_CHARS = 200
MAX_PIN_TRIES = lockout.MAX_TRIES
LOCK_SECONDS = lockout.LOCK_SECONDS


@dataclass(frozen=True)
class Learner:
    learner_id: str
    display_name: str
    icon: str
    has_pin: bool
    locked_seconds_left: int = 0
    prefs: dict[str, Any] = field(default_factory=dict)
    group: str | None = None       # tutor.learner_groups.GROUPS code; optional
    age_band: str | None = None    # tutor.learner_groups.AGE_BANDS code; optional


def clean_name(raw: str) -> str:
    """NFC, no control characters, single spaces; emoji and quotes are kept as typed."""
    text = unicodedata.normalize("NFC", raw or "")
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf") or ch == "\u200d")
    text = " ".join(text.split())
    if not text:
        raise ProfileError("empty learner name", render("profile.name_empty"))
    if len(text) > MAX_NAME_CHARS:
        raise ProfileError(
            f"learner name longer than {MAX_NAME_CHARS} characters",
            code="profile.name_too_long", params={"limit": MAX_NAME_CHARS},
        )
    return text


class Learners:
    def __init__(self, conn: sqlite3.Connection, clock: Clock):
        self._conn = conn
        self._clock = clock
        self._trusted = None  # tutor.progress.trusted_time.TrustedClock, made on first lock-out check

    # -- reading -------------------------------------------------------------

    def list(self) -> list[Learner]:
        rows = self._conn.execute(
            "SELECT * FROM learners WHERE archived = 0"
            " ORDER BY COALESCE(last_seen_at, created_at) DESC, display_name"
        ).fetchall()
        locks = lockout.read_many(self._conn, lockout.learner_subject(""))
        return [self._to_learner(r, locks) for r in rows]

    def get(self, learner_id: str) -> Learner:
        row = self._row(learner_id)
        return self._to_learner(row)

    # -- writing -------------------------------------------------------------

    def create(self, name: str, icon: str, pin: str | None = None, *, group: str | None = None,
               age_band: str | None = None) -> tuple[Learner, Changes]:
        display_name = clean_name(name)
        if not is_avatar(icon):
            raise ProfileError(f"unknown avatar {icon!r}", render("profile.choose_picture"))
        _check_group(group, age_band)
        digest = salt = None
        if pin:
            if not is_valid_pin(pin):
                raise ProfileError("PIN must be 4 digits", render("profile.pin_four_digits"))
            digest, salt = hash_pin(pin)
        learner_id = new_learner_id()
        now = to_iso(self._clock.now())
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO learners(learner_id, display_name, icon, pin_hash, pin_salt, created_at,"
                " learner_group, age_band) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (learner_id, display_name, icon, digest, salt, now, group, age_band),
            )
            append_event(
                self._conn, self._clock, "learner_created", learner_id,
                {"display_name": display_name, "icon": icon, **_group_payload(group, age_band)},
            )
            if digest is not None:
                append_event(
                    self._conn, self._clock, "learner_pin_set", learner_id,
                    {"pin_hash": digest.hex(), "pin_salt": salt.hex()},
                )
        return self.get(learner_id), Changes(learners=True, learner_ids=frozenset({learner_id}))

    def sign_in(self, learner_id: str, pin: str | None = None) -> Learner:
        """Checks the PIN (if the profile has one); raises WrongPin or ProfileLocked."""
        row = self._row(learner_id)
        if row["pin_hash"] is None:
            self._touch(learner_id)
            return self.get(learner_id)
        subject = lockout.learner_subject(learner_id)
        state = lockout.read(self._conn, subject)
        trusted = self._trusted_now()
        left = lockout.seconds_left(state, self._clock, trusted)
        if left > 0:
            raise ProfileLocked(left)
        if pin is not None and pin_matches(pin, row["pin_hash"], row["pin_salt"]):
            with transaction(self._conn):
                lockout.clear(self._conn, subject)
                self._conn.execute(
                    "UPDATE learners SET failed_pin_tries = 0, locked_until = NULL, last_seen_at = ?"
                    " WHERE learner_id = ?",
                    (to_iso(self._clock.now()), learner_id),
                )
            return self.get(learner_id)
        state = lockout.after_wrong_try(state, self._clock, trusted)
        with transaction(self._conn):
            lockout.write(self._conn, subject, state)
        if lockout.is_locked_now(state):
            raise ProfileLocked(state.lock_seconds)
        raise WrongPin(lockout.tries_left(state))

    def set_pin(self, learner_id: str, pin: str | None) -> Changes:
        self._row(learner_id)
        if pin:
            if not is_valid_pin(pin):
                raise ProfileError("PIN must be 4 digits", render("profile.pin_four_digits"))
            digest, salt = hash_pin(pin)
        else:
            digest = salt = None
        with transaction(self._conn):
            self._conn.execute(
                "UPDATE learners SET pin_hash = ?, pin_salt = ?, failed_pin_tries = 0,"
                " locked_until = NULL WHERE learner_id = ?",
                (digest, salt, learner_id),
            )
            lockout.clear(self._conn, lockout.learner_subject(learner_id))
            append_event(
                self._conn, self._clock, "learner_pin_set", learner_id,
                {"pin_hash": digest.hex() if digest else None, "pin_salt": salt.hex() if salt else None},
            )
        return Changes(learners=True, learner_ids=frozenset({learner_id}))

    def rename(self, learner_id: str, name: str, icon: str | None = None) -> Changes:
        display_name = clean_name(name)
        row = self._row(learner_id)
        new_icon = icon or row["icon"]
        if not is_avatar(new_icon):
            raise ProfileError(f"unknown avatar {new_icon!r}", render("profile.choose_picture"))
        with transaction(self._conn):
            self._conn.execute(
                "UPDATE learners SET display_name = ?, icon = ? WHERE learner_id = ?",
                (display_name, new_icon, learner_id),
            )
            append_event(
                self._conn, self._clock, "learner_renamed", learner_id,
                {"display_name": display_name, "icon": new_icon},
            )
        return Changes(learners=True, learner_ids=frozenset({learner_id}))

    def set_group(self, learner_id: str, group: str | None, age_band: str | None) -> Changes:
        """A teacher (or the learner) fills in or corrects the group and age band."""
        _check_group(group, age_band)
        row = self._row(learner_id)
        with transaction(self._conn):
            self._conn.execute(
                "UPDATE learners SET learner_group = ?, age_band = ? WHERE learner_id = ?",
                (group, age_band, learner_id),
            )
            # A rename event with the same name and icon: every hub and PC already folds it.
            append_event(
                self._conn, self._clock, "learner_renamed", learner_id,
                # Both keys always: None says "cleared", where a missing key says "not told".
                {"display_name": row["display_name"], "icon": row["icon"], "group": group, "age_band": age_band},
            )
        return Changes(learners=True, learner_ids=frozenset({learner_id}))

    def set_prefs(self, learner_id: str, **prefs: Any) -> Changes:
        row = self._row(learner_id)
        merged = {**json.loads(row["prefs"] or "{}"), **prefs}
        with transaction(self._conn):
            self._conn.execute(
                "UPDATE learners SET prefs = ? WHERE learner_id = ?",
                (json.dumps(merged, ensure_ascii=False), learner_id),
            )
        return Changes(settings=True, learner_ids=frozenset({learner_id}))

    # -- helpers -------------------------------------------------------------

    def _row(self, learner_id: str) -> sqlite3.Row:
        row = self._conn.execute(
            "SELECT * FROM learners WHERE learner_id = ?", (learner_id,)
        ).fetchone()
        if row is None:
            raise ProfileError(f"no learner {learner_id}", render("profile.no_learner"))
        return row

    def _touch(self, learner_id: str) -> None:
        with transaction(self._conn):
            self._conn.execute(
                "UPDATE learners SET last_seen_at = ? WHERE learner_id = ?",
                (to_iso(self._clock.now()), learner_id),
            )

    def _trusted_now(self):
        """Trusted time for lock-outs after a restart (the wall clock alone is never believed)."""
        if self._trusted is None:
            from tutor.progress.trusted_time import TrustedClock

            self._trusted = TrustedClock(self._clock, self._conn)
        return self._trusted.now()

    def _seconds_locked(self, row: sqlite3.Row, locks: dict | None = None) -> int:
        if row["pin_hash"] is None:
            return 0
        subject = lockout.learner_subject(row["learner_id"])
        state = locks.get(subject) if locks is not None else lockout.read(self._conn, subject)
        if state is None or state.lock_seconds == 0:
            return 0
        return lockout.seconds_left(state, self._clock, self._trusted_now())

    def _to_learner(self, row: sqlite3.Row, locks: dict | None = None) -> Learner:
        return Learner(
            learner_id=row["learner_id"],
            display_name=row["display_name"],
            icon=row["icon"],
            has_pin=row["pin_hash"] is not None,
            locked_seconds_left=self._seconds_locked(row, locks),
            prefs=json.loads(row["prefs"] or "{}"),
            group=row["learner_group"],
            age_band=row["age_band"],
        )


def _check_group(group: str | None, age_band: str | None) -> None:
    if group is not None and not is_group(group):
        raise ProfileError(f"unknown learner group {group!r}", code="profile.unknown_group")
    if age_band is not None and not is_age_band(age_band):
        raise ProfileError(f"unknown age band {age_band!r}", code="profile.unknown_group")


def _group_payload(group: str | None, age_band: str | None) -> dict[str, str]:
    """Only what was chosen: a profile without a group sends the same event as before."""
    out: dict[str, str] = {}
    if group is not None:
        out["group"] = group
    if age_band is not None:
        out["age_band"] = age_band
    return out
