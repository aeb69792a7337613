"""The learning journey through the real window on the real curriculum pack:
read a lesson, answer right and wrong, reach mastery, a review comes due after the
clock moves, fail then pass a level test, and print the certificate PDF."""

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ROOT
from tests.ui import waits

BUNDLED = ROOT / "tutor" / "data" / "curriculum.bdpack"
pytestmark = pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack` (make test does)")


def right_response(q):
    if q.kind == "single":
        return next(i for i, o in enumerate(q.options) if o.correct)
    if q.kind == "multiple":
        return frozenset(i for i, o in enumerate(q.options) if o.correct)
    if q.kind == "truefalse":
        return q.answer
    if q.kind == "ordering":
        return list(range(len(q.items)))
    if q.kind == "matching":
        return {i: i for i in range(len(q.pairs))}
    return q.answers[0]


def wrong_response(q):
    if q.kind == "single":
        return next(i for i, o in enumerate(q.options) if not o.correct)
    if q.kind == "multiple":
        return frozenset(i for i, o in enumerate(q.options) if not o.correct)
    if q.kind == "truefalse":
        return not q.answer
    if q.kind == "ordering":
        return list(reversed(range(len(q.items))))
    if q.kind == "matching":
        n = len(q.pairs)
        return {i: (i + 1) % n for i in range(n)}
    return "không biết"


def answer_current(qtbot, window, right=True):
    quiz = window.quiz
    q = quiz.items[quiz.index].question
    with waits.answer_saved(qtbot, window, timeout=10_000) as saved:
        quiz.widget.answered.emit(right_response(q) if right else wrong_response(q))
    return saved.correct


def next_question(qtbot, window):
    qtbot.keyClick(window.quiz, Qt.Key.Key_Return)


@pytest.fixture
def learner_home(qtbot, make_window):
    window = make_window(bundled_pack=BUNDLED, prepare=lambda ws: ws.learners.create("Bà Lò Thị Ún", "rice"))
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.home.snapshot is not None, timeout=10_000)
    return window


def test_home_map_opens_level_one_only(learner_home):
    home = learner_home.home
    cards = home.level_cards
    assert [c.level.open for c in cards] == [True, False, False, False, False]
    assert not cards[1].open_button.isEnabled()
    assert "bài kiểm tra cấp 1" in cards[1].state.text()
    assert "AI là gì và không là gì" in home.continue_button.text()
    assert not home.review_button.isEnabled()


def test_read_then_quiz_right_and_wrong_to_mastery(qtbot, learner_home, clock):
    window = learner_home
    with waits.lesson_opened(qtbot, window, timeout=10_000):
        window.home.continue_button.click()
    reader = window.lesson
    while reader.next_button.isVisible():
        reader.next_button.click()
    assert reader.quiz_button.isVisible()
    reader.quiz_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.quiz, timeout=10_000)
    quiz = window.quiz
    total = len(quiz.items)
    assert total >= 5
    assert answer_current(qtbot, window, right=False) is False
    assert quiz.verdict.text() == "Chưa đúng."
    assert quiz.explanation.text()  # the pack's explanation is shown at once
    if quiz.items[0].question.kind in ("single", "multiple", "truefalse"):
        from PySide6.QtWidgets import QPushButton

        marks = [b.text()[:1] for b in quiz.widget.findChildren(QPushButton)]
        assert "✓" in marks and "✗" in marks  # the right option and the wrong choice are marked
    for _ in range(total - 1):
        next_question(qtbot, window)
        assert answer_current(qtbot, window, right=True) is True
        assert quiz.verdict.text() == "Đúng rồi!"
    with waits.result_shown(qtbot, window):
        next_question(qtbot, window)
    assert window.result.score.text() == f"Đúng {total - 1}/{total} câu"
    status = window.tasks.db.call(
        lambda ws: ws.progress.lesson_status(window.features.session.current.learner_id, "l1.ai-la-gi").status.value)
    assert status == "passed_quiz"  # mastered only after a later review goes right
    # a week later the questions come back for review
    clock.advance(8 * 24 * 3600)
    window.result.home_button.click()
    qtbot.waitUntil(lambda: window.home.snapshot is not None and window.home.snapshot.due_count > 0, timeout=10_000)
    assert window.home.review_button.isEnabled()
    assert "Ôn tập hôm nay" in window.home.review_button.text()
    window.home.review_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.quiz, timeout=10_000)
    assert window.quiz.mode == "review"
    assert answer_current(qtbot, window, right=True)
    status = window.tasks.db.call(
        lambda ws: ws.progress.lesson_status(window.features.session.current.learner_id, "l1.ai-la-gi").status.value)
    assert status == "mastered"


def test_number_keys_answer_a_single_choice(qtbot, learner_home):
    window = learner_home
    window.features.quiz.start_lesson_quiz("l1.ai-la-gi")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.quiz, timeout=10_000)
    quiz = window.quiz
    index = next(i for i, item in enumerate(quiz.items) if item.question.kind == "single")
    while quiz.index < index:
        answer_current(qtbot, window)
        next_question(qtbot, window)
    q = quiz.items[quiz.index].question
    correct = right_response(q)
    key = quiz.widget.order.index(correct) + 1
    with waits.answer_saved(qtbot, window, timeout=10_000) as saved:
        qtbot.keyClick(quiz, str(key))
    assert saved.correct is True


def _run_level_test(qtbot, window, right):
    window.features.quiz.start_level_test(1)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.quiz, timeout=10_000)
    quiz = window.quiz
    assert quiz.mode == "level_test" and len(quiz.items) >= 15
    for i in range(len(quiz.items)):
        answer_current(qtbot, window, right=right)
        assert quiz.verdict.text() == "Đã ghi nhận câu trả lời."  # no per-question verdict in a test
        if i + 1 < len(quiz.items):
            next_question(qtbot, window)
    with waits.result_shown(qtbot, window):
        next_question(qtbot, window)
    result = window.result
    return SimpleNamespace(passed=result.again_button.isHidden(), certificate=result.certificate)


def test_fail_then_pass_level_test_and_print_certificate(qtbot, learner_home):
    from pypdf import PdfReader

    window = learner_home
    failed = _run_level_test(qtbot, window, right=False)
    assert not failed.passed and failed.certificate is None
    assert not window.result.print_button.isVisible()
    passed = _run_level_test(qtbot, window, right=True)
    assert passed.passed and passed.certificate is not None
    assert window.result.print_button.isVisible()
    with waits.certificate_written(qtbot, window, window.result) as written:
        window.result.print_button.click()
    text = " ".join(PdfReader(written.path).pages[0].extract_text().split())
    assert "Bà Lò Thị Ún" in text
    assert "Cấp 1: Xử lý văn bản cơ bản" in text
    assert passed.certificate.fields.certificate_id in text
    # level 2 is open now, and the certificate can be printed again from the profile
    window.result.home_button.click()
    qtbot.waitUntil(lambda: window.home.snapshot is not None and window.home.level_cards[1].level.open,
                    timeout=10_000)
    assert window.home.certificates_button.isVisible()
    window.home.certificates_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.certificates_screen, timeout=10_000)
    with waits.certificate_written(qtbot, window, window.certificates_screen):
        window.certificates_screen.print_button.click()
