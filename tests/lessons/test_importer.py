"""Importing packs: one transaction, stable ids, retired never deleted, version rules."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from tutor.lessons import importer
from tutor.lessons.errors import PackIdMismatch, PackImportFailed, PackNotNewer, PackVersionConflict
from tutor.lessons.importer import import_pack
from tutor.lessons.pack_build import build_pack
from tutor.lessons.pack_verify import verify_pack
from tutor.lessons.service import ContentService, ensure_bundled_pack

from .conftest import VALID_SOURCE, open_content_db, snapshot


def count(db: sqlite3.Connection, sql: str, *args) -> int:
    return db.execute(f"SELECT count(*) FROM {sql}", args).fetchone()[0]


def set_version(source: Path, version: str) -> None:
    pack = source / "pack.yaml"
    text = re.sub(r"(?m)^version: .*$", f'version: "{version}"', pack.read_text(encoding="utf-8"))
    pack.write_text(text, encoding="utf-8")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def build(tmp_path, keypair, trusted):
    """build(source) -> VerifiedPack of that source."""
    counter = iter(range(100))

    def _build(source: Path):
        out = tmp_path / f"pack{next(counter)}.bdpack"
        build_pack(source, keypair[0], out)
        return verify_pack(out, trusted)
    return _build


def test_first_import(db, pack_file, trusted):
    service = ContentService(db)
    assert service.installed_pack() is None and service.levels() == []
    result = service.import_pack_file(pack_file, trusted)
    assert (result.added, result.updated, result.unchanged, result.retired) == (10, 0, 0, 0)
    assert result.changes.content and not result.noop
    assert "10 lessons added" in result.summary()
    pack = service.installed_pack()
    assert (pack.pack_id, pack.version, pack.signer_name) == ("fixture-pack", "1.0.0", "Nhóm kiểm thử")
    assert count(db, "content_lessons") == 10
    assert count(db, "content_questions") == 60
    assert count(db, "content_sections") == 50  # four sections and the phone card per lesson
    assert count(db, "content_practice") == 10
    assert count(db, "content_media") == 1
    assert count(db, "content_search") == 60  # 4 sections, the phone card and takeaways per lesson
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_service_reads(db, pack_file, trusted):
    service = ContentService(db)
    service.import_pack_file(pack_file, trusted)
    [level] = service.levels()
    assert (level.number, level.title, level.module_ids) == (1, "Làm quen với AI", ("l1.m1", "l1.m2", "l1.m3"))
    modules = service.modules(1)
    assert [m.id for m in modules] == ["l1.m1", "l1.m2", "l1.m3"]
    assert modules[0].lesson_ids == ("l1.lua-dao-video", "l1.ban-hang", "l1.tinh-ban", "l1.don-xin-phep")
    assert [s.lesson_id for s in service.lessons(module="l1.m2")] == ["l1.tom-tat", "l1.kiem-tra", "l1.thoi-tiet"]
    assert len(service.lessons(level=1)) == 10 and len(service.lessons()) == 10
    lesson = service.lesson("l1.lua-dao-video")
    assert lesson == verify_pack(pack_file, trusted).curriculum.lesson("l1.lua-dao-video")
    assert service.lesson("l1.khong-co") is None
    assert service.question("l1.ban-hang", "q3").kind == "truefalse"
    refs = service.level_test_questions(1)
    assert len(refs) == 20 and refs[0].ref == "l1.lua-dao-video#q1" and refs[-1].ref == "l1.an-toan-thong-tin#q2"
    assert [c.code for c in service.competences()] == ["1.1", "1.2", "4.2", "6.1", "6.2", "6.3"]
    assert service.media("media/so-do.png").startswith(b"\x89PNG")


def test_same_pack_again_is_a_no_op(db, pack_file, trusted):
    service = ContentService(db)
    service.import_pack_file(pack_file, trusted)
    before = snapshot(db)
    result = service.import_pack_file(pack_file, trusted)
    assert result.noop and result.changes.empty and "nothing changed" in result.summary()
    assert snapshot(db) == before


def test_rebuilt_same_content_is_a_no_op(db, build, source):
    import_pack(db, build(source))
    assert import_pack(db, build(source)).noop


def test_newer_pack_keeps_ids_and_retires(db, build, source):
    first = build(source)
    import_pack(db, first)
    old_rowids = dict(db.execute("SELECT lesson_id, rowid FROM content_lessons").fetchall())

    m1, m2 = source / "levels/1/m1-an-toan", source / "levels/1/m2-doc-va-kiem-tra"
    (m1 / "04-don-xin-phep.md").unlink()
    shutil.copy(m2 / "03-thoi-tiet.md", m2 / "04-mua-vu.md")
    edit(m2 / "04-mua-vu.md", "id: l1.thoi-tiet", "id: l1.mua-vu")
    edit(m2 / "01-tom-tat.md", "title: Tóm tắt văn bản dài", "title: Tóm tắt công văn dài")
    ban_hang = m1 / "02-ban-hang.md"
    text = ban_hang.read_text(encoding="utf-8")
    start, end = text.index("- id: q6"), text.index("practice:")
    ban_hang.write_text(text[:start] + text[end:], encoding="utf-8")
    set_version(source, "1.1.0")

    result = import_pack(db, build(source))
    assert (result.added, result.updated, result.unchanged, result.retired) == (1, 2, 7, 1)
    assert result.questions_retired == 6 + 1

    # ids and rows kept; nothing deleted
    rows = dict(db.execute("SELECT lesson_id, rowid FROM content_lessons").fetchall())
    assert {k: rows[k] for k in old_rowids} == old_rowids
    assert count(db, "content_lessons") == 11
    assert count(db, "content_questions") == 66
    retired = db.execute("SELECT retired, retired_version FROM content_lessons WHERE lesson_id = 'l1.don-xin-phep'").fetchone()
    assert tuple(retired) == (1, "1.1.0")
    assert count(db, "content_questions WHERE lesson_id = 'l1.don-xin-phep' AND retired = 1") == 6
    assert count(db, "content_questions WHERE lesson_id = 'l1.ban-hang' AND question_id = 'q6' AND retired = 1") == 1
    assert count(db, "content_questions WHERE lesson_id = 'l1.ban-hang' AND retired = 0") == 5

    service = ContentService(db)
    assert "l1.don-xin-phep" not in [s.lesson_id for s in service.lessons(level=1)]
    assert service.lesson("l1.don-xin-phep") is not None and service.is_retired("l1.don-xin-phep")
    assert service.question("l1.ban-hang", "q6") is not None  # history can still show it
    assert service.lesson("l1.tom-tat").title == "Tóm tắt công văn dài"
    assert all(h.lesson_id != "l1.don-xin-phep" for h in service.search("đơn xin nghỉ phép"))
    assert len(service.level_test_questions(1)) == 20
    updated = db.execute("SELECT first_version, updated_version FROM content_lessons WHERE lesson_id = 'l1.tom-tat'").fetchone()
    assert tuple(updated) == ("1.0.0", "1.1.0")

    # a later pack may bring a retired lesson back, under the same id
    shutil.copy(VALID_SOURCE / "levels/1/m1-an-toan/04-don-xin-phep.md", m1 / "04-don-xin-phep.md")
    set_version(source, "1.2.0")
    result = import_pack(db, build(source))
    assert (result.added, result.updated, result.retired) == (0, 1, 0)
    assert not service.is_retired("l1.don-xin-phep")
    assert count(db, "content_questions WHERE lesson_id = 'l1.don-xin-phep' AND retired = 0") == 6
    assert count(db, "content_packs") == 3


def test_older_pack_is_refused_unless_forced(db, build, source):
    set_version(source, "2.0")
    import_pack(db, build(source))
    set_version(source, "1.9.9")
    older = build(source)
    before = snapshot(db)
    with pytest.raises(PackNotNewer) as caught:
        import_pack(db, older)
    assert "cũ hơn" in caught.value.user_message
    assert snapshot(db) == before
    assert import_pack(db, older, force=True).pack.version == "1.9.9"


def test_same_version_other_content_is_refused_unless_forced(db, build, source):
    import_pack(db, build(source))
    edit(source / "levels/1/m2-doc-va-kiem-tra/01-tom-tat.md", "title: Tóm tắt văn bản dài", "title: Tóm tắt khác")
    changed = build(source)
    before = snapshot(db)
    with pytest.raises(PackVersionConflict):
        import_pack(db, changed)
    assert snapshot(db) == before
    assert import_pack(db, changed, force=True).updated == 1


def test_other_pack_id_is_refused_unless_forced(db, build, source):
    import_pack(db, build(source))
    edit(source / "pack.yaml", "id: fixture-pack", "id: other-pack")
    set_version(source, "5.0")
    other = build(source)
    with pytest.raises(PackIdMismatch):
        import_pack(db, other)
    assert import_pack(db, other, force=True).pack.pack_id == "other-pack"


@pytest.mark.parametrize("error", [sqlite3.OperationalError("disk I/O error"), RuntimeError("boom")])
def test_failure_midway_rolls_everything_back(db, build, source, monkeypatch, error):
    import_pack(db, build(source))
    set_version(source, "1.1.0")
    edit(source / "levels/1/m2-doc-va-kiem-tra/01-tom-tat.md", "title: Tóm tắt văn bản dài", "title: Tóm tắt mới")
    newer = build(source)
    before = snapshot(db)
    calls = []

    def failing_index(conn, lesson):
        calls.append(lesson.id)
        if len(calls) == 5:
            raise error
        return original(conn, lesson)

    original = importer.index_lesson
    monkeypatch.setattr(importer, "index_lesson", failing_index)
    with pytest.raises(PackImportFailed if isinstance(error, sqlite3.Error) else RuntimeError):
        import_pack(db, newer)
    assert snapshot(db) == before
    assert not db.in_transaction


def test_first_import_failure_leaves_an_empty_store(db, pack_file, trusted, monkeypatch):
    monkeypatch.setattr(importer, "_record_install", lambda *a: (_ for _ in ()).throw(sqlite3.IntegrityError("x")))
    with pytest.raises(PackImportFailed) as caught:
        ContentService(db).import_pack_file(pack_file, trusted)
    assert "Bài học hiện có vẫn giữ nguyên" in caught.value.user_message
    assert all(rows == [] for rows in snapshot(db).values())


def test_inside_a_callers_transaction_a_savepoint_is_used(db, pack_file, trusted):
    db.execute("BEGIN IMMEDIATE")
    ContentService(db).import_pack_file(pack_file, trusted)
    assert db.in_transaction
    db.execute("ROLLBACK")
    assert count(db, "content_lessons") == 0


def test_ensure_bundled_pack(tmp_path, pack_file, trusted, build, source):
    conn = open_content_db(tmp_path / "tutor.sqlite3")
    try:
        first = ensure_bundled_pack(conn, pack_file, trusted)
        assert first is not None and first.added == 10
        assert ensure_bundled_pack(conn, pack_file, trusted) is None  # later starts: nothing to do
        # an app update ships a newer bundled pack: it is imported
        set_version(source, "1.5")
        newer = build(source)
        result = ensure_bundled_pack(conn, newer.path, trusted)
        assert result is not None and result.pack.version == "1.5"
        # a bundled pack older than what the teacher imported by hand is left alone
        assert ensure_bundled_pack(conn, pack_file, trusted) is None
        assert ContentService(conn).installed_pack().version == "1.5"
    finally:
        conn.close()
