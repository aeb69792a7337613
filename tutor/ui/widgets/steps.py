"""Progress as a picture: one box per lesson, filled and ticked when it is done, so a learner
who reads slowly sees how far they have come without reading "3/12"."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget


class StepsPicture(QWidget):
    def __init__(self, done: int, total: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.done = max(0, min(done, total))
        self.total = max(0, total)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _box(self) -> int:
        return max(18, self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        box = self._box()
        return QSize(self.total * (box + 6), box + 6)

    def minimumSizeHint(self) -> QSize:
        box = self._box()
        return QSize(min(self.total, 6) * (box + 6), self.heightForWidth(min(self.total, 6) * (box + 6)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        box = self._box()
        per_row = max(1, width // (box + 6))
        rows = max(1, -(-self.total // per_row))
        return rows * (box + 6)

    def paintEvent(self, _event) -> None:
        box = self._box()
        per_row = max(1, self.width() // (box + 6))
        palette = QApplication.palette()
        ink = palette.color(palette.ColorRole.WindowText)
        fill = palette.color(palette.ColorRole.Highlight)
        mark = palette.color(palette.ColorRole.HighlightedText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index in range(self.total):
            row, col = divmod(index, per_row)
            rect = QRectF(col * (box + 6) + 2, row * (box + 6) + 2, box, box)
            painter.setPen(QPen(ink, 2))
            painter.setBrush(fill if index < self.done else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 4, 4)
            if index < self.done:  # a tick, not only a colour
                painter.setPen(QPen(mark, 3))
                x, y = rect.left(), rect.top()
                painter.drawPolyline([QPointF(x + box * 0.2, y + box * 0.55),
                                      QPointF(x + box * 0.42, y + box * 0.78),
                                      QPointF(x + box * 0.82, y + box * 0.25)])
        painter.end()
