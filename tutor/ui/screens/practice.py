"""Phòng thực hành AI: one lesson's practice task.

Two tabs. "Viết câu lệnh": the learner reads the situation and the source
material, writes a prompt (freely, or part by part with "Gợi ý từng phần"),
and sends it. The prompt's feedback comes at once from the deterministic rubric,
with or without a model; when this PC has a model its answer streams into a
read-only box and the task's output checks run on it. "Tìm lỗi của AI": the
learner selects wrong stretches of a planted AI answer (mouse, or Shift+arrows),
marks them, and has them graded.

The screen holds a PracticeSession (pure state) and talks to the model only
through an LlmRunner, so nothing here blocks the main thread. It emits
``attempt_recorded`` with a plain dict for every finished attempt; storing it
is the caller's job.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QHideEvent, QIcon, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tutor.lessons.model import PracticeTask
from tutor.local_llm.api import GenerationRequest, GenerationResult
from tutor.local_llm.practice import (
    Attempt,
    MistakeGrade,
    PracticeInputError,
    PracticeSession,
    assemble_prompt,
)
from tutor.local_llm.rubric import PromptReport
from tutor.ui import core_text
from tutor.ui.llm_bridge import LlmRunner
from tutor.ui.widgets.avatar import ICON_DIR
from tutor.ui.widgets.common import big_button, error_label, notice_label, show_notice
from tutor.ui.widgets.sample_answer import SampleAnswerPanel
from tutor.ui.widgets.screen import TitledScreen
from tutor.ui.widgets.streamed_answer import StreamedAnswer

# The learner's prompt is the user message. The system line keeps small models in
# Vietnamese (SmolLM2's template otherwise adds an English system prompt of its own).
PRACTICE_SYSTEM = "Bạn là trợ lý AI. Luôn trả lời bằng tiếng Việt."
PRACTICE_MAX_TOKENS = 400   # the tasks ask for at most ~150 words; Vietnamese is ~2 tokens a word

MARK_COLOURS = {   # background, text: set both so high-contrast mode stays readable
    "mark": ("#FFE082", "#000000"),
    "found": ("#A5D6A7", "#000000"),
    "missed": ("#FFCC80", "#000000"),
    "wrong": ("#EF9A9A", "#000000"),
}


def stars_text(stars: int) -> str:
    """★★☆: U+2605 and U+2606 are in DejaVu Sans, which the app requires anyway."""
    stars = max(0, min(3, stars))
    return "★" * stars + "☆" * (3 - stars)


def utf16_to_index(text: str, position: int) -> int:
    """A QTextDocument position (UTF-16 units) as an index into the Python string;
    they differ after any character outside the BMP (an emoji in the answer)."""
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def index_to_utf16(text: str, index: int) -> int:
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in text[:index])


def _esc(text: str) -> str:
    return html.escape(text or "", quote=False)


def _para(text: str) -> str:
    return f"<p>{_esc(text)}</p>"


def _bold(text: str) -> str:
    return f"<p><b>{_esc(text)}</b></p>"


def _bullets(lines: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{_esc(line)}</li>" for line in lines) + "</ul>"


def _html_lines(text: str) -> str:
    """Plain text for a rich-text label: escaped, line breaks kept."""
    return "<br>".join(_esc(line) for line in (text or "").strip().splitlines())


def readable_label(label: QLabel) -> None:
    """A rich-text label a keyboard user can Tab to and read, and select from."""
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                  | Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def read_only_text(max_height: int | None = None) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setReadOnly(True)
    box.setTabChangesFocus(True)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                | Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if max_height:
        box.setMaximumHeight(max_height)
        # As tall as its text, up to max_height: a short source no longer pushes
        # "Gửi cho AI" below the fold with an empty box.
        box.document().documentLayout().documentSizeChanged.connect(
            lambda _size, b=box, most=max_height: b.setFixedHeight(min(most, _text_height(b))))
    return box


def _text_height(box: QPlainTextEdit) -> int:
    """The height that shows all of the box's wrapped lines."""
    lines, block = 0, box.document().begin()
    while block.isValid():
        layout = block.layout()
        lines += max(1, layout.lineCount() if layout is not None else 1)
        block = block.next()
    margins = 2 * (box.frameWidth() + round(box.document().documentMargin())) + 6
    # One line to spare: lines are counted at the width before the box settles, and a line
    # cut in half hides words from a weak reader.
    return (max(1, lines) + 1) * box.fontMetrics().lineSpacing() + margins


