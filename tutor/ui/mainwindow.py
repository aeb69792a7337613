"""The main window: a stack of screens and the sign-in session of a shared PC."""

from __future__ import annotations

import logging

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

import tutor
from typing import TYPE_CHECKING

from tutor.display import DisplayPrefs, learner_display
from tutor.errors import ProfileLocked, TutorError, WrongPin
from tutor.ui.i18n import LanguageSwitcher
from tutor.ui.idle import IdleWatcher
from tutor.ui.screens.start import StartScreen
from tutor.ui.theme import apply_display

if TYPE_CHECKING:
    from tutor.learners import Learner
    from tutor.ui.taskman import TaskManager

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartupState:
    """What the first frame needs, read on the database thread before the window exists."""

    pc: object
    notices: list = field(default_factory=list)
    learners: list = field(default_factory=list)


def read_startup_state(ws) -> StartupState:
    return StartupState(pc=ws.settings.pc(), notices=list(ws.notices), learners=ws.learners.list())


class MainWindow(QMainWindow):
    signed_in = Signal(str)
    signed_out = Signal(str)          # reason: "switch" | "idle"
    learners_loaded = Signal()
    ready = Signal()
    search_done = Signal(str)
    lesson_opened = Signal(str)
    pack_imported = Signal(bool)

    def __init__(
        self,
        tasks: "TaskManager | None",
        language: LanguageSwitcher,
        idle_ms_override: int | None = None,
        initial: "StartupState | None" = None,
        display: DisplayPrefs | None = None,
    ):
        """With ``tasks`` None the window shows at once and waits for :meth:`attach`."""
        super().__init__()
        self.tasks = None
        self.language = language
        self.current: Learner | None = None
        self.pc = None
        self._idle_override = idle_ms_override
        self._settings_from_home = False
        self._applied_display: DisplayPrefs | None = None
        self._screens: dict[str, QWidget] = {}
        first_display = initial.pc.display if initial is not None else display
        if first_display is not None:
            # Style before building widgets: applying a style sheet later re-polishes all of them.
            self._apply_display(first_display)
        self.resize(1100, 760)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start = StartScreen()
        self.stack.addWidget(self.start)
        self.start.learner_chosen.connect(self._choose)
        self.start.add_requested.connect(self._show_create)
        self.start.settings_requested.connect(lambda: self._show_settings(from_home=False))
        self.start.set_loading(True)
        self.idle = IdleWatcher(self)
        QApplication.instance().installEventFilter(self.idle)
        self.idle.idle.connect(lambda: self.sign_out("idle"))
        self.setWindowTitle(self.tr("Gia sư Bình dân học AI"))
        if tasks is not None:
            self.attach(tasks, initial)

    def attach(self, tasks: "TaskManager", initial: "StartupState | None" = None) -> None:
        """Connects the window to the database once it is open."""
        self.tasks = tasks
        self.tasks.changed.connect(self._on_changed)
        if initial is not None:
            QTimer.singleShot(0, lambda: self._on_opened((initial.pc, initial.notices), initial.learners))
        else:
            self.tasks.run_db(read_startup_state, self._on_opened_state, self._fatal)

    def _on_opened_state(self, state: "StartupState") -> None:
        self._on_opened((state.pc, state.notices), state.learners)

    # Screens other than the start screen are built on first use: a faster first frame.

    def _screen(self, name: str, factory, wire) -> QWidget:
        screen = self._screens.get(name)
        if screen is None:
            screen = factory()
            self._screens[name] = screen
            self.stack.addWidget(screen)
            wire(screen)
        return screen

    # Screen modules are imported on first use too; only the start screen is on the start-up path.

    @property
    def create(self) -> "CreateProfileScreen":
        from tutor.ui.screens.create_profile import CreateProfileScreen

        def wire(screen) -> None:
            screen.cancelled.connect(self.show_start)
            screen.create_requested.connect(self._create)

        return self._screen("create", CreateProfileScreen, wire)

    @property
    def pin(self) -> "PinScreen":
        from tutor.ui.screens.pin import PinScreen

        def wire(screen) -> None:
            screen.cancelled.connect(self.show_start)
            screen.pin_entered.connect(self._check_pin)

        return self._screen("pin", PinScreen, wire)

    @property
    def home(self) -> "HomeScreen":
        from tutor.ui.screens.home import HomeScreen

        def wire(screen) -> None:
            screen.switch_requested.connect(lambda: self.sign_out("switch"))
            screen.settings_requested.connect(lambda: self._show_settings(from_home=True))
            screen.search_requested.connect(self._show_search)
            screen.level_chosen.connect(self._show_level)

        return self._screen("home", HomeScreen, wire)

    @property
    def search(self) -> "SearchScreen":
        from tutor.ui.screens.search import SearchScreen

        def wire(screen) -> None:
            screen.back_requested.connect(self._back_home)
            screen.query_submitted.connect(self._run_search)
            screen.result_chosen.connect(lambda lesson_id, section: self._open_lesson(lesson_id, section, "search"))

        return self._screen("search", SearchScreen, wire)

    @property
    def level(self) -> "LevelScreen":
        from tutor.ui.screens.level import LevelScreen

        def wire(screen) -> None:
            screen.back_requested.connect(self._back_home)
            screen.lesson_chosen.connect(lambda lesson_id: self._open_lesson(lesson_id, None, "level"))

        return self._screen("level", LevelScreen, wire)

    @property
    def lesson(self) -> "LessonScreen":
        from tutor.ui.screens.lesson import LessonScreen

        def wire(screen) -> None:
            screen.back_requested.connect(self._lesson_back)

        return self._screen("lesson", LessonScreen, wire)

    @property
    def settings(self) -> "SettingsScreen":
        from tutor.ui.screens.settings import SettingsScreen

        def wire(screen) -> None:
            screen.display_changed.connect(self._display_changed)
            screen.idle_changed.connect(self._idle_changed)
            screen.closed.connect(self._settings_closed)
            screen.import_pack_requested.connect(self.import_pack_file)

        return self._screen("settings", SettingsScreen, wire)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Gia sư Bình dân học AI"))
        for screen in (self.start, *self._screens.values()):
            screen.retranslate()

    # -- start-up -------------------------------------------------------------

    def _on_opened(self, result, learners: list[Learner] | None = None) -> None:
        self.pc, notices = result
        self._apply_display(self.pc.display)
        self.start.show_notice("\n\n".join(n.user_message for n in notices))
        self.start.set_loading(False)
        if learners is None:
            self.show_start()
        else:
            self.stack.setCurrentWidget(self.start)
            self._learners_listed(learners)
        self.ready.emit()

    def _fatal(self, exc: BaseException) -> None:
        message = getattr(exc, "user_message", None) or self.tr(
            "Không mở được dữ liệu của ứng dụng. Hãy báo cho cán bộ kỹ thuật."
        )
        log.error("opening the data dir failed", exc_info=exc)
        self.start.set_loading(False)
        self.start.show_notice(message)
        self.stack.setCurrentWidget(self.start)
        self.start.add_tile.setEnabled(False)
        self.ready.emit()

    # -- navigation ------------------------------------------------------------

    def show_start(self) -> None:
        self.current = None
        self.idle.stop()
        if self.pc is not None:
            self._apply_display(self.pc.display)
        self.stack.setCurrentWidget(self.start)
        self.tasks.run_db(lambda ws: ws.learners.list(), self._learners_listed)

    def _learners_listed(self, learners: list[Learner]) -> None:
        self.start.set_learners(learners)
        self.learners_loaded.emit()

    def _show_create(self) -> None:
        self.create.reset()
        self.stack.setCurrentWidget(self.create)
        self.create.name_edit.setFocus()

    def _create(self, name: str, icon: str, pin: str) -> None:
        def created(result) -> None:
            learner, _changes = result
            self.create.done()
            self._enter(learner)

        self.tasks.mutate(
            lambda ws: ws.learners.create(name, icon, pin or None), created,
            lambda exc: self.create.show_error(self._message(exc)),
        )

    def _choose(self, learner_id: str) -> None:
        def got(learner: Learner) -> None:
            if learner.has_pin:
                self.pin.start(learner)
                if learner.locked_seconds_left:
                    self.pin.show_error(self._message(ProfileLocked(learner.locked_seconds_left)))
                self.stack.setCurrentWidget(self.pin)
            else:
                self.tasks.run_db(lambda ws: ws.learners.sign_in(learner_id), self._enter, self._start_error)

        self.tasks.run_db(lambda ws: ws.learners.get(learner_id), got, self._start_error)

    def _check_pin(self, learner_id: str, pin: str) -> None:
        self.tasks.run_db(
            lambda ws: ws.learners.sign_in(learner_id, pin), self._enter,
            lambda exc: self.pin.show_error(self._message(exc)),
        )

    def _start_error(self, exc: BaseException) -> None:
        self.start.show_notice(self._message(exc))
        self.show_start()

    def _enter(self, learner: Learner) -> None:
        self.current = learner
        self._apply_display(learner_display(learner.prefs, self.pc.display))
        self.home.show_notice("")
        self.home.show_learner(learner)
        self.stack.setCurrentWidget(self.home)
        self.home.switch_button.setFocus()
        self._arm_idle()
        self.refresh_home()
        self.signed_in.emit(learner.learner_id)

    def refresh_home(self) -> None:
        if self.current is None:
            return
        from tutor.ui.home_data import load_home

        learner_id = self.current.learner_id
        self.tasks.run_db(lambda ws: load_home(ws, learner_id), self.home.show_snapshot)

    def sign_out(self, reason: str) -> None:
        if self.current is None:
            return
        self.show_start()
        self.start.show_notice(
            self.tr("Bạn đã được tự đăng xuất vì lâu không dùng máy. Bấm vào hình của mình để học tiếp.")
            if reason == "idle" else ""
        )
        self.signed_out.emit(reason)

    # -- lessons and search --------------------------------------------------------

    def _back_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self.home.search_edit.setFocus()

    def _show_search(self, text: str) -> None:
        self.stack.setCurrentWidget(self.search)
        self.search.start(text)

    def _run_search(self, text: str) -> None:
        from tutor.ui.content_data import search_results

        self.tasks.run_db(
            lambda ws: search_results(ws, text), lambda results: self._search_done(text, results),
            lambda exc: self.search.show_results(text, []),
        )

    def _search_done(self, text: str, results) -> None:
        self.search.show_results(text, results)
        self.search_done.emit(text)

    def _show_level(self, number: int) -> None:
        from tutor.ui.content_data import level_view

        def got(view) -> None:
            self.level.show_level(view)
            self.stack.setCurrentWidget(self.level)

        self.tasks.run_db(lambda ws: level_view(ws, number), got, self._home_error)

    def _open_lesson(self, lesson_id: str, section, came_from: str) -> None:
        from tutor.ui.content_data import lesson_view

        self._lesson_came_from = came_from

        def got(view) -> None:
            self.lesson.show_lesson(view)
            self.stack.setCurrentWidget(self.lesson)
            self.lesson_opened.emit(lesson_id)

        self.tasks.run_db(lambda ws: lesson_view(ws, lesson_id, section), got, self._home_error)

    def _lesson_back(self) -> None:
        target = {"search": self.search, "level": self.level}.get(getattr(self, "_lesson_came_from", ""))
        self.stack.setCurrentWidget(target if target is not None else self.home)

    def _home_error(self, exc: BaseException) -> None:
        self.stack.setCurrentWidget(self.home)
        self.home.show_notice(self._message(exc))

    def import_pack_file(self, path: str) -> None:
        """Installs a lesson pack chosen from a USB stick; refuses bad packs, changing nothing."""

        def done(result) -> None:
            if getattr(result, "noop", False):
                self.settings.show_pack_result(True, self.tr("Gói bài học này đã có trên máy. Không có gì thay đổi."))
            else:
                self.settings.show_pack_result(True, self.tr("Đã cài gói bài học mới."))
            self._refresh_pack_info()
            self.pack_imported.emit(True)

        def failed(exc: BaseException) -> None:
            self.settings.show_pack_result(False, self._message(exc))
            self.pack_imported.emit(False)

        self.settings.show_pack_result(None, self.tr("Đang kiểm tra và cài gói bài học…"))
        self.tasks.mutate(lambda ws: ws.content.import_pack_file(path), done, failed)

    def _refresh_pack_info(self) -> None:
        from tutor.ui.content_data import pack_description

        self.tasks.run_db(pack_description, self.settings.show_pack_info)

    # -- settings ----------------------------------------------------------------

    def _show_settings(self, from_home: bool) -> None:
        self._settings_from_home = from_home and self.current is not None
        if self._settings_from_home:
            display = learner_display(self.current.prefs, self.pc.display)
            who = self.tr("Cài đặt hiển thị này chỉ dành cho %s.") % self.current.display_name
        else:
            display = self.pc.display
            who = self.tr("Cài đặt hiển thị chung của máy này.")
        about = self.tr("Phiên bản %s. Dữ liệu lưu tại: %s") % (tutor.__version__, self._data_root())
        self.settings.load(display, self.pc.idle_signout_min, who, about)
        self._refresh_pack_info()
        self.stack.setCurrentWidget(self.settings)

    def _data_root(self) -> str:
        return str(self.tasks.db.call(lambda ws: ws.data.root))

    def _display_changed(self, prefs: DisplayPrefs) -> None:
        self._apply_display(prefs)
        if self._settings_from_home and self.current is not None:
            learner_id = self.current.learner_id

            def saved(_changes) -> None:
                self.tasks.run_db(lambda ws: ws.learners.get(learner_id), self._refresh_current)

            self.tasks.mutate(
                lambda ws: ws.learners.set_prefs(
                    learner_id, text_size=prefs.text_size, high_contrast=prefs.high_contrast,
                    language=prefs.language,
                ),
                saved,
            )
        else:
            self.tasks.mutate(lambda ws: ws.settings.set_pc_display(prefs), lambda _c: self._reload_pc())

    def _refresh_current(self, learner: Learner) -> None:
        if self.current is not None and learner.learner_id == self.current.learner_id:
            self.current = learner

    def _idle_changed(self, minutes: int) -> None:
        self.tasks.mutate(lambda ws: ws.settings.set_idle_signout(minutes), lambda _c: self._reload_pc())

    def _reload_pc(self) -> None:
        def got(pc) -> None:
            self.pc = pc
            if self.current is not None:
                self._arm_idle()

        self.tasks.run_db(lambda ws: ws.settings.pc(), got)

    def _settings_closed(self) -> None:
        if self._settings_from_home and self.current is not None:
            self.stack.setCurrentWidget(self.home)
            self.refresh_home()
        else:
            self.show_start()

    # -- helpers -------------------------------------------------------------------

    def _arm_idle(self) -> None:
        if self._idle_override is not None:
            self.idle.set_timeout_ms(self._idle_override)
        else:
            self.idle.set_timeout_ms(self.pc.idle_signout_min * 60_000 if self.pc else 0)

    def _apply_display(self, prefs: DisplayPrefs) -> None:
        if prefs == self._applied_display:
            return  # re-applying a style sheet re-polishes every widget: skip when nothing changed
        self._applied_display = prefs
        self.language.set_language(prefs.language)
        apply_display(QApplication.instance(), prefs)

    def _on_changed(self, changes) -> None:
        if changes.content and self.current is not None:
            self.refresh_home()

    def _message(self, exc: BaseException) -> str:
        if isinstance(exc, WrongPin):
            if exc.tries_left > 0:
                return self.tr("Mã PIN chưa đúng. Bạn còn %d lần thử.") % exc.tries_left
            return self.tr("Mã PIN chưa đúng.")
        if isinstance(exc, ProfileLocked):
            minutes = max(1, (exc.seconds_left + 59) // 60)
            return self.tr("Nhập sai quá nhiều lần. Hãy đợi %d phút rồi thử lại.") % minutes
        if isinstance(exc, TutorError):
            return exc.user_message
        log.error("unexpected error", exc_info=exc)
        return self.tr("Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.")

    def closeEvent(self, event) -> None:
        self.idle.stop()
        super().closeEvent(event)
