"""Hỏi gia sư on the real curriculum pack: a question the lessons do not cover gets the
plain message, a covered one gets the model's streamed answer (or, without a model,
the passages) and links to the lesson sections that open them."""

from __future__ import annotations

import pytest

from tutor.clock import FakeClock
from tutor.local_llm import protocol
from tutor.local_llm.api import LLMError
from tutor.local_llm.ask import (
    EMPTY_QUESTION_MESSAGE,
    NO_MODEL_INTRO,
    NOT_COVERED_MESSAGE,
    SYSTEM_INSTRUCTION,
    search_query,
)
from tutor.local_llm.fake import FakeLLM, NoModel
from tutor.ui.llm_bridge import LlmRunner
from tutor.ui.screens.ask import AskScreen, parse_lesson_href
from tutor.workspace import BUNDLED_PACK, Workspace
from tests.ui import waits

DEEPFAKE = "làm sao nhận biết cuộc gọi video giả"
ANSWER = "Hãy cúp máy và gọi lại số quen của người thân [1]."


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    assert BUNDLED_PACK.exists(), "build the pack first (make run / make test do)"
    ws = Workspace.open(tmp_path_factory.mktemp("ask-ui"), clock=FakeClock(), bundled_pack=BUNDLED_PACK, backup=False)
    yield ws.content
    ws.close()


def make_screen(qtbot, llm):
    runner = LlmRunner(llm)
    screen = AskScreen(runner)
    qtbot.addWidget(screen)
    screen.start()
    return screen, runner


def ask(qtbot, screen, content, question: str):
    """Types the question, presses Enter, and plays the caller's part: search on the
    pack and hand the passages back."""
    screen.question.setText(question)
    with qtbot.waitSignal(screen.search_requested, timeout=1000) as asked:
        screen.question.returnPressed.emit()
    assert asked.args == [question]
    screen.show_passages(question, content.search_passages(search_query(question), 8))


def shown(widget) -> bool:
    return not widget.isHidden()


def test_a_question_the_lessons_do_not_cover_gets_the_plain_message(qtbot, content):
    fake = FakeLLM()
    screen, _ = make_screen(qtbot, fake)
    ask(qtbot, screen, content, "cách sửa xe máy")
    assert shown(screen.message) and screen.message.text() == NOT_COVERED_MESSAGE
    assert fake.requests == [] and not shown(screen.sources) and screen.answer_box.toPlainText() == ""


def test_a_covered_question_streams_the_answer_with_lesson_links(qtbot, content):
    fake = FakeLLM([ANSWER], hold_after=2)
    screen, runner = make_screen(qtbot, fake)
    ask(qtbot, screen, content, DEEPFAKE)
    qtbot.waitUntil(fake.holding.is_set)
    qtbot.waitUntil(lambda: screen.answer_box.toPlainText() == "Hãy cúp")    # streaming, not yet done
    assert shown(screen.stop_button)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        fake.release()
    assert screen.answer_box.toPlainText() == ANSWER
    assert "AI có thể nhầm" in screen.status.text() and not shown(screen.stop_button)

    request = fake.requests[0]
    assert request.messages[0].role == "system" and request.messages[0].content == SYSTEM_INSTRUCTION
    user = request.messages[-1].content
    assert user.startswith("Các đoạn bài học:") and user.endswith(f"Câu hỏi: {DEEPFAKE}\nTrả lời:")

    links = screen.sources.text()
    assert shown(screen.sources) and 'href="lesson:l2.lua-dao-deepfake#2"' in links
    with qtbot.waitSignal(screen.lesson_link_activated, timeout=1000) as opened:
        screen.sources.linkActivated.emit("lesson:l2.lua-dao-deepfake#2")
    assert opened.args == ["l2.lua-dao-deepfake", 2]


def test_without_a_model_the_passages_themselves_are_shown(qtbot, content):
    screen, _ = make_screen(qtbot, NoModel())
    ask(qtbot, screen, content, "lam sao nhan biet cuoc goi video gia")     # no accents
    text = screen.answer_box.toPlainText()
    assert text.startswith(NO_MODEL_INTRO) and "Bà Năm" in text and "(Bài “" in text
    assert 'href="lesson:l2.lua-dao-deepfake#2"' in screen.sources.text()
    assert not shown(screen.stop_button)


