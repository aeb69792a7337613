"""StreamedAnswer, the streamed-answer part that Hỏi gia sư and Phòng thực hành AI share:
pieces stream into the box in order, Dừng mid-answer keeps what came, a failure is
said in the status line, an abandoned answer is ignored, and an answer another
screen started on the same runner never leaks into this one."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from tutor.local_llm import protocol
from tutor.local_llm.api import GenerationRequest, LLMError
from tutor.local_llm.fake import FakeLLM
from tutor.ui.llm_bridge import LlmRunner
from tutor.ui.widgets.streamed_answer import StreamedAnswer

ANSWER = "Hãy cúp máy và gọi lại số quen của người thân."
REQUEST = GenerationRequest.chat("Làm sao nhận biết cuộc gọi giả?")


class Host(QWidget):
    """The few widgets a screen gives the stream."""

    def __init__(self, runner: LlmRunner):
        super().__init__()
        box = QVBoxLayout(self)
        self.answer_box = QPlainTextEdit()
        self.status = QLabel()
        self.stop_button = QPushButton("Dừng")
        for widget in (self.answer_box, self.status, self.stop_button):
            box.addWidget(widget)
        self.stream = StreamedAnswer(runner, self.answer_box, self.status, self.stop_button,
                                     lambda: "đang đọc", self)
        self.finished, self.failed, self.awaiting = [], [], []
        self.stream.finished.connect(self.finished.append)
        self.stream.failed.connect(lambda message, code: self.failed.append((message, code)))
        self.stream.awaiting_changed.connect(self.awaiting.append)


def make(qtbot, llm):
    runner = LlmRunner(llm)
    host = Host(runner)
    qtbot.addWidget(host)
    return host, runner


def shown(widget) -> bool:
    return not widget.isHidden()


def test_pieces_stream_in_order_and_the_result_ends_the_wait(qtbot):
    fake = FakeLLM([ANSWER], hold_after=3)
    host, runner = make(qtbot, fake)
    assert not shown(host.stop_button)
    assert host.stream.start(REQUEST)
    assert host.stream.awaiting and shown(host.stop_button) and host.stop_button.isEnabled()
    qtbot.waitUntil(fake.holding.is_set)
    qtbot.waitUntil(lambda: host.answer_box.toPlainText() == "Hãy cúp máy")   # three pieces, in order
    assert host.status.text() == "AI đang trả lời…"
    with qtbot.waitSignal(host.stream.finished, timeout=5000) as done:
        fake.release()
    assert done.args[0].text == ANSWER and not done.args[0].stopped
    assert host.answer_box.toPlainText() == ANSWER
    assert not host.stream.awaiting and not shown(host.stop_button)
    assert host.awaiting == [True, False] and host.failed == []


def test_stop_mid_stream_keeps_what_came(qtbot):
    fake = FakeLLM([ANSWER], hold_after=2)
    host, runner = make(qtbot, fake)
    host.stream.start(REQUEST)
    qtbot.waitUntil(fake.holding.is_set)
    qtbot.waitUntil(lambda: host.answer_box.toPlainText() == "Hãy cúp")
    with qtbot.waitSignal(host.stream.finished, timeout=5000) as done:
        host.stop_button.click()
        assert host.status.text() == "Đang dừng…"
    assert done.args[0].stopped and done.args[0].text == "Hãy cúp"
    assert host.answer_box.toPlainText() == "Hãy cúp"
    assert not host.stream.awaiting and not shown(host.stop_button) and not runner.busy


def test_a_failure_is_said_in_the_status_line(qtbot):
    host, runner = make(qtbot, FakeLLM([LLMError(protocol.OUT_OF_MEMORY, "oom")]))
    with qtbot.waitSignal(host.stream.failed, timeout=5000) as failed:
        host.stream.start(REQUEST)
    message = protocol.user_message(protocol.OUT_OF_MEMORY)
    assert failed.args == [message, protocol.OUT_OF_MEMORY]
    assert host.status.text() == message and host.finished == []
    assert not host.stream.awaiting and not shown(host.stop_button)


def test_an_abandoned_answer_is_ignored(qtbot):
    fake = FakeLLM([ANSWER], hold_after=2)
    host, runner = make(qtbot, fake)
    host.stream.start(REQUEST)
    qtbot.waitUntil(fake.holding.is_set)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        assert host.stream.abandon()
    assert host.finished == [] and not host.stream.awaiting and not shown(host.stop_button)
    assert not host.stream.abandon()   # nothing left to abandon


def test_a_busy_runner_refuses_and_nothing_changes(qtbot):
    fake = FakeLLM([ANSWER], hold_after=1)
    runner = LlmRunner(fake)
    first, second = Host(runner), Host(runner)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert first.stream.start(REQUEST)
    assert not second.stream.start(REQUEST)
    assert not second.stream.awaiting and not shown(second.stop_button) and second.status.text() == ""
    qtbot.waitUntil(fake.holding.is_set)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        fake.release()
    # The answer streamed into the screen that asked, never into the other one.
    assert first.answer_box.toPlainText() == ANSWER and len(first.finished) == 1
    assert second.answer_box.toPlainText() == "" and second.finished == [] and second.status.text() == ""


def test_reading_the_prompt_is_announced_in_the_screens_words(qtbot):
    fake = FakeLLM([ANSWER], hold_after=0)
    host, runner = make(qtbot, fake)
    with qtbot.waitSignal(runner.started, timeout=5000):
        host.stream.start(REQUEST)
    assert host.status.text() == "đang đọc"
    with qtbot.waitSignal(host.stream.finished, timeout=5000):
        host.stream.stop_quietly()
    assert host.status.text() == "đang đọc"   # a quiet stop says nothing
