"""Small helpers every screen uses: titles, notices, big buttons."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget


def title_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "title")
    label.setWordWrap(True)
    return label


def notice_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "notice")
    label.setWordWrap(True)
    label.hide()
    return label


def show_notice(label: QLabel, text: str) -> None:
    """Shows (or hides, for empty text) a notice a keyboard user can reach and read."""
    if text:
        # Importing the Qt namespace costs ~20 ms; the start screen's first frame does without it.
        from PySide6.QtCore import Qt

        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setText(text)
    label.setVisible(bool(text))


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    return label


def big_button(parent: QWidget | None = None, primary: bool = False) -> QPushButton:
    button = QPushButton(parent)
    button.setMinimumHeight(56)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    button.setAutoDefault(True)  # QPushButton already takes focus by Tab and click
    if primary:
        button.setProperty("role", "primary")
    return button


def set_text(widget, text: str, accessible: str | None = None) -> None:
    """Sets visible text and the accessible name together, so they never drift apart."""
    widget.setText(text)
    widget.setAccessibleName(accessible or text.replace("&", ""))


TILE_ICON = QSize(96, 96)


def append_streamed(box, text: str) -> None:
    """Adds a streamed piece of text at the end of a read-only text box and keeps it in view."""
    from PySide6.QtGui import QTextCursor

    cursor = box.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(text)
    box.setTextCursor(cursor)
    box.ensureCursorVisible()


def with_clear_button(edit) -> None:
    """The line edit's ✕ button, with a name a screen reader can say."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QToolButton

    edit.setClearButtonEnabled(True)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(QCoreApplication.translate("LineEdit", "Xoá chữ đã gõ"))
