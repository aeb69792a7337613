"""The Nói button: a real recording, played in place of the microphone, becomes the expected
words in the practice room and in Hỏi gia sư (partial text first, listening off the UI thread,
text still editable); a second press stops; a PC without a microphone gets the plain message."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tutor.audio.clip import AudioClip
from tutor.audio.listen import ClipSource
from tutor.audio.recognizer import FakeRecognizer, VietAsrRecognizer
from tutor.lessons.checker import load_checked
from tutor.local_llm.fake import NoModel
from tutor.ui.llm_bridge import LlmRunner
from tutor.ui.screens.ask import AskScreen
from tutor.ui.screens.practice import PracticeScreen
from tutor.ui.widgets import mic
from tutor.ui.widgets.mic import MicBackend, MicButton, MicUnavailable

SPEECH = Path(__file__).resolve().parents[1] / "fixtures" / "speech"
LY = "Chúng ta có thể áp dụng logic tương tự với người khác."
DOAN = "Nuôi con theo phong cách Do Thái, không chỉ tốt cho đứa trẻ, mà còn tốt cho cả các bậc cha mẹ."
NO_MIC = "Không tìm thấy micrô"


def words(text: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", text.lower()).split()


class WatchingRecognizer:
    """The real recogniser, noting which thread opens each session."""

    def __init__(self, inner):
        self.inner = inner
        self.threads: list[threading.Thread] = []

    def open_session(self, sample_rate: int):
        self.threads.append(threading.current_thread())
        return self.inner.open_session(sample_rate)


@pytest.fixture(scope="module")
def real_recognizer():
    pytest.importorskip("vietasr")
    return VietAsrRecognizer()


@pytest.fixture
def file_mic(real_recognizer):
    """The microphone replaced by a recording; yields a function that picks the recording."""
    chosen: dict[str, object] = {}
    watcher = WatchingRecognizer(real_recognizer)

    def use(name: str, realtime: bool = False):
        chosen["source"] = lambda: ClipSource(AudioClip.from_wav_bytes((SPEECH / name).read_bytes()),
                                              realtime=realtime)
        return watcher

    mic.set_backend(MicBackend(watcher, lambda: chosen["source"]()))
    yield use
    mic.set_backend(None)


@pytest.fixture(scope="module")
def lessons():
    curriculum, problems = load_checked(ROOT / "content")
    assert not problems
    return {lesson.id: lesson for lesson in curriculum.lessons}


def test_speaking_into_the_practice_prompt(qtbot, lessons, file_mic):
    recognizer = file_mic("vieneu_ly.wav")
    screen = PracticeScreen(LlmRunner(NoModel()))
    qtbot.addWidget(screen)
    lesson = lessons["l1.cau-lenh-bon-phan"]
    screen.start(lesson.id, lesson.title, lesson.practice)
    button = screen.prompt_mic
    assert not button.isHidden()
    screen.prompt_edit.setPlainText("Bạn là cán bộ xã.")
    screen.prompt_edit.moveCursor(screen.prompt_edit.textCursor().MoveOperation.End)
    partials: list[str] = []
    screen.prompt_edit.textChanged.connect(lambda: partials.append(screen.prompt_edit.toPlainText()))
    with qtbot.waitSignal(button.heard, timeout=30_000) as heard:
        button.button.click()
        assert button.listening and not button.status.isHidden()
    assert words(heard.args[0]) == words(LY)
    text = screen.prompt_edit.toPlainText()
    assert text.startswith("Bạn là cán bộ xã. ") and words(text) == words("Bạn là cán bộ xã. " + LY)
    assert len(partials) >= 2 and len(partials[0]) < len(text)   # words came in before the end
    assert recognizer.threads and all(t is not threading.main_thread() for t in recognizer.threads)
    assert not button.listening and button.status.isHidden()
    # the text stays editable by keyboard
    assert not screen.prompt_edit.isReadOnly()
    screen.prompt_edit.insertPlainText(" Viết ngắn gọn.")
    assert screen.prompt_edit.toPlainText().endswith("người khác Viết ngắn gọn.")


def test_speaking_into_a_scaffold_field(qtbot, lessons, file_mic):
    file_mic("vieneu_ly.wav")
    screen = PracticeScreen(LlmRunner(NoModel()))
    qtbot.addWidget(screen)
    lesson = lessons["l1.cau-lenh-bon-phan"]
    screen.start(lesson.id, lesson.title, lesson.practice)
    screen.scaffold_toggle.setChecked(True)
    field = screen.scaffold_fields["nhiem_vu"]
    button = field.parentWidget().mic
    with qtbot.waitSignal(button.heard, timeout=30_000):
        button.button.click()
    assert words(field.text()) == words(LY)
    assert words(screen.prompt_edit.toPlainText()) == words(LY)   # the assembled prompt follows


def test_speaking_a_question_to_hoi_gia_su(qtbot, file_mic):
    recognizer = file_mic("vieneu_doan.wav")
    screen = AskScreen(LlmRunner(NoModel()))
    qtbot.addWidget(screen)
    screen.start()
    button = screen.question_mic
    with qtbot.waitSignal(button.heard, timeout=30_000):
        button.button.click()
    assert words(screen.question.text()) == words(DOAN)
    assert all(t is not threading.main_thread() for t in recognizer.threads)
    with qtbot.waitSignal(screen.search_requested, timeout=1000) as asked:
        screen.question.returnPressed.emit()
    assert words(asked.args[0]) == words(DOAN)


def test_a_second_press_stops_and_keeps_the_words_so_far(qtbot, file_mic):
    file_mic("vieneu_doan.wav", realtime=True)   # arrives as fast as a person speaks
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit()
    button = MicButton(field)
    qtbot.addWidget(field)
    qtbot.addWidget(button)
    button.button.click()
    qtbot.waitUntil(lambda: len(field.text().split()) >= 2, timeout=30_000)
    with qtbot.waitSignal(button.listening_changed, timeout=10_000) as ended:
        button.button.click()
    assert ended.args == [False] and not button.button.isChecked()
    said = words(field.text())
    assert 2 <= len(said) < len(words(DOAN)) and said == words(DOAN)[: len(said)]


def test_a_pc_without_a_microphone_gets_the_plain_message(qtbot):
    def no_microphone():
        raise MicUnavailable("no audio input device")

    mic.set_backend(MicBackend(FakeRecognizer(), no_microphone))
    try:
        from PySide6.QtWidgets import QLineEdit

        field = QLineEdit("đã gõ")
        button = MicButton(field)
        qtbot.addWidget(field)
        qtbot.addWidget(button)
        button.button.click()
        assert not button.listening and not button.button.isChecked()
        assert NO_MIC in button.status.text() and "bàn phím" in button.status.text()
        assert field.text() == "đã gõ" and not field.isReadOnly()
    finally:
        mic.set_backend(None)


def test_the_real_microphone_path_names_a_missing_device_plainly(qtbot):
    """On a PC (or CI) whose Qt finds no input device, the real source refuses with the message."""
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.defaultAudioInput().isNull():
        pytest.skip("this PC has a microphone")
    with pytest.raises(MicUnavailable) as refused:
        mic.QtMicrophone()
    assert NO_MIC in refused.value.user_message


def test_without_a_recogniser_the_button_is_hidden(qtbot):
    from PySide6.QtWidgets import QLineEdit

    mic.set_backend(None)
    field = QLineEdit()
    button = MicButton(field)
    qtbot.addWidget(button)
    assert button.isHidden()
    mic.set_backend(MicBackend(FakeRecognizer(), lambda: None))
    try:
        assert not button.isHidden()
    finally:
        mic.set_backend(None)
    assert button.isHidden()


def test_speaking_into_the_search_box_and_a_short_answer(qtbot, file_mic):
    import random

    from tutor.lessons.model import ShortAnswer
    from tutor.ui.screens.search import SearchScreen
    from tutor.ui.widgets.questions import ShortAnswerWidget

    file_mic("vieneu_ly.wav")
    search = SearchScreen()
    qtbot.addWidget(search)
    with qtbot.waitSignal(search.query_mic.heard, timeout=30_000):
        search.query_mic.button.click()
    assert words(search.query.text()) == words(LY)

    question = ShortAnswer(id="q", prompt="Nói lại câu này", answers=("áp dụng",), explanation="")
    answer = ShortAnswerWidget(question, random.Random(1))
    qtbot.addWidget(answer)
    with qtbot.waitSignal(answer.mic.heard, timeout=30_000):
        answer.mic.button.click()
    assert words(answer.edit.text()) == words(LY)
    with qtbot.waitSignal(answer.answered, timeout=1000) as sent:
        answer.submit.click()
    assert words(sent.args[0]) == words(LY)


def test_microphone_formats_become_16_bit_mono_at_16_khz():
    from array import array

    from tutor.ui.widgets.mic import to_mono16

    # 0.1 s of stereo float at 48 kHz (what Qt gives on many Windows PCs), in two chunks
    frames = array("f", [0.5, -0.5] * 4800).tobytes()
    first, state = to_mono16(frames[: len(frames) // 2], "float", 2, 48_000)
    second, _ = to_mono16(frames[len(frames) // 2:], "float", 2, 48_000, state)
    assert abs(len(first + second) // 2 - 1600) <= 2          # 0.1 s at 16 kHz, 16-bit
    assert all(v == 0 for v in array("h", first + second))    # left and right cancel out
    mono16k = array("h", [1000] * 160).tobytes()
    assert to_mono16(mono16k, "int16", 1, 16_000)[0] == mono16k   # already right: untouched
    loud, _ = to_mono16(bytes([255] * 80), "uint8", 1, 16_000)
    assert len(loud) == 160 and array("h", loud)[0] > 30_000
