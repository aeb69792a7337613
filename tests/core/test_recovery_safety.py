"""Start-up recovery tells damage from a full or missing disk, never hides learners, and
leaves the growing work (full check, daily backup) for after the tiles unless the last
shutdown was unclean (issue 13 items 1-3, issue 21 item 2)."""

import os
import shutil
import sqlite3
import subprocess
import uuid
from datetime import timedelta

import pytest

from tutor.paths import DataDir
from tutor.store import recovery
from tutor.store.backup import list_backups
from tutor.store.maintenance import IN_USE_MARKER
from tutor.store.storage_errors import StorageUnavailable, is_resource_error
from tutor.workspace import Workspace


def _day_with_backup(data_dir, clock, *names):
    """Day 1: learners made; day 2: a start makes the backup that holds them."""
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    made = [ws.learners.create(n, "flower")[0] for n in names]
    ws.close()
    clock.advance(24 * 3600)
    Workspace.open(data_dir, clock=clock, bundled_pack=None).close()
    clock.advance(3600)
    return made


def _names(ws):
    return sorted(l.display_name for l in ws.learners.list())


# -- item 1: a full disk is not damage --------------------------------------------------


@pytest.mark.parametrize("message", ["database or disk is full", "disk I/O error", "database is locked"])
def test_resource_errors_are_not_damage(message):
    assert is_resource_error(sqlite3.OperationalError(message))
    assert not is_resource_error(sqlite3.DatabaseError("file is not a database"))
    assert not is_resource_error(sqlite3.DatabaseError("database disk image is malformed"))


def test_full_disk_during_the_check_moves_nothing_and_says_how_much_to_free(data_dir, clock, monkeypatch):
    _day_with_backup(data_dir, clock, "Chị Hoa")
    data = DataDir(data_dir)
    (data_dir / IN_USE_MARKER).write_text("x")  # an unclean shutdown: the check runs first
    before = data.database.read_bytes()

    def full(path):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(recovery, "connect", full)
    with pytest.raises(StorageUnavailable) as caught:
        Workspace.open(data_dir, clock=clock, bundled_pack=None)
    assert caught.value.disk_full
    assert "đầy" in caught.value.user_message and " MB trống" in caught.value.user_message
    assert data.database.read_bytes() == before
    assert not data.damaged.exists() or not any(data.damaged.iterdir())
    monkeypatch.undo()
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)  # space freed: all still there
    try:
        assert _names(ws) == ["Chị Hoa"] and ws.notices == []
    finally:
        ws.close()


