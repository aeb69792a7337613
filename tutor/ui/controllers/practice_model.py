"""The local model's rooms: practice writing prompts, asking the tutor, and choosing or
restarting the model. The runner and the way to open a model file come from the
composition root."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject

from tutor.ui.messages import user_message

if TYPE_CHECKING:
    from tutor.ui.controllers.lessons import LessonsController
    from tutor.ui.controllers.session import SessionController
    from tutor.ui.llm_bridge import LlmRunner
    from tutor.ui.mainwindow import MainWindow
    from tutor.ui.taskman import TaskManager

log = logging.getLogger(__name__)


class PracticeModelController(QObject):
    def __init__(self, window: "MainWindow", tasks: "TaskManager", session: "SessionController",
                 lessons: "LessonsController", runner: "LlmRunner", open_model: Callable[[str], object],
                 models_dir: Path):
        super().__init__(window)
        self.window, self.tasks, self.session, self.lessons = window, tasks, session, lessons
        self.runner = runner
        self.open_model = open_model
        self.models_dir = models_dir
        runner.engine_failed.connect(lambda message, _code: self.window.models.show_engine_failure(message))
        window.provide("practice", self._make_practice)
        window.provide("ask", self._make_ask)
        window.on_built("home", lambda screen: screen.ask_requested.connect(self.show_ask))
        window.on_built("lesson", lambda screen: screen.practice_requested.connect(self.start_practice))
        window.on_built("practice", self._wire_practice)
        window.on_built("ask", self._wire_ask)
        window.on_built("models", self._wire_models)
        window.on_built("settings", lambda screen: screen.models_requested.connect(self.show_models))

    def _make_practice(self):
        from tutor.ui.screens.practice import PracticeScreen

        return PracticeScreen(self.runner)

    def _make_ask(self):
        from tutor.ui.screens.ask import AskScreen

        return AskScreen(self.runner)

    def _wire_practice(self, screen) -> None:
        screen.back_requested.connect(self._practice_back)
        screen.attempt_recorded.connect(self._practice_recorded)

    def _wire_ask(self, screen) -> None:
        screen.back_requested.connect(self.session.back_home)
        screen.search_requested.connect(self._ask_search)
        screen.lesson_link_activated.connect(
            lambda lesson_id, section: self.lessons.open_lesson(lesson_id, -2 if section == -1 else section, "ask"))

    def _wire_models(self, screen) -> None:
        screen.back_requested.connect(lambda: self.window.show_screen(self.window.settings))
        screen.model_chosen.connect(self._model_chosen)
        screen.restart_requested.connect(self._restart_model)

    # -- practice room ---------------------------------------------------------------------

    def start_practice(self, lesson_id: str) -> None:
        def got(lesson) -> None:
            self.window.practice.start(lesson.id, lesson.title, lesson.practice)
            self.window.show_screen(self.window.practice)

        self.tasks.run_db(lambda ws: ws.content.lesson(lesson_id), got, self.session.home_error)

    def _practice_back(self) -> None:
        self.window.show_screen(self.window.built("lesson") or self.window.home)

    def _practice_recorded(self, summary: dict) -> None:
        learner_id = self.session.learner_id
        if learner_id is None or self.lessons.preview:
            return
        lesson_id = summary.get("lesson_id")
        self.tasks.mutate(lambda ws: ws.progress.practice_attempt(learner_id, lesson_id, summary),
                          on_error=lambda exc: log.warning("practice attempt not saved: %s", exc))

    # -- ask the tutor -----------------------------------------------------------------------

    def show_ask(self) -> None:
        # A question typed in the home search box is carried over and asked at once.
        carried = self.window.home.search_edit.text().strip() if self.window.showing("home") else ""
        self.window.ask.start(carried)
        self.window.show_screen(self.window.ask)

    def _ask_search(self, question: str) -> None:
        from tutor.local_llm.ask import search_query

        ask = self.window.ask
        self.tasks.run_db(lambda ws: ws.content.search_passages(search_query(question), 8),
                          lambda passages: ask.show_passages(question, passages),
                          lambda exc: ask.show_search_error(user_message(exc)))

    # -- the model ---------------------------------------------------------------------------

    def show_models(self) -> None:
        screen = self.window.models
        screen.models_dir = self.models_dir
        llm = self.runner.llm
        if llm is not None and getattr(llm, "model_path", None):
            screen.set_in_use(str(llm.model_path))
        screen.refresh()
        self.window.show_screen(screen)

    def _model_chosen(self, path: str) -> None:
        old = self.runner.llm
        self.runner.set_llm(self.open_model(path))
        if old is not None:
            old.close()
        name = Path(path).name
        self.tasks.mutate(lambda ws: ws.settings.set_model(name))
        self.window.models.set_in_use(path)

    def _restart_model(self) -> None:
        llm = self.runner.llm
        if llm is not None and hasattr(llm, "restart"):
            models = self.window.models
            self.tasks.run_slow(llm.restart, lambda _r: models.hide_engine_failure(),
                                lambda exc: models.show_engine_failure(user_message(exc)))

    def close(self) -> None:
        """Ends the model's worker process (at quit)."""
        if self.runner.llm is not None:
            self.runner.llm.close()
