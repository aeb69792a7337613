"""The sample answer of a strong AI, beside the local model's answer in the practice room.

Each practice task carries an authored sample: what a capable AI (the one on the
learner's phone) would write for the task's good prompt. It opens only after the
learner's first attempt, so they write their own prompt first, and it is always
labelled as a sample, never as the local model's answer or as a grade.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from tutor.ui.widgets.common import big_button


class SampleAnswerPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._sample = ""
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.toggle = big_button()
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_text)
        box.addWidget(self.toggle)
        self.heading = QLabel()
        self.heading.setProperty("role", "question")
        self.heading.setWordWrap(True)
        box.addWidget(self.heading)
        self.note = QLabel()
        self.note.setWordWrap(True)
        box.addWidget(self.note)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(160)
        self.heading.setBuddy(self.text)
        box.addWidget(self.text, 1)
        self.retranslate()
        self.set_sample("")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Bài mẫu: câu trả lời của một AI mạnh"))
        self.text.setAccessibleName(self.heading.text())
        self.note.setText(self.tr("Đây là bài viết mẫu, không phải câu trả lời của AI trên máy này. "
                                  "So sánh để thấy câu lệnh tốt nên nhận được gì."))
        self._update_toggle()

    def set_sample(self, sample: str) -> None:
        """A new task: its sample, closed and locked until the first attempt."""
        self._sample = (sample or "").strip()
        self.text.setPlainText(self._sample)
        self.toggle.blockSignals(True)
        self.toggle.setChecked(False)
        self.toggle.blockSignals(False)
        self.toggle.setEnabled(False)
        self._show_text(False)
        self.setVisible(bool(self._sample))

    def unlock(self) -> None:
        """The learner has made an attempt: the sample may be opened."""
        if self._sample:
            self.toggle.setEnabled(True)
            self._update_toggle()

    @property
    def is_open(self) -> bool:
        return self.text.isVisibleTo(self)

    def _show_text(self, on: bool) -> None:
        for widget in (self.heading, self.note, self.text):
            widget.setVisible(on)
        self._update_toggle()

    def _update_toggle(self) -> None:
        if not self.toggle.isEnabled():
            self.toggle.setText(self.tr("Bài mẫu (mở sau lần thử đầu)"))
        elif self.toggle.isChecked():
            self.toggle.setText(self.tr("Ẩn bài mẫu"))
        else:
            self.toggle.setText(self.tr("Xem bài mẫu của AI mạnh"))
        self.toggle.setAccessibleName(self.toggle.text())
