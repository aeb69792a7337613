"""`import_pack`: put a verified pack into the database, all or nothing.

The whole import is one transaction. Lessons and questions keep their text
ids; those missing from the new pack are marked retired, never deleted,
because learners' progress refers to them.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterator

from tutor.changes import Changes
from tutor.lessons.codec import dumps, lesson_to_dict, practice_to_dict, question_to_dict
from tutor.lessons.errors import (
    PackError,
    PackIdMismatch,
    PackImportFailed,
    PackNotNewer,
    PackUnsupportedSchema,
    PackVersionConflict,
)
from tutor.lessons.model import Curriculum, Lesson
from tutor.lessons.pack_format import version_key
from tutor.lessons.pack_layout import lesson_member
from tutor.lessons.pack_verify import VerifiedPack
from tutor.lessons.search import index_lesson

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InstalledPack:
    install_id: int
    pack_id: str
    version: str
    schema_version: int
    title: str
    publisher: str
    language: str
    created: str
    installed_at: str
    signer_name: str
    key_id: str
    signer_is_development: bool
    content_sha256: str
    file_sha256: str


@dataclass(frozen=True)
class ImportResult:
    pack: InstalledPack
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    questions_retired: int = 0
    noop: bool = False  # the same pack was already installed
    changes: Changes = field(default_factory=Changes)

    def summary(self) -> str:
        if self.noop:
            return f"{self.pack.pack_id} {self.pack.version} already installed; nothing changed"
        return (f"{self.pack.pack_id} {self.pack.version}: {self.added} lessons added, "
                f"{self.updated} updated, {self.unchanged} unchanged, {self.retired} retired")


@dataclass
class _Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    questions_retired: int = 0


def installed_pack(conn: sqlite3.Connection) -> InstalledPack | None:
    row = conn.execute("SELECT * FROM content_packs ORDER BY install_id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return InstalledPack(
        install_id=row["install_id"], pack_id=row["pack_id"], version=row["version"],
        schema_version=row["schema_version"], title=row["title"], publisher=row["publisher"],
        language=row["language"], created=row["created"], installed_at=row["installed_at"],
        signer_name=row["signer_name"], key_id=row["key_id"],
        signer_is_development=bool(row["signer_is_development"]),
        content_sha256=row["content_sha256"], file_sha256=row["file_sha256"],
    )


def import_pack(conn: sqlite3.Connection, pack: VerifiedPack, *, force: bool = False,
                now: datetime | None = None) -> ImportResult:
    """Install ``pack``; refuses an older pack, a different pack id or a same-version
    pack with other content unless ``force``. The same pack again is a no-op."""
    importer = IMPORTERS.get(pack.schema_version)
    if importer is None:
        raise PackUnsupportedSchema(f"no importer for schema_version {pack.schema_version}")
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        with _write_transaction(conn):
            current = installed_pack(conn)
            if current is not None and not force:
                if _refuse_or_noop(current, pack):
                    return ImportResult(pack=current, noop=True)
            counts = importer(conn, pack)
            _record_install(conn, pack, stamp, counts)
            record = installed_pack(conn)
    except PackError:
        raise
    except sqlite3.Error as exc:
        log.exception("importing pack %s failed; rolled back", pack.path)
        raise PackImportFailed(f"database error while importing {pack.path}: {exc}") from exc
    assert record is not None
    log.info("imported pack %s %s: %s", pack.pack_id, pack.version, counts)
    return ImportResult(
        pack=record, added=counts.added, updated=counts.updated, unchanged=counts.unchanged,
        retired=counts.retired, questions_retired=counts.questions_retired,
        changes=Changes(content=True),
    )


def _refuse_or_noop(current: InstalledPack, pack: VerifiedPack) -> bool:
    """True when the pack is already installed; raises when it must not replace the current one."""
    if current.pack_id != pack.pack_id:
        raise PackIdMismatch(current.pack_id, pack.pack_id)
    offered, installed = version_key(pack.version), version_key(current.version)
    if offered < installed:
        raise PackNotNewer(current.version, pack.version)
    if offered == installed:
        if current.content_sha256 == pack.content_sha256:
            return True
        raise PackVersionConflict(pack.version)
    return False


@contextmanager
def _write_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE .. COMMIT; inside a caller's transaction, a savepoint so
    a failure still undoes exactly this import."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT content_import")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK TO content_import")
            conn.execute("RELEASE content_import")
            raise
        conn.execute("RELEASE content_import")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _record_install(conn: sqlite3.Connection, pack: VerifiedPack, stamp: str, counts: _Counts) -> None:
    info = pack.curriculum.info
    conn.execute(
        """INSERT INTO content_packs (pack_id, version, schema_version, title, publisher, language,
               created, installed_at, signer_name, key_id, signer_is_development, content_sha256,
               file_sha256, lessons_added, lessons_updated, lessons_retired)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (info.id, info.version, info.schema_version, info.title, info.publisher, info.language,
         pack.manifest.created, stamp, pack.signer_name, pack.key_id, int(pack.signer.development),
         pack.content_sha256, pack.file_sha256, counts.added, counts.updated, counts.retired),
    )


