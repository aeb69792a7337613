"""Read-aloud in the window: sentence clips play in order, pause/resume/stop, speed and
voice from the learner's settings, failures shown in plain words."""

import pytest
from PySide6.QtCore import QObject, Qt, Signal

from tests.conftest import ROOT
from tutor.audio.clip import AudioClip
from tutor.audio.engine import FakeSpeechEngine
from tutor.audio.errors import SpeechFailed
from tutor.audio.narration import Narrator, RecordingsInMemory
from tutor.ui.speech import SpeechController
from tests.ui import waits

BUNDLED = ROOT / "tutor" / "data" / "curriculum.bdpack"


class RecordingOut(QObject):
    """Stands in for the sound card: keeps every WAV; the test says when one has played."""

    finished = Signal()

    def __init__(self):
        super().__init__()
        self.played: list[bytes] = []
        self.paused = False
        self.stopped = 0

    def play(self, wav):
        self.played.append(wav)

    def pause(self):
        self.paused = True

    def resume(self):
        self.paused = False

    def stop(self):
        self.stopped += 1

    def end_clip(self):
        self.finished.emit()


@pytest.fixture
def speech(qtbot):
    out = RecordingOut()
    engine = FakeSpeechEngine()
    controller = SpeechController(Narrator(engine), out)
    return controller, engine, out


def test_sentences_play_one_after_another(qtbot, speech):
    controller, engine, out = speech
    states = []
    controller.state_changed.connect(states.append)
    controller.speak("Câu thứ nhất. Câu thứ hai. Câu thứ ba.")
    qtbot.waitUntil(lambda: len(out.played) == 1)
    assert controller.state == "playing"
    # the next clip starts only when the one playing has finished
    qtbot.waitUntil(lambda: len(controller._queue) >= 1)
    assert len(out.played) == 1
    out.end_clip()
    qtbot.waitUntil(lambda: len(out.played) == 2)
    out.end_clip()
    qtbot.waitUntil(lambda: len(out.played) == 3)
    out.end_clip()
    qtbot.waitUntil(lambda: controller.state == "idle")
    assert states[:2] == ["preparing", "playing"] and states[-1] == "idle"
    assert [AudioClip.from_wav_bytes(w).frame_count > 0 for w in out.played] == [True] * 3  # each clip has sound


def test_pause_resume_and_stop(qtbot, speech):
    controller, _engine, out = speech
    controller.speak("Một câu dài để nghe. Thêm một câu nữa.")
    qtbot.waitUntil(lambda: controller.state == "playing")
    controller.pause()
    assert out.paused and controller.state == "paused"
    controller.resume()
    assert not out.paused and controller.state == "playing"
    controller.stop()
    assert controller.state == "idle" and out.stopped >= 1
    # clips of the stopped reading never play
    played = len(out.played)
    qtbot.wait(0)
    assert len(out.played) == played


def test_speed_and_voice_reach_the_engine(qtbot, speech):
    from tutor.audio.voices import SOUTHERN

    controller, engine, out = speech
    controller.set_speed(0.75)
    controller.voice = SOUTHERN
    controller.speak("Xin chào bà con.")
    qtbot.waitUntil(lambda: len(out.played) == 1)
    assert engine.calls[-1][1:] == ("south", 0.75)


def test_a_failure_is_told_in_vietnamese(qtbot):
    out = RecordingOut()
    controller = SpeechController(Narrator(FakeSpeechEngine(error=SpeechFailed("espeak died"))), out)
    with qtbot.waitSignal(controller.failed, timeout=5000) as failed:
        controller.speak("Xin chào.")
    assert failed.args[0]  # the engine's Vietnamese user message
    qtbot.waitUntil(lambda: controller.state == "idle")


def test_a_teacher_recording_plays_instead_of_the_voice(qtbot):
    out = RecordingOut()
    engine = FakeSpeechEngine()
    recorded = AudioClip.silence(0.5, 16000)
    samples = recorded.samples()
    for i in range(0, len(samples), 40):
        samples[i] = 9000  # not silent, or it would be refused as an empty recording
    recorded = AudioClip.from_samples(samples, 16000)
    narrator = Narrator(engine, RecordingsInMemory({("l1.ai-la-gi", 0): recorded.to_wav_bytes()}))
    controller = SpeechController(narrator, out)
    controller.speak("Văn bản của phần này.", "l1.ai-la-gi", 0)
    qtbot.waitUntil(lambda: len(out.played) >= 1)
    assert engine.calls == []  # the synthetic voice was not used


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_reader_listen_button_reads_the_current_step(qtbot, make_window):
    window = make_window(bundled_pack=BUNDLED, prepare=lambda ws: ws.learners.create("Chị Hoa", "flower"))
    out = RecordingOut()
    engine = FakeSpeechEngine()
    window.features.narration.set_speech(SpeechController(Narrator(engine), out, parent=window))
    window.features.narration.control_voice.muted = True  # about Listen, not the button voice
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
    with waits.lesson_opened(qtbot, window, timeout=10_000):
        window.features.lessons.open_lesson("l1.ai-la-gi", None, "home")
    reader = window.lesson
    assert reader.listen_button.isVisible()
    reader.next_step()
    reader.listen_button.click()
    qtbot.waitUntil(lambda: len(out.played) >= 1, timeout=5000)
    heading = window.tasks.db.call(lambda ws: ws.content.lesson("l1.ai-la-gi").sections[0].heading)
    from tutor.audio.speakable import clean_for_speech

    assert clean_for_speech(heading) in engine.calls[0][0]  # "AI" is read "ây ai"
    # a second press pauses, a third goes on
    reader.listen_button.click()
    assert window.features.narration.speech.state == "paused"
    reader.listen_button.click()
    assert window.features.narration.speech.state == "playing"
    # leaving the lesson stops the reading
    reader.back_button.click()
    assert window.features.narration.speech.state == "idle"


