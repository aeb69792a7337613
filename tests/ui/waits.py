"""Waiting on what the window shows, not on signals that existed only for tests.

Each helper is a context manager: the body does the action, and leaving the block waits
until the window's state shows the action's outcome; the yielded holder then says what
came of it."""

from __future__ import annotations

from contextlib import contextmanager
from types import SimpleNamespace

TIMEOUT = 10_000


@contextmanager
def signed_in(qtbot, window, timeout=TIMEOUT):
    session = window.features.session
    outcome = SimpleNamespace(learner_id=None)
    yield outcome
    qtbot.waitUntil(lambda: session.current is not None and window.stack.currentWidget() is window.home,
                    timeout=timeout)
    outcome.learner_id = session.current.learner_id


@contextmanager
def signed_out(qtbot, window, timeout=TIMEOUT):
    session = window.features.session
    yield
    qtbot.waitUntil(lambda: session.current is None and window.stack.currentWidget() is window.start,
                    timeout=timeout)


@contextmanager
def lesson_opened(qtbot, window, timeout=TIMEOUT):
    built = window.built("lesson")
    before = built.view if built is not None else None
    outcome = SimpleNamespace(lesson_id=None)
    yield outcome
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.built("lesson")
                    and window.lesson.view is not before, timeout=timeout)
    outcome.lesson_id = window.lesson.view.lesson_id


@contextmanager
def answer_saved(qtbot, window, timeout=TIMEOUT):
    quiz = window.quiz
    right_before = quiz.right
    outcome = SimpleNamespace(correct=None)
    yield outcome
    qtbot.waitUntil(lambda: not quiz.waiting and quiz.feedback_box.isVisible(), timeout=timeout)
    outcome.correct = quiz.right > right_before


@contextmanager
def result_shown(qtbot, window, timeout=TIMEOUT):
    """A quiz, review or level test ended: the result screen is on show."""
    yield
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.built("result"), timeout=timeout)


@contextmanager
def certificate_written(qtbot, window, screen, timeout=TIMEOUT):
    folder = window.features.certificates.folder
    before = set(folder.glob("*.pdf")) if folder.is_dir() else set()
    screen.pdf_label.clear()
    outcome = SimpleNamespace(path=None)
    yield outcome
    qtbot.waitUntil(lambda: screen.pdf_label.text() != "", timeout=timeout)
    written = [p for p in folder.glob("*.pdf") if p not in before] or sorted(
        folder.glob("*.pdf"), key=lambda p: p.stat().st_mtime)[-1:]
    outcome.path = str(written[0])
    assert outcome.path in screen.pdf_label.text()


@contextmanager
def practice_opened(qtbot, window, timeout=TIMEOUT):
    yield
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.built("practice"), timeout=timeout)


@contextmanager
def search_done(qtbot, window, timeout=TIMEOUT):
    before = window.search.results  # builds the page if need be: results get a new list each search
    yield
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.built("search")
                    and window.search.results is not before, timeout=timeout)


@contextmanager
def pack_imported(qtbot, window, timeout=20_000):
    settings = window.settings
    outcome = SimpleNamespace(ok=None)
    yield outcome
    qtbot.waitUntil(lambda: settings.pack_button.isEnabled(), timeout=timeout)
    outcome.ok = settings.pack_result.property("role") != "error"