# --- schema_version 1 ----------------------------------------------------------


def _import_v1(conn: sqlite3.Connection, pack: VerifiedPack) -> _Counts:
    curriculum = pack.curriculum
    version = curriculum.info.version
    counts = _Counts()
    _replace_competences(conn, curriculum)
    _upsert_levels_and_modules(conn, curriculum)
    existing = {
        row["lesson_id"]: (row["content_sha256"], row["retired"])
        for row in conn.execute("SELECT lesson_id, content_sha256, retired FROM content_lessons")
    }
    conn.execute("DELETE FROM content_search")
    for module in curriculum.modules:
        for position, lesson_id in enumerate(module.lesson_ids):
            lesson = curriculum.lesson(lesson_id)
            assert lesson is not None
            sha = pack.member_sha256[lesson_member(lesson.id)]
            before = existing.get(lesson.id)
            if before is None:
                counts.added += 1
            elif before != (sha, 0):
                counts.updated += 1
            else:
                counts.unchanged += 1
            _upsert_lesson(conn, lesson, position, sha, version)
            counts.questions_retired += _replace_lesson_parts(conn, lesson)
            index_lesson(conn, lesson)
    current = {ls.id for ls in curriculum.lessons}
    for lesson_id, (_, retired) in existing.items():
        if lesson_id not in current and not retired:
            counts.retired += 1
            conn.execute("UPDATE content_lessons SET retired = 1, retired_version = ? WHERE lesson_id = ?",
                         (version, lesson_id))
            counts.questions_retired += conn.execute(
                "UPDATE content_questions SET retired = 1 WHERE lesson_id = ? AND retired = 0", (lesson_id,)
            ).rowcount
    for name, data in pack.media.items():
        conn.execute(
            "INSERT INTO content_media (name, sha256, data) VALUES (?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET sha256 = excluded.sha256, data = excluded.data",
            (name, pack.member_sha256[name], data),
        )
    return counts


def _replace_competences(conn: sqlite3.Connection, curriculum: Curriculum) -> None:
    conn.execute("DELETE FROM content_competences")
    conn.executemany(
        "INSERT INTO content_competences (code, title, domain_code, domain_title) VALUES (?, ?, ?, ?)",
        [(c.code, c.title, c.domain_code, c.domain_title) for c in curriculum.competences],
    )