def test_stop_keeps_the_answer_so_far(qtbot, content):
    fake = FakeLLM([ANSWER], hold_after=2)
    screen, runner = make_screen(qtbot, fake)
    ask(qtbot, screen, content, DEEPFAKE)
    qtbot.waitUntil(fake.holding.is_set)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        screen.stop_button.click()
    assert screen.answer_box.toPlainText() == "Hãy cúp" and "Đã dừng" in screen.status.text()
    assert shown(screen.sources)


def test_when_the_model_fails_the_passages_stand_in(qtbot, content):
    screen, runner = make_screen(qtbot, FakeLLM([LLMError(protocol.OUT_OF_MEMORY, "oom")]))
    with qtbot.waitSignal(runner.failed, timeout=5000):
        ask(qtbot, screen, content, DEEPFAKE)
    assert screen.status.text() == protocol.user_message(protocol.OUT_OF_MEMORY)
    assert screen.answer_box.toPlainText().startswith(NO_MODEL_INTRO)


def test_a_new_question_replaces_an_answer_being_written(qtbot, content):
    fake = FakeLLM(["câu trả lời cũ rất dài", "Câu trả lời mới."], hold_after=1)
    screen, runner = make_screen(qtbot, fake)
    ask(qtbot, screen, content, DEEPFAKE)
    qtbot.waitUntil(fake.holding.is_set)
    # asked again while the first answer is parked: the first is stopped and ignored,
    # the second starts once the model is free
    fake.hold_after = None
    results = []
    runner.finished.connect(results.append)
    ask(qtbot, screen, content, "giọng văn là gì")
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert results[0].stopped and results[1].text == "Câu trả lời mới."
    assert screen.answer_box.toPlainText() == "Câu trả lời mới."
    assert "giọng văn là gì" in fake.requests[1].messages[-1].content


def test_an_older_search_result_is_ignored(qtbot, content):
    screen, _ = make_screen(qtbot, NoModel())
    screen.question.setText("cách sửa xe máy")
    screen.ask()
    screen.question.setText(DEEPFAKE)
    screen.ask()
    screen.show_passages("cách sửa xe máy", content.search_passages(search_query("cách sửa xe máy"), 8))
    assert not shown(screen.message) and screen.answer_box.toPlainText() == ""
    screen.show_passages(DEEPFAKE, content.search_passages(search_query(DEEPFAKE), 8))
    assert screen.answer_box.toPlainText().startswith(NO_MODEL_INTRO)


def test_an_empty_question_is_not_searched(qtbot):
    screen, _ = make_screen(qtbot, FakeLLM())
    screen.question.setText("   ")
    with qtbot.assertNotEmitted(screen.search_requested):
        screen.ask_button.click()
    assert screen.message.text() == EMPTY_QUESTION_MESSAGE


def test_lesson_links_parse():
    assert parse_lesson_href("lesson:l2.lua-dao-deepfake#2") == ("l2.lua-dao-deepfake", 2)
    assert parse_lesson_href("lesson:l1.ai-la-gi#-1") == ("l1.ai-la-gi", -1)
    assert parse_lesson_href("https://example.com#2") is None
    assert parse_lesson_href("lesson:l1.ai-la-gi") is None
    assert parse_lesson_href("lesson:#2") is None


def test_the_answer_can_be_heard(qtbot, content):
    screen, runner = make_screen(qtbot, FakeLLM([ANSWER]))
    screen.set_can_speak(True)
    assert not shown(screen.listen_button)  # nothing to hear yet
    with qtbot.waitSignal(runner.finished, timeout=5000):
        ask(qtbot, screen, content, DEEPFAKE)
    assert shown(screen.listen_button)
    with qtbot.waitSignal(screen.speak_requested, timeout=1000) as heard:
        screen.listen_button.click()
    assert heard.args == [ANSWER]


def test_a_question_typed_in_the_home_search_box_is_carried_into_the_tutor(qtbot, make_window):
    from tests.ui.screens_tour import BUNDLED, prepare_learner

    window = make_window(bundled_pack=BUNDLED, prepare=prepare_learner)
    learner_id = window.tasks.db.call(lambda ws: ws.learners.list()[0].learner_id)
    with waits.signed_in(qtbot, window, timeout=10_000):
        window.features.session.choose(learner_id)
    qtbot.waitUntil(lambda: window.home.ask_button.isEnabled(), timeout=10_000)
    window.home.search_edit.setText("cuộc gọi video giả")
    window.home.ask_button.click()
    assert window.stack.currentWidget() is window.ask
    assert window.ask.question.text() == "cuộc gọi video giả"
