"""A run of questions: a lesson's quiz, today's review, or a level test.

The screen shows one question, sends the learner's response out, and shows the
feedback it is given back (graded and saved on the database thread). Number
keys answer; Enter goes on.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from tutor.ui import core_text
from tutor.ui.widgets.avatar import ICON_DIR
from tutor.ui.widgets.common import big_button, title_label
from tutor.ui.widgets.questions import QuestionWidget, widget_for


@dataclass(frozen=True)
class QuizItem:
    lesson_id: str
    question: object            # a tutor.lessons.model question
    lesson_title: str = ""
    tiles: tuple[str, ...] = ()  # word tiles for a short answer (tutor.progress.tiles)


@dataclass(frozen=True)
class Feedback:
    correct: bool
    explanation: str
    message: str = ""           # warm extra line: mastery reached, streak...
    right_options: frozenset[int] = frozenset()    # for choice questions: which were right
    chosen_options: frozenset[int] = frozenset()   # and which the learner picked
    details: Mapping[str, Any] = field(default_factory=dict)  # the grade's details (ordering, matching)


class QuizScreen(QWidget):
    answer_submitted = Signal(str, str, object)     # lesson_id, question_id, response
    finished = Signal(int, int)                      # right, total
    back_requested = Signal()
    speak_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[QuizItem] = []
        self.index = 0
        self.right = 0
        self.mode = "quiz"
        self.widget: QuestionWidget | None = None
        self.waiting = False
        self.rng = random.Random()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        top = QHBoxLayout()
        self.title = title_label()
        top.addWidget(self.title, 1)
        self.counter = QLabel()
        top.addWidget(self.counter)
        self.back_button = big_button()
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        outer.addLayout(top)
        prompt_row = QHBoxLayout()
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setProperty("role", "question")
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        prompt_row.addWidget(self.prompt, 1)
        self.listen_button = big_button()
        self.listen_button.setIcon(QIcon(str(ICON_DIR / "speaker.svg")))
        self.listen_button.setIconSize(QSize(32, 32))
        self.listen_button.clicked.connect(lambda: self.widget and self.speak_requested.emit(self.widget.speakable_text()))
        self.listen_button.hide()
        prompt_row.addWidget(self.listen_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(prompt_row)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)
        self.feedback_box = QFrame()
        self.feedback_box.setProperty("role", "feedback")
        box = QVBoxLayout(self.feedback_box)
        self.verdict = QLabel()
        self.verdict.setProperty("role", "title")
        box.addWidget(self.verdict)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        box.addWidget(self.explanation)
        self.message = QLabel()
        self.message.setWordWrap(True)
        box.addWidget(self.message)
        row = QHBoxLayout()
        self.feedback_listen = big_button()
        self.feedback_listen.setIcon(QIcon(str(ICON_DIR / "speaker.svg")))
        self.feedback_listen.setIconSize(QSize(32, 32))
        self.feedback_listen.clicked.connect(
            lambda: self.speak_requested.emit(f"{self.verdict.text()}. {self.explanation.text()}"))
        self.feedback_listen.hide()
        row.addWidget(self.feedback_listen)
        row.addStretch(1)
        self.next_button = big_button(primary=True)
        self.next_button.clicked.connect(self.next_question)
        row.addWidget(self.next_button)
        box.addLayout(row)
        self.feedback_box.hide()
        outer.addWidget(self.feedback_box)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Dừng lại"))
        self.back_button.setAccessibleName(self.tr("Dừng làm bài, quay lại"))
        self.listen_button.setText(self.tr("Nghe"))
        self.listen_button.setAccessibleName(self.tr("Nghe đọc câu hỏi"))
        self.feedback_listen.setText(self.tr("Nghe"))
        self.feedback_listen.setAccessibleName(self.tr("Nghe đọc lời giải thích"))
        self._set_next_text()

    def set_can_speak(self, on: bool) -> None:
        self.listen_button.setVisible(on)
        self.feedback_listen.setVisible(on)
        self._can_speak = on
        if self.widget is not None:
            self.widget.set_listen_visible(on)

    # -- flow -------------------------------------------------------------------

    def start(self, title: str, items: list[QuizItem], mode: str = "quiz", seed: int | None = None) -> None:
        self.items = list(items)
        self.mode = mode
        self.index = 0
        self.right = 0
        self.rng = random.Random(seed)
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self._show_current()

    def _show_current(self) -> None:
        item = self.items[self.index]
        self.counter.setText(self.tr("Câu %d/%d") % (self.index + 1, len(self.items)))
        self.counter.setAccessibleName(self.counter.text())
        self.prompt.setText(item.question.prompt)
        self.prompt.setAccessibleName(item.question.prompt)
        self.widget = widget_for(item.question, self.rng, item.tiles)
        self.widget.answered.connect(self._answered)
        self.widget.speak_requested.connect(self.speak_requested)
        self.widget.set_listen_visible(getattr(self, "_can_speak", False))
        self.scroll.setWidget(self.widget)
        # A new question joins the end of the focus chain, after "next": Tab must meet it
        # where it is drawn, before the feedback below it.
        QWidget.setTabOrder(self.scroll, self.widget)
        self.feedback_box.hide()
        self.waiting = False
        self.widget.setFocus()

    def _answered(self, response) -> None:
        if self.waiting or self.feedback_box.isVisible():
            return
        self.waiting = True
        item = self.items[self.index]
        self.widget.lock()
        self.answer_submitted.emit(item.lesson_id, item.question.id, response)

    def show_feedback(self, feedback: Feedback) -> None:
        """Called with the graded, saved answer."""
        self.waiting = False
        if feedback.correct:
            self.right += 1
        if self.mode == "level_test":
            # A test tells the result at the end, not after each question.
            self.verdict.setText(self.tr("Đã ghi nhận câu trả lời."))
            self.explanation.setText("")
        else:
            self.verdict.setText(self.tr("Đúng rồi!") if feedback.correct else self.tr("Chưa đúng."))
            self.explanation.setText(feedback.explanation)
            if self.widget is not None and (feedback.right_options or feedback.chosen_options):
                self.widget.show_result(set(feedback.right_options), set(feedback.chosen_options))
            if self.widget is not None and feedback.details:
                self.widget.show_parts(feedback.details)
        self.verdict.setAccessibleName(self.verdict.text())
        self.explanation.setAccessibleName(self.explanation.text())
        self.message.setText(core_text.translate(feedback.message))
        self.message.setVisible(bool(feedback.message))
        self._set_next_text()
        self.feedback_box.show()
        self.next_button.setFocus()

    def show_error(self, text: str) -> None:
        """Saving failed: the answer is not counted; let the learner try again."""
        self.waiting = False
        self.verdict.setText(self.tr("Chưa lưu được câu trả lời."))
        self.explanation.setText(text)
        self.message.hide()
        self._show_current_after_error()

    def _show_current_after_error(self) -> None:
        self.feedback_box.show()
        self.next_button.setText(self.tr("Thử lại"))
        self.next_button.clicked.disconnect()
        self.next_button.clicked.connect(self._retry)

    def _retry(self) -> None:
        self.next_button.clicked.disconnect()
        self.next_button.clicked.connect(self.next_question)
        self._show_current()

    def next_question(self) -> None:
        if not self.feedback_box.isVisible() or self.waiting:
            return
        if self.index + 1 < len(self.items):
            self.index += 1
            self._show_current()
        else:
            self.finished.emit(self.right, len(self.items))

    def _set_next_text(self) -> None:
        last = self.items and self.index + 1 >= len(self.items)
        self.next_button.setText(self.tr("Xem kết quả") if last else self.tr("Câu tiếp ▶"))
        self.next_button.setAccessibleName(self.next_button.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii() and self.widget and not self.feedback_box.isVisible():
            self.widget.number_key(int(text))
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.feedback_box.isVisible():
            self.next_question()
        else:
            super().keyPressEvent(event)
