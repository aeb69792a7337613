import shutil
import sqlite3
from datetime import timedelta

import pytest

from tests.conftest import FIXTURES
from tutor.paths import DataDir
from tutor.store.backup import KEEP_DAILY_BACKUPS, daily_backup, list_backups
from tutor.store.db import open_db, transaction
from tutor.store.migrations import LATEST_VERSION, DatabaseTooNew, apply_migrations, current_version
from tutor.workspace import Workspace


def test_new_database_settings(tmp_path):
    conn = open_db(tmp_path / "t.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert current_version(conn) == LATEST_VERSION


def test_upgrade_from_v1_fixture_keeps_data(tmp_path, clock):
    data = DataDir(tmp_path / "data").ensure()
    shutil.copy(FIXTURES / "db_v1.sqlite3", data.database)
    ws = Workspace.open(data.root, clock=clock, bundled_pack=None)
    try:
        assert current_version(ws.conn) == LATEST_VERSION
        (learner,) = ws.learners.list()
        assert learner.display_name == "Bà Lò Thị Ún" and learner.icon == "rice"
        assert learner.prefs == {}
        assert ws.settings.pc().idle_signout_min == 5
        assert ws.device_id == "11111111-2222-4333-8444-555555555555"
        assert ws.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 1
        # and the upgraded database works for new writes
        ws.learners.create("Chị Hoa", "flower")
        assert len(ws.learners.list()) == 2
    finally:
        ws.close()


def test_failed_migration_rolls_back_whole_step(tmp_path, monkeypatch):
    from tutor.store import migrations

    conn = sqlite3.connect(tmp_path / "t.sqlite3", isolation_level=None)
    apply_migrations(conn, upto=1)
    broken = migrations.Migration(2, "broken", ["ALTER TABLE learners ADD COLUMN x TEXT", "THIS IS NOT SQL"])
    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 2)
    with pytest.raises(sqlite3.OperationalError):
        apply_migrations(conn)
    assert current_version(conn) == 1
    columns = [r[1] for r in conn.execute("PRAGMA table_info(learners)")]
    assert "x" not in columns


def test_database_from_newer_app_is_refused_not_touched(tmp_path):
    path = tmp_path / "t.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as err:
        open_db(path)
    assert "phiên bản mới" in err.value.user_message
    assert path.read_bytes() == before


def test_transaction_rolls_back_on_error(workspace):
    with pytest.raises(RuntimeError):
        with transaction(workspace.conn):
            workspace.conn.execute("INSERT INTO settings VALUES ('a', '1')")
            raise RuntimeError("boom")
    assert workspace.conn.execute("SELECT count(*) FROM settings WHERE key='a'").fetchone()[0] == 0


def test_daily_backups_roll(tmp_path, clock):
    conn = open_db(tmp_path / "t.sqlite3")
    backups = tmp_path / "backups"
    for day in range(KEEP_DAILY_BACKUPS + 3):
        made = daily_backup(conn, backups, clock.now() + timedelta(days=day))
        assert made is not None
    # a second call the same day makes nothing new
    assert daily_backup(conn, backups, clock.now() + timedelta(days=day)) is None
    kept = list_backups(backups)
    assert len(kept) == KEEP_DAILY_BACKUPS
    assert kept[0].name > kept[-1].name


def _corrupt(path):
    with open(path, "r+b") as fh:
        fh.seek(0)
        fh.write(b"this is not a database file at all" * 4)


def test_corrupt_database_restored_from_backup_and_kept_aside(data_dir, clock):
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    learner, _ = ws.learners.create("Chị Hoa", "flower", pin="1234")
    old_device = ws.device_id
    ws.close()
    # the next day the backup of yesterday exists; yesterday's learner is in it
    clock.advance(24 * 3600)
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    ws.learners.create("Anh Tuấn", "fish")
    ws.close()
    data = DataDir(data_dir)
    _corrupt(data.database)
    clock.advance(3600)
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    try:
        names = {l.display_name for l in ws.learners.list()}
        # the newest backup was made at the start of day 2, before Anh Tuấn was added
        assert "Chị Hoa" in names
        assert ws.learners.sign_in(learner.learner_id, "1234")
        (notice,) = ws.notices
        assert "bị hỏng" in notice.user_message and "sao lưu" in notice.user_message
        kept = list(data.damaged.glob("tutor-damaged-*.sqlite3"))
        assert len(kept) == 1
        assert kept[0].read_bytes().startswith(b"this is not a database")
        # a restored database must not reuse the old device's sequence numbers
        assert ws.device_id != old_device
    finally:
        ws.close()


def test_corrupt_database_without_backup_starts_fresh_but_keeps_file(data_dir, clock):
    data = DataDir(data_dir).ensure()
    data.database.write_bytes(b"\x00garbage" * 1000)
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None, backup=False)
    try:
        assert ws.learners.list() == []
        assert "chưa có bản sao lưu" in ws.notices[0].user_message
        assert len(list(data.damaged.glob("tutor-damaged-*"))) == 1
    finally:
        ws.close()


def test_damaged_backup_is_skipped_for_an_older_good_one(data_dir, clock):
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    ws.learners.create("Chị Hoa", "flower")
    ws.close()
    for _day in range(2):  # two more days: two backups that both hold Chị Hoa
        clock.advance(24 * 3600)
        Workspace.open(data_dir, clock=clock, bundled_pack=None).close()
    data = DataDir(data_dir)
    newest, older = list_backups(data.backups)[:2]
    _corrupt(newest)
    _corrupt(data.database)
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None, backup=False)
    try:
        assert [l.display_name for l in ws.learners.list()] == ["Chị Hoa"]
        assert older.name.removeprefix("tutor-")[:10] in ws.notices[0].log_message
    finally:
        ws.close()
