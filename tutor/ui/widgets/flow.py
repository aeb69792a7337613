"""Layouts and buttons that wrap instead of widening the window, so that a screen still
fits a 1024-pixel screen at the largest text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox, QLabel, QLayout, QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget,
    QWidgetItem,
)


_RESTYLED = (QEvent.Type.StyleChange, QEvent.Type.FontChange)


class FlowRow(QLayout):
    """Widgets side by side while they fit, then on the next line (like words in a sentence)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12):
        super().__init__(parent)
        self._items: list = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        visible = [i for i in self._items if not i.isEmpty()]
        if not visible:
            return QSize(0, 0)
        width = sum(i.sizeHint().width() for i in visible) + self._gap * (len(visible) - 1)
        height = max(i.sizeHint().height() for i in visible)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize(0, 0)
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, place: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if item.hasHeightForWidth():
                height = item.heightForWidth(width)  # its minimum is for its narrowest width
            else:
                height = max(hint.height(), item.minimumSize().height())
            if x > area.x() and x + width > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + self._gap, 0
            if place:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self._gap
            line_height = max(line_height, height)
        return y + line_height - rect.y() + m.bottom()


def flow_row(*widgets: QWidget, spacing: int = 12) -> FlowRow:
    row = FlowRow(spacing=spacing)
    for widget in widgets:
        row.addItem(QWidgetItem(widget))
    return row


class _WrapsText:
    """The shared part of a button or check box whose text wraps: a word-wrapping label
    inside draws the text, and the widget's height follows its width. Subclasses say where
    the label goes (_place) and what a screen reader hears (_name)."""

    def _wrap_text(self, text: str) -> None:
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._label.setText(text)
        self._name(text)
        self.updateGeometry()

    def text(self) -> str:
        return self._label.text()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in _RESTYLED:
            self.updateGeometry()
            self._place()  # a new text size changes margins and box without a resize


class WrapButton(_WrapsText, QPushButton):
    """A push button whose text wraps onto more lines instead of running off the screen
    (long quiz options, "Tiếp tục: <lesson title>"). The text is drawn by a label inside;
    the button's accessible name carries it for screen readers."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._wrap_text(text)

    def _name(self, text: str) -> None:
        self.setAccessibleName(text)

    def _picture_room(self) -> int:
        """Width the button's icon takes before the text (none without an icon)."""
        if self.icon().isNull():
            return 0
        return self.iconSize().width() + self.fontMetrics().averageCharWidth()

    def _margins(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(2 * em + self._picture_room(), em)  # the style's padding and border, the icon

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # The style would centre the icon under the wrapped text: draw the button bare, then
        # the icon at the left, beside the label.
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.icon, option.text = QIcon(), ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        if not self.icon().isNull():
            mode = QIcon.Mode.Normal if self.isEnabled() else QIcon.Mode.Disabled
            picture = self.icon().pixmap(self.iconSize(), self.devicePixelRatioF(), mode)
            top = (self.height() - self.iconSize().height()) // 2
            painter.drawPixmap(self._margins().height(), top, picture)

    def setIcon(self, icon: QIcon) -> None:  # noqa: N802 (Qt's name)
        super().setIcon(icon)
        self.updateGeometry()
        self._place()

    def setIconSize(self, size: QSize) -> None:  # noqa: N802 (Qt's name)
        super().setIconSize(size)
        self.updateGeometry()
        self._place()

    # A long text asks for about this many characters a line before it wraps.
    PREFERRED_CHARS = 45

    def sizeHint(self) -> QSize:
        m = self._margins()
        one_line = self.fontMetrics().horizontalAdvance(self.text())
        width = min(one_line, self.fontMetrics().averageCharWidth() * self.PREFERRED_CHARS) + m.width() + 4
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        m = self._margins()
        words = self.text().split() or [""]
        longest = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        # Height at the preferred width, not at the narrowest: the narrowest (one word a line)
        # made layouts reserve a tall block; layouts that know heights-for-widths ask for them.
        return QSize(longest + m.width(), self.sizeHint().height())

    def heightForWidth(self, width: int) -> int:
        m = self._margins()
        return max(56, self._label.heightForWidth(max(1, width - m.width())) + m.height())

    def _place(self) -> None:
        m = self._margins()
        # Left: half the padding, or the icon drawn at one em's half and its room.
        left = (m.width() - self._picture_room()) // 2 + self._picture_room()
        self._label.setGeometry(left, m.height() // 2, self.width() - m.width(), self.height() - m.height())
        _keep_text_height(self)


class WrapCheckBox(_WrapsText, QCheckBox):
    """A check box whose text wraps (long settings at the largest text size). The text is drawn
    by a label beside the box; a click on it still ticks the box."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._wrap_text(text)

    def _name(self, text: str) -> None:
        if not self.accessibleName():  # a name given on purpose outlives a new text
            self.setAccessibleName(text)

    def _indent(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        box = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        return box.right() + 1 + self.fontMetrics().averageCharWidth() * 2

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)

    def sizeHint(self) -> QSize:
        hint = self._label.sizeHint()
        return QSize(hint.width() + self._indent() + 8, max(48, hint.height() + 16))

    def minimumSizeHint(self) -> QSize:
        words = self.text().split() or [""]
        width = max(self.fontMetrics().horizontalAdvance(w) for w in words) + self._indent() + 8
        return QSize(width, self.heightForWidth(width))

    def heightForWidth(self, width: int) -> int:
        return max(48, self._label.heightForWidth(max(1, width - self._indent() - 8)) + 16)

    def _place(self) -> None:
        indent = self._indent()
        self._label.setGeometry(indent, 8, self.width() - indent - 8, self.height() - 16)
        _keep_text_height(self)


def _keep_text_height(widget: QWidget) -> None:
    """Not every layout asks a widget for its height at a given width (box layouts inside a
    scroll area do not): a minimum height that follows the width keeps wrapped text whole."""
    need = widget.heightForWidth(widget.width())
    if need != widget.minimumHeight():
        widget.setMinimumHeight(need)
