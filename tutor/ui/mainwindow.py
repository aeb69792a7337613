"""The main window: a stack of screens and the sign-in session of a shared PC."""

from __future__ import annotations

import logging

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

import tutor
from typing import TYPE_CHECKING

from tutor.display import DisplayPrefs, learner_display
from tutor.errors import ProfileLocked, TutorError, WrongPin
from tutor.ui import core_text
from tutor.ui.i18n import LanguageSwitcher
from tutor.ui.idle import IdleWatcher
from tutor.ui.screens.start import StartScreen
from tutor.ui.theme import apply_display
from tutor.ui.widgets.fitting import PREFERRED, PageStack, initial_window_size, scrolling

if TYPE_CHECKING:
    from tutor.learners import Learner
    from tutor.ui.screens.ask import AskScreen
    from tutor.ui.screens.models import ModelsScreen
    from tutor.ui.screens.practice import PracticeScreen
    from tutor.ui.screens.create_profile import CreateProfileScreen
    from tutor.ui.screens.home import HomeScreen
    from tutor.ui.screens.lesson import LessonScreen
    from tutor.ui.screens.level import LevelScreen
    from tutor.ui.screens.pin import PinScreen
    from tutor.ui.screens.quiz import QuizScreen
    from tutor.ui.screens.result import CertificatesScreen, ResultScreen
    from tutor.ui.screens.search import SearchScreen
    from tutor.ui.screens.settings import SettingsScreen
    from tutor.ui.screens.teacher.controller import TeacherAreaController
    from tutor.ui.taskman import TaskManager

log = logging.getLogger(__name__)


