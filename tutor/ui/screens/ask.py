"""Hỏi gia sư: a question about the lessons, answered from the lessons.

The screen never searches itself: it emits ``search_requested(question)``; the
caller runs ``ContentService.search_passages(ask.search_query(question))`` on
the database thread and hands the passages back with ``show_passages``. The
rule in tutor.local_llm.ask then decides whether the lessons cover the question.
Not covered: a plain message. Covered, with a model: the model's answer streams
in (lesson passages first, question last, as the AskPlan builds it) and can be
stopped. Covered, without a model (or when the model fails): the passages
themselves. Either way the sources are links that open the lesson section.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QIcon, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from tutor.lessons.search import Passage
from tutor.lessons.textnorm import nfc, words
from tutor.local_llm.api import GenerationRequest, GenerationResult
from tutor.local_llm.ask import (
    DEFAULT_MAX_CHARS,
    AskPlan,
    Source,
    build_ask,
    compose_answer,
)
from tutor.ui import core_text
from tutor.ui.llm_bridge import LlmRunner
from tutor.ui.screens.practice import read_only_text, readable_label
from tutor.ui.widgets.common import with_clear_button, big_button, notice_label, show_notice
from tutor.ui.widgets.avatar import ICON_DIR
from tutor.ui.widgets.screen import TitledScreen
from tutor.ui.widgets.streamed_answer import StreamedAnswer

log = logging.getLogger(__name__)

ASK_MAX_TOKENS = 300       # the instruction asks for at most 120 words
ASK_TEMPERATURE = 0.3      # answers should stay close to the passages
LINK_SCHEME = "lesson:"


def parse_lesson_href(href: str) -> tuple[str, int] | None:
    """"lesson:l2.lua-dao-deepfake#2" -> ("l2.lua-dao-deepfake", 2); None for anything else."""
    if not href.startswith(LINK_SCHEME):
        return None
    lesson_id, sep, section = href[len(LINK_SCHEME):].rpartition("#")
    if not sep or not lesson_id:
        return None
    try:
        return lesson_id, int(section)
    except ValueError:
        return None


def _esc(text: str) -> str:
    import html

    return html.escape(text or "", quote=True)


class AskScreen(TitledScreen):
    search_requested = Signal(str)              # the question, NFC and trimmed
    speak_requested = Signal(str)               # the answer, to be read aloud
    lesson_link_activated = Signal(str, int)    # lesson id, section index (-1: "Điều cần nhớ")

    def __init__(self, runner: LlmRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.plan: AskPlan | None = None
        self._pending: str | None = None        # the question whose passages we wait for
        self._deferred: AskPlan | None = None   # to answer once the runner's current work ends
        # Lesson text given to the model. A small model reads Vietnamese at about one token
        # a character (SmolLM2: 2400 chars -> ~2300 tokens, half a minute on a slow PC):
        # the caller may lower this for the model in use.
        self.max_passage_chars = DEFAULT_MAX_CHARS
        outer = self.outer

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)
        row = QHBoxLayout()
        self.question = QLineEdit()
        self.question.setMinimumHeight(48)
        with_clear_button(self.question)
        self.question.setMaxLength(500)
        self.question.returnPressed.connect(self.ask)
        row.addWidget(self.question, 1)
        from tutor.ui.widgets.mic import MicButton

        self.question_mic = MicButton(self.question)
        row.addWidget(self.question_mic, 0, Qt.AlignmentFlag.AlignTop)
        self.ask_button = big_button(primary=True)
        self.ask_button.clicked.connect(self.ask)
        row.addWidget(self.ask_button)
        self.stop_button = big_button()
        row.addWidget(self.stop_button)
        outer.addLayout(row)
        outer.addWidget(self.question_mic.take_status())

        self.message = notice_label()
        outer.addWidget(self.message)
        self.status = QLabel()
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        heading_row = QHBoxLayout()
        self.answer_heading = QLabel()
        heading_row.addWidget(self.answer_heading, 1)
        # A weak reader hears the answer: Nghe, shown once there is an answer and a voice.
        self.listen_button = big_button()
        self.listen_button.setIcon(QIcon(str(ICON_DIR / "speaker.svg")))
        self.listen_button.clicked.connect(lambda: self.speak_requested.emit(self.answer_box.toPlainText()))
        self.listen_button.hide()
        self._can_speak = False
        heading_row.addWidget(self.listen_button)
        outer.addLayout(heading_row)
        self.answer_box = read_only_text()
        self.answer_heading.setBuddy(self.answer_box)
        outer.addWidget(self.answer_box, 1)
        self.sources = QLabel()
        readable_label(self.sources)
        self.sources.setOpenExternalLinks(False)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.sources.linkActivated.connect(self._link_activated)
        self.sources.hide()
        outer.addWidget(self.sources)

        # The model's answer: streaming, Dừng, and the model's failures. "Hỏi" stays
        # enabled meanwhile: a new question replaces the answer being written.
        self.stream = StreamedAnswer(runner, self.answer_box, self.status, self.stop_button,
                                     lambda: self.tr("AI đang đọc bài học…"), self)
        self.stream.finished.connect(self._on_finished)
        self.stream.failed.connect(self._on_failed)
        self.back_button.clicked.connect(self.stream.stop_quietly)
        runner.busy_changed.connect(self._on_busy_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Hỏi gia sư"))
        self.title.setAccessibleName(self.title.text())
        self.back_button.setText(self.tr("Quay lại"))
        self.back_button.setAccessibleName(self.tr("Quay lại trang trước"))
        self.intro.setText(self.tr("Hỏi điều bạn chưa rõ trong các bài học. Gõ có dấu hay không dấu đều được."))
        self.question.setPlaceholderText(self.tr("Ví dụ: làm sao nhận biết cuộc gọi video giả?"))
        self.question.setAccessibleName(self.tr("Câu hỏi của bạn"))
        self.ask_button.setText(self.tr("Hỏi"))
        self.ask_button.setAccessibleName(self.tr("Gửi câu hỏi"))
        self.listen_button.setText(self.tr("Nghe"))
        self.listen_button.setAccessibleName(self.tr("Nghe đọc câu trả lời"))
        self.stop_button.setText(self.tr("Dừng"))
        self.stop_button.setAccessibleName(self.tr("Dừng câu trả lời"))
        self.answer_heading.setText(self.tr("Câu trả lời"))
        self.answer_box.setAccessibleName(self.tr("Câu trả lời"))
        self.sources.setAccessibleName(self.tr("Các bài học có nói về điều này"))
        if self.plan is not None and self.plan.covered:
            self._show_sources(self.plan.sources)

    # -- asking ----------------------------------------------------------------------------

    def start(self, question: str = "") -> None:
        """Show the screen fresh; a given question is asked at once."""
        self._abandon_generation()
        self.plan = None
        self._pending = None
        self.question.setText(question)
        self._clear_answer()
        self.question.setFocus()
        if question.strip():
            self.ask()

    def ask(self) -> None:
        text = " ".join(nfc(self.question.text()).split())
        self._abandon_generation()
        self._clear_answer()
        self.plan = None
        if not words(text):
            # build_ask explains an empty question; no search needed
            show_notice(self.message, core_text.translate(build_ask(text, ()).message))
            self.question.setFocus()
            return
        self._pending = text
        self.status.setText(self.tr("Đang tìm trong các bài học…"))
        self.search_requested.emit(text)

    def show_passages(self, question: str, passages: list[Passage]) -> None:
        """The search result for ``question`` (an older question's result is ignored)."""
        if question != self._pending:
            return
        self._pending = None
        plan = build_ask(question, passages, max_chars=self.max_passage_chars)
        log.debug("ask %r: %s", question, plan.reason)
        self.plan = plan
        self.status.clear()
        if not plan.covered:
            show_notice(self.message, core_text.translate(plan.message))
            self.message.setFocus()
            return
        self._show_sources(plan.sources)
        if not self.runner.available:
            self._show_passages_instead(plan)
        elif self.runner.busy:
            # An earlier answer is still stopping: this one starts when it has.
            self._deferred = plan
            self.status.setText(self.tr("Đang chờ AI xong việc trước…"))
        else:
            self._start_model(plan)

    def _start_model(self, plan: AskPlan) -> None:
        request = GenerationRequest.chat(plan.user, system=plan.system, max_tokens=ASK_MAX_TOKENS,
                                         temperature=ASK_TEMPERATURE)
        if not self.stream.start(request):
            self._show_passages_instead(plan)

    def _show_passages_instead(self, plan: AskPlan) -> None:
        """No model (or it is not free): the passages themselves, with their sources."""
        self._show_answer(core_text.translate(compose_answer(plan, None).text))
        self.answer_box.setFocus()

    def _on_busy_changed(self, busy: bool) -> None:
        plan, self._deferred = self._deferred, None
        if busy or plan is None:
            self._deferred = plan
            return
        if plan is self.plan and self.runner.available:
            self.status.clear()
            self._start_model(plan)
        elif plan is self.plan:
            self._show_passages_instead(plan)

    def show_search_error(self, message: str) -> None:
        """The search itself failed (the caller's database work); say so plainly."""
        self._pending = None
        self.status.clear()
        show_notice(self.message, message)

    def stop(self) -> None:
        """Dừng: what came so far is still shown when the answer ends."""
        self.stream.stop()

    def _abandon_generation(self) -> None:
        """Stop our answer and ignore the rest of it: a new question replaces it."""
        self.stream.abandon()
        self._deferred = None

    # -- the model's answer ------------------------------------------------------------------

    def _on_finished(self, result: GenerationResult) -> None:
        answer = compose_answer(self.plan, result.text)
        if not answer.from_model:
            self.status.setText(self.tr("AI chưa trả lời được. Đây là các đoạn bài học nói về điều này."))
        elif result.stopped:
            self.status.setText(self.tr("Đã dừng. Mở bài học bên dưới để đọc đầy đủ."))
        else:
            self.status.setText(self.tr("AI trả lời dựa vào bài học, nhưng AI có thể nhầm. "
                                        "Hãy mở bài học bên dưới để kiểm tra."))
        self._show_answer(answer.text)
        self.answer_box.setFocus()

    def _on_failed(self, _message: str, _code: str) -> None:
        # The stream has put the model's message in the status line; the passages stand in.
        self._show_answer(compose_answer(self.plan, None).text)
        self.answer_box.setFocus()

    # -- showing -------------------------------------------------------------------------------

    def _clear_answer(self) -> None:
        show_notice(self.message, "")
        self.status.clear()
        self.answer_box.clear()
        self.listen_button.hide()
        self.sources.clear()
        self.sources.hide()

    def _show_answer(self, text: str) -> None:
        self.answer_box.setPlainText(text)
        self.answer_box.moveCursor(QTextCursor.MoveOperation.Start)
        self.listen_button.setVisible(self._can_speak and bool(text.strip()))

    def set_can_speak(self, on: bool) -> None:
        """Nghe shows only where read-aloud works on this PC."""
        self._can_speak = on
        self.listen_button.setVisible(on and bool(self.answer_box.toPlainText().strip()))

    def _show_sources(self, sources: tuple[Source, ...]) -> None:
        items = "".join(f'<li><a href="{_esc(s.href)}">{_esc(s.label)}</a></li>' for s in sources)
        heading = _esc(self.tr("Đọc thêm trong bài học (bấm để mở):"))
        self.sources.setText(f"<p><b>{heading}</b></p><ul>{items}</ul>")
        self.sources.show()

    def _link_activated(self, href: str) -> None:
        target = parse_lesson_href(href)
        if target is not None:
            self.lesson_link_activated.emit(*target)

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the screen (a lesson link, sign-out) ends the answer: the model is shared.
        self.stream.stop_quietly()
        if self._deferred is not None:
            plan, self._deferred = self._deferred, None
            self.status.clear()
            self._show_passages_instead(plan)
        super().hideEvent(event)