class FakeRecorder(QObject):
    recorded = Signal(bytes)
    failed = Signal(str)

    def __init__(self, wav: bytes):
        super().__init__()
        self.wav = wav
        self.started = 0

    def start(self):
        self.started += 1

    def stop(self):
        self.recorded.emit(self.wav)


def _voice_wav(seconds=1.0, rate=16000):
    import math
    from array import array

    quiet = [0] * int(0.4 * rate)
    tone = [int(8000 * math.sin(2 * math.pi * 180 * i / rate)) for i in range(int(seconds * rate))]
    return AudioClip.from_samples(array("h", quiet + tone + quiet), rate).to_wav_bytes()


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_teacher_records_a_section_and_it_plays_instead_of_the_voice(qtbot, make_window, data_dir):
    from tutor.audio.narration import TeacherNarrations

    recorded = _voice_wav()   # 0.4 s of silence, 1 s of voice, 0.4 s of silence
    recorder = FakeRecorder(recorded)
    window = make_window(bundled_pack=BUNDLED, prepare=lambda ws: (
        ws.learners.create("Cô giáo Mai", "star"), ws.settings.set_teacher_recording(True)),
        make_recorder=lambda parent: recorder)
    out = RecordingOut()
    engine = FakeSpeechEngine()
    narrations = TeacherNarrations.in_data_dir(data_dir)
    window.features.narration.set_speech(SpeechController(Narrator(engine, narrations), out, parent=window))
    window.features.narration.control_voice.muted = True  # about Listen, not the button voice
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
    with waits.lesson_opened(qtbot, window, timeout=10_000):
        window.features.lessons.open_lesson("l1.ai-la-gi", None, "home")
    reader = window.lesson
    assert not reader.record_button.isVisible()  # the objectives step is not a section
    reader.next_step()
    assert reader.record_button.isVisible()
    reader.record_button.click()
    assert recorder.started == 1 and reader.record_button.text() == "Dừng ghi âm"
    reader.record_button.click()
    qtbot.waitUntil(lambda: reader.meta.text().startswith("Đã lưu giọng đọc"), timeout=10_000)
    assert reader.record_button.text() != "Dừng ghi âm"
    stored = narrations.recording("l1.ai-la-gi", 0)
    # silence trimmed: at least half a second's worth of frames of the 0.8 s of silence is gone
    original = AudioClip.from_wav_bytes(recorded)
    assert stored is not None and stored.frame_count < original.frame_count - original.sample_rate // 2
    reader.listen_button.click()
    qtbot.waitUntil(lambda: len(out.played) >= 1, timeout=5000)
    assert engine.calls == []  # the teacher's voice, not espeak


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_narration_recorded_in_the_pack_plays_for_its_section(qtbot, make_window, tmp_path):
    import shutil

    from tutor.lessons.pack_build import build_pack

    source = tmp_path / "content"
    shutil.copytree(ROOT / "content", source)
    target = source / "media" / "narration" / "l1.ai-la-gi" / "0.wav"
    target.parent.mkdir(parents=True)
    target.write_bytes(_voice_wav())
    pack = build_pack(source, ROOT / "keys" / "dev" / "dev-signing.key", tmp_path / "narrated.bdpack").path
    window = make_window(bundled_pack=pack, prepare=lambda ws: ws.learners.create("Chị Hoa", "flower"))
    out = RecordingOut()
    engine = FakeSpeechEngine()
    window.features.narration.set_speech(SpeechController(Narrator(engine), out, parent=window))
    window.features.narration.control_voice.muted = True  # about Listen, not the button voice
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
    with waits.lesson_opened(qtbot, window, timeout=10_000):
        window.features.lessons.open_lesson("l1.ai-la-gi", None, "home")
    reader = window.lesson
    assert set(reader.view.narration) == {0}
    reader.next_step()           # section 0: recorded in the pack
    reader.listen_button.click()
    qtbot.waitUntil(lambda: len(out.played) >= 1, timeout=5000)
    assert engine.calls == []
    window.features.narration.speech.stop()
    reader.next_step()           # section 1: no recording, the synthetic voice reads it
    reader.listen_button.click()
    qtbot.waitUntil(lambda: len(engine.calls) >= 1, timeout=5000)


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_each_quiz_option_can_be_heard_on_its_own(qtbot, make_window):
    from PySide6.QtWidgets import QPushButton

    window = make_window(bundled_pack=BUNDLED, prepare=lambda ws: ws.learners.create("Chị Hoa", "flower"))
    out = RecordingOut()
    engine = FakeSpeechEngine()
    window.features.narration.set_speech(SpeechController(Narrator(engine), out, parent=window))
    window.features.narration.control_voice.muted = True  # about Listen, not the button voice
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.mouseClick(window.start.tiles[0], Qt.MouseButton.LeftButton)
    window.features.quiz.start_lesson_quiz("l1.ai-la-gi")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.quiz, timeout=10_000)
    quiz = window.quiz
    assert quiz.items[0].question.kind == "single"
    listen = [b for b in quiz.widget.findChildren(QPushButton) if b.accessibleName().startswith("Nghe ý:")]
    assert len(listen) == len(quiz.items[0].question.options)
    assert all(b.isVisible() for b in listen)
    listen[1].click()
    qtbot.waitUntil(lambda: len(engine.calls) >= 1, timeout=5000)
    second = quiz.items[0].question.options[quiz.widget.order[1]].text
    from tutor.audio.speakable import clean_for_speech

    assert clean_for_speech(second) in engine.calls[0][0]
