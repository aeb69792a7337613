"""The lesson reader: one short section per step, big Previous/Next buttons,
key takeaways at the end. Every step can be read aloud.

Steps: what you will learn, each section of the lesson, what to remember.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QWidget

from tutor.ui.widgets.avatar import ICON_DIR
from tutor.ui.widgets.lesson_pictures import install_pictures, picture_width, spoken_text
from tutor.ui.widgets.screen import TitledScreen
from tutor.ui.widgets.common import big_button

_MEDIA = re.compile(r"!\[[^\]]*\]\((media/[^)\s]+)\)")


@dataclass(frozen=True)
class LessonView:
    lesson_id: str
    title: str
    minutes: int
    level: int
    objectives: list[str] = field(default_factory=list)
    sections: list[tuple[str, str]] = field(default_factory=list)   # (heading, markdown)
    takeaways: list[str] = field(default_factory=list)
    focus_section: int | None = None
    media: dict[str, bytes] = field(default_factory=dict)
    has_quiz: bool = False
    narration: dict[int, bytes] = field(default_factory=dict)   # section -> WAV recorded for the pack


def media_names(markdown: str) -> list[str]:
    return _MEDIA.findall(markdown)


class LessonScreen(TitledScreen):
    step_shown = Signal(str, int)          # lesson_id, section index (-1 objectives, -2 takeaways)
    speak_requested = Signal(str)          # plain text of the step
    record_requested = Signal(str, int)    # lesson_id, section index: start or stop recording
    quiz_requested = Signal(str)           # lesson_id
    practice_requested = Signal(str)       # lesson_id: the AI practice room

    OBJECTIVES = -1
    TAKEAWAYS = -2

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view: LessonView | None = None
        self.step = 0
        self._can_speak = False
        outer = self.outer
        meta_row = QHBoxLayout()
        self.meta = QLabel()
        meta_row.addWidget(self.meta, 1)
        self.progress_label = QLabel()
        meta_row.addWidget(self.progress_label)
        outer.addLayout(meta_row)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.prev_button = big_button()
        self.prev_button.clicked.connect(self.previous_step)
        buttons.addWidget(self.prev_button)
        self.listen_button = big_button()
        self.listen_button.setIcon(QIcon(str(ICON_DIR / "speaker.svg")))
        self.listen_button.setIconSize(QSize(32, 32))
        self.listen_button.clicked.connect(self._speak)
        self.listen_button.hide()
        buttons.addWidget(self.listen_button)
        self.record_button = big_button()
        self.record_button.clicked.connect(self._record)
        self.record_button.hide()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        self.practice_button = big_button()
        self.practice_button.clicked.connect(lambda: self.view and self.practice_requested.emit(self.view.lesson_id))
        buttons.addWidget(self.practice_button)
        self.quiz_button = big_button(primary=True)
        self.quiz_button.clicked.connect(lambda: self.view and self.quiz_requested.emit(self.view.lesson_id))
        buttons.addWidget(self.quiz_button)
        self.next_button = big_button(primary=True)
        self.next_button.clicked.connect(self.next_step)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)
        self.retranslate()

    # -- texts -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Quay lại"))
        self.back_button.setAccessibleName(self.tr("Quay lại trang trước"))
        self.text.setAccessibleName(self.tr("Nội dung bài học"))
        self.prev_button.setText(self.tr("◀ Trước"))
        self.prev_button.setAccessibleName(self.tr("Phần trước"))
        self.next_button.setText(self.tr("Tiếp ▶"))
        self.next_button.setAccessibleName(self.tr("Phần tiếp theo"))
        self.listen_button.setText(self.tr("Nghe"))
        self.listen_button.setAccessibleName(self.tr("Nghe đọc phần này"))
        self.set_recording(getattr(self, "_recording", False))
        self.practice_button.setText(self.tr("Thực hành với AI"))
        self.practice_button.setAccessibleName(self.tr("Thực hành viết câu lệnh cho AI với bài này"))
        self.quiz_button.setText(self.tr("Làm bài tập"))
        self.quiz_button.setAccessibleName(self.tr("Làm bài tập của bài này"))
        if self.view:
            self._render()

    def set_can_record(self, on: bool) -> None:
        """Teacher narration: shown on lesson sections when this PC allows recording."""
        self._can_record = on
        if self.view:
            self._render()

    def set_recording(self, on: bool) -> None:
        self._recording = on
        self.record_button.setText(self.tr("Dừng ghi âm") if on else self.tr("Ghi âm giọng đọc"))
        self.record_button.setAccessibleName(
            self.tr("Dừng ghi âm và lưu") if on else self.tr("Ghi âm giọng thầy cô đọc phần này"))

    def show_status(self, text: str) -> None:
        self.meta.setText(text)

    def _record(self) -> None:
        index = self.steps()[self.step]
        if self.view and index >= 0:
            self.record_requested.emit(self.view.lesson_id, index)

    def set_can_speak(self, on: bool) -> None:
        self._can_speak = on
        self.listen_button.setVisible(on)

    # -- steps --------------------------------------------------------------------

    def steps(self) -> list[int]:
        """Section indexes in reading order, with the objectives first and takeaways last."""
        if not self.view:
            return []
        return [self.OBJECTIVES, *range(len(self.view.sections)), self.TAKEAWAYS]

    def show_lesson(self, view: LessonView) -> None:
        self.view = view
        self.title.setText(view.title)
        self.title.setAccessibleName(view.title)
        steps = self.steps()
        self.step = steps.index(view.focus_section) if view.focus_section in steps else 0
        self._render()
        self.text.setFocus()

    def next_step(self) -> None:
        if self.view and self.step < len(self.steps()) - 1:
            self.step += 1
            self._render()

    def previous_step(self) -> None:
        if self.view and self.step > 0:
            self.step -= 1
            self._render()

    def current_markdown(self) -> str:
        view = self.view
        index = self.steps()[self.step]
        if index == self.OBJECTIVES:
            lines = [f"## {self.tr('Học xong bài này, bạn sẽ:')}", ""] + [f"- {o}" for o in view.objectives]
            return "\n".join(lines)
        if index == self.TAKEAWAYS:
            lines = [f"## {self.tr('Điều cần nhớ')}", ""] + [f"- {t}" for t in view.takeaways]
            return "\n".join(lines)
        heading, body = view.sections[index]
        return f"## {heading}\n\n{body.strip()}"

    def _render(self) -> None:
        view = self.view
        steps = self.steps()
        self.meta.setText(self.tr("Cấp %d · khoảng %d phút") % (view.level, view.minutes))
        self.progress_label.setText(self.tr("Phần %d/%d") % (self.step + 1, len(steps)))
        self.progress_label.setAccessibleName(self.progress_label.text())
        self.text.setMarkdown(self.current_markdown())
        if view.media:  # after setMarkdown, which drops a document's resources
            width = picture_width(self.text.fontMetrics(), self.text.viewport().width())
            install_pictures(self.text.document(), view.media, width)
        self.text.verticalScrollBar().setValue(0)
        last = self.step == len(steps) - 1
        self.prev_button.setEnabled(self.step > 0)
        self.next_button.setVisible(not last)
        self.quiz_button.setVisible(last and view.has_quiz)
        self.practice_button.setVisible(last and view.has_quiz)
        self.record_button.setVisible(getattr(self, "_can_record", False) and steps[self.step] >= 0)
        self.step_shown.emit(view.lesson_id, steps[self.step])

    def _speak(self) -> None:
        # The pictures' alt text is read in their place.
        self.speak_requested.emit(spoken_text(self.current_markdown()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next_step()
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.previous_step()
        else:
            super().keyPressEvent(event)
