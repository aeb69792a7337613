"""Reading aloud (the Nghe buttons), the spoken names of controls, and teachers recording
their own voice for a lesson part."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from tutor.ui.messages import user_message

if TYPE_CHECKING:
    from tutor.display import DisplayPrefs
    from tutor.ui.controllers.session import SessionController
    from tutor.ui.mainwindow import MainWindow
    from tutor.ui.taskman import TaskManager

log = logging.getLogger(__name__)

SPEAKING_SCREENS = ("lesson", "quiz", "ask", "practice")


class VoiceRecorder(Protocol):
    """start() / stop(); ``recorded`` carries WAV bytes, ``failed`` a Vietnamese message
    (tutor.ui.recorder.QtVoiceRecorder, or a fake in tests)."""

    recorded: object
    failed: object

    def start(self) -> None: ...

    def stop(self) -> None: ...


class NarrationController(QObject):
    def __init__(self, window: "MainWindow", tasks: "TaskManager", session: "SessionController",
                 data_root: Path, make_recorder: Callable[[QObject], VoiceRecorder]):
        super().__init__(window)
        self.window, self.tasks, self.session = window, tasks, session
        self.data_root = data_root
        self.make_recorder = make_recorder
        self.speech = None            # tutor.ui.speech.SpeechController, once read-aloud works here
        self.control_voice = None     # tutor.ui.control_voice.ControlVoice, once there is a voice
        self.recorder: VoiceRecorder | None = None
        self._recording_target: tuple[str, int] | None = None
        self._reading: DisplayPrefs | None = None
        window.display_applied.connect(self._apply_reading)
        window.on_built("lesson", self._wire_lesson)
        window.on_built("quiz", lambda screen: self._wire_speaking(screen, lambda text: self.listen(text)))
        window.on_built("ask", lambda screen: self._wire_speaking(screen, self.listen))
        window.on_built("practice", lambda screen: self._wire_speaking(screen, self.listen))

    def _wire_speaking(self, screen, listen) -> None:
        screen.speak_requested.connect(listen)
        screen.set_can_speak(self.speech is not None)

    def _wire_lesson(self, screen) -> None:
        screen.speak_requested.connect(
            lambda text: self.listen(text, screen.view.lesson_id, screen.steps()[screen.step],
                                     screen.view.narration.get(screen.steps()[screen.step])))
        screen.record_requested.connect(self.record_narration)
        screen.set_can_speak(self.speech is not None)
        pc = self.session.pc
        screen.set_can_record(bool(pc and pc.teacher_recording))

    # -- reading aloud ---------------------------------------------------------------------

    def set_speech(self, controller) -> None:
        self.speech = controller
        if controller is not None and self.control_voice is None:
            from tutor.ui.control_voice import ControlVoice

            self.control_voice = ControlVoice(self.window, controller)
            QApplication.instance().installEventFilter(self.control_voice)
        if controller is not None:
            controller.state_changed.connect(self._speech_state)
            controller.failed.connect(lambda message: self._speech_state("idle", message))
            if self._reading is not None:
                self._apply_reading(self._reading)
        for name in SPEAKING_SCREENS:
            screen = self.window.built(name)
            if screen is not None:
                screen.set_can_speak(controller is not None)

    def _apply_reading(self, prefs: "DisplayPrefs") -> None:
        self._reading = prefs
        if self.speech is None:
            return
        from tutor.audio.voices import voice_by_key

        self.speech.set_speed(prefs.speech_speed)
        self.speech.voice = voice_by_key(prefs.voice)
        if self.control_voice is not None:
            self.control_voice.enabled = prefs.speak_controls

    def stop(self) -> None:
        if self.speech:
            self.speech.stop()

    def listen(self, text: str, lesson_id: str | None = None, section: int | None = None,
               recording: bytes | None = None) -> None:
        if self.speech is None:
            return
        if self.speech.state == "playing":
            self.speech.pause()
        elif self.speech.state == "paused":
            self.speech.resume()
        else:
            self.speech.speak(text, lesson_id, section, recording)

    def _speech_state(self, state: str, failure: str = "") -> None:
        """The Listen buttons say what pressing them will do next."""
        translate = QCoreApplication.translate
        label = {"preparing": translate("MainWindow", "Đang chuẩn bị…"),
                 "playing": translate("MainWindow", "Tạm dừng"),
                 "paused": translate("MainWindow", "Nghe tiếp")}.get(state, translate("MainWindow", "Nghe"))
        buttons = []
        lesson, quiz, ask = (self.window.built(name) for name in ("lesson", "quiz", "ask"))
        if lesson is not None:
            buttons.append(lesson.listen_button)
            if failure:
                lesson.show_status(failure)
        if quiz is not None:
            buttons += [quiz.listen_button, quiz.feedback_listen]
        if ask is not None:
            buttons.append(ask.listen_button)
        for button in buttons:
            button.setText(label)

    # -- a teacher's own voice ------------------------------------------------------------------

    def set_can_record(self, allowed: bool) -> None:
        lesson = self.window.built("lesson")
        if lesson is not None:
            lesson.set_can_record(allowed)

    def record_narration(self, lesson_id: str, section: int) -> None:
        """First press starts the microphone, the second stops it and keeps the recording."""
        if self.recorder is None:
            self.recorder = self.make_recorder(self)
            self.recorder.recorded.connect(self._narration_recorded)
            self.recorder.failed.connect(self._narration_failed)
        lesson = self.window.lesson
        if self._recording_target is None:
            self.stop()
            self._recording_target = (lesson_id, section)
            lesson.set_recording(True)
            lesson.show_status(QCoreApplication.translate(
                "MainWindow", "Đang ghi âm… Đọc to phần này, xong thì bấm “Dừng ghi âm”."))
            self.recorder.start()
        else:
            self.recorder.stop()

    def _narration_recorded(self, wav: bytes) -> None:
        from tutor.audio.narration import TeacherNarrations

        target, self._recording_target = self._recording_target, None
        lesson = self.window.lesson
        lesson.set_recording(False)
        if target is None:
            return
        store = TeacherNarrations.in_data_dir(self.data_root)

        def done(_clip) -> None:
            lesson.show_status(QCoreApplication.translate(
                "MainWindow", "Đã lưu giọng đọc. Từ nay máy này đọc phần này bằng giọng thầy cô."))

        self.tasks.run_slow(lambda: store.save(target[0], target[1], wav), done,
                            lambda exc: self._narration_failed(user_message(exc)))

    def _narration_failed(self, message: str) -> None:
        self._recording_target = None
        self.window.lesson.set_recording(False)
        self.window.lesson.show_status(message)
