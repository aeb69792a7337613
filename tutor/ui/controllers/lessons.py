"""Finding and reading lessons: search, a level's lessons, the lesson itself and the
parts the learner has read."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from tutor.changes import Changes, WithChanges

if TYPE_CHECKING:
    from tutor.ui.controllers.session import SessionController
    from tutor.ui.mainwindow import MainWindow
    from tutor.ui.taskman import TaskManager

log = logging.getLogger(__name__)


class LessonsController(QObject):
    def __init__(self, window: "MainWindow", tasks: "TaskManager", session: "SessionController"):
        super().__init__(window)
        self.window, self.tasks, self.session = window, tasks, session
        self.preview = False          # a lesson of a level not open yet: readable, nothing recorded
        self.came_from = ""           # where the lesson's Back button returns
        self._level_number: int | None = None
        window.on_built("home", self._wire_home)
        window.on_built("search", self._wire_search)
        window.on_built("level", self._wire_level)
        window.on_built("lesson", self._wire_lesson)

    def _wire_home(self, screen) -> None:
        screen.search_requested.connect(self.show_search)
        screen.level_chosen.connect(self.show_level)
        screen.continue_requested.connect(lambda lesson_id: self.open_lesson(lesson_id, None, "home", resume=True))

    def _wire_search(self, screen) -> None:
        screen.back_requested.connect(self.session.back_home)
        screen.query_submitted.connect(self._run_search)
        screen.result_chosen.connect(lambda lesson_id, section: self.open_lesson(lesson_id, section, "search"))
        # A pack downloaded meanwhile: the results are searched again when the screen is next shown.
        screen.set_reload(screen.search_again, lambda changes: changes.content)

    def _wire_level(self, screen) -> None:
        screen.back_requested.connect(self.session.back_home)
        screen.lesson_chosen.connect(lambda lesson_id: self.open_lesson(lesson_id, None, "level"))
        # Which lessons are done changes as the learner reads and answers.
        screen.set_reload(self._reload_level, lambda changes: changes.progress or changes.content)

    def _wire_lesson(self, screen) -> None:
        screen.back_requested.connect(self._lesson_back)
        screen.step_shown.connect(self._section_shown)

    # -- search ----------------------------------------------------------------------------

    def show_search(self, text: str) -> None:
        search = self.window.search
        self.window.show_screen(search)
        search.start(text)

    def _run_search(self, text: str) -> None:
        from tutor.ui.content_data import search_results

        search = self.window.search
        self.tasks.run_db(lambda ws: search_results(ws, text), lambda results: search.show_results(text, results),
                          lambda exc: search.show_results(text, []))

    # -- a level -----------------------------------------------------------------------------

    def show_level(self, number: int) -> None:
        def got(view) -> None:
            self.window.level.show_level(view)
            self.window.show_screen(self.window.level)

        self._level_number = number
        self._read_level(number, got, self.session.home_error)

    def _reload_level(self) -> None:
        if self._level_number is not None:
            self._read_level(self._level_number, self.window.level.show_level,
                             lambda exc: log.warning("level not reloaded: %s", exc))

    def _read_level(self, number: int, on_done, on_error) -> None:
        from tutor.ui.content_data import level_view

        learner_id = self.session.learner_id
        self.tasks.run_db(lambda ws: level_view(ws, number, learner_id), on_done, on_error)

    # -- a lesson ------------------------------------------------------------------------------

    def open_lesson(self, lesson_id: str, section, came_from: str, resume: bool = False) -> None:
        """``resume``: open at the part the learner reached last time (Tiếp tục), not part 1."""
        from tutor.ui.content_data import lesson_view

        self.came_from = came_from
        learner_id = self.session.learner_id

        def load(ws) -> WithChanges:
            from tutor.progress.errors import LevelLocked

            focus = section
            if resume and section is None and learner_id:
                read = ws.progress.lesson_status(learner_id, lesson_id).sections_read
                focus = max(read) if read else None
            view = lesson_view(ws, lesson_id, focus)
            if not learner_id:
                return WithChanges((view, False), Changes())
            try:
                changes = ws.progress.open_lesson(learner_id, lesson_id)
            except LevelLocked:
                # Found by search in a level not open yet: readable, but not recorded and no quiz.
                return WithChanges((replace(view, has_quiz=False), True), Changes())
            return WithChanges((view, False), changes)

        def got(result) -> None:
            view, self.preview = result
            self.window.lesson.show_lesson(view)
            self.window.show_screen(self.window.lesson)

        self.tasks.mutate(load, got, self.session.home_error)

    def _section_shown(self, lesson_id: str, index: int) -> None:
        learner_id = self.session.learner_id
        if learner_id is None or index < 0 or self.preview:
            return
        self.tasks.mutate(lambda ws: ws.progress.section_read(learner_id, lesson_id, index),
                          on_error=lambda exc: log.warning("section_read not saved: %s", exc))

    def _lesson_back(self) -> None:
        self.session.stop_speech()
        target = {"search": "search", "level": "level", "ask": "ask"}.get(self.came_from)
        screen = self.window.built(target) if target else None
        if screen is None:
            self.session.back_home()
        else:
            self.window.show_screen(screen)
