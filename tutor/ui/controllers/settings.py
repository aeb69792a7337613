"""The settings screen: how the app looks and reads (the PC's or the learner's own), the
idle sign-out, teachers' recordings, and the voices page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

import tutor

if TYPE_CHECKING:
    from tutor.display import DisplayPrefs
    from tutor.ui.controllers.narration import NarrationController
    from tutor.ui.controllers.packs import PacksController
    from tutor.ui.controllers.session import SessionController
    from tutor.ui.mainwindow import MainWindow
    from tutor.ui.taskman import TaskManager


class SettingsController(QObject):
    def __init__(self, window: "MainWindow", tasks: "TaskManager", session: "SessionController",
                 narration: "NarrationController", packs: "PacksController", data_root: Path):
        super().__init__(window)
        self.window, self.tasks, self.session = window, tasks, session
        self.narration, self.packs = narration, packs
        self.data_root = data_root
        self._from_home = False
        window.on_built("start", lambda screen: screen.settings_requested.connect(
            lambda: self.show_settings(from_home=False)))
        window.on_built("home", lambda screen: screen.settings_requested.connect(
            lambda: self.show_settings(from_home=True)))
        window.on_built("settings", self._wire)
        window.on_built("voices", lambda screen: screen.back_requested.connect(
            lambda: self.window.show_screen(self.window.settings)))

    def _wire(self, screen) -> None:
        screen.display_changed.connect(self._display_changed)
        screen.idle_changed.connect(self._idle_changed)
        screen.closed.connect(self._closed)
        screen.voices_requested.connect(self._show_voices)
        screen.recording_changed.connect(self._recording_allowed)

    def show_settings(self, from_home: bool) -> None:
        session = self.session
        self._from_home = from_home and session.current is not None
        if self._from_home:
            display = session.display_of_current()
            who = QCoreApplication.translate("MainWindow", "Cài đặt hiển thị này chỉ dành cho %s.") % (
                session.current.display_name)
        else:
            display = session.pc.display
            who = QCoreApplication.translate("MainWindow", "Cài đặt hiển thị chung của máy này.")
        about = QCoreApplication.translate("MainWindow", "Phiên bản %s. Dữ liệu lưu tại: %s") % (
            tutor.__version__, str(self.data_root))
        settings = self.window.settings
        settings.load(display, session.pc.idle_signout_min, who, about, session.pc.teacher_recording)
        self.packs.show_pack_info()
        self.window.show_screen(settings)

    def _display_changed(self, prefs: "DisplayPrefs") -> None:
        self.window.apply_display(prefs)
        session = self.session
        if self._from_home and session.current is not None:
            learner_id = session.current.learner_id

            def saved(_changes) -> None:
                self.tasks.run_db(lambda ws: ws.learners.get(learner_id), session.set_current)

            self.tasks.mutate(
                lambda ws: ws.learners.set_prefs(
                    learner_id, text_size=prefs.text_size, high_contrast=prefs.high_contrast,
                    language=prefs.language, speech_speed=prefs.speech_speed, voice=prefs.voice,
                    speak_controls=prefs.speak_controls,
                ),
                saved,
            )
        else:
            self.tasks.mutate(lambda ws: ws.settings.set_pc_display(prefs), lambda _c: session.reload_pc())

    def _idle_changed(self, minutes: int) -> None:
        self.tasks.mutate(lambda ws: ws.settings.set_idle_signout(minutes), lambda _c: self.session.reload_pc())

    def _recording_allowed(self, allowed: bool) -> None:
        def saved(_changes) -> None:
            self.session.reload_pc()
            self.narration.set_can_record(allowed)

        self.tasks.mutate(lambda ws: ws.settings.set_teacher_recording(allowed), saved)

    def _closed(self) -> None:
        if self._from_home and self.session.current is not None:
            self.window.show_screen(self.window.home)
        else:
            self.session.show_start()

    def _show_voices(self) -> None:
        from tutor.audio.voicepacks import VoicePackStore, voices_dir

        screen = self.window.voices
        screen.set_store(VoicePackStore(voices_dir(self.data_root)))
        self.window.show_screen(screen)
