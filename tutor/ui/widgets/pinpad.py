"""A 4-digit PIN entry with a big on-screen number pad.

People who struggle to find keys tap the pad; others type digits; Backspace
and Enter work as expected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

PIN_LENGTH = 4


class PinPad(QWidget):
    submitted = Signal(str)
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._digits = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        self.display = QLabel()
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setProperty("role", "title")
        layout.addWidget(self.display)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"]
        for index, key in enumerate(keys):
            button = QPushButton()
            button.setMinimumSize(120, 72)  # grows with the text size
            # Minimum, not Fixed: every key of a column takes the widest one's width ("Xong").
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button
        layout.addLayout(grid)
        self.retranslate()
        self._refresh()

    def retranslate(self) -> None:
        for key, button in self.buttons.items():
            if key == "back":
                button.setText(self.tr("Xoá"))
                button.setAccessibleName(self.tr("Xoá một số"))
            elif key == "ok":
                button.setText(self.tr("Xong"))
                button.setAccessibleName(self.tr("Xong, vào học"))
            else:
                button.setText(key)
                button.setAccessibleName(self.tr("Số %s") % key)
        self.setAccessibleName(self.tr("Bàn phím số để nhập mã PIN"))

    @property
    def value(self) -> str:
        return self._digits

    def clear(self) -> None:
        self._digits = ""
        self._refresh()

    def _press(self, key: str) -> None:
        if key == "back":
            self._digits = self._digits[:-1]
        elif key == "ok":
            if len(self._digits) == PIN_LENGTH:
                self.submitted.emit(self._digits)
            return
        elif len(self._digits) < PIN_LENGTH:
            self._digits += key
        self._refresh()
        self.changed.emit(self._digits)
        if key not in ("back", "ok") and len(self._digits) == PIN_LENGTH:
            self.submitted.emit(self._digits)

    def _refresh(self) -> None:
        shown = "●" * len(self._digits) + "○" * (PIN_LENGTH - len(self._digits))
        self.display.setText(" ".join(shown))
        self.display.setAccessibleName(self.tr("Đã nhập %d trên 4 số") % len(self._digits))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self._press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._press("back")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._press("ok")
        else:
            super().keyPressEvent(event)
