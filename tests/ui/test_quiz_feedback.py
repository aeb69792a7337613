"""Quiz feedback shows the learner's choice at once and, after grading, each part marked
right or wrong with the right answer (matching and ordering too)."""

from __future__ import annotations


from PySide6.QtCore import Qt

from tutor.lessons.model import MultipleChoice, Matching, Option, Ordering, Pair
from tutor.progress.grading import grade
from tutor.ui.screens.quiz import Feedback, QuizItem, QuizScreen


def _screen(qtbot, question):
    screen = QuizScreen()
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    screen.start("Bài thử", [QuizItem("l1", question, "Bài thử")], mode="quiz")
    answers = []
    screen.answer_submitted.connect(lambda _l, _q, response: answers.append(response))
    return screen, answers


def _grade_back(screen, question, response):
    result = grade(question, response)
    screen.show_feedback(Feedback(result.correct, result.feedback, details=dict(result.details)))


def test_multiple_choice_shows_what_is_chosen_before_done(qtbot):
    question = MultipleChoice(id="q1", prompt="Chọn các ý đúng", options=(
        Option("Kiểm tra lại", True, ""), Option("Tin ngay", False, ""), Option("Hỏi người thân", True, "")))
    screen, _answers = _screen(qtbot, question)
    button = screen.widget.buttons[0]
    assert button.text().startswith("☐")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked() and button.text().startswith("☑")
    assert button.accessibleName().startswith("☑")


def test_ordering_marks_each_step_and_shows_the_right_order(qtbot):
    question = Ordering(id="q2", prompt="Xếp các bước", items=("Mở ứng dụng", "Gõ câu hỏi", "Đọc trả lời"),
                        explanation="Mở trước, hỏi sau.")
    screen, answers = _screen(qtbot, question)
    qtbot.mouseClick(screen.widget.submit, Qt.MouseButton.LeftButton)
    (order,) = answers
    _grade_back(screen, question, order)
    widget = screen.widget
    marks = [widget.list.item(i).text()[0] for i in range(widget.list.count())]
    assert marks == ["✓" if order[pos] == pos else "✗" for pos in range(3)]
    assert widget.answer.isVisible()
    assert "1. Mở ứng dụng" in widget.answer.text() and "3. Đọc trả lời" in widget.answer.text()
    assert not widget.submit.isEnabled()


def test_matching_marks_each_pair_and_shows_the_right_match(qtbot):
    question = Matching(id="q3", prompt="Nối", pairs=(Pair("Vai trò", "Bạn là thầy giáo"),
                                                      Pair("Nhiệm vụ", "Viết một lá thư")),
                        explanation="")
    screen, answers = _screen(qtbot, question)
    widget = screen.widget
    wrong = {0: 1, 1: 0}  # both pairs swapped
    for left, box in enumerate(widget.boxes):
        box.setCurrentIndex(box.findData(wrong[left]))
    qtbot.mouseClick(widget.submit, Qt.MouseButton.LeftButton)
    _grade_back(screen, question, answers[0])
    assert all(mark.isVisible() for mark in widget.marks)
    assert "Bạn là thầy giáo" in widget.marks[0].text() and widget.marks[0].text().startswith("✗")
    assert "Viết một lá thư" in widget.marks[1].text()


def test_matching_right_pairs_are_ticked(qtbot):
    question = Matching(id="q4", prompt="Nối", pairs=(Pair("A", "1"), Pair("B", "2")), explanation="")
    screen, answers = _screen(qtbot, question)
    for left, box in enumerate(screen.widget.boxes):
        box.setCurrentIndex(box.findData(left))
    qtbot.mouseClick(screen.widget.submit, Qt.MouseButton.LeftButton)
    _grade_back(screen, question, answers[0])
    assert [m.text() for m in screen.widget.marks] == ["✓ Đúng", "✓ Đúng"]
