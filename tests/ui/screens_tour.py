"""Opens every learner screen of a real main window, one after another, for the sweeps
(fit on screen, contrast, accessibility) and the screenshots."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from tests.conftest import ROOT
from tutor.progress.messages import level_test_message
from tests.ui import waits

BUNDLED = ROOT / "tutor" / "data" / "curriculum.bdpack"
LESSON = "l1.ai-la-gi"


class SilentOut(QObject):
    """A sound card that plays nothing: the Listen buttons show as on a PC with speakers."""

    finished = Signal()

    def play(self, wav):
        pass

    def pause(self):
        pass

    def resume(self):
        pass

    def stop(self):
        pass


def with_speech(window) -> None:
    from tutor.audio.engine import FakeSpeechEngine
    from tutor.audio.narration import Narrator
    from tutor.ui.speech import SpeechController

    window.features.narration.set_speech(SpeechController(Narrator(FakeSpeechEngine()), SilentOut(), parent=window))


def prepare_learner(ws) -> None:
    ws.learners.create("Bác Ba", "rice")


def sign_in(window, qtbot) -> None:
    with waits.signed_in(qtbot, window, timeout=10_000):
        window.start.learner_chosen.emit(window.start.tiles[0].property("learner_id")
                                         or _first_learner_id(window))


def _first_learner_id(window) -> str:
    return window.tasks.db.call(lambda ws: ws.learners.list()[0].learner_id)


def learner_screens(window, qtbot):
    """Yields (name, screen widget) with that screen on show; the window is signed in after "pin"."""
    with_speech(window)
    window.show_start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start)
    yield "start", window.start
    window.features.session.show_create()
    yield "create", window.create
    learner = window.tasks.db.call(lambda ws: ws.learners.list()[0])
    window.pin.start(learner)
    window.stack.setCurrentWidget(window.pin)
    yield "pin", window.pin
    window.show_start()
    with waits.signed_in(qtbot, window, timeout=10_000):
        window.features.session.choose(learner.learner_id)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    yield "home", window.home
    window.features.lessons.show_level(1)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.level, timeout=10_000)
    yield "level", window.level
    with waits.lesson_opened(qtbot, window, timeout=10_000):
        window.features.lessons.open_lesson(LESSON, None, "home")
    yield "lesson", window.lesson
    window.lesson.next_step()
    yield "lesson-section", window.lesson
    window.features.quiz.start_lesson_quiz(LESSON)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.quiz, timeout=10_000)
    yield "quiz", window.quiz
    # A message from the core, as a finished level test brings: the screen puts it in the UI language.
    window.result.show_result(window.lesson.title.text(), 3, 4, level_test_message(False, 1, 3, 4, 4, 0))
    window.stack.setCurrentWidget(window.result)
    yield "result", window.result
    window.features.lessons.show_search("AI là gì")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.search, timeout=10_000)
    yield "search", window.search
    window.features.practice.show_ask()
    yield "ask", window.ask
    with waits.practice_opened(qtbot, window, timeout=10_000):
        window.features.practice.start_practice(LESSON)
    yield "practice", window.practice
    window.features.certificates.show_certificates()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.certificates_screen, timeout=10_000)
    yield "certificates", window.certificates_screen
    window.features.settings.show_settings(from_home=True)
    yield "settings", window.settings
