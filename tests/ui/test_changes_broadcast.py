"""Screens follow the Changes broadcast: what one feature writes, the others show when
they come on show, with no feature telling them to refresh (issue 19 item 4)."""

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ROOT
from tests.ui import waits
from tests.ui.test_journey_ui import answer_current, next_question
from tutor.changes import Changes, WithChanges

BUNDLED = ROOT / "tutor" / "data" / "curriculum.bdpack"
LESSON = "l1.ai-la-gi"


def _passed_level_one(window) -> int:
    return window.home.snapshot.levels[0].lessons_passed


def _done_on_level_screen(window) -> frozenset:
    return frozenset().union(*(module.done for module in window.level.view.modules))


def _pass_the_quiz(qtbot, window) -> None:
    window.lesson.quiz_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.quiz, timeout=10_000)
    quiz = window.quiz
    for i in range(len(quiz.items)):
        assert answer_current(qtbot, window, right=True) is True
        if i + 1 < len(quiz.items):
            next_question(qtbot, window)
    with waits.result_shown(qtbot, window):
        next_question(qtbot, window)


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_a_passed_quiz_shows_on_the_level_and_home_screens_when_they_come_back(qtbot, make_window):
    window = make_window(bundled_pack=BUNDLED, prepare=lambda ws: ws.learners.create("Chị Hoa", "flower"))
    with waits.signed_in(qtbot, window):
        qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.home.snapshot is not None, timeout=10_000)
    assert _passed_level_one(window) == 0
    # The level's list, read once, on the way to the lesson.
    window.home.level_buttons[0].click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.level, timeout=10_000)
    assert LESSON not in _done_on_level_screen(window)
    window.level.list.setCurrentRow(next(i for i in range(window.level.list.count())
                                         if window.level.list.item(i).data(Qt.ItemDataRole.UserRole) == LESSON))
    with waits.lesson_opened(qtbot, window):
        qtbot.keyClick(window.level.list, Qt.Key.Key_Return)
    reader = window.lesson
    while reader.next_button.isVisible():
        reader.next_button.click()
    _pass_the_quiz(qtbot, window)
    # While the quiz was answered, neither screen was on show: both are only marked stale.
    assert window.level.stale and window.home.stale
    assert LESSON not in _done_on_level_screen(window)

    # Back through the lesson to the level: the level shows the lesson done.
    window.show_screen(window.lesson)
    reader.back_button.click()
    assert window.stack.currentWidget() is window.level
    qtbot.waitUntil(lambda: LESSON in _done_on_level_screen(window), timeout=10_000)
    # And home shows it too.
    window.level.back_button.click()
    assert window.stack.currentWidget() is window.home
    qtbot.waitUntil(lambda: _passed_level_one(window) == 1, timeout=10_000)


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_a_screen_on_show_reloads_at_once_and_only_for_changes_it_cares_about(qtbot, make_window):
    window = make_window(bundled_pack=BUNDLED, prepare=lambda ws: ws.learners.create("Chị Hoa", "flower"))
    with waits.signed_in(qtbot, window):
        qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.home.snapshot is not None, timeout=10_000)
    first = window.home.snapshot
    # A setting changed: nothing on home depends on it.
    window.tasks.broadcast(Changes(settings=True))
    assert not window.home.stale and window.home.snapshot is first
    # Progress of another learner: not this home's business either.
    window.tasks.broadcast(Changes(progress=True, learner_ids=frozenset({"someone-else"})))
    assert not window.home.stale
    # This learner's progress, written elsewhere (a sync round): the home on show reloads now.
    learner_id = window.features.session.current.learner_id
    window.tasks.mutate(lambda ws: WithChanges(None, ws.progress.open_lesson(learner_id, LESSON)))
    qtbot.waitUntil(lambda: window.home.snapshot is not first, timeout=10_000)
    assert LESSON in (window.home.snapshot.continue_lesson or ("",))[0]


def test_a_write_must_say_what_it_changed(qtbot, make_window):
    window = make_window()
    with qtbot.waitCallback(timeout=10_000) as failed:
        window.tasks.mutate(lambda ws: ("a tuple", Changes(progress=True)), on_error=failed)
    assert isinstance(failed.args[0], TypeError)
