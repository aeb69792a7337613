"""ContentService: what the rest of the app asks about lessons (Workspace.content).

Reads return plain immutable values; the one mutation, importing a pack,
returns an ImportResult carrying a Changes value for the UI to broadcast.
Use it on the database thread only.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from tutor.errors import TutorError
from tutor.lessons.codec import lesson_from_dict, question_from_dict
from tutor.lessons.importer import ImportResult, InstalledPack, import_pack, installed_pack
from tutor.lessons.keys import TrustedKey
from tutor.lessons.model import (
    AnyQuestion, Competence, Lesson, Level, Module, QuestionRef, ShortAnswer,
)
from tutor.lessons.pack_format import version_key
from tutor.lessons.pack_verify import VerifiedPack, verify_pack
from tutor.lessons.search import Passage, SearchHit, search, search_passages

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class LessonSummary:
    lesson_id: str
    title: str
    minutes: int
    level: int
    module_id: str
    position: int
    competences: tuple[str, ...]


# What a row damaged on disk raises when read: bad UTF-8 (sqlite3 reports it as an
# OperationalError), JSON that no longer parses (ValueError), or parsed JSON of the wrong shape.
_DECODE_ERRORS = (ValueError, KeyError, TypeError, sqlite3.OperationalError)


class ContentDamaged(TutorError):
    def __init__(self, detail: str):
        super().__init__(
            f"content rows fail to decode and cannot be re-imported: {detail}", code="content.damaged",
        )


class ContentService:
    def __init__(self, conn: sqlite3.Connection, repair_from: Path | None = None):
        """``repair_from``: the signed pack shipped with the app. Content rows that fail to
        decode (a bit flipped on disk, which quick_check does not see) are re-imported
        from it when it is the installed pack."""
        self.conn = conn
        self._repair_from = repair_from
        self._repair_tried = False

    def _decoded(self, read: Callable[[], T]) -> T:
        try:
            return read()
        except _DECODE_ERRORS as exc:
            from tutor.store.storage_errors import is_resource_error

            if is_resource_error(exc):
                raise
            log.error("content rows fail to decode: %s", exc)
            self._reimport(exc)
            return read()

    def _reimport(self, exc: BaseException) -> None:
        if self._repair_tried or self._repair_from is None or not Path(self._repair_from).exists():
            raise ContentDamaged(str(exc)) from exc
        self._repair_tried = True  # once a session: a pack that does not help is not retried forever
        current = installed_pack(self.conn)
        pack = verify_pack(self._repair_from)
        if current is None or current.content_sha256 != pack.content_sha256:
            raise ContentDamaged(f"{exc}; the installed pack is not the bundled one") from exc
        import_pack(self.conn, pack, force=True)
        log.warning("content re-imported from the signed pack %s after a decode error", self._repair_from)

    # --- the installed pack -----------------------------------------------------

    def installed_pack(self) -> InstalledPack | None:
        return installed_pack(self.conn)

    def import_pack_file(self, path: Path | str, trusted_keys: Iterable[TrustedKey] | None = None,
                         force: bool = False) -> ImportResult:
        """Verify then import. Raises a PackError (with a Vietnamese user_message) and
        changes nothing when the file is refused."""
        return import_pack(self.conn, verify_pack(path, trusted_keys), force=force)

    def import_verified(self, pack: VerifiedPack, force: bool = False) -> ImportResult:
        """For callers that verify off the database thread (verify_pack touches no database)."""
        return import_pack(self.conn, pack, force=force)

    # --- structure ----------------------------------------------------------------

    def levels(self) -> list[Level]:
        rows = self.conn.execute(
            "SELECT number, title, summary FROM content_levels WHERE retired = 0 ORDER BY position"
        ).fetchall()
        module_ids: dict[int, list[str]] = {}
        for r in self.conn.execute(
            "SELECT module_id, level_number FROM content_modules WHERE retired = 0 ORDER BY position"
        ):
            module_ids.setdefault(r["level_number"], []).append(r["module_id"])
        return [Level(r["number"], r["title"], r["summary"], tuple(module_ids.get(r["number"], ()))) for r in rows]

    def modules(self, level: int) -> list[Module]:
        rows = self.conn.execute(
            "SELECT module_id, level_number, title, summary FROM content_modules"
            " WHERE level_number = ? AND retired = 0 ORDER BY position", (level,),
        ).fetchall()
        lesson_ids: dict[str, list[str]] = {}
        for r in self.conn.execute(
            "SELECT lesson_id, module_id FROM content_lessons WHERE level_number = ? AND retired = 0"
            " ORDER BY position", (level,),
        ):
            lesson_ids.setdefault(r["module_id"], []).append(r["lesson_id"])
        return [
            Module(r["module_id"], r["level_number"], r["title"], r["summary"],
                   tuple(lesson_ids.get(r["module_id"], ())))
            for r in rows
        ]

    def lessons(self, module: str | None = None, level: int | None = None) -> list[LessonSummary]:
        """Current lessons of a module or a level (or all), in teaching order."""
        where, args = ["l.retired = 0"], []
        if module is not None:
            where.append("l.module_id = ?")
            args.append(module)
        if level is not None:
            where.append("l.level_number = ?")
            args.append(level)
        sql = f"""SELECT l.lesson_id, l.title, l.minutes, l.level_number, l.module_id, l.position, l.competences
                FROM content_lessons l
                JOIN content_modules m ON m.module_id = l.module_id
                JOIN content_levels v ON v.number = l.level_number
                WHERE {' AND '.join(where)}
                ORDER BY v.position, m.position, l.position"""
        return self._decoded(lambda: [
            LessonSummary(r["lesson_id"], r["title"], r["minutes"], r["level_number"], r["module_id"],
                          r["position"], tuple(json.loads(r["competences"])))
            for r in self.conn.execute(sql, args).fetchall()
        ])

    def lesson(self, lesson_id: str) -> Lesson | None:
        """Also returns a retired lesson, so history screens can still show it."""
        def read() -> Lesson | None:
            row = self.conn.execute("SELECT lesson_json FROM content_lessons WHERE lesson_id = ?",
                                    (lesson_id,)).fetchone()
            return lesson_from_dict(json.loads(row["lesson_json"])) if row else None

        return self._decoded(read)

    def is_retired(self, lesson_id: str) -> bool:
        row = self.conn.execute("SELECT retired FROM content_lessons WHERE lesson_id = ?", (lesson_id,)).fetchone()
        return bool(row and row["retired"])

    def question(self, lesson_id: str, question_id: str) -> AnyQuestion | None:
        def read() -> AnyQuestion | None:
            row = self.conn.execute(
                "SELECT question_json FROM content_questions WHERE lesson_id = ? AND question_id = ?",
                (lesson_id, question_id),
            ).fetchone()
            return question_from_dict(json.loads(row["question_json"])) if row else None

        return self._decoded(read)

    def level_test_questions(self, level: int) -> list[QuestionRef]:
        return self._decoded(lambda: self._level_test_questions(level))

    def _level_test_questions(self, level: int) -> list[QuestionRef]:
        rows = self.conn.execute(
            """SELECT q.lesson_id, q.question_json
               FROM content_questions q
               JOIN content_lessons l ON l.lesson_id = q.lesson_id
               JOIN content_modules m ON m.module_id = l.module_id
               WHERE l.level_number = ? AND q.level_test = 1 AND q.retired = 0 AND l.retired = 0
               ORDER BY m.position, l.position, q.position""",
            (level,),
        ).fetchall()
        return [QuestionRef(r["lesson_id"], question_from_dict(json.loads(r["question_json"]))) for r in rows]

    def short_answers(self, level: int) -> list[ShortAnswer]:
        """Every current short-answer question of a level: the pool word tiles are drawn from."""
        rows = self.conn.execute(
            """SELECT q.question_json
               FROM content_questions q
               JOIN content_lessons l ON l.lesson_id = q.lesson_id
               WHERE l.level_number = ? AND q.retired = 0 AND l.retired = 0
               ORDER BY l.lesson_id, q.position""",
            (level,),
        ).fetchall()
        questions = (question_from_dict(json.loads(r["question_json"])) for r in rows)
        return [q for q in questions if isinstance(q, ShortAnswer)]

    def level_of(self, lesson_id: str) -> int | None:
        row = self.conn.execute("SELECT level_number FROM content_lessons WHERE lesson_id = ?",
                                (lesson_id,)).fetchone()
        return row["level_number"] if row else None

    def competences(self) -> list[Competence]:
        rows = self.conn.execute(
            "SELECT code, title, domain_code, domain_title FROM content_competences"
        ).fetchall()
        found = [Competence(r["code"], r["title"], r["domain_code"], r["domain_title"]) for r in rows]
        return sorted(found, key=lambda c: tuple(int(x) for x in c.code.split(".")))

    def media(self, name: str) -> bytes | None:
        """Image bytes for a lesson's ``media/...`` reference."""
        row = self.conn.execute("SELECT data FROM content_media WHERE name = ?", (name,)).fetchone()
        return bytes(row["data"]) if row else None

    # --- search ---------------------------------------------------------------------

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        return search(self.conn, query, limit)

    def search_passages(self, query: str, limit: int = 5) -> list[Passage]:
        return search_passages(self.conn, query, limit)


def ensure_bundled_pack(conn: sqlite3.Connection, bundled_path: Path | str,
                        trusted_keys: Iterable[TrustedKey] | None = None) -> ImportResult | None:
    """Import the pack shipped with the app into a data dir that has none, or that has
    an older version of the same pack (the app was updated). Otherwise a cheap no-op:
    when the file is the one already installed, it is hashed but not even opened."""
    path = Path(bundled_path)
    current = installed_pack(conn)
    if current is not None and current.file_sha256 == _file_sha256(path):
        return None
    pack = verify_pack(path, trusted_keys)
    if current is not None and (
        current.pack_id != pack.pack_id or version_key(pack.version) <= version_key(current.version)
    ):
        return None  # a newer or different pack was imported by hand: keep it
    result = import_pack(conn, pack)
    log.info("bundled pack: %s", result.summary())
    return result


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