@pytest.fixture
def small_disk(tmp_path):
    """A real 6 MB file system (tmpfs), where the test runs as root; skipped elsewhere."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a small file system")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk):
    filler = disk / "filler.bin"
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    return filler


def test_really_full_disk_after_a_crash_keeps_the_database_where_it_is(small_disk, clock):
    data_dir = small_disk / "data"
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    for i in range(5):
        ws.learners.create(f"Người học {i}", "flower")
    ws.conn.close()  # the power went: no clean close, the marker and the WAL stay
    filler = _fill(small_disk)
    data = DataDir(data_dir)
    try:
        Workspace.open(data_dir, clock=clock, bundled_pack=None).close()
    except StorageUnavailable as exc:
        assert "MB" in exc.user_message
    assert data.database.exists() and data.database.stat().st_size > 0
    assert not data.damaged.exists() or not any(data.damaged.iterdir())
    filler.unlink()
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    try:
        assert len(ws.learners.list()) == 5
        assert not any("hỏng" in n.user_message for n in ws.notices)
    finally:
        ws.close()


# -- item 2: an empty or vanished database beside backups --------------------------------


@pytest.mark.parametrize("how", ["empty", "vanished"])
def test_empty_or_vanished_database_beside_a_backup_is_restored_and_told(data_dir, clock, how):
    _day_with_backup(data_dir, clock, "Chị Hoa", "Anh Tuấn")
    data = DataDir(data_dir)
    if how == "empty":
        data.database.write_bytes(b"")
    else:
        data.database.unlink()
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    try:
        assert _names(ws) == ["Anh Tuấn", "Chị Hoa"]
        (notice,) = ws.notices
        assert ("bị trống" if how == "empty" else "bị mất") in notice.user_message
        assert "sao lưu" in notice.user_message
    finally:
        ws.close()


def test_new_empty_database_offers_back_learners_kept_aside(data_dir, clock):
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None, backup=False)
    ws.learners.create("Chị Hoa", "flower")
    old_device = ws.device_id
    ws.close()
    data = DataDir(data_dir)
    data.damaged.mkdir()
    kept = data.damaged / "tutor-damaged-20261120T080000.sqlite3"
    shutil.move(data.database, kept)  # what the old code did on a full disk
    clock.advance(24 * 3600)
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    try:
        assert ws.learners.list() == []
        (offer,) = ws.notices
        assert offer.restore_from == kept and "Lấy lại dữ liệu cũ" in offer.user_message
        assert list_backups(data.backups) == []  # an empty backup never pushes a good one out
        ws.restore_learners_from(kept)
        assert _names(ws) == ["Chị Hoa"]
        assert ws.device_id != old_device
        assert ws.notices == []
    finally:
        ws.close()


# -- issue 21 item 2 and item 3: checks after the tiles, deep ones after an unclean shutdown


def test_clean_start_leaves_check_and_backup_for_after_the_tiles(data_dir, clock, monkeypatch):
    Workspace.open(data_dir, clock=clock, bundled_pack=None).close()
    clock.advance(24 * 3600)
    checked = []
    real = recovery.check_integrity
    monkeypatch.setattr(recovery, "check_integrity", lambda *a, **k: checked.append(a) or real(*a, **k))
    import tutor.store.maintenance as upkeep
    monkeypatch.setattr(upkeep, "check_integrity", recovery.check_integrity)
    data = DataDir(data_dir)
    before = list_backups(data.backups)
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None, defer_checks=True)
    try:
        assert checked == [] and list_backups(data.backups) == before
        assert ws.maintenance.run() is None  # after the tiles, on any thread
        assert len(checked) == 1
        assert len(list_backups(data.backups)) == len(before) + 1  # the day's backup is still made
    finally:
        ws.close()


def test_unclean_shutdown_runs_a_deep_check_before_opening(data_dir, clock):
    learner, = _day_with_backup(data_dir, clock, "Chị Hoa")
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None, backup=False)
    # A flipped bit quick_check cannot see: a row whose JSON no longer parses.
    ws.conn.execute("UPDATE learners SET prefs = '{\"font\": 1' WHERE learner_id = ?", (learner.learner_id,))
    ws.conn.close()  # a power cut: no clean close
    assert recovery.check_integrity(DataDir(data_dir).database) is None  # quick_check misses it
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None, defer_checks=True)
    try:
        assert "bị hỏng" in ws.notices[0].user_message
        assert _names(ws) == ["Chị Hoa"]
        ws.learners.list()[0].prefs  # decodes
    finally:
        ws.close()


def test_file_damaged_while_closed_is_recovered_when_it_fails_to_open(data_dir, clock):
    _day_with_backup(data_dir, clock, "Chị Hoa")
    data = DataDir(data_dir)
    with open(data.database, "r+b") as fh:
        fh.write(b"this is not a database file at all" * 4)
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None, defer_checks=True)
    try:
        assert "bị hỏng" in ws.notices[0].user_message and _names(ws) == ["Chị Hoa"]
    finally:
        ws.close()


def test_damage_found_after_the_tiles_makes_no_backup_and_is_recovered_next_start(data_dir, clock, monkeypatch):
    _day_with_backup(data_dir, clock, "Chị Hoa")
    clock.advance(24 * 3600)
    data = DataDir(data_dir)
    before = list_backups(data.backups)
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None, defer_checks=True)
    import tutor.store.maintenance as upkeep
    monkeypatch.setattr(upkeep, "check_integrity", lambda path: "*** in database main *** page 7 never used")
    assert ws.maintenance.run() is not None
    assert list_backups(data.backups) == before
    ws.close()
    monkeypatch.setattr(recovery, "check_integrity",
                        lambda path, deep=False: "page 7 never used" if path == data.database else None)
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None, defer_checks=True)
    try:
        assert "bị hỏng" in ws.notices[0].user_message
    finally:
        ws.close()


# -- item 4: a full disk while answering -------------------------------------------------


def test_full_disk_while_answering_says_what_happened_and_what_to_do(small_disk, clock):
    from tests.progress.helpers import PACK, ensure_progress_schema, right_response
    from tutor.dbthread import DbThread

    data_dir = small_disk / "data"
    db = DbThread(data_dir, clock=clock, bundled_pack=PACK, backup=False)
    try:
        ws = db.opened.result(timeout=60)
        db.call(lambda ws: ensure_progress_schema(ws.conn))
        learner = db.call(lambda ws: ws.learners.create("Chị Hoa", "flower")[0])
        lesson = db.call(lambda ws: ws.content.lesson(ws.content.lessons(level=1)[0].lesson_id))
        question = lesson.quiz[0]
        answer = lambda ws: ws.progress.answer(learner.learner_id, lesson.id, question.id, right_response(question))
        db.call(answer)
        before = db.call(lambda ws: ws.conn.execute("SELECT count(*) FROM progress_attempts").fetchone()[0])
        filler = _fill(small_disk)
        with pytest.raises(StorageUnavailable) as caught:
            for _ in range(200):  # the WAL has some room left: answer until a write needs more
                db.call(answer)
        message = caught.value.user_message
        assert "đầy" in message and "chưa được lưu" in message and " MB trống" in message
        filler.unlink()
        after = db.call(lambda ws: ws.conn.execute("SELECT count(*) FROM progress_attempts").fetchone()[0])
        assert after >= before  # nothing acknowledged was lost
        db.call(answer)  # and answering works again once there is room
    finally:
        db.close()


def test_a_write_that_meets_a_full_disk_is_reported_in_vietnamese(data_dir, clock):
    from tutor.dbthread import DbThread

    db = DbThread(data_dir, clock=clock, bundled_pack=None, backup=False)
    try:
        db.opened.result(timeout=60)

        def full(ws):
            raise sqlite3.OperationalError("database or disk is full")

        with pytest.raises(StorageUnavailable) as caught:
            db.call(full)
        assert "chưa được lưu" in caught.value.user_message and "MB" in caught.value.user_message
        with pytest.raises(FileNotFoundError):  # a file the person picked is not a disk failure
            db.call(lambda ws: open(data_dir / "no-such-pack.bdpack"))
    finally:
        db.close()


def test_deep_check_finds_text_that_is_no_longer_utf8(data_dir, clock):
    learner, = _day_with_backup(data_dir, clock, "Chị Hoa")
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None, backup=False)
    ws.conn.execute("UPDATE learners SET display_name = CAST(X'43FF68' AS TEXT) WHERE learner_id = ?",
                    (learner.learner_id,))
    path = DataDir(data_dir).database
    ws.close()
    assert recovery.check_integrity(path) is None
    assert "learners" in recovery.check_integrity(path, deep=True)


def test_an_error_that_is_not_damage_never_moves_the_database(data_dir, clock, monkeypatch):
    _day_with_backup(data_dir, clock, "Chị Hoa")
    import tutor.workspace as workspace_module

    def buggy_migration(path):
        raise sqlite3.OperationalError("no such column: nothing_here")

    monkeypatch.setattr(workspace_module, "open_db", buggy_migration)
    with pytest.raises(sqlite3.OperationalError):
        Workspace.open(data_dir, clock=clock, bundled_pack=None, defer_checks=True)
    data = DataDir(data_dir)
    assert data.database.stat().st_size > 0 and not data.damaged.exists()
