"""The main window: a stack of screens, nothing else.

Each feature (sign-in, lessons, quizzes, certificates, narration, the model, sync,
settings, packs) is a controller in tutor.ui.controllers, composed in tutor.ui.app;
a controller wires the screens it drives when the window first builds them. Screens
that show stored state listen to the Changes broadcast (tutor.ui.screens.refresh).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from tutor.display import DisplayPrefs
from tutor.ui.i18n import LanguageSwitcher
from tutor.ui.messages import user_message
from tutor.ui.screens.start import StartScreen
from tutor.ui.theme import apply_display
from tutor.ui.widgets.fitting import PREFERRED, PageStack, initial_window_size, scrolling

if TYPE_CHECKING:
    from tutor.ui.controllers import Features
    from tutor.ui.screens.ask import AskScreen
    from tutor.ui.screens.create_profile import CreateProfileScreen
    from tutor.ui.screens.home import HomeScreen
    from tutor.ui.screens.lesson import LessonScreen
    from tutor.ui.screens.level import LevelScreen
    from tutor.ui.screens.models import ModelsScreen
    from tutor.ui.screens.pin import PinScreen
    from tutor.ui.screens.practice import PracticeScreen
    from tutor.ui.screens.quiz import QuizScreen
    from tutor.ui.screens.result import CertificatesScreen, ResultScreen
    from tutor.ui.screens.search import SearchScreen
    from tutor.ui.screens.settings import SettingsScreen
    from tutor.ui.screens.teacher.controller import TeacherAreaController
    from tutor.ui.taskman import TaskManager

log = logging.getLogger(__name__)

Wire = Callable[[QWidget], None]


class MainWindow(QMainWindow):
    start_requested = Signal()            # back to the learner picker (the session controller answers)
    display_applied = Signal(object)      # DisplayPrefs: narration follows the reading settings
    closing = Signal()

    def __init__(self, language: LanguageSwitcher, display: DisplayPrefs | None = None):
        super().__init__()
        self.tasks: TaskManager | None = None
        self.language = language
        self.features: Features | None = None  # the controllers, kept alive by the window (tutor.ui.app)
        self.sync = None  # tutor.ui.sync_controller.SyncController once sync runs (the teacher area's USB export)
        self._applied_display: DisplayPrefs | None = None
        self._screens: dict[str, QWidget] = {}
        self._wiring: dict[str, list[Wire]] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        if display is not None:
            # Style before building widgets: applying a style sheet later re-polishes all of them.
            self.apply_display(display)
        self.stack = PageStack()
        self.stack.currentChanged.connect(self._page_shown)
        self.scroll = scrolling(self.stack)
        self.setCentralWidget(self.scroll)
        screen = QApplication.primaryScreen()
        self.resize(initial_window_size(screen.availableGeometry().size()) if screen is not None
                    else PREFERRED)
        self.start = StartScreen()
        self.stack.addWidget(self.start)
        self.start.set_loading(True)
        self.setWindowTitle(self.tr("Gia sư Bình dân học AI"))

    def attach(self, tasks: "TaskManager") -> None:
        """The database is open: screens built from now on hear its Changes."""
        self.tasks = tasks
        tasks.changed.connect(self._broadcast)

    def _broadcast(self, changes) -> None:
        for screen in (self.start, *self._screens.values()):
            on_changes = getattr(screen, "on_changes", None)
            if on_changes is not None:
                on_changes(changes)

    def _page_shown(self, _index: int) -> None:
        refresh = getattr(self.stack.currentWidget(), "refresh_if_stale", None)
        if refresh is not None:
            refresh()

    # -- screens: built on first use (a faster first frame), wired by their controllers ----

    def on_built(self, name: str, wire: Wire) -> None:
        """``wire`` runs once, when the screen ``name`` is first built (at once if it is)."""
        if name == "start":
            wire(self.start)
        elif name in self._screens:
            wire(self._screens[name])
        else:
            self._wiring.setdefault(name, []).append(wire)

    def provide(self, name: str, factory: Callable[[], QWidget]) -> None:
        """A screen whose constructor needs a back-end (the model runner) gets it from a controller."""
        self._factories[name] = factory

    def _screen(self, name: str, factory, wire: Wire | None = None) -> QWidget:
        screen = self._screens.get(name)
        if screen is None:
            screen = self._factories.get(name, factory)()
            self._screens[name] = screen
            self.stack.addWidget(screen)
            for each in self._wiring.pop(name, []):
                each(screen)
            if wire is not None:
                wire(screen)
        return screen

    def built(self, name: str) -> QWidget | None:
        return self.start if name == "start" else self._screens.get(name)

    def show_screen(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)

    def showing(self, name: str) -> bool:
        current = self.stack.currentWidget()
        return current is not None and current is self.built(name)

    def show_start(self) -> None:
        self.start_requested.emit()

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

        return self._screen("create", CreateProfileScreen)

    @property
    def pin(self) -> "PinScreen":
        from tutor.ui.screens.pin import PinScreen

        return self._screen("pin", PinScreen)

    @property
    def home(self) -> "HomeScreen":
        from tutor.ui.screens.home import HomeScreen

        return self._screen("home", HomeScreen)

    @property
    def search(self) -> "SearchScreen":
        from tutor.ui.screens.search import SearchScreen

        return self._screen("search", SearchScreen)

    @property
    def level(self) -> "LevelScreen":
        from tutor.ui.screens.level import LevelScreen

        return self._screen("level", LevelScreen)

    @property
    def lesson(self) -> "LessonScreen":
        from tutor.ui.screens.lesson import LessonScreen

        return self._screen("lesson", LessonScreen)

    @property
    def quiz(self) -> "QuizScreen":
        from tutor.ui.screens.quiz import QuizScreen

        return self._screen("quiz", QuizScreen)

    @property
    def result(self) -> "ResultScreen":
        from tutor.ui.screens.result import ResultScreen

        return self._screen("result", ResultScreen)

    @property
    def certificates_screen(self) -> "CertificatesScreen":
        from tutor.ui.screens.result import CertificatesScreen

        return self._screen("certificates", CertificatesScreen)

    @property
    def practice(self) -> "PracticeScreen":
        return self._screen("practice", self._needs_provider("practice"))

    @property
    def ask(self) -> "AskScreen":
        return self._screen("ask", self._needs_provider("ask"))

    @staticmethod
    def _needs_provider(name: str):
        def missing():
            raise RuntimeError(f"no controller provides the {name} screen")

        return missing

    @property
    def models(self) -> "ModelsScreen":
        from tutor.ui.screens.models import ModelsScreen

        return self._screen("models", ModelsScreen)

    @property
    def settings(self) -> "SettingsScreen":
        from tutor.ui.screens.settings import SettingsScreen

        return self._screen("settings", SettingsScreen)

    @property
    def sync_settings(self):
        return self._screen("sync_settings", self._needs_provider("sync_settings"))

    @property
    def voices(self):
        from tutor.ui.screens.voices import VoicesScreen

        return self._screen("voices", VoicesScreen)

    # -- look and language ---------------------------------------------------------------

    def apply_display(self, prefs: DisplayPrefs) -> None:
        self.display_applied.emit(prefs)
        if prefs == self._applied_display:
            return  # re-applying a style sheet re-polishes every widget: skip when nothing changed
        self._applied_display = prefs
        self.language.set_language(prefs.language)
        apply_display(QApplication.instance(), prefs)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Gia sư Bình dân học AI"))
        for screen in (self.start, *self._screens.values()):
            screen.retranslate()

    @staticmethod
    def _message(exc: BaseException) -> str:
        """Kept for the teacher area's controller."""
        return user_message(exc)

    def closeEvent(self, event) -> None:
        self.closing.emit()
        super().closeEvent(event)
