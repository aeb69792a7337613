import pytest

from tutor.dbthread import DbThread


@pytest.fixture
def make_window(qtbot, data_dir, clock):
    """Builds the real main window over a real database thread in a temp data dir."""
    created = []

    def make(idle_ms=None, bundled_pack=None, prepare=None, **backends):
        """``backends``: fakes for tutor.ui.app.compose (runner, model_opener, make_recorder)."""
        from PySide6.QtWidgets import QApplication

        from tutor.paths import DataDir
        from tutor.ui.app import build_window
        from tutor.ui.i18n import LanguageSwitcher
        from tutor.ui.taskman import TaskManager

        db = DbThread(data_dir, clock=clock, bundled_pack=bundled_pack)
        db.opened.result(timeout=60)
        if prepare:
            db.call(prepare)
        tasks = TaskManager(db)
        # Queued results are delivered only while the event loop runs, so nothing is missed here.
        window = build_window(tasks, LanguageSwitcher(QApplication.instance()), DataDir(data_dir),
                              idle_ms_override=idle_ms, **backends)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.features.session.learners_loaded, timeout=10_000):
            window.show()
        created.append((window, tasks))
        return window

    yield make
    for window, tasks in created:
        window.language.set_language("vi")
        tasks.shutdown()
