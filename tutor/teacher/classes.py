"""Classes and who is in them: create, rename, archive, enrol, unenrol.

Rows live in the projected tables (see projection.py); every change here is an
event folded by projection.apply_event in the same transaction. Learners are
listed in the order of a Vietnamese class list: by given name (the last word),
then by the full name.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from tutor.messages import render
from tutor.changes import Changes
from tutor.clock import Clock, from_iso, to_iso
from tutor.lessons.textnorm import fold
from tutor.store.db import transaction
from tutor.sync.outbox import own_device_ids
from tutor.teacher import projection
from tutor.teacher.api import ClassInfo, EnrollableLearner, Teacher
from tutor.teacher.errors import TeacherError, UnknownTeacherItem

MAX_CLASS_NAME_CHARS = 100
# A class row with its member count (current members; archived profiles do not count).
_CLASS_WITH_MEMBERS = (
    "SELECT c.*, (SELECT count(*) FROM teacher_enrolments e JOIN learners l ON l.learner_id = e.learner_id"
    "  WHERE e.class_id = c.class_id AND e.enrolled = 1 AND l.archived = 0) AS members"
    " FROM teacher_classes c"
)


def class_list_key(display_name: str) -> tuple[str, str]:
    """Vietnamese class lists sort by the given name (the last word), then the whole name."""
    folded = fold(display_name)
    parts = folded.split()
    return (parts[-1] if parts else "", folded)


def clean_class_name(raw: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", raw or "").split())
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("C"))
    if not text:
        raise TeacherError("empty class name", render("teacher.class_name_empty"))
    if len(text) > MAX_CLASS_NAME_CHARS:
        raise TeacherError("class name too long", code="teacher.class_name_too_long",
                           params={"limit": MAX_CLASS_NAME_CHARS})
    return text


class Classes:
    def __init__(self, conn: sqlite3.Connection, clock: Clock, trusted_now: Callable[[], Any]):
        self._conn = conn
        self._clock = clock
        self._trusted_now = trusted_now
        self._last_at: datetime | None = None

    # -- reading ------------------------------------------------------------------------------

    def list(self, include_archived: bool = False) -> list[ClassInfo]:
        rows = self._conn.execute(
            _CLASS_WITH_MEMBERS + ("" if include_archived else " WHERE c.archived = 0")).fetchall()
        infos = [_class_info(r) for r in rows]
        return sorted(infos, key=lambda c: (c.archived, fold(c.name), c.created_at))

    def get(self, class_id: str) -> ClassInfo:
        row = self._conn.execute(_CLASS_WITH_MEMBERS + " WHERE c.class_id = ?", (class_id,)).fetchone()
        if row is None:
            raise UnknownTeacherItem(f"no class {class_id}", render("teacher.no_class"))
        return _class_info(row)

    def member_ids(self, class_id: str) -> list[str]:
        """Current members (archived profiles excluded), in class-list order."""
        return [m.learner_id for m in self.members(class_id)]

    def members(self, class_id: str) -> list[EnrollableLearner]:
        self.get(class_id)
        return self._learners("AND l.learner_id IN (SELECT learner_id FROM teacher_enrolments"
                              " WHERE class_id = ? AND enrolled = 1)", (class_id,))

    def enrollable_learners(self) -> list[EnrollableLearner]:
        return self._learners("", ())

    def enrolled_at(self, class_id: str) -> dict[str, str]:
        return {r[0]: r[1] for r in self._conn.execute(
            "SELECT learner_id, enrolled_at FROM teacher_enrolments WHERE class_id = ? AND enrolled = 1", (class_id,))}

    def snapshot(self, class_id: str) -> dict[str, Any]:
        """What an enrolment event carries so the learner's PC knows the class and its work."""
        row = self._conn.execute("SELECT * FROM teacher_classes WHERE class_id = ?", (class_id,)).fetchone()
        return {
            "name": row["name"], "name_stamp": row["name_stamp"], "archived": bool(row["archived"]),
            "archived_stamp": row["archived_stamp"], "created_at": row["created_at"],
            "created_by": row["created_by"],
        }

    # -- writing ------------------------------------------------------------------------------

    def create(self, teacher: Teacher, name: str) -> tuple[ClassInfo, Changes]:
        clean = clean_class_name(name)
        self._refuse_duplicate(clean, None)
        class_id = str(uuid.uuid4())
        with transaction(self._conn):
            projection.record(self._conn, self._clock, "class_created",
                              self.payload(teacher, class_id=class_id, name=clean))
        return self.get(class_id), Changes(learners=True)

    def rename(self, teacher: Teacher, class_id: str, name: str) -> Changes:
        current = self.get(class_id)
        clean = clean_class_name(name)
        if clean == current.name:
            return Changes()
        self._refuse_duplicate(clean, class_id)
        with transaction(self._conn):
            projection.record(self._conn, self._clock, "class_renamed",
                              self.payload(teacher, class_id=class_id, name=clean),
                              copies_for=self.enrolled_ids(class_id))
        return Changes(learners=True)

    def archive(self, teacher: Teacher, class_id: str, archived: bool = True) -> Changes:
        current = self.get(class_id)
        if current.archived == bool(archived):
            return Changes()
        if not archived:
            self._refuse_duplicate(current.name, class_id)
        members = self.enrolled_ids(class_id)
        with transaction(self._conn):
            projection.record(self._conn, self._clock, "class_archived",
                              self.payload(teacher, class_id=class_id, archived=bool(archived)),
                              copies_for=members)
        # Assignments of an archived class leave the members' home screens.
        return Changes(learners=True, progress=True, learner_ids=frozenset(members))

    def enroll(self, teacher: Teacher, class_id: str, learner_ids: Sequence[str],
               assignments_of: Callable[[str], list[dict[str, Any]]]) -> Changes:
        self.require_open(class_id)
        wanted = self._require_learners(learner_ids)
        already = set(self.enrolled_ids(class_id))
        new = [i for i in wanted if i not in already]
        if not new:
            return Changes()
        with transaction(self._conn):
            snapshot = self.snapshot(class_id)
            work = assignments_of(class_id)
            for learner_id in new:
                projection.record(self._conn, self._clock, "class_enrolled", self.payload(
                    teacher, class_id=class_id, **{"class": snapshot}, assignments=work), learner_id=learner_id)
        return Changes(learners=True, progress=True, learner_ids=frozenset(new))

    def unenroll(self, teacher: Teacher, class_id: str, learner_ids: Sequence[str]) -> Changes:
        self.get(class_id)
        current = set(self.enrolled_ids(class_id))
        gone = [i for i in dict.fromkeys(learner_ids) if i in current]
        if not gone:
            return Changes()
        with transaction(self._conn):
            for learner_id in gone:
                projection.record(self._conn, self._clock, "class_unenrolled",
                                  self.payload(teacher, class_id=class_id), learner_id=learner_id)
        return Changes(learners=True, progress=True, learner_ids=frozenset(gone))

    # -- helpers ------------------------------------------------------------------------------

    def payload(self, teacher: Teacher, **fields: Any) -> dict[str, Any]:
        return {**fields, "by": teacher.teacher_id, "at": to_iso(self._next_at()), "op": projection.new_op()}

    def _next_at(self) -> datetime:
        """Trusted time, strictly later than this PC's previous teacher operation: two changes
        made within one millisecond (a rename right after a create) keep their order, since
        the newest stamp wins (projection.py)."""
        at = self._trusted_now()
        if self._last_at is not None and at <= self._last_at:
            at = self._last_at + timedelta(milliseconds=1)
        self._last_at = at
        return at

    def enrolled_ids(self, class_id: str) -> list[str]:
        """Everyone enrolled, archived profiles included: their PCs need class changes too."""
        return [r[0] for r in self._conn.execute(
            "SELECT learner_id FROM teacher_enrolments WHERE class_id = ? AND enrolled = 1 ORDER BY learner_id",
            (class_id,))]

    def require_open(self, class_id: str) -> ClassInfo:
        info = self.get(class_id)
        if info.archived:
            raise TeacherError(f"class {class_id} is archived",
                               render("teacher.class_archived"))
        return info

    def _require_learners(self, learner_ids: Sequence[str]) -> list[str]:
        wanted = list(dict.fromkeys(learner_ids))
        for learner_id in wanted:
            row = self._conn.execute("SELECT archived, display_name FROM learners WHERE learner_id = ?",
                                     (learner_id,)).fetchone()
            if row is None:
                raise UnknownTeacherItem(f"no learner {learner_id}", render("profile.no_learner"))
            if row["archived"]:
                raise TeacherError(f"learner {learner_id} is archived", code="teacher.profile_merged_or_archived",
                                   params={"name": row["display_name"]})
        return wanted

    def _refuse_duplicate(self, name: str, except_id: str | None) -> None:
        key = fold(name)
        for row in self._conn.execute("SELECT class_id, name FROM teacher_classes WHERE archived = 0"):
            if row["class_id"] != except_id and fold(row["name"]) == key:
                raise TeacherError(f"a class named {name!r} exists", render("teacher.class_name_taken"))

    def _learners(self, where: str, args: tuple) -> list[EnrollableLearner]:
        own = own_device_ids(self._conn)
        rows = self._conn.execute(
            "SELECT l.learner_id, l.display_name, l.icon,"
            " (SELECT e.device_id FROM events e WHERE e.learner_id = l.learner_id AND e.kind = 'learner_created'"
            "  ORDER BY e.seq LIMIT 1) AS made_on,"
            " (SELECT json_group_array(t.class_id) FROM teacher_enrolments t"
            "  WHERE t.learner_id = l.learner_id AND t.enrolled = 1) AS classes"
            f" FROM learners l WHERE l.archived = 0 {where}", args).fetchall()
        found = [
            EnrollableLearner(
                r["learner_id"], r["display_name"], r["icon"],
                # No creation event at all: a profile from before events existed, made here.
                "this_pc" if r["made_on"] is None or r["made_on"] in own else "site_roster",
                frozenset(json.loads(r["classes"] or "[]")),
            )
            for r in rows
        ]
        return sorted(found, key=lambda x: class_list_key(x.display_name))


def _class_info(row: sqlite3.Row) -> ClassInfo:
    created = row["created_at"] or row["name_stamp"].split("|")[0]
    return ClassInfo(row["class_id"], row["name"], from_iso(created), bool(row["archived"]), int(row["members"]))
