"""Word tiles under a short answer (issue 15): a learner who cannot type taps a
tile, the word fills the answer box, and the real grading accepts it."""

from PySide6.QtCore import Qt

from tests.ui.test_journey_ui import BUNDLED, answer_current, learner_home, next_question, pytestmark  # noqa: F401
from tutor.ui.widgets.questions import ShortAnswerWidget
from tests.ui import waits

LESSON = "l1.noi-va-gui-anh"   # a level-1 lesson whose quiz has a short answer


def _go_to_short_answer(qtbot, window):
    window.features.quiz.start_lesson_quiz(LESSON)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.quiz, timeout=10_000)
    quiz = window.quiz
    index = next(i for i, item in enumerate(quiz.items) if item.question.kind == "short")
    while quiz.index < index:
        answer_current(qtbot, window)
        next_question(qtbot, window)
    assert isinstance(quiz.widget, ShortAnswerWidget)
    return quiz


def test_tapping_the_right_tile_fills_the_answer_and_is_graded_right(qtbot, learner_home):
    window = learner_home
    quiz = _go_to_short_answer(qtbot, window)
    widget = quiz.widget
    question = quiz.items[quiz.index].question
    words = [b.text() for b in widget.tiles.buttons]
    assert len(words) >= 2 and question.answers[0] in words
    assert all(b.accessibleName() == f"Điền từ: {b.text()}" for b in widget.tiles.buttons)
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in widget.tiles.buttons)

    right = widget.tiles.buttons[words.index(question.answers[0])]
    qtbot.mouseClick(right, Qt.MouseButton.LeftButton)
    assert widget.edit.text() == question.answers[0]
    assert widget.edit.isEnabled() and not widget.edit.isReadOnly()   # still editable
    with waits.answer_saved(qtbot, window, timeout=10_000):
        qtbot.mouseClick(widget.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: quiz.feedback_box.isVisible(), timeout=10_000)
    assert quiz.verdict.text() == "Đúng rồi!"
    assert not right.isEnabled()   # locked with the rest after the answer


def test_a_wrong_tile_replaces_the_text_and_is_graded_wrong(qtbot, learner_home):
    window = learner_home
    quiz = _go_to_short_answer(qtbot, window)
    widget = quiz.widget
    question = quiz.items[quiz.index].question
    widget.edit.setText("gõ dở")
    wrong = next(b for b in widget.tiles.buttons if b.text() != question.answers[0])
    wrong.setFocus()
    qtbot.keyClick(wrong, Qt.Key.Key_Space)   # a keyboard user taps the tile too
    assert widget.edit.text() == wrong.text()
    with waits.answer_saved(qtbot, window, timeout=10_000):
        qtbot.keyClick(widget.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: quiz.feedback_box.isVisible(), timeout=10_000)
    assert quiz.verdict.text() == "Chưa đúng."
