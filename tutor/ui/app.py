"""The composition root: the only place concrete back-ends are chosen."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from tutor.paths import DataDir, resolve_data_dir
from tutor.ui.qtcheck import check_qt_runtime

log = logging.getLogger(__name__)

PROCESS_START = time.perf_counter()


def install_crash_handler(crash_dir: Path) -> None:
    """Unhandled exceptions: a crash report, a friendly message, and the app keeps running."""

    def handler(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        from tutor.crash import write_crash_report

        report = write_crash_report(crash_dir, exc_type, exc, tb)
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None and os.environ.get("TUTOR_NO_CRASH_DIALOG") != "1":
            box = QMessageBox(QMessageBox.Icon.Warning, "Gia sư Bình dân học AI",
                              "Xin lỗi, ứng dụng vừa gặp một lỗi. Bài học và kết quả của bạn vẫn được "
                              "giữ nguyên. Bạn có thể học tiếp.\n\n"
                              + (f"Báo cáo lỗi đã được lưu: {report.name}" if report else ""))
            box.exec()

    sys.excepthook = handler


def make_speech(data_root: Path, parent):
    """Offline read-aloud: espeak-ng voice, teacher recordings first, QtMultimedia playback.
    Returns None (no Listen buttons) when speech cannot start on this PC."""
    try:
        from tutor.audio.engines import VoiceRouter
        from tutor.audio.narration import Narrator, TeacherNarrations
        from tutor.ui.speech import SpeechController

        # The voice pack chosen in the voice manager reads first; espeak-ng when there is none.
        narrator = Narrator(VoiceRouter.for_data_dir(data_root), TeacherNarrations.in_data_dir(data_root))
        return SpeechController(narrator, make_audio_out(parent), parent=parent)
    except Exception:
        log.exception("read-aloud unavailable on this PC")
        return None


def make_mic(parent) -> None:
    """Speech input for every Nói button: the offline recogniser and the default microphone.
    The recogniser's model loads on the first press, on the listening thread."""
    from tutor.audio.recognizer import VietAsrRecognizer
    from tutor.ui.widgets import mic

    mic.set_backend(mic.MicBackend(VietAsrRecognizer(), lambda: mic.QtMicrophone(parent)))


def make_audio_out(parent):
    """The sound card: a QAudioSink fed from memory (never QMediaPlayer, see QtAudioOut)."""
    from tutor.ui.speech import QtAudioOut

    return QtAudioOut(parent)


def make_llm_runner(data: DataDir, tasks, window):
    """The local model: NoModel at once, the chosen or bundled model as soon as it is found
    (the bundled Gemma ships in pieces and is joined into models/ once, in the background).
    The model itself loads in its worker process on the first question."""
    from tutor.local_llm import registry
    from tutor.local_llm.engine import open_llm
    from tutor.ui.llm_bridge import LlmRunner

    runner = LlmRunner(None, parent=window)
    if data.models.is_dir():
        registry.clean_partials(data.models)  # a copy cut short by a power cut
    preferred = tasks.db.call(lambda ws: ws.settings.pc().model_file)

    def found(info) -> None:
        if info is not None:
            runner.set_llm(open_llm(info.path, display_name=info.display_name))
            log.info("local model: %s", info.path)
        else:
            log.warning("no local model on this PC; the AI practice room gives prompt feedback only")

    tasks.run_slow(lambda: registry.ensure_default(data.models, preferred), found,
                   lambda exc: log.error("local model not available", exc_info=exc))
    return runner


# Sync waits this long after the tiles: its first round is minutes away anyway, and the
# tiles must paint and take the first click without an import competing for the GIL.
SYNC_START_DELAY_MS = 1500


def import_sync_stack() -> None:
    """The core modules background sync needs (httpx, zeroconf): Qt-free, so safe to import
    on a worker thread."""
    import tutor.sync.background  # noqa: F401
    import tutor.sync.discovery  # noqa: F401
    import tutor.sync.transport  # noqa: F401


def make_sync(data: DataDir, tasks, clock, window):
    """Background sync with the real HTTP transport and classroom discovery."""
    from tutor.sync.background import run_downloads
    from tutor.sync.discovery import discover_hubs
    from tutor.sync.transport import app_transport, probe_hub
    from tutor.ui.sync_controller import SyncController

    controller = SyncController(tasks, data.database, clock, make_transport=app_transport, probe=probe_hub,
                                discover=discover_hubs, downloads=run_downloads, parent=window)
    controller.start()
    return controller


