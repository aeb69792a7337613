"""The common frame of a screen: a big title and a back button on top."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from tutor.ui.widgets.common import big_button, title_label


class TitledScreen(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(32, 24, 32, 24)
        self.top_row = QHBoxLayout()
        self.title = title_label()
        self.top_row.addWidget(self.title, 1)
        self.back_button = big_button()
        self.back_button.clicked.connect(self.back_requested)
        self.top_row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        self.outer.addLayout(self.top_row)

    def set_back_text(self, text: str, accessible: str) -> None:
        self.back_button.setText(text)
        self.back_button.setAccessibleName(accessible)
