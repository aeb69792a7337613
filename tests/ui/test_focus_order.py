"""Tab walks each main learner screen in the order it reads: top to bottom, left to right, by
where the widgets are drawn at 1024x768. No hidden or disabled widget is a stop, and every
control a keyboard user needs is reached."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from tests.ui.screens_tour import BUNDLED, learner_screens, prepare_learner
from tests.ui.test_fit_on_screen import CLIENT_H, CLIENT_W, settle
from tutor.display import TEXT_SIZES_PT, DisplayPrefs

MAIN_SCREENS = {"start", "home", "level", "lesson", "lesson-section", "quiz", "result", "settings"}


def place(widget: QWidget, screen: QWidget) -> QRect:
    return QRect(widget.mapTo(screen, QPoint(0, 0)), widget.size())


def reads_before(a: QRect, b: QRect) -> bool:
    """Whether a reader meets ``a`` before ``b``: a box before what is inside it, then the
    same line left to right, then lines top to bottom."""
    if a.contains(b):
        return True
    if b.contains(a):
        return False
    same_line = a.top() <= b.center().y() <= a.bottom() or b.top() <= a.center().y() <= b.bottom()
    if same_line:
        return a.left() < b.left()
    return a.center().y() < b.center().y()


def meets_before(a: QWidget, b: QWidget) -> bool:
    """reads_before on the widget tree: a box before what is inside it; otherwise the two
    branches that part at their nearest common box are compared where they are drawn in
    it (so a scrolled list is compared as laid out, not as scrolled)."""
    if a.isAncestorOf(b):
        return True
    if b.isAncestorOf(a):
        return False
    lineage_b = [b]
    while lineage_b[-1].parentWidget() is not None:
        lineage_b.append(lineage_b[-1].parentWidget())
    branch_a = a
    while branch_a.parentWidget() not in lineage_b:
        branch_a = branch_a.parentWidget()
    branch_b = lineage_b[lineage_b.index(branch_a.parentWidget()) - 1]
    return reads_before(branch_a.geometry(), branch_b.geometry())


def takes_tab(widget: QWidget, screen: QWidget) -> bool:
    return (widget.isVisibleTo(screen) and widget.isEnabled() and widget.focusProxy() is None
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus)


def describe(widget: QWidget, screen: QWidget) -> str:
    text = getattr(widget, "text", None)
    name = widget.accessibleName() or (text() if callable(text) else "") or widget.objectName()
    return f"{type(widget).__name__} {name!r} at {place(widget, screen).getRect()}"


def tab_chain(qtbot, window, screen: QWidget) -> list[QWidget]:
    """The widgets Tab visits, pressed as a keyboard user would, from the screen's first stop
    until the focus comes back round (or leaves the screen for good)."""
    first = screen.nextInFocusChain()
    while first is not screen and not (screen.isAncestorOf(first) and takes_tab(first, screen)):
        first = first.nextInFocusChain()
    assert first is not screen, "nothing on the screen takes the focus"
    first.setFocus(Qt.FocusReason.TabFocusReason)
    chain: list[QWidget] = []
    for _ in range(120):
        focused = window.focusWidget()
        if focused is None or focused in chain:
            break
        chain.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return chain


def focus_problems(qtbot, window, screen: QWidget) -> list[str]:
    chain = tab_chain(qtbot, window, screen)
    found = []
    for widget in chain:
        if not screen.isAncestorOf(widget):
            found.append(f"Tab leaves the screen for {type(widget).__name__} {widget.accessibleName()!r}")
        elif not widget.isVisible() or not widget.isEnabled() or widget.width() <= 0 or widget.height() <= 0:
            found.append(f"Tab stops on a hidden or disabled {describe(widget, screen)}")
    stops = [w for w in chain if screen.isAncestorOf(w)]
    for before, after in zip(stops, stops[1:]):
        if not meets_before(before, after):
            found.append(f"Tab goes from {describe(before, screen)} back to {describe(after, screen)}")
    for widget in screen.findChildren(QWidget):
        if takes_tab(widget, screen) and widget not in chain:
            found.append(f"Tab never reaches {describe(widget, screen)}")
    return found


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
@pytest.mark.parametrize("text_size", [DisplayPrefs().text_size, len(TEXT_SIZES_PT) - 1])
def test_tab_follows_the_reading_order_of_each_main_screen(qtbot, make_window, text_size):
    window = make_window(bundled_pack=BUNDLED, prepare=prepare_learner)
    found = []
    seen = set()
    for name, screen in learner_screens(window, qtbot):
        if name not in MAIN_SCREENS:
            continue
        seen.add(name)
        window._applied_display = None
        window.apply_display(DisplayPrefs(text_size=text_size))
        settle()
        window.resize(CLIENT_W, CLIENT_H)
        settle()
        found += [f"{name}: {p}" for p in focus_problems(qtbot, window, screen)]
        if name == "quiz":  # and once answered: the feedback and "next" join the chain
            qtbot.keyClick(window.quiz.widget.buttons[0], Qt.Key.Key_Space)
            qtbot.waitUntil(lambda: window.quiz.feedback_box.isVisible(), timeout=10_000)
            settle()
            found += [f"quiz answered: {p}" for p in focus_problems(qtbot, window, screen)]
    assert seen == MAIN_SCREENS
    assert not found, "\n".join(found)


def test_the_reading_order_itself():
    top_left, top_right = QRect(0, 0, 100, 50), QRect(200, 10, 100, 50)
    below = QRect(0, 100, 300, 50)
    assert reads_before(top_left, top_right) and not reads_before(top_right, top_left)
    assert reads_before(top_right, below) and not reads_before(below, top_left)
    box = QRect(0, 0, 400, 400)
    assert reads_before(box, below) and not reads_before(below, box)


def _questions():
    from tutor.lessons.model import (
        Matching, MultipleChoice, Option, Ordering, Pair, ShortAnswer, SingleChoice, TrueFalse,
    )

    options = (Option("Kiểm tra lại", True, ""), Option("Tin ngay", False, ""), Option("Hỏi người thân", True, ""))
    return [
        SingleChoice(id="q1", prompt="Chọn một ý", options=options),
        MultipleChoice(id="q2", prompt="Chọn các ý đúng", options=options),
        TrueFalse(id="q3", prompt="AI luôn đúng?", answer=False, explanation_true="", explanation_false=""),
        Ordering(id="q4", prompt="Xếp các bước", items=("Mở ứng dụng", "Gõ câu hỏi", "Đọc trả lời"),
                 explanation=""),
        Matching(id="q5", prompt="Nối", pairs=(Pair("Vai trò", "Bạn là thầy giáo"),
                                                Pair("Nhiệm vụ", "Viết một lá thư")), explanation=""),
        ShortAnswer(id="q6", prompt="Gõ chữ AI", answers=("AI",), explanation=""),
    ]


@pytest.mark.parametrize("question", _questions(), ids=lambda q: q.kind)
def test_tab_follows_the_reading_order_of_every_kind_of_question(qtbot, question):
    from tutor.progress.grading import grade
    from tutor.ui.screens.quiz import Feedback, QuizItem, QuizScreen

    screen = QuizScreen()
    qtbot.addWidget(screen)
    screen.resize(CLIENT_W, CLIENT_H)
    screen.show()
    screen.set_can_speak(True)
    # Two questions, so that the second one is built after the feedback box, as in a real quiz.
    screen.start("Bài thử", [QuizItem("l1", question, "Bài thử")] * 2, mode="quiz")
    answers = []
    screen.answer_submitted.connect(lambda _l, _q, response: answers.append(response))
    found = []
    for round_ in ("first", "second"):
        settle()
        found += [f"{round_}, unanswered: {p}" for p in focus_problems(qtbot, screen, screen)]
        if question.kind == "short":
            screen.widget.edit.setText("AI")
        for left, box in enumerate(getattr(screen.widget, "boxes", [])):
            box.setCurrentIndex(box.findData(left))
        first_option = (getattr(screen.widget, "buttons", None) or [getattr(screen.widget, "true_button", None)])[0]
        for button in (first_option, getattr(screen.widget, "submit", None)):
            if button is not None and button.isEnabled():
                button.click()
        qtbot.waitUntil(lambda: bool(answers))
        result = grade(question, answers.pop())
        screen.show_feedback(Feedback(result.correct, result.feedback, details=dict(result.details)))
        settle()
        found += [f"{round_}, answered: {p}" for p in focus_problems(qtbot, screen, screen)]
        screen.next_question()
    assert not found, "\n".join(found)