# The check and the backup read the whole database on their own connection: they wait
# until the tiles have painted and the first click is likely done.
UPKEEP_START_DELAY_MS = 2000


def run_startup_maintenance(tasks) -> None:
    """The start-up work left for after the tiles (Workspace.maintenance), on a worker
    thread with its own connection, so the database thread stays free for clicks."""

    def got(pending) -> None:
        if pending is not None:
            tasks.run_slow(pending.run, None,
                           lambda exc: log.error("start-up check or backup failed: %s", exc, exc_info=exc))

    tasks.run_db(lambda ws: ws.maintenance, got)


def run_app(args: argparse.Namespace) -> int:
    data = DataDir(resolve_data_dir(args.data_dir))
    data.ensure()
    problem = check_qt_runtime()
    if problem:
        print(problem, file=sys.stderr)
        return 3
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tutor.ui.i18n import LanguageSwitcher
    from tutor.ui.mainwindow import MainWindow

    install_crash_handler(data.crash_reports)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Gia sư Bình dân học AI")
    # The window shows first; the store opens right after, and the tiles fill in.
    window = MainWindow(None, LanguageSwitcher(app))
    window.show()
    holder: dict[str, object] = {}

    def open_store() -> None:
        # Runs right after the first frame; nothing before it writes to the log.
        from tutor.clock import SystemClock
        from tutor.dbthread import DbThread
        from tutor.logsetup import setup_logging
        from tutor.ui.taskman import TaskManager

        setup_logging(data.logs, to_stderr=getattr(args, "verbose", False))
        log.info("starting; data dir %s", data.root)

        clock = SystemClock()
        # The integrity check and the day's backup grow with the database: after a clean
        # shutdown they run once the tiles are up (tutor.store.maintenance).
        tasks = TaskManager(DbThread(data.root, clock=clock, defer_checks=True))
        holder["tasks"] = tasks
        window.attach(tasks)
        window.set_speech(make_speech(data.root, window))
        make_mic(window)
        window.set_llm(make_llm_runner(data, tasks, window))

        def start_sync() -> None:
            # After the learners' tiles are up, and the HTTP stack (about 150 ms of imports)
            # is imported off the main thread, so the tiles paint and answer clicks meanwhile.
            window.ready.disconnect(start_sync)

            def imported(_result: object) -> None:
                holder["sync"] = sync = make_sync(data, tasks, clock, window)
                window.set_sync(sync)

            QTimer.singleShot(SYNC_START_DELAY_MS, lambda: tasks.run_slow(
                import_sync_stack, imported, lambda exc: log.error("sync unavailable: %s", exc, exc_info=exc)))

        window.ready.connect(start_sync)

        def start_upkeep() -> None:
            window.ready.disconnect(start_upkeep)
            QTimer.singleShot(UPKEEP_START_DELAY_MS, lambda: run_startup_maintenance(tasks))

        window.ready.connect(start_upkeep)

    if os.environ.get("TUTOR_EXIT_AFTER_FIRST_FRAME"):
        # Used by benchmarks/startup.py: when the window's first frame is up, and when the
        # learners' tiles are there to click; then quit after an idle spell.
        QTimer.singleShot(0, lambda: print(f"FIRST_FRAME {time.perf_counter() - PROCESS_START:.4f}", flush=True))

        def tiles_ready() -> None:
            print(f"TILES_READY {time.perf_counter() - PROCESS_START:.4f}", flush=True)
            QTimer.singleShot(int(os.environ.get("TUTOR_IDLE_MS", "0")), app.quit)

        window.learners_loaded.connect(lambda: QTimer.singleShot(0, tiles_ready))
    QTimer.singleShot(0, open_store)
    code = app.exec()
    if window.llm is not None and window.llm.llm is not None:
        window.llm.llm.close()  # ends the model's worker process
    sync = holder.get("sync")
    if sync is not None:
        sync.shutdown()  # a round on the wire stops at its next step; timeouts bound the rest
    tasks = holder.get("tasks")
    if tasks is not None:
        tasks.shutdown()
    return code
