"""A row of big word tiles under a short answer, for learners who cannot type.

Tapping a tile puts its word in the answer box (which stays editable); the
learner still presses "Trả lời" to send it. Tiles are ordinary buttons, so Tab
reaches them and Space or Enter taps them.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tutor.ui.widgets.common import big_button


class TilesRow(QWidget):
    picked = Signal(str)

    def __init__(self, tiles: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self.tr("Không muốn gõ? Bấm một từ dưới đây:"))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        self.buttons = []
        for word in tiles:
            button = big_button()
            button.setText(word)
            button.setMinimumHeight(56)
            button.setAccessibleName(self.tr("Điền từ: %s") % word)
            button.setToolTip(button.accessibleName())
            button.clicked.connect(lambda _=False, w=word: self.picked.emit(w))
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.setVisible(bool(self.buttons))
