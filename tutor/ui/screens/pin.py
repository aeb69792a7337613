"""Ask for the PIN of a profile that has one."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tutor.learners import Learner
from tutor.ui.widgets.avatar import avatar_icon
from tutor.ui.widgets.common import big_button, error_label, title_label
from tutor.ui.widgets.pinpad import PinPad


class PinScreen(QWidget):
    pin_entered = Signal(str, str)   # learner_id, pin
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.learner: Learner | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        head = QHBoxLayout()
        self.picture = QLabel()
        head.addWidget(self.picture)
        self.title = title_label()
        head.addWidget(self.title, 1)
        outer.addLayout(head)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        outer.addWidget(self.prompt)
        self.pad = PinPad()
        self.pad.submitted.connect(self._submitted)
        outer.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        self.error = error_label()
        outer.addWidget(self.error)
        outer.addStretch(1)
        self.back_button = big_button()
        self.back_button.clicked.connect(self.cancelled)
        outer.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.prompt.setText(self.tr("Nhập mã PIN 4 số của bạn."))
        self.back_button.setText(self.tr("Không phải tôi"))
        self.back_button.setAccessibleName(self.tr("Không phải tôi, quay lại màn hình chọn người học"))
        self.pad.retranslate()
        if self.learner:
            self.title.setText(self.tr("Chào %s!") % self.learner.display_name)

    def start(self, learner: Learner) -> None:
        self.learner = learner
        self.picture.setPixmap(avatar_icon(learner.icon).pixmap(QSize(80, 80)))
        self.pad.clear()
        self.error.clear()
        self.retranslate()
        self.pad.setFocus()

    def show_error(self, text: str) -> None:
        self.pad.clear()
        self.error.setText(text)
        self.pad.setFocus()

    def _submitted(self, pin: str) -> None:
        if self.learner:
            self.pin_entered.emit(self.learner.learner_id, pin)
