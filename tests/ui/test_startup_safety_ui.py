"""The start screen offers back learners a kept file holds; the day's backup is made after
the tiles (issue 13 item 1, issue 21 item 2)."""

import shutil
from contextlib import contextmanager

from tutor.dbthread import DbThread
from tutor.paths import DataDir
from tutor.store.backup import list_backups
from tutor.workspace import Workspace


def test_start_screen_offers_back_learners_kept_aside(qtbot, make_window, data_dir, clock):
    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None, backup=False)
    ws.learners.create("Chị Hoa", "flower")
    ws.close()
    data = DataDir(data_dir)
    data.damaged.mkdir()
    shutil.move(data.database, data.damaged / "tutor-damaged-20261120T080000.sqlite3")
    window = make_window()
    start = window.start
    assert start.restore_button is not None and start.restore_button.isVisibleTo(window)
    assert "Lấy lại dữ liệu cũ" in start.notice.text()
    start.restore_button.click()
    qtbot.waitUntil(lambda: [t.learner.display_name for t in start.tiles] == ["Chị Hoa"], timeout=10_000)
    assert not start.restore_button.isVisibleTo(window)
    assert "Đã lấy lại" in start.notice.text()


def test_day_backup_is_made_after_the_tiles(qtbot, data_dir, clock):
    from tutor.ui.app import run_startup_maintenance
    from tutor.ui.taskman import TaskManager

    Workspace.open(data_dir, clock=clock, bundled_pack=None).close()
    clock.advance(24 * 3600)
    backups = DataDir(data_dir).backups
    before = len(list_backups(backups))
    db = DbThread(data_dir, clock=clock, bundled_pack=None, defer_checks=True)
    db.opened.result(timeout=60)
    tasks = TaskManager(db)
    try:
        assert len(list_backups(backups)) == before  # nothing before the tiles
        run_startup_maintenance(tasks)
        qtbot.waitUntil(lambda: len(list_backups(backups)) == before + 1, timeout=10_000)
    finally:
        tasks.shutdown()


@contextmanager
def window_on_a_full_disk(qtbot, data_dir, clock, monkeypatch):
    """The app started over a PC with a learner, after an unclean shutdown, on a full disk:
    the window with its start screen shown (shared with the English-UI test)."""
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from tutor.store import recovery
    from tutor.store.maintenance import IN_USE_MARKER
    from tutor.ui.app import build_window
    from tutor.ui.i18n import LanguageSwitcher
    from tutor.ui.taskman import TaskManager

    ws = Workspace.open(data_dir, clock=clock, bundled_pack=None)
    ws.learners.create("Chị Hoa", "flower")
    ws.close()
    (data_dir / IN_USE_MARKER).write_text("x")  # unclean: the check runs before opening

    def full(path):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(recovery, "connect", full)
    tasks = TaskManager(DbThread(data_dir, clock=clock, bundled_pack=None))
    try:
        window = build_window(tasks, LanguageSwitcher(QApplication.instance()), DataDir(data_dir))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.features.session.ready, timeout=10_000):
            window.show()
        yield window
    finally:
        tasks.shutdown()


def test_a_full_disk_at_start_up_is_explained_on_the_start_screen(qtbot, data_dir, clock, monkeypatch):
    with window_on_a_full_disk(qtbot, data_dir, clock, monkeypatch) as window:
        assert "MB trống" in window.start.notice.text()
        assert not window.start.add_tile.isEnabled()
    assert DataDir(data_dir).database.stat().st_size > 0