def _upsert_levels_and_modules(conn: sqlite3.Connection, curriculum: Curriculum) -> None:
    conn.execute("UPDATE content_levels SET retired = 1")
    conn.execute("UPDATE content_modules SET retired = 1")
    for level_position, level in enumerate(curriculum.levels):
        conn.execute(
            """INSERT INTO content_levels (number, title, summary, position, retired) VALUES (?, ?, ?, ?, 0)
               ON CONFLICT(number) DO UPDATE SET title = excluded.title, summary = excluded.summary,
                   position = excluded.position, retired = 0""",
            (level.number, level.title, level.summary, level_position),
        )
        for position, module_id in enumerate(level.module_ids):
            module = curriculum.module(module_id)
            assert module is not None
            conn.execute(
                """INSERT INTO content_modules (module_id, level_number, title, summary, position, retired)
                   VALUES (?, ?, ?, ?, ?, 0)
                   ON CONFLICT(module_id) DO UPDATE SET level_number = excluded.level_number,
                       title = excluded.title, summary = excluded.summary,
                       position = excluded.position, retired = 0""",
                (module.id, level.number, module.title, module.summary, position),
            )


def _upsert_lesson(conn: sqlite3.Connection, lesson: Lesson, position: int, sha: str, version: str) -> None:
    conn.execute(
        """INSERT INTO content_lessons (lesson_id, module_id, level_number, position, title, minutes,
               competences, objectives, takeaways, lesson_json, content_sha256,
               first_version, updated_version, retired, retired_version)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL)
           ON CONFLICT(lesson_id) DO UPDATE SET module_id = excluded.module_id,
               level_number = excluded.level_number, position = excluded.position,
               title = excluded.title, minutes = excluded.minutes, competences = excluded.competences,
               objectives = excluded.objectives, takeaways = excluded.takeaways,
               lesson_json = excluded.lesson_json,
               updated_version = CASE WHEN content_lessons.content_sha256 = excluded.content_sha256
                                      AND content_lessons.retired = 0
                                      THEN content_lessons.updated_version ELSE excluded.updated_version END,
               content_sha256 = excluded.content_sha256, retired = 0, retired_version = NULL""",
        (lesson.id, lesson.module_id, lesson.level, position, lesson.title, lesson.minutes,
         _json(lesson.competences), _json(lesson.objectives), _json(lesson.takeaways),
         dumps(lesson_to_dict(lesson)).decode("utf-8"), sha, version, version),
    )


def _replace_lesson_parts(conn: sqlite3.Connection, lesson: Lesson) -> int:
    """Sections and practice are replaced; questions are upserted and the missing ones retired."""
    conn.execute("DELETE FROM content_sections WHERE lesson_id = ?", (lesson.id,))
    conn.executemany(
        "INSERT INTO content_sections (lesson_id, section_index, heading, markdown) VALUES (?, ?, ?, ?)",
        [(lesson.id, i, s.heading, s.markdown) for i, s in enumerate(lesson.sections)],
    )
    conn.execute(
        "INSERT INTO content_practice (lesson_id, practice_json) VALUES (?, ?)"
        " ON CONFLICT(lesson_id) DO UPDATE SET practice_json = excluded.practice_json",
        (lesson.id, dumps(practice_to_dict(lesson.practice)).decode("utf-8")),
    )
    for position, q in enumerate(lesson.quiz):
        conn.execute(
            """INSERT INTO content_questions (lesson_id, question_id, position, kind, level_test, prompt,
                   question_json, retired) VALUES (?, ?, ?, ?, ?, ?, ?, 0)
               ON CONFLICT(lesson_id, question_id) DO UPDATE SET position = excluded.position,
                   kind = excluded.kind, level_test = excluded.level_test, prompt = excluded.prompt,
                   question_json = excluded.question_json, retired = 0""",
            (lesson.id, q.id, position, q.kind, int(q.level_test), q.prompt,
             dumps(question_to_dict(q)).decode("utf-8")),
        )
    keep = [q.id for q in lesson.quiz]
    marks = ",".join("?" * len(keep))
    return conn.execute(
        f"UPDATE content_questions SET retired = 1 WHERE lesson_id = ? AND retired = 0"
        f" AND question_id NOT IN ({marks})",
        (lesson.id, *keep),
    ).rowcount


def _json(values: tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


Importer = Callable[[sqlite3.Connection, VerifiedPack], _Counts]

IMPORTERS: dict[int, Importer] = {1: _import_v1}