def _choice_marks(grade) -> tuple[frozenset[int], frozenset[int]]:
    """Which options to mark right and which chosen, from the grade's details."""
    details = grade.details or {}
    if "answer" in details:  # true/false: option 0 is "Đúng", 1 is "Sai"
        return frozenset({0 if details["answer"] else 1}), frozenset({0 if details["chosen"] else 1})
    correct, chosen = details.get("correct"), details.get("chosen")
    if correct is None or chosen is None:
        return frozenset(), frozenset()
    as_set = (lambda v: frozenset(v) if isinstance(v, (list, tuple, set, frozenset)) else frozenset({v}))
    return as_set(correct), as_set(chosen)


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
    answer_saved = Signal(bool)
    quiz_done = Signal(int, int)
    quiz_started = Signal(str)
    level_test_done = Signal(object)
    certificate_written = Signal(str)
    narration_saved = Signal(str, int)
    practice_opened = Signal(str)

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
        self.speech = None
        self.control_voice = None  # tutor.ui.control_voice.ControlVoice, once there is a voice
        self.llm = None
        self.sync = None  # tutor.ui.sync_controller.SyncController, from the composition root
        self._preview = False
        self.recorder = None
        self._recording_target: tuple[str, int] | None = None
        self._quiz_context: dict = {}
        first_display = initial.pc.display if initial is not None else display
        if first_display is not None:
            # Style before building widgets: applying a style sheet later re-polishes all of them.
            self._apply_display(first_display)
        self.stack = PageStack()
        self.scroll = scrolling(self.stack)
        self.setCentralWidget(self.scroll)
        screen = QApplication.primaryScreen()
        self.resize(initial_window_size(screen.availableGeometry().size()) if screen is not None
                    else PREFERRED)
        self.start = StartScreen()
        self.stack.addWidget(self.start)
        self.start.learner_chosen.connect(self._choose)
        self.start.add_requested.connect(self._show_create)
        self.start.settings_requested.connect(lambda: self._show_settings(from_home=False))
        self.start.teacher_requested.connect(lambda: self.teacher_area.open())
        self.start.restore_requested.connect(self._restore_offered)
        self.start.set_loading(True)
        self.idle = IdleWatcher(self)
        self.idle.watch(QApplication.instance())  # the filter goes in at the first sign-in
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
    def teacher_area(self) -> "TeacherAreaController":
        """The teacher area (login, classes, dashboard): its own session and idle lock."""
        controller = getattr(self, "_teacher_area", None)
        if controller is None:
            from tutor.ui.screens.teacher.controller import TeacherAreaController

            controller = self._teacher_area = TeacherAreaController(self)
        return controller

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
            screen.continue_requested.connect(
                lambda lesson_id: self._open_lesson(lesson_id, None, "home", resume=True))
            screen.review_requested.connect(self.start_review)
            screen.level_test_requested.connect(self.start_level_test)
            screen.certificates_requested.connect(self._show_certificates)
            screen.ask_requested.connect(self._show_ask)
            if self.sync is not None:
                screen.set_sync_bar(self.sync.make_status_bar())

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
            screen.step_shown.connect(self._section_shown)
            screen.quiz_requested.connect(self.start_lesson_quiz)
            screen.speak_requested.connect(
                lambda text: self._listen(text, screen.view.lesson_id, screen.steps()[screen.step],
                                          screen.view.narration.get(screen.steps()[screen.step])))
            screen.record_requested.connect(self._record_narration)
            screen.practice_requested.connect(self.start_practice)
            screen.set_can_speak(self.speech is not None)
            screen.set_can_record(bool(self.pc and self.pc.teacher_recording))

        return self._screen("lesson", LessonScreen, wire)

    @property
    def quiz(self) -> "QuizScreen":
        from tutor.ui.screens.quiz import QuizScreen

        def wire(screen) -> None:
            screen.answer_submitted.connect(self._answer)
            screen.finished.connect(self._quiz_finished)
            screen.back_requested.connect(self._quiz_stopped)
            screen.speak_requested.connect(lambda text: self._listen(text))
            screen.set_can_speak(self.speech is not None)

        return self._screen("quiz", QuizScreen, wire)

    @property
    def result(self) -> "ResultScreen":
        from tutor.ui.screens.result import ResultScreen

        def wire(screen) -> None:
            screen.home_requested.connect(self._back_home)
            screen.again_requested.connect(self._again)
            screen.print_requested.connect(lambda cert: self._print_certificate(cert, screen))

        return self._screen("result", ResultScreen, wire)

    @property
    def certificates_screen(self) -> "CertificatesScreen":
        from tutor.ui.screens.result import CertificatesScreen

        def wire(screen) -> None:
            screen.back_requested.connect(self._back_home)
            screen.print_requested.connect(lambda cert: self._print_certificate(cert, screen))

        return self._screen("certificates", CertificatesScreen, wire)

    @property
    def practice(self) -> "PracticeScreen":
        from tutor.ui.screens.practice import PracticeScreen

        def wire(screen) -> None:
            screen.back_requested.connect(self._practice_back)
            screen.attempt_recorded.connect(self._practice_recorded)
            screen.speak_requested.connect(self._listen)
            screen.set_can_speak(self.speech is not None)

        return self._screen("practice", lambda: PracticeScreen(self._runner()), wire)

    @property
    def ask(self) -> "AskScreen":
        from tutor.ui.screens.ask import AskScreen

        def wire(screen) -> None:
            screen.back_requested.connect(self._back_home)
            screen.search_requested.connect(self._ask_search)
            screen.speak_requested.connect(self._listen)
            screen.set_can_speak(self.speech is not None)
            screen.lesson_link_activated.connect(
                lambda lesson_id, section: self._open_lesson(
                    lesson_id, -2 if section == -1 else section, "ask"))

        return self._screen("ask", lambda: AskScreen(self._runner()), wire)

    @property
    def models(self) -> "ModelsScreen":
        from tutor.ui.screens.models import ModelsScreen

        def wire(screen) -> None:
            screen.back_requested.connect(self._settings_back_from_models)
            screen.model_chosen.connect(self._model_chosen)
            screen.restart_requested.connect(self._restart_model)

        return self._screen("models", ModelsScreen, wire)

    @property
    def settings(self) -> "SettingsScreen":
        from tutor.ui.screens.settings import SettingsScreen

        def wire(screen) -> None:
            screen.display_changed.connect(self._display_changed)
            screen.idle_changed.connect(self._idle_changed)
            screen.closed.connect(self._settings_closed)
            screen.import_pack_requested.connect(self.import_pack_file)
            screen.models_requested.connect(self._show_models)
            screen.voices_requested.connect(self._show_voices)
            screen.sync_requested.connect(self._show_sync_settings)
            screen.recording_changed.connect(self._recording_allowed)

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
        self.start.show_notice("\n\n".join(core_text.translate(n.user_message) for n in notices))
        offered = next((n.restore_from for n in notices if n.restore_from is not None), None)
        self._restore_offer = offered
        if offered is not None or self.start.restore_button is not None:
            self.start.offer_restore(offered is not None)
        self.start.set_loading(False)
        if learners is None:
            self.show_start()
        else:
            self.stack.setCurrentWidget(self.start)
            self._learners_listed(learners)
        self.ready.emit()

    def _restore_offered(self) -> None:
        """The person took back the learners a backup or kept file holds (tutor.store.recovery)."""
        source = getattr(self, "_restore_offer", None)
        if source is None:
            return
        self.start.offer_restore(False)

        def restored(state: "StartupState") -> None:
            self._on_opened_state(state)
            self.start.show_notice(self.tr("Đã lấy lại dữ liệu cũ."))

        def restore(ws):
            ws.restore_learners_from(source)
            return read_startup_state(ws)

        self.tasks.run_db(restore, restored, lambda exc: self.start.show_notice(self._message(exc)))

    def _fatal(self, exc: BaseException) -> None:
        message = core_text.user_text(exc) or self.tr(
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

        group, age_band = self.create.selected_group()   # optional (issue 18)
        self.tasks.mutate(
            lambda ws: ws.learners.create(name, icon, pin or None, group=group, age_band=age_band), created,
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
        from tutor.ui.widgets.assigned import load_assigned

        self.tasks.run_db(lambda ws: load_assigned(ws, learner_id), self.home.assigned.show_assignments,
                          lambda exc: log.warning("assignments not shown: %s", exc))

    def sign_out(self, reason: str) -> None:
        if self.current is None:
            return
        if self.speech:
            self.speech.stop()
        self.show_start()
        self.start.show_notice(
            self.tr("Bạn đã được tự đăng xuất vì lâu không dùng máy. Bấm vào hình của mình để học tiếp.")
            if reason == "idle" else ""
        )
        self.signed_out.emit(reason)

    # -- lessons and search --------------------------------------------------------

    def _back_home(self) -> None:
        if self.speech:
            self.speech.stop()
        self.stack.setCurrentWidget(self.home)
        self.refresh_home()
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

        learner_id = self.current.learner_id if self.current else None
        self.tasks.run_db(lambda ws: level_view(ws, number, learner_id), got, self._home_error)

    def _open_lesson(self, lesson_id: str, section, came_from: str, resume: bool = False) -> None:
        """``resume``: open at the part the learner reached last time (Tiếp tục), not part 1."""
        from tutor.ui.content_data import lesson_view

        self._lesson_came_from = came_from
        learner_id = self.current.learner_id if self.current else None

        def load(ws):
            from dataclasses import replace

            from tutor.progress.errors import LevelLocked

            focus = section
            if resume and section is None and learner_id:
                read = ws.progress.lesson_status(learner_id, lesson_id).sections_read
                focus = max(read) if read else None
            view = lesson_view(ws, lesson_id, focus)
            try:
                changes = ws.progress.open_lesson(learner_id, lesson_id) if learner_id else None
            except LevelLocked:
                # Found by search in a level not open yet: readable, but not recorded and no quiz.
                return replace(view, has_quiz=False), None, True
            return view, changes, False

        def got(result) -> None:
            view, _changes, preview = result
            self._preview = preview
            self.lesson.show_lesson(view)
            self.stack.setCurrentWidget(self.lesson)
            self.lesson_opened.emit(lesson_id)

        self.tasks.mutate(load, got, self._home_error)

    # -- the learning journey --------------------------------------------------------

    def _section_shown(self, lesson_id: str, index: int) -> None:
        if self.current is None or index < 0 or getattr(self, "_preview", False):
            return
        learner_id = self.current.learner_id
        self.tasks.mutate(lambda ws: ws.progress.section_read(learner_id, lesson_id, index),
                          on_error=lambda exc: log.warning("section_read not saved: %s", exc))

    def start_lesson_quiz(self, lesson_id: str) -> None:
        from tutor.progress.tiles import tiles_for
        from tutor.ui.screens.quiz import QuizItem

        def load(ws):
            lesson = ws.content.lesson(lesson_id)
            return lesson, tiles_for(ws.content, [(lesson.id, q) for q in lesson.quiz])

        def got(result) -> None:
            lesson, tiles = result
            items = [QuizItem(lesson.id, q, lesson.title, tiles.get((lesson.id, q.id), ()))
                     for q in lesson.quiz]
            self._quiz_context = {"mode": "quiz", "lesson_id": lesson_id, "title": lesson.title}
            self.quiz.start(lesson.title, items, mode="quiz")
            self.stack.setCurrentWidget(self.quiz)

        self.tasks.run_db(load, got, self._home_error)

    def start_review(self) -> None:
        from tutor.progress.tiles import tiles_for
        from tutor.ui.screens.quiz import QuizItem

        learner_id = self.current.learner_id

        def load(ws):
            items = ws.progress.due_items(learner_id)
            return items, tiles_for(ws.content, [(i.lesson_id, i.question) for i in items])

        def got(result) -> None:
            items, tiles = result
            if not items:
                self.home.show_notice(self.tr("Hôm nay chưa có câu nào cần ôn. Hẹn bạn ngày mai!"))
                return
            title = self.tr("Ôn tập hôm nay")
            self._quiz_context = {"mode": "review", "title": title}
            self.quiz.start(title, [QuizItem(i.lesson_id, i.question, i.lesson_title,
                                             tiles.get((i.lesson_id, i.question.id), ()))
                                    for i in items], mode="review")
            self.stack.setCurrentWidget(self.quiz)

        self.tasks.run_db(load, got, self._home_error)

    def start_level_test(self, level: int) -> None:
        from tutor.progress.tiles import tiles_for
        from tutor.ui.screens.quiz import QuizItem

        learner_id = self.current.learner_id

        def start(ws):
            test = ws.progress.start_level_test(learner_id, level)
            tiles = tiles_for(ws.content, [(r.lesson_id, r.question) for r in test.questions])
            # The test's own Changes stays last so mutate() still broadcasts it.
            return test, tiles, getattr(test, "changes", None)

        def got(result) -> None:
            test, tiles, _changes = result
            title = self.tr("Bài kiểm tra cấp %d") % level
            self._quiz_context = {"mode": "level_test", "test_id": test.test_id, "level": level, "title": title}
            items = [QuizItem(ref.lesson_id, ref.question, "", tiles.get((ref.lesson_id, ref.question.id), ()))
                     for ref in test.questions]
            self.quiz.start(title, items, mode="level_test", seed=test.seed)
            self.stack.setCurrentWidget(self.quiz)
            self.quiz_started.emit("level_test")

        self.tasks.mutate(start, got, self._home_error)

    def _answer(self, lesson_id: str, question_id: str, response) -> None:
        from tutor.ui.screens.quiz import Feedback

        learner_id = self.current.learner_id
        context = dict(self._quiz_context)

        def saved(result) -> None:
            right, chosen = _choice_marks(result.grade)
            self.quiz.show_feedback(Feedback(result.grade.correct, result.grade.feedback, result.message,
                                             right_options=right, chosen_options=chosen,
                                             details=dict(result.grade.details or {})))
            self.answer_saved.emit(result.grade.correct)

        self.tasks.mutate(
            lambda ws: ws.progress.answer(learner_id, lesson_id, question_id, response,
                                          context=context["mode"], test_id=context.get("test_id")),
            saved, lambda exc: self.quiz.show_error(self._message(exc)),
        )

    def _quiz_finished(self, right: int, total: int) -> None:
        context = dict(self._quiz_context)
        if context["mode"] != "level_test":
            if context["mode"] == "quiz":
                message = (self.tr("Rất tốt! Bạn đã nắm được bài này.") if right >= total * 0.8
                           else self.tr("Bạn làm lại thêm lần nữa nhé. Mỗi lần làm, bạn sẽ nhớ lâu hơn."))
            else:
                message = self.tr("Ôn xong rồi. Mai ta ôn tiếp nhé!")
            self.result.show_result(context["title"], right, total, message)
            self.stack.setCurrentWidget(self.result)
            self.quiz_done.emit(right, total)
            return
        learner_id = self.current.learner_id

        def done(result) -> None:
            self.result.show_result(context["title"], result.correct, result.total, result.message,
                                    certificate=result.certificate, can_retry=not result.passed)
            self.stack.setCurrentWidget(self.result)
            self.level_test_done.emit(result)

        self.tasks.mutate(lambda ws: ws.progress.finish_level_test(learner_id, context["test_id"]),
                          done, self._home_error)

    def _quiz_stopped(self) -> None:
        if self.speech:
            self.speech.stop()
        self._back_home()
        self.refresh_home()

    def _again(self) -> None:
        context = getattr(self, "_quiz_context", {})
        if context.get("mode") == "quiz":
            self.start_lesson_quiz(context["lesson_id"])
        elif context.get("mode") == "level_test":
            self.start_level_test(context["level"])
        else:
            self.start_review()

    def _show_certificates(self) -> None:
        learner_id = self.current.learner_id

        def got(certs) -> None:
            self.certificates_screen.show_certificates(certs)
            self.stack.setCurrentWidget(self.certificates_screen)

        self.tasks.run_db(lambda ws: ws.progress.certificates(learner_id), got, self._home_error)

    def _print_certificate(self, certificate, screen) -> None:
        """Writes the PDF into the data dir's certificates folder and opens it for printing."""
        from tutor.ui.certificate_pdf import write_certificate_pdf

        root = self.tasks.db.call(lambda ws: ws.data.root)
        f = certificate.fields
        path = root / "certificates" / f"giay-chung-nhan-cap{f.level}-{f.certificate_id}.pdf"
        pc_label = f.device_id[:8]

        def written(result_path) -> None:
            screen.show_pdf(str(result_path))
            self.certificate_written.emit(str(result_path))
            if not self._headless():
                from PySide6.QtCore import QUrl
                from PySide6.QtGui import QDesktopServices

                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result_path)))

        # QPdfWriter paints with Qt's GUI classes: done on the main thread, it takes a few ms.
        try:
            written(write_certificate_pdf(certificate, path, pc_label))
        except OSError as exc:
            log.error("certificate PDF not written", exc_info=exc)
            screen.show_pdf(self.tr("Không lưu được tệp PDF (ổ đĩa đầy hoặc không ghi được)."))

    @staticmethod
    def _headless() -> bool:
        return QApplication.platformName() in ("offscreen", "minimal")

    def _listen(self, text: str, lesson_id: str | None = None, section: int | None = None,
                recording: bytes | None = None) -> None:
        if self.speech is None:
            return
        if self.speech.state == "playing":
            self.speech.pause()
        elif self.speech.state == "paused":
            self.speech.resume()
        else:
            self.speech.speak(text, lesson_id, section, recording)

    # -- local AI: practice room, ask the tutor, models ----------------------------------

    def set_llm(self, runner) -> None:
        """The app-wide LlmRunner (NoModel until a model is found and loaded)."""
        self.llm = runner
        runner.engine_failed.connect(lambda message, _code: self.models.show_engine_failure(message))

    def _runner(self):
        if self.llm is None:
            from tutor.ui.llm_bridge import LlmRunner

            self.set_llm(LlmRunner(None, parent=self))  # no model: the screens say so plainly
        return self.llm

    def start_practice(self, lesson_id: str) -> None:
        def got(lesson) -> None:
            self.practice.start(lesson.id, lesson.title, lesson.practice)
            self.stack.setCurrentWidget(self.practice)
            self.practice_opened.emit(lesson_id)

        self.tasks.run_db(lambda ws: ws.content.lesson(lesson_id), got, self._home_error)

    def _practice_back(self) -> None:
        self.stack.setCurrentWidget(self.lesson if "lesson" in self._screens else self.home)

    def _practice_recorded(self, summary: dict) -> None:
        if self.current is None or self._preview:
            return
        learner_id, lesson_id = self.current.learner_id, summary.get("lesson_id")
        self.tasks.mutate(lambda ws: ws.progress.practice_attempt(learner_id, lesson_id, summary),
                          on_error=lambda exc: log.warning("practice attempt not saved: %s", exc))

    def _show_ask(self) -> None:
        # A question typed in the home search box is carried over and asked at once.
        carried = self.home.search_edit.text().strip() if self.stack.currentWidget() is self._screens.get("home") else ""
        self.ask.start(carried)
        self.stack.setCurrentWidget(self.ask)

    def _ask_search(self, question: str) -> None:
        from tutor.local_llm.ask import search_query

        self.tasks.run_db(lambda ws: ws.content.search_passages(search_query(question), 8),
                          lambda passages: self.ask.show_passages(question, passages),
                          lambda exc: self.ask.show_search_error(self._message(exc)))

    def _show_models(self) -> None:
        screen = self.models
        screen.models_dir = self.tasks.db.call(lambda ws: ws.data.models)
        if self.llm is not None and self.llm.llm is not None and getattr(self.llm.llm, "model_path", None):
            screen.set_in_use(str(self.llm.llm.model_path))
        screen.refresh()
        self.stack.setCurrentWidget(screen)

    def _settings_back_from_models(self) -> None:
        self.stack.setCurrentWidget(self.settings)

    def _model_chosen(self, path: str) -> None:
        from pathlib import Path as _Path

        from tutor.local_llm.engine import open_llm

        old = self.llm.llm
        self.llm.set_llm(open_llm(path))
        if old is not None:
            old.close()
        name = _Path(path).name
        self.tasks.mutate(lambda ws: ws.settings.set_model(name))
        self.models.set_in_use(path)

    def _restart_model(self) -> None:
        llm = self.llm.llm if self.llm is not None else None
        if llm is not None and hasattr(llm, "restart"):
            self.tasks.run_slow(llm.restart, lambda _r: self.models.hide_engine_failure(),
                                lambda exc: self.models.show_engine_failure(self._message(exc)))

    # -- sync ------------------------------------------------------------------------------

    def set_sync(self, controller) -> None:
        """Background sync: a status line on the learner picker and home, a page in settings."""
        self.sync = controller
        self.start.set_sync_bar(controller.make_status_bar())
        if "home" in self._screens:
            self.home.set_sync_bar(controller.make_status_bar())
        controller.pulled.connect(self._sync_pulled)

    @property
    def sync_settings(self):
        from tutor.ui.screens.sync_settings import SyncSettingsScreen

        def wire(screen) -> None:
            screen.back_requested.connect(lambda: self.stack.setCurrentWidget(self.settings))

        return self._screen("sync_settings", lambda: SyncSettingsScreen(self.sync), wire)

    @property
    def voices(self):
        from tutor.ui.screens.voices import VoicesScreen

        def wire(screen) -> None:
            screen.back_requested.connect(lambda: self.stack.setCurrentWidget(self.settings))

        return self._screen("voices", VoicesScreen, wire)

    def _show_voices(self) -> None:
        from tutor.audio.voicepacks import VoicePackStore, voices_dir

        screen = self.voices
        screen.set_store(VoicePackStore(voices_dir(self.tasks.db.call(lambda ws: ws.data.root))))
        self.stack.setCurrentWidget(screen)

    def _show_sync_settings(self) -> None:
        if self.sync is None:
            return
        self.sync_settings.start()
        self.stack.setCurrentWidget(self.sync_settings)

    def _sync_pulled(self, _changes) -> None:
        """Learners pulled from the site appear on the picker; a learner whose progress came
        from another PC sees it at once. A round that brought nothing reloads nothing."""
        if self.stack.currentWidget() is self.start and self.tasks is not None:
            self.tasks.run_db(lambda ws: ws.learners.list(), self._learners_listed)
        elif self.current is not None and self.stack.currentWidget() is self._screens.get("home"):
            self.refresh_home()

    # -- teacher narration ---------------------------------------------------------------

    def _recording_allowed(self, allowed: bool) -> None:
        def saved(_changes) -> None:
            self._reload_pc()
            if "lesson" in self._screens:
                self.lesson.set_can_record(allowed)

        self.tasks.mutate(lambda ws: ws.settings.set_teacher_recording(allowed), saved)

    def _record_narration(self, lesson_id: str, section: int) -> None:
        """First press starts the microphone, the second stops it and keeps the recording."""
        if self.recorder is None:
            from tutor.ui.recorder import QtVoiceRecorder

            self.recorder = QtVoiceRecorder(self)
            self.recorder.recorded.connect(self._narration_recorded)
            self.recorder.failed.connect(self._narration_failed)
        if self._recording_target is None:
            if self.speech:
                self.speech.stop()
            self._recording_target = (lesson_id, section)
            self.lesson.set_recording(True)
            self.lesson.show_status(self.tr("Đang ghi âm… Đọc to phần này, xong thì bấm “Dừng ghi âm”."))
            self.recorder.start()
        else:
            self.recorder.stop()

    def _narration_recorded(self, wav: bytes) -> None:
        from tutor.audio.narration import TeacherNarrations

        target, self._recording_target = self._recording_target, None
        self.lesson.set_recording(False)
        if target is None:
            return
        root = self.tasks.db.call(lambda ws: ws.data.root)
        store = TeacherNarrations.in_data_dir(root)

        def done(_clip) -> None:
            self.lesson.show_status(self.tr("Đã lưu giọng đọc. Từ nay máy này đọc phần này bằng giọng thầy cô."))
            self.narration_saved.emit(target[0], target[1])

        self.tasks.run_slow(lambda: store.save(target[0], target[1], wav), done,
                            lambda exc: self._narration_failed(self._message(exc)))

    def _narration_failed(self, message: str) -> None:
        self._recording_target = None
        self.lesson.set_recording(False)
        self.lesson.show_status(message)

    def _apply_reading(self, prefs: DisplayPrefs) -> None:
        from tutor.audio.voices import voice_by_key

        self.speech.set_speed(prefs.speech_speed)
        self.speech.voice = voice_by_key(prefs.voice)
        if self.control_voice is not None:
            self.control_voice.enabled = prefs.speak_controls

    def set_speech(self, controller) -> None:
        self.speech = controller
        if controller is not None and self.control_voice is None:
            from tutor.ui.control_voice import ControlVoice

            self.control_voice = ControlVoice(self, controller)
            QApplication.instance().installEventFilter(self.control_voice)
        if controller is not None:
            controller.state_changed.connect(self._speech_state)
            controller.failed.connect(lambda message: self._speech_state("idle", message))
            if self._applied_display is not None:
                self._apply_reading(self._applied_display)
        for name in ("lesson", "quiz", "ask", "practice"):
            if name in self._screens:
                self._screens[name].set_can_speak(controller is not None)

    def _speech_state(self, state: str, failure: str = "") -> None:
        """The Listen buttons say what pressing them will do next."""
        label = {"preparing": self.tr("Đang chuẩn bị…"), "playing": self.tr("Tạm dừng"),
                 "paused": self.tr("Nghe tiếp")}.get(state, self.tr("Nghe"))
        buttons = []
        if "lesson" in self._screens:
            buttons.append(self.lesson.listen_button)
            if failure:
                self.lesson.show_status(failure)
        if "quiz" in self._screens:
            buttons += [self.quiz.listen_button, self.quiz.feedback_listen]
        if "ask" in self._screens:
            buttons.append(self.ask.listen_button)
        for button in buttons:
            button.setText(label)

    def _lesson_back(self) -> None:
        if self.speech:
            self.speech.stop()
        target = {"search": self.search, "level": self.level,
                  "ask": self._screens.get("ask")}.get(getattr(self, "_lesson_came_from", ""))
        if target is None:
            self._back_home()
        else:
            self.stack.setCurrentWidget(target)

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
        self.settings.load(display, self.pc.idle_signout_min, who, about, self.pc.teacher_recording)
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
                    language=prefs.language, speech_speed=prefs.speech_speed, voice=prefs.voice,
                    speak_controls=prefs.speak_controls,
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
        if self.speech is not None:
            self._apply_reading(prefs)
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
            if minutes >= 120:  # locks in a row grow up to a day (tutor.lockout)
                return self.tr("Nhập sai quá nhiều lần. Hãy đợi khoảng %d giờ rồi thử lại.") % (
                    (minutes + 59) // 60)
            return self.tr("Nhập sai quá nhiều lần. Hãy đợi %d phút rồi thử lại.") % minutes
        if isinstance(exc, TutorError):
            return core_text.user_text(exc)
        log.error("unexpected error", exc_info=exc)
        return self.tr("Đã có lỗi xảy ra. Dữ liệu của bạn vẫn an toàn.")

    def closeEvent(self, event) -> None:
        self.idle.stop()
        super().closeEvent(event)
