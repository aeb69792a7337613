"""Questions: a lesson's quiz, the day's review and a level test, answered one at a time,
then the result screen."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QObject

from tutor.changes import WithChanges
from tutor.ui.messages import user_message

if TYPE_CHECKING:
    from tutor.ui.controllers.session import SessionController
    from tutor.ui.mainwindow import MainWindow
    from tutor.ui.taskman import TaskManager

log = logging.getLogger(__name__)

QuizMode = Literal["quiz", "review", "level_test"]


@dataclass(frozen=True)
class QuizState:
    """The questions on show: what kind of round, and what to do again at "Làm lại"."""

    mode: QuizMode
    title: str
    lesson_id: str | None = None     # mode "quiz"
    test_id: str | None = None       # mode "level_test"
    level: int | None = None         # mode "level_test"


def choice_marks(grade) -> tuple[frozenset[int], frozenset[int]]:
    """Which options to mark right and which chosen, from the grade's details."""
    details = grade.details or {}
    if "answer" in details:  # true/false: option 0 is "Đúng", 1 is "Sai"
        return frozenset({0 if details["answer"] else 1}), frozenset({0 if details["chosen"] else 1})
    correct, chosen = details.get("correct"), details.get("chosen")
    if correct is None or chosen is None:
        return frozenset(), frozenset()
    as_set = (lambda v: frozenset(v) if isinstance(v, (list, tuple, set, frozenset)) else frozenset({v}))
    return as_set(correct), as_set(chosen)


class QuizController(QObject):
    def __init__(self, window: "MainWindow", tasks: "TaskManager", session: "SessionController"):
        super().__init__(window)
        self.window, self.tasks, self.session = window, tasks, session
        self.state: QuizState | None = None
        window.on_built("home", self._wire_home)
        window.on_built("lesson", lambda screen: screen.quiz_requested.connect(self.start_lesson_quiz))
        window.on_built("quiz", self._wire_quiz)
        window.on_built("result", self._wire_result)

    def _wire_home(self, screen) -> None:
        screen.review_requested.connect(self.start_review)
        screen.level_test_requested.connect(self.start_level_test)

    def _wire_quiz(self, screen) -> None:
        screen.answer_submitted.connect(self._answer)
        screen.finished.connect(self._finished)
        screen.back_requested.connect(self.session.back_home)

    def _wire_result(self, screen) -> None:
        screen.home_requested.connect(self.session.back_home)
        screen.again_requested.connect(self._again)

    def _begin(self, state: QuizState, items, seed=None) -> None:
        self.state = state
        quiz = self.window.quiz
        if seed is None:
            quiz.start(state.title, items, mode=state.mode)
        else:
            quiz.start(state.title, items, mode=state.mode, seed=seed)
        self.window.show_screen(quiz)

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
            self._begin(QuizState("quiz", lesson.title, lesson_id=lesson_id), items)

        self.tasks.run_db(load, got, self.session.home_error)

    def start_review(self) -> None:
        from tutor.progress.tiles import tiles_for
        from tutor.ui.screens.quiz import QuizItem

        learner_id = self.session.learner_id

        def load(ws):
            items = ws.progress.due_items(learner_id)
            return items, tiles_for(ws.content, [(i.lesson_id, i.question) for i in items])

        def got(result) -> None:
            items, tiles = result
            if not items:
                self.window.home.show_notice(QCoreApplication.translate(
                    "MainWindow", "Hôm nay chưa có câu nào cần ôn. Hẹn bạn ngày mai!"))
                return
            self._begin(QuizState("review", QCoreApplication.translate("MainWindow", "Ôn tập hôm nay")),
                        [QuizItem(i.lesson_id, i.question, i.lesson_title, tiles.get((i.lesson_id, i.question.id), ()))
                         for i in items])

        self.tasks.run_db(load, got, self.session.home_error)

    def start_level_test(self, level: int) -> None:
        from tutor.progress.tiles import tiles_for
        from tutor.ui.screens.quiz import QuizItem

        learner_id = self.session.learner_id

        def start(ws) -> WithChanges:
            test = ws.progress.start_level_test(learner_id, level)
            tiles = tiles_for(ws.content, [(r.lesson_id, r.question) for r in test.questions])
            return WithChanges((test, tiles), test.changes)

        def got(result) -> None:
            test, tiles = result
            title = QCoreApplication.translate("MainWindow", "Bài kiểm tra cấp %d") % level
            items = [QuizItem(ref.lesson_id, ref.question, "", tiles.get((ref.lesson_id, ref.question.id), ()))
                     for ref in test.questions]
            self._begin(QuizState("level_test", title, test_id=test.test_id, level=level), items, seed=test.seed)

        self.tasks.mutate(start, got, self.session.home_error)

    def _answer(self, lesson_id: str, question_id: str, response) -> None:
        from tutor.ui.screens.quiz import Feedback

        learner_id, state = self.session.learner_id, self.state

        def saved(result) -> None:
            right, chosen = choice_marks(result.grade)
            self.window.quiz.show_feedback(Feedback(result.grade.correct, result.grade.feedback, result.message,
                                                    right_options=right, chosen_options=chosen,
                                                    details=dict(result.grade.details or {})))

        self.tasks.mutate(
            lambda ws: WithChanges.carried(ws.progress.answer(learner_id, lesson_id, question_id, response,
                                                              context=state.mode, test_id=state.test_id)),
            saved, lambda exc: self.window.quiz.show_error(user_message(exc)),
        )

    def _finished(self, right: int, total: int) -> None:
        state = self.state
        result_screen = self.window.result
        if state.mode != "level_test":
            if state.mode == "quiz":
                message = (QCoreApplication.translate("MainWindow", "Rất tốt! Bạn đã nắm được bài này.")
                           if right >= total * 0.8 else QCoreApplication.translate(
                               "MainWindow", "Bạn làm lại thêm lần nữa nhé. Mỗi lần làm, bạn sẽ nhớ lâu hơn."))
            else:
                message = QCoreApplication.translate("MainWindow", "Ôn xong rồi. Mai ta ôn tiếp nhé!")
            result_screen.show_result(state.title, right, total, message)
            self.window.show_screen(result_screen)
            return
        learner_id = self.session.learner_id

        def done(result) -> None:
            result_screen.show_result(state.title, result.correct, result.total, result.message,
                                      certificate=result.certificate, can_retry=not result.passed)
            self.window.show_screen(result_screen)

        self.tasks.mutate(lambda ws: WithChanges.carried(ws.progress.finish_level_test(learner_id, state.test_id)),
                          done, self.session.home_error)

    def _again(self) -> None:
        state = self.state
        if state is not None and state.mode == "quiz":
            self.start_lesson_quiz(state.lesson_id)
        elif state is not None and state.mode == "level_test":
            self.start_level_test(state.level)
        else:
            self.start_review()