class PracticeScreen(TitledScreen):
    attempt_recorded = Signal(dict)     # a plain summary of a finished attempt (see _prompt_summary)
    speak_requested = Signal(str)       # the short feedback, to be read aloud

    PROMPT_TAB = 0
    MISTAKES_TAB = 1

    def __init__(self, runner: LlmRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.session: PracticeSession | None = None
        self.lesson_title = ""
        self._attempt: Attempt | None = None      # the attempt on display
        self._archived = True                     # the attempt on display is already in the history
        self._used_scaffold = False
        self._scaffold_fields: dict[str, QLineEdit] = {}
        self._free_text = ""                      # what was typed before "Gợi ý từng phần" was turned on
        self._marks: list[tuple[int, int]] = []   # indexes into the AI answer, in marking order
        self._grade: MistakeGrade | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_prompt_page(), "")
        self.tabs.addTab(self._build_mistakes_page(), "")
        # The tabs take the room left, never their pages' full height: each page scrolls on its
        # own, and the screen stays as tall as the window (Gửi cho AI in view).
        self.tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.outer.addWidget(self.tabs, 1)

        # The model's answer: streaming, Dừng, and the model's failures.
        self.stream = StreamedAnswer(runner, self.answer_box, self.status, self.stop_button,
                                     lambda: self.tr("AI đang đọc câu lệnh…"), self)
        self.stream.finished.connect(self._on_finished)
        self.stream.failed.connect(self._on_failed)
        self.stream.awaiting_changed.connect(lambda _awaiting: self._update_buttons())
        # Leaving mid-answer stops it; the stopped answer still arrives and the attempt is recorded.
        self.back_button.clicked.connect(self.stream.stop_quietly)
        runner.busy_changed.connect(self._on_busy_changed)
        runner.llm_changed.connect(self._update_model_notice)
        self.retranslate()

    # -- building ------------------------------------------------------------------------

    def _build_prompt_page(self) -> QWidget:
        self.prompt_scroll = QScrollArea()
        self.prompt_scroll.setWidgetResizable(True)
        self.prompt_scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        box = QVBoxLayout(page)

        self.situation_heading = QLabel()
        self.situation_heading.setProperty("role", "question")
        box.addWidget(self.situation_heading)
        self.situation = QLabel()
        readable_label(self.situation)
        box.addWidget(self.situation)
        self.source_heading = QLabel()
        box.addWidget(self.source_heading)
        self.source = read_only_text(max_height=180)
        box.addWidget(self.source)

        self.model_notice = notice_label()  # placed under Gửi cho AI: it is about the answer

        self.scaffold_toggle = QCheckBox()
        self.scaffold_toggle.setMinimumHeight(48)
        self.scaffold_toggle.toggled.connect(self._set_scaffold)
        box.addWidget(self.scaffold_toggle)
        self.scaffold_box = QFrame()
        self.scaffold_form = QFormLayout(self.scaffold_box)
        self.scaffold_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.scaffold_box.hide()
        box.addWidget(self.scaffold_box)

        self.prompt_heading = QLabel()
        box.addWidget(self.prompt_heading)
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setTabChangesFocus(True)   # Tab leaves the editor: keyboard users are not trapped
        self.prompt_edit.setMinimumHeight(96)
        self.prompt_edit.setMaximumHeight(130)  # a few lines, then it scrolls: "Gửi cho AI" stays in view
        self.prompt_heading.setBuddy(self.prompt_edit)
        box.addWidget(self.prompt_edit)
        from tutor.ui.widgets.mic import MicButton

        self.prompt_mic = MicButton(self.prompt_edit)
        box.addWidget(self.prompt_mic, 0, Qt.AlignmentFlag.AlignLeft)
        self.input_error = error_label()
        self.input_error.hide()
        box.addWidget(self.input_error)

        row = QHBoxLayout()
        self.send_button = big_button(primary=True)
        self.send_button.clicked.connect(self.send)
        row.addWidget(self.send_button)
        self.stop_button = big_button()
        row.addWidget(self.stop_button)
        self.retry_button = big_button()
        self.retry_button.clicked.connect(self.try_again)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.model_notice)

        self.status = QLabel()
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        self.answer_heading = QLabel()
        box.addWidget(self.answer_heading)
        self.answer_box = read_only_text()
        self.answer_box.setMinimumHeight(160)
        self.answer_heading.setBuddy(self.answer_box)
        answers = QHBoxLayout()   # the local model's answer, and beside it the sample of a strong AI
        answers.addWidget(self.answer_box, 1)
        self.sample_panel = SampleAnswerPanel()
        answers.addWidget(self.sample_panel, 1)
        box.addLayout(answers)

        self.stars = QLabel()
        self.stars.setProperty("role", "title")
        self.stars.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box.addWidget(self.stars)
        # For a weak reader: one short sentence and the stars first, Nghe to hear them, and
        # the full comments only behind "Xem chi tiết" (they ran to about 200 words).
        self.lead = QLabel()
        readable_label(self.lead)
        self.lead.hide()
        box.addWidget(self.lead)
        feedback_row = QHBoxLayout()
        self.feedback_listen = big_button()
        self.feedback_listen.setIcon(QIcon(str(ICON_DIR / "speaker.svg")))
        self.feedback_listen.clicked.connect(
            lambda: self.speak_requested.emit(f"{self.stars.accessibleName()}. {self.lead.text()}"))
        self.feedback_listen.hide()
        feedback_row.addWidget(self.feedback_listen)
        self.details_button = big_button()
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._show_details)
        self.details_button.hide()
        feedback_row.addWidget(self.details_button)
        feedback_row.addStretch(1)
        box.addLayout(feedback_row)
        self.details_box = QWidget()
        details = QVBoxLayout(self.details_box)
        details.setContentsMargins(0, 0, 0, 0)
        self.rubric = QLabel()
        readable_label(self.rubric)
        details.addWidget(self.rubric)
        self.checks = QLabel()
        readable_label(self.checks)
        details.addWidget(self.checks)
        self.details_box.hide()
        box.addWidget(self.details_box)

        self.history_heading = QLabel()
        box.addWidget(self.history_heading)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setSpacing(4)
        self.history.setMinimumHeight(120)
        box.addWidget(self.history)
        box.addStretch(1)
        self.prompt_scroll.setWidget(page)
        return self.prompt_scroll

    def _build_mistakes_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.mistakes_intro = QLabel()
        self.mistakes_intro.setWordWrap(True)
        box.addWidget(self.mistakes_intro)
        self.mistake_text = read_only_text()
        self.mistake_text.setMinimumHeight(140)
        box.addWidget(self.mistake_text, 1)
        row = QHBoxLayout()
        self.mark_button = big_button()
        self.mark_button.clicked.connect(self.mark_selection)
        row.addWidget(self.mark_button)
        self.unmark_button = big_button()
        self.unmark_button.clicked.connect(self.remove_selected_mark)
        row.addWidget(self.unmark_button)
        row.addStretch(1)
        self.check_button = big_button(primary=True)
        self.check_button.clicked.connect(self.check_marks)
        row.addWidget(self.check_button)
        self.again_button = big_button()
        self.again_button.clicked.connect(self.clear_marks)
        row.addWidget(self.again_button)
        box.addLayout(row)
        self.marks_heading = QLabel()
        box.addWidget(self.marks_heading)
        self.marks_list = QListWidget()
        self.marks_list.setWordWrap(True)
        self.marks_list.setMaximumHeight(140)
        self.marks_list.currentRowChanged.connect(lambda _row: self._update_mark_buttons())
        box.addWidget(self.marks_list)
        self.mark_error = error_label()
        self.mark_error.hide()
        box.addWidget(self.mark_error)
        self.grade_view = QLabel()
        readable_label(self.grade_view)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grade_view)
        box.addWidget(scroll, 1)
        # Scrolls on its own, so its height never makes the whole screen taller than the window.
        from tutor.ui.widgets.fitting import scrolling

        return scrolling(page)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Quay lại"))
        self.back_button.setAccessibleName(self.tr("Rời phòng thực hành, quay lại bài học"))
        self.feedback_listen.setText(self.tr("Nghe"))
        self.feedback_listen.setAccessibleName(self.tr("Nghe nhận xét ngắn"))
        self._show_details(self.details_button.isChecked())
        self.tabs.setTabText(self.PROMPT_TAB, self.tr("Viết câu lệnh"))
        self.sample_panel.retranslate()
        self.tabs.setTabText(self.MISTAKES_TAB, self.tr("Tìm lỗi của AI"))
        self.tabs.setAccessibleName(self.tr("Các phần thực hành"))
        self.situation_heading.setText(self.tr("Tình huống"))
        self.situation.setAccessibleName(self.tr("Tình huống của bài thực hành"))
        self.source_heading.setText(self.tr("Tài liệu để dùng"))
        self.source.setAccessibleName(self.tr("Tài liệu để dùng"))
        self.scaffold_toggle.setText(self.tr("Gợi ý từng phần"))
        self.scaffold_toggle.setAccessibleName(self.tr("Gợi ý từng phần: viết câu lệnh theo từng ô"))
        self.stop_button.setText(self.tr("Dừng"))
        self.stop_button.setAccessibleName(self.tr("Dừng câu trả lời của AI"))
        self.retry_button.setText(self.tr("Thử lại"))
        self.retry_button.setAccessibleName(self.tr("Sửa câu lệnh và thử lại"))
        self.answer_heading.setText(self.tr("Câu trả lời của AI"))
        self.answer_box.setAccessibleName(self.tr("Câu trả lời của AI"))
        self.rubric.setAccessibleName(self.tr("Nhận xét câu lệnh"))
        self.checks.setAccessibleName(self.tr("Kiểm tra câu trả lời của AI"))
        self.history_heading.setText(self.tr("Các lần trước"))
        self.history.setAccessibleName(self.tr("Nhận xét các lần trước"))
        self.mistakes_intro.setText(self.tr(
            "Đây là một câu trả lời của AI. Trong đó có chỗ sai. Hãy chọn chữ ở chỗ sai: "
            "kéo chuột, hoặc giữ phím Shift và bấm phím mũi tên. Rồi bấm “Đánh dấu lỗi”. "
            "Đánh dấu xong thì bấm “Kiểm tra”."))
        self.mistake_text.setAccessibleName(self.tr("Câu trả lời của AI để tìm lỗi"))
        self.mark_button.setText(self.tr("Đánh dấu lỗi"))
        self.mark_button.setAccessibleName(self.tr("Đánh dấu chỗ đang chọn là lỗi"))
        self.unmark_button.setText(self.tr("Bỏ dấu"))
        self.unmark_button.setAccessibleName(self.tr("Bỏ chỗ đánh dấu đang chọn trong danh sách"))
        self.check_button.setText(self.tr("Kiểm tra"))
        self.check_button.setAccessibleName(self.tr("Kiểm tra các chỗ đã đánh dấu"))
        self.again_button.setText(self.tr("Làm lại"))
        self.again_button.setAccessibleName(self.tr("Xoá các dấu và tìm lỗi lại"))
        self.marks_heading.setText(self.tr("Các chỗ bạn đã đánh dấu"))
        self.marks_list.setAccessibleName(self.tr("Các chỗ bạn đã đánh dấu"))
        self.grade_view.setAccessibleName(self.tr("Kết quả tìm lỗi"))
        if self.session is not None:
            for field in self.session.scaffold.fields:
                self._scaffold_fields[field.key].setPlaceholderText(self.tr("Ví dụ: %s") % field.example)
        self._update_model_notice()
        self._update_prompt_heading()
        self._render_marks_list()
        if self._attempt is not None:
            self._render_attempt(self._attempt)

    # -- starting ------------------------------------------------------------------------

    def start(self, lesson_id: str, lesson_title: str, task: PracticeTask) -> None:
        """Open the practice room for one lesson's task, with a fresh session."""
        self._abandon_generation()
        self.session = PracticeSession(task, lesson_id)
        self.lesson_title = lesson_title
        self.title.setText(self.tr("Phòng thực hành AI: %s") % lesson_title)
        self.title.setAccessibleName(self.title.text())
        self.situation.setText(_html_lines(task.situation))
        self.source.setPlainText(task.source or "")
        self.source_heading.setVisible(bool((task.source or "").strip()))
        self.source.setVisible(bool((task.source or "").strip()))
        self.sample_panel.set_sample(task.sample_answer)
        self._attempt = None
        self._archived = True
        self._free_text = ""
        self.history.clear()
        self.history_heading.hide()
        self.history.hide()
        self._clear_feedback()
        self.answer_box.clear()
        self.status.clear()
        show_notice(self.input_error, "")
        self.prompt_edit.setReadOnly(False)
        self.prompt_edit.clear()
        self._build_scaffold_fields()
        self.scaffold_toggle.blockSignals(True)
        self.scaffold_toggle.setChecked(False)
        self.scaffold_toggle.blockSignals(False)
        self.scaffold_box.hide()
        self._update_prompt_heading()

        has_mistakes = self.session.has_find_mistakes
        self.tabs.setTabVisible(self.MISTAKES_TAB, has_mistakes)
        self._marks = []
        self._grade = None
        self.mistake_text.setPlainText(task.find_mistakes.ai_answer if has_mistakes else "")
        self.grade_view.clear()
        show_notice(self.mark_error, "")
        self._render_marks_list()
        self._highlight()

        self.tabs.setCurrentIndex(self.PROMPT_TAB)
        self._update_model_notice()
        self._update_buttons()
        self.prompt_scroll.verticalScrollBar().setValue(0)
        self.prompt_edit.setFocus()

    def _build_scaffold_fields(self) -> None:
        while self.scaffold_form.rowCount():
            self.scaffold_form.removeRow(0)
        self._scaffold_fields = {}
        for field in self.session.scaffold.fields:
            edit = QLineEdit()
            edit.setMinimumHeight(44)
            edit.setPlaceholderText(self.tr("Ví dụ: %s") % field.example)
            name, hint = core_text.scaffold_field_text(field)
            edit.setAccessibleName(name)
            edit.setAccessibleDescription(hint)
            edit.textChanged.connect(self._update_assembled)
            label = QLabel(f"<b>{_esc(name)}</b>: {_esc(hint)}")
            label.setWordWrap(True)
            label.setBuddy(edit)
            from tutor.ui.widgets.mic import with_mic

            self.scaffold_form.addRow(label, with_mic(edit))
            self._scaffold_fields[field.key] = edit

    # -- the prompt builder --------------------------------------------------------------

    @property
    def scaffold_fields(self) -> dict[str, QLineEdit]:
        """One line edit per part the task expects, keyed by element ("vai_tro", ...)."""
        return dict(self._scaffold_fields)

    def _scaffold_parts(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self._scaffold_fields.items()}

    def _set_scaffold(self, on: bool) -> None:
        if self.session is None:
            return
        if on:
            # The typed prompt stays on show (read-only) until the learner fills a field.
            self._free_text = self.prompt_edit.toPlainText()
            self.scaffold_box.show()
            self.prompt_edit.setReadOnly(True)
            self._update_assembled()
            first = next(iter(self._scaffold_fields.values()), None)
            if first is not None:
                first.setFocus()
        else:
            assembled = assemble_prompt(self._scaffold_parts())
            self.scaffold_box.hide()
            self.prompt_edit.setReadOnly(False)
            self.prompt_edit.setPlainText(assembled or self._free_text)
            self.prompt_edit.setFocus()
        self._update_prompt_heading()

    def _update_assembled(self) -> None:
        if self.session is None or not self.scaffold_toggle.isChecked():
            return
        assembled = assemble_prompt(self._scaffold_parts())
        self.prompt_edit.setPlainText(assembled or self._free_text)

    def _update_prompt_heading(self) -> None:
        if self.scaffold_toggle.isChecked():
            text = self.tr("Câu lệnh ghép từ các ô trên (chỉ để xem)")
        else:
            text = self.tr("Câu lệnh của bạn")
        self.prompt_heading.setText(text)
        self.prompt_edit.setAccessibleName(text)

    # -- sending -------------------------------------------------------------------------

    def send(self) -> None:
        """Analyse the prompt now; with a model, also get the AI's answer."""
        if self.session is None or self.stream.awaiting:
            return
        use_model = self.runner.available
        if use_model and self.runner.busy:
            self.status.setText(self.tr("AI đang bận trả lời việc khác. Hãy đợi một chút rồi bấm lại."))
            return
        try:
            attempt = self.session.record_attempt(self.prompt_edit.toPlainText())
        except PracticeInputError as exc:
            show_notice(self.input_error, core_text.user_text(exc))
            self.input_error.setFocus()
            return
        show_notice(self.input_error, "")
        self._archive_current()
        self._attempt = attempt
        self._archived = False
        self._used_scaffold = self.scaffold_toggle.isChecked()
        self.answer_box.clear()
        self._render_attempt(attempt)
        if use_model:
            request = GenerationRequest.chat(attempt.prompt, system=PRACTICE_SYSTEM,
                                             max_tokens=PRACTICE_MAX_TOKENS)
            if self.stream.start(request):
                return
        # No model (or it could not start): the prompt feedback above is the whole attempt.
        if not use_model:
            self.status.setText(self.tr("Máy này chưa có mô hình AI, nên chưa có câu trả lời. "
                                        "Nhận xét câu lệnh ở ngay dưới đây."))
        self._finish_attempt(None)
        self.stars.setFocus()

    def stop(self) -> None:
        """Dừng: the answer so far arrives (stopped) and the attempt is recorded."""
        self.stream.stop()

    def _abandon_generation(self) -> None:
        """A new task replaces the session: stop the answer, record the attempt as
        stopped now, and ignore whatever of the answer still arrives."""
        if not self.stream.abandon():
            return
        if self._attempt is not None and self.session is not None:
            self.attempt_recorded.emit(self._prompt_summary(self._attempt, GenerationResult("", "cancelled"), False))

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the screen ends the answer: the model is shared with other screens.
        self.stream.stop_quietly()
        super().hideEvent(event)

    def _on_finished(self, result: GenerationResult) -> None:
        attempt = self._attempt
        text = result.text.strip()
        self.answer_box.setPlainText(result.text)   # the result is the record; tokens were a preview
        if result.stopped:
            self.status.setText(self.tr("Đã dừng. Câu trả lời chưa xong nên chương trình không kiểm tra nó."))
        elif not text:
            self.status.setText(self.tr("AI không trả lời gì. Hãy bấm “Thử lại”."))
        else:
            attempt = self.session.attach_answer(attempt.number, result.text)
            self._attempt = attempt
            if result.finish_reason == "length":
                self.status.setText(self.tr("AI viết dài quá nên bị cắt bớt. Xem phần kiểm tra bên dưới."))
            else:
                self.status.setText(self.tr("AI đã trả lời xong. Xem phần kiểm tra bên dưới."))
        self._render_attempt(attempt)
        self._finish_attempt(result)
        (self.checks if attempt.ai_answer is not None else self.rubric).setFocus()

    def _on_failed(self, _message: str, _code: str) -> None:
        # The stream has put the model's message in the status line; the prompt feedback stays.
        self._finish_attempt(None, failed=True)
        self.stars.setFocus()

    def _finish_attempt(self, result: GenerationResult | None, failed: bool = False) -> None:
        self._update_buttons()
        if self._attempt is not None:
            self.attempt_recorded.emit(self._prompt_summary(self._attempt, result, failed))

    def _prompt_summary(self, attempt: Attempt, result: GenerationResult | None, failed: bool) -> dict:
        report = attempt.report
        return {
            "kind": "prompt",
            "lesson_id": self.session.lesson_id,
            "attempt": attempt.number,
            "stars": attempt.stars,
            "expected_count": report.expected_count,
            "present_count": report.present_count,
            "present": [k for k in report.present_keys if report.finding(k).expected],
            "missing": list(report.missing_keys),
            "personal_data": bool(report.personal_data),
            "scaffold": self._used_scaffold,
            "prompt_chars": len(attempt.prompt),
            "model": self.runner.name if result is not None or failed else None,
            "finish_reason": result.finish_reason if result is not None else None,
            "model_failed": failed,
            "answer_checked": attempt.ai_answer is not None,
            "checks_passed": attempt.checks_passed,
            "checks_counted": attempt.checks_counted,
        }

    def try_again(self) -> None:
        """Keep the prompt for editing; the last feedback moves to "Các lần trước"."""
        if self.stream.awaiting:
            return
        self._archive_current()
        self._attempt = None
        self._clear_feedback()
        self.answer_box.clear()
        self.status.clear()
        self._update_buttons()
        self.prompt_scroll.ensureWidgetVisible(self.prompt_edit)
        first = next(iter(self._scaffold_fields.values()), None)
        (first if self.scaffold_toggle.isChecked() and first else self.prompt_edit).setFocus()

    def _archive_current(self) -> None:
        attempt = self._attempt
        if attempt is None or self._archived:
            return
        self._archived = True
        report = attempt.report
        lines = [self.tr("Lần %d: %s — câu lệnh có %d/%d phần") % (
            attempt.number, stars_text(attempt.stars), report.present_count, report.expected_count)]
        lines.append(core_text.translate(report.summary))
        if attempt.ai_answer is not None:
            lines.append(self.tr("AI đạt %d/%d điều kiện của bài.") % (attempt.checks_passed,
                                                                        attempt.checks_counted))
        text = "\n".join(lines)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace(
            stars_text(attempt.stars), self.tr("%d trên 3 sao") % attempt.stars))
        item.setToolTip(attempt.prompt)
        self.history.insertItem(0, item)
        self.history_heading.show()
        self.history.show()

    # -- feedback rendering ----------------------------------------------------------------

    def _clear_feedback(self) -> None:
        for label in (self.stars, self.lead, self.rubric, self.checks):
            label.clear()
            label.hide()
        self.feedback_listen.hide()
        self.details_button.hide()
        self.details_button.setChecked(False)

    def _show_details(self, on: bool) -> None:
        self.details_box.setVisible(on)
        self.details_button.setText(self.tr("Ẩn chi tiết") if on else self.tr("Xem chi tiết"))
        self.details_button.setAccessibleName(self.details_button.text())
        if on:
            self.rubric.setFocus()

    def set_can_speak(self, on: bool) -> None:
        """Nghe shows only where read-aloud works on this PC."""
        self._can_speak = on
        self.feedback_listen.setVisible(on and not self.lead.isHidden())

    def _render_attempt(self, attempt: Attempt) -> None:
        self.sample_panel.unlock()
        report = attempt.report
        self.stars.setText(self.tr("Câu lệnh: %s") % stars_text(report.stars))
        self.stars.setAccessibleName(self.tr("Câu lệnh được %d trên 3 sao") % report.stars)
        self.rubric.setText(self._rubric_html(report))
        summary = core_text.translate(report.summary)
        self.lead.setText(summary)
        self.lead.setAccessibleName(summary)
        self.stars.show()
        self.lead.show()
        self.rubric.show()
        self.details_button.setChecked(False)
        self._show_details(False)
        self.details_button.show()
        self.feedback_listen.setVisible(getattr(self, "_can_speak", False))
        if attempt.ai_answer is not None:
            self.checks.setText(self._checks_html(attempt))
            self.checks.show()
        else:
            self.checks.clear()
            self.checks.hide()
        # The feedback sits below the prompt: bring it into view (after layout has run).
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self.prompt_scroll.ensureWidgetVisible(self.stars, 0, 40))

    def _rubric_html(self, report: PromptReport) -> str:
        tr_core = core_text.translate
        parts = [_bold(tr_core(report.summary))]
        for warning in report.warnings:
            parts.append(_bold(self.tr("Cẩn thận:")) + _para(tr_core(warning)))
        have = [f for f in report.elements if f.expected and f.present]
        if have:
            parts.append(_bold(self.tr("Đã có:")) + _bullets(tr_core(f.reason) for f in have))
        if report.suggestions:
            parts.append(_bold(self.tr("Còn thiếu:")) + _bullets(tr_core(s.message) for s in report.suggestions))
        parts.append(_para(tr_core(report.star_rule)))
        return "".join(parts)

    def _checks_html(self, attempt: Attempt) -> str:
        lines = []
        for check in attempt.checks:
            if not check.checked:
                verdict = self.tr("Bỏ qua")
            elif check.passed:
                verdict = self.tr("Đạt")
            else:
                verdict = self.tr("Chưa đạt")
            lines.append(f"{verdict}: {core_text.translate(check.message)}")
        note = self.tr("Câu trả lời của AI chỉ để bạn tập xem xét. Số sao tính theo câu lệnh của bạn.")
        return (_bold(self.tr("Kiểm tra câu trả lời của AI")) + _para(core_text.translate(attempt.checks_summary))
                + _bullets(lines) + _para(note))

    # -- state of the controls -------------------------------------------------------------

    def _update_model_notice(self) -> None:
        if self.runner.available:
            show_notice(self.model_notice, "")
            self.send_button.setText(self.tr("Gửi cho AI"))
        else:
            show_notice(self.model_notice, self.tr(
                "Máy này chưa có mô hình AI. Bạn vẫn viết câu lệnh và được nhận xét như thường. "
                "Nhờ cán bộ chép mô hình từ USB để xem AI trả lời."))
            self.send_button.setText(self.tr("Xem nhận xét"))
        self.send_button.setAccessibleName(self.send_button.text())

    def _on_busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        awaiting = self.stream.awaiting
        self.send_button.setEnabled(self.session is not None and not awaiting)
        self.retry_button.setVisible(not awaiting and self._attempt is not None)

    # -- find the mistakes -----------------------------------------------------------------

    @property
    def marks(self) -> list[tuple[int, int]]:
        return list(self._marks)

    def mark_selection(self) -> None:
        """Mark the selected text of the AI answer as a mistake."""
        if self.session is None or not self.session.has_find_mistakes or self._grade is not None:
            return
        answer = self.session.task.find_mistakes.ai_answer
        cursor = self.mistake_text.textCursor()
        start = utf16_to_index(answer, cursor.selectionStart())
        end = utf16_to_index(answer, cursor.selectionEnd())
        if not answer[start:end].strip():
            show_notice(self.mark_error, self.tr(
                "Bạn chưa chọn chữ nào. Hãy chọn chỗ sai trước (kéo chuột, hoặc giữ Shift và bấm mũi tên)."))
            self.mistake_text.setFocus()
            return
        show_notice(self.mark_error, "")
        if (start, end) not in self._marks:
            self._marks.append((start, end))
        self._render_marks_list()
        self._highlight()
        cursor.clearSelection()
        self.mistake_text.setTextCursor(cursor)
        self.mistake_text.setFocus()

    def remove_selected_mark(self) -> None:
        row = self.marks_list.currentRow()
        if self._grade is None and 0 <= row < len(self._marks):
            del self._marks[row]
            self._render_marks_list()
            self._highlight()

    def check_marks(self) -> None:
        if self.session is None or not self.session.has_find_mistakes or self._grade is not None:
            return
        if not self._marks:
            show_notice(self.mark_error, self.tr("Bạn chưa đánh dấu chỗ nào. Hãy chọn chỗ sai rồi bấm “Đánh dấu lỗi”."))
            return
        show_notice(self.mark_error, "")
        grade = self.session.grade_marks(self._marks)
        self._grade = grade
        self.grade_view.setText(self._grade_html(grade))
        self._highlight()
        self._update_mark_buttons()
        self.grade_view.setFocus()
        self.attempt_recorded.emit({
            "kind": "find_mistakes",
            "lesson_id": self.session.lesson_id,
            "attempt": len(self.session.mistake_grades),
            "stars": grade.stars,
            "found": grade.found_count,
            "total": grade.total,
            "wrong_marks": len(grade.wrong_marks),
        })

    def clear_marks(self) -> None:
        self._marks = []
        self._grade = None
        self.grade_view.clear()
        show_notice(self.mark_error, "")
        self._render_marks_list()
        self._highlight()
        self.mistake_text.setFocus()

    def _render_marks_list(self) -> None:
        self.marks_list.clear()
        answer = self.session.task.find_mistakes.ai_answer if self.session and self.session.has_find_mistakes else ""
        for number, (start, end) in enumerate(self._marks, 1):
            text = self.tr("Chỗ %d: “%s”") % (number, answer[start:end].strip())
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.marks_list.addItem(item)
        if self._marks:
            self.marks_list.setCurrentRow(len(self._marks) - 1)
        self._update_mark_buttons()

    def _update_mark_buttons(self) -> None:
        graded = self._grade is not None
        self.mark_button.setEnabled(not graded)
        self.unmark_button.setEnabled(not graded and self.marks_list.currentRow() >= 0)
        self.check_button.setEnabled(not graded and bool(self._marks))
        self.again_button.setVisible(graded or bool(self._marks))

    def _highlight(self) -> None:
        if self.session is None or not self.session.has_find_mistakes:
            self.mistake_text.setExtraSelections([])
            return
        answer = self.session.task.find_mistakes.ai_answer
        spans: list[tuple[int, int, str]] = []
        if self._grade is None:
            spans = [(s, e, "mark") for s, e in self._marks]
        else:
            spans += [(r.start, r.end, "found" if r.found else "missed") for r in self._grade.results]
            spans += [(w.start, w.end, "wrong") for w in self._grade.wrong_marks]
        selections = []
        for start, end, kind in spans:
            background, foreground = MARK_COLOURS[kind]
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(background))
            fmt.setForeground(QColor(foreground))
            cursor = QTextCursor(self.mistake_text.document())
            cursor.setPosition(index_to_utf16(answer, start))
            cursor.setPosition(index_to_utf16(answer, end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.mistake_text.setExtraSelections(selections)

    def _grade_html(self, grade: MistakeGrade) -> str:
        parts = [_bold(self.tr("Kết quả: %s") % stars_text(grade.stars)), _bold(core_text.translate(grade.summary))]
        found = [r for r in grade.results if r.found]
        missed = [r for r in grade.results if not r.found]
        if found:
            parts.append(_bold(self.tr("Bạn đã tìm đúng (tô xanh):"))
                         + _bullets(f"“{r.mistake.quote}” — {r.mistake.explanation}" for r in found))
        if missed:
            parts.append(_bold(self.tr("Bạn chưa tìm ra (tô cam):"))
                         + _bullets(f"“{r.mistake.quote}” — {r.mistake.explanation}" for r in missed))
        if grade.wrong_marks:
            parts.append(_bold(self.tr("Chỗ đánh dấu nhầm (tô đỏ):"))
                         + _bullets(f"“{w.text}” — {core_text.translate(w.message)}" for w in grade.wrong_marks))
        parts.append(_para(core_text.translate(grade.rule)))
        return "".join(parts)
