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


def open_model(path: str, display_name: str | None = None):
    """The local model behind its worker process (tutor.local_llm.engine)."""
    from tutor.local_llm.engine import open_llm

    return open_llm(path, display_name=display_name) if display_name else open_llm(path)


def make_voice_recorder(parent):
    """A teacher's voice for a lesson part: the default microphone through QtMultimedia."""
    from tutor.ui.recorder import QtVoiceRecorder

    return QtVoiceRecorder(parent)


def find_model(data: DataDir, tasks, runner) -> None:
    """NoModel at once, the chosen or bundled model as soon as it is found (the bundled
    Gemma ships in pieces and is joined into models/ once, in the background). The model
    itself loads in its worker process on the first question."""
    from tutor.local_llm import registry

    if data.models.is_dir():
        registry.clean_partials(data.models)  # a copy cut short by a power cut

    def found(info) -> None:
        if info is not None:
            runner.set_llm(open_model(info.path, display_name=info.display_name))
            log.info("local model: %s", info.path)
        else:
            log.warning("no local model on this PC; the AI practice room gives prompt feedback only")

    def look(preferred) -> None:
        tasks.run_slow(lambda: registry.ensure_default(data.models, preferred), found,
                       lambda exc: log.error("local model not available", exc_info=exc))

    tasks.run_db(lambda ws: ws.settings.pc().model_file, look,
                 lambda exc: log.error("local model not available", exc_info=exc))


def compose(window, tasks, data: DataDir, *, initial=None, idle_ms_override: int | None = None,
            runner=None, model_opener=open_model, make_recorder=make_voice_recorder):
    """Builds every feature controller over ``window`` and the open database, with the
    back-ends chosen here (tests pass fakes), and starts the session. Returns the Features,
    which the window keeps (``window.features``)."""
    from tutor.ui.controllers import Features
    from tutor.ui.controllers.certificates import CertificatesController
    from tutor.ui.controllers.lessons import LessonsController
    from tutor.ui.controllers.narration import NarrationController
    from tutor.ui.controllers.packs import PacksController
    from tutor.ui.controllers.practice_model import PracticeModelController
    from tutor.ui.controllers.quiz import QuizController
    from tutor.ui.controllers.session import SessionController
    from tutor.ui.controllers.settings import SettingsController
    from tutor.ui.controllers.sync import SyncFeature
    from tutor.ui.llm_bridge import LlmRunner

    window.attach(tasks)
    if runner is None:
        runner = LlmRunner(None, parent=window)  # NoModel until a model is found: the screens say so plainly
    session = SessionController(window, tasks, idle_ms_override)
    lessons = LessonsController(window, tasks, session)
    narration = NarrationController(window, tasks, session, data.root, make_recorder)
    session.stop_speech = narration.stop
    packs = PacksController(window, tasks)
    features = Features(
        session=session,
        lessons=lessons,
        quiz=QuizController(window, tasks, session),
        certificates=CertificatesController(window, tasks, session, data.root),
        narration=narration,
        practice=PracticeModelController(window, tasks, session, lessons, runner, model_opener, data.models),
        settings=SettingsController(window, tasks, session, narration, packs, data.root),
        packs=packs,
        sync=SyncFeature(window),
    )
    window.features = features
    session.open(initial)
    return features


def build_window(tasks, language, data: DataDir, *, initial=None, **backends):
    """The window and its features in one call (tests, benchmarks)."""
    from tutor.ui.mainwindow import MainWindow

    window = MainWindow(language, display=initial.pc.display if initial is not None else None)
    compose(window, tasks, data, initial=initial, **backends)
    return window


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
    window = MainWindow(LanguageSwitcher(app))
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
        features = compose(window, tasks, data)
        features.narration.set_speech(make_speech(data.root, window))
        make_mic(window)
        find_model(data, tasks, features.practice.runner)
        ready = features.session.ready

        def start_sync() -> None:
            # After the learners' tiles are up, and the HTTP stack (about 150 ms of imports)
            # is imported off the main thread, so the tiles paint and answer clicks meanwhile.
            ready.disconnect(start_sync)

            def imported(_result: object) -> None:
                holder["sync"] = sync = make_sync(data, tasks, clock, window)
                features.sync.set_controller(sync)

            QTimer.singleShot(SYNC_START_DELAY_MS, lambda: tasks.run_slow(
                import_sync_stack, imported, lambda exc: log.error("sync unavailable: %s", exc, exc_info=exc)))

        ready.connect(start_sync)

        def start_upkeep() -> None:
            ready.disconnect(start_upkeep)
            QTimer.singleShot(UPKEEP_START_DELAY_MS, lambda: run_startup_maintenance(tasks))

        ready.connect(start_upkeep)

        if os.environ.get("TUTOR_EXIT_AFTER_FIRST_FRAME"):
            features.session.learners_loaded.connect(lambda: QTimer.singleShot(0, tiles_ready))

    def tiles_ready() -> None:
        # Used by benchmarks/startup.py: when the learners' tiles are there to click; then
        # quit after an idle spell.
        if holder.get("tiles_ready"):
            return
        holder["tiles_ready"] = True
        print(f"TILES_READY {time.perf_counter() - PROCESS_START:.4f}", flush=True)
        QTimer.singleShot(int(os.environ.get("TUTOR_IDLE_MS", "0")), app.quit)

    if os.environ.get("TUTOR_EXIT_AFTER_FIRST_FRAME"):
        # Used by benchmarks/startup.py: when the window's first frame is up.
        QTimer.singleShot(0, lambda: print(f"FIRST_FRAME {time.perf_counter() - PROCESS_START:.4f}", flush=True))
    QTimer.singleShot(0, open_store)
    code = app.exec()
    if window.features is not None:
        window.features.practice.close()  # ends the model's worker process
    sync = holder.get("sync")
    if sync is not None:
        sync.shutdown()  # a round on the wire stops at its next step; timeouts bound the rest
    tasks = holder.get("tasks")
    if tasks is not None:
        tasks.shutdown()
    return code
