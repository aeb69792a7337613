"""One screen's streamed answer from the shared local model.

Hỏi gia sư and Phòng thực hành AI both send a request to the one LlmRunner, show
the answer as it streams into a read-only box, let the learner stop it, stop it
when the screen is left, and say plainly when the model fails. ``StreamedAnswer``
does that part once; each screen decides only what a finished or failed answer
means for it (passages instead, a checked attempt, ...).

The runner is shared, so its signals reach every screen: this object handles them
only while it waits for a generation it started itself (``awaiting``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit

from tutor.local_llm.api import GenerationRequest, GenerationResult
from tutor.ui.llm_bridge import LlmRunner
from tutor.ui.widgets.common import append_streamed


class StreamedAnswer(QObject):
    """Streams the runner's answer into ``answer_box``, with progress in ``status``.

    ``stop_button`` shows (and stops the answer) only while this answer is being
    written. ``reading_text`` gives the status line for "the model is reading the
    prompt" in the UI language (looked up when shown: the language may change).
    """

    finished = Signal(object)       # GenerationResult of our own generation (stopped=True after stop)
    failed = Signal(str, str)       # the user message (UI language) and the error code
    awaiting_changed = Signal(bool)

    def __init__(self, runner: LlmRunner, answer_box: QPlainTextEdit, status: QLabel,
                 stop_button: QAbstractButton, reading_text: Callable[[], str],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.answer_box = answer_box
        self.status = status
        self.stop_button = stop_button
        self._reading_text = reading_text
        self._awaiting = False
        stop_button.clicked.connect(self.stop)
        runner.token.connect(self._on_token)
        runner.started.connect(self._on_started)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        self._show_stop()

    @property
    def awaiting(self) -> bool:
        """True while the runner is writing an answer this object asked for."""
        return self._awaiting

    # -- commands ----------------------------------------------------------------------------

    def start(self, request: GenerationRequest) -> bool:
        """Ask the model; False (nothing changes) when the runner is busy with other work."""
        if not self.runner.run(request):
            return False
        self._set_awaiting(True)
        self.status.setText(self.tr("Đang mở mô hình AI…"))
        self.stop_button.setFocus()
        return True

    def stop(self) -> None:
        """The learner's Dừng: what came so far still arrives as a stopped result."""
        if self._awaiting:
            self.status.setText(self.tr("Đang dừng…"))
            self.runner.stop()

    def stop_quietly(self) -> None:
        """Stop our answer without a word (the screen is being left); the stopped result
        still arrives and is handled as usual."""
        if self._awaiting:
            self.runner.stop()

    def abandon(self) -> bool:
        """Stop our answer and ignore whatever of it still arrives (new work replaces it).
        True when there was an answer to abandon."""
        if not self._awaiting:
            return False
        self.runner.stop()
        self._set_awaiting(False)
        return True

    # -- the runner's signals ------------------------------------------------------------------

    def _on_started(self, _prompt_tokens: int) -> None:
        if self._awaiting:
            self.status.setText(self._reading_text())

    def _on_token(self, text: str) -> None:
        if not self._awaiting:
            return
        if not self.answer_box.toPlainText():
            self.status.setText(self.tr("AI đang trả lời…"))
        append_streamed(self.answer_box, text)

    def _on_finished(self, result: GenerationResult) -> None:
        if self._awaiting:
            self._set_awaiting(False)
            self.finished.emit(result)

    def _on_failed(self, message: str, code: str) -> None:
        if self._awaiting:
            self._set_awaiting(False)
            self.status.setText(message)
            self.failed.emit(message, code)

    # -- state ---------------------------------------------------------------------------------

    def _set_awaiting(self, awaiting: bool) -> None:
        self._awaiting = awaiting
        self._show_stop()
        self.awaiting_changed.emit(awaiting)

    def _show_stop(self) -> None:
        self.stop_button.setVisible(self._awaiting)
        self.stop_button.setEnabled(self._awaiting)
