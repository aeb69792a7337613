"""Bài được giao: what the learner's teacher gave the class, on the learner's home.

One big button per item: the lesson (or the level test), its due date ("Hạn: 30/11"),
overdue marked in words as well as colour, done ticked. Hidden when there is nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from tutor.ui.screens.teacher.format import short_date_text

COLUMNS = 2
FOLDED_ITEMS = 4   # more than this: the rest behind "Xem tất cả", so the level map stays in view


class ElidedButton(QPushButton):
    """A big button whose long title shortens with "…" instead of widening the home screen;
    the whole text stays in the tooltip and the accessible name."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.full_text = ""
        self.setMinimumHeight(56)
        self.setAutoDefault(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(40, self.width() - 48)   # the style sheet's padding on both sides
        metrics = self.fontMetrics()
        self.setText("\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, room)
                               for line in self.full_text.split("\n")))


def load_assigned(ws, learner_id: str) -> list:
    """On the database thread: the learner's assignments, or none on a PC without a teacher area."""
    teacher = getattr(ws, "teacher", None)
    if teacher is None:
        return []
    items = list(teacher.learner_assignments(learner_id))
    # Still to do first (overdue at the very top), done last; the core's order otherwise.
    return sorted(items, key=lambda item: (item.done, not item.overdue))


class AssignedPanel(QFrame):
    lesson_chosen = Signal(str)          # lesson id
    level_test_chosen = Signal(int)      # level

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list = []
        self.buttons: list[QPushButton] = []
        self.expanded = False
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        layout.addLayout(self.grid)
        self.more_button = QPushButton()
        self.more_button.setMinimumHeight(44)
        self.more_button.clicked.connect(self._toggle)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.show_assignments(self.items)

    def show_assignments(self, items) -> None:
        if [i.assignment.assignment_id for i in items] != [i.assignment.assignment_id for i in self.items]:
            self.expanded = False
        self.items = list(items)
        for button in self.buttons:
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        to_do = sum(1 for item in self.items if not item.done)
        self.heading.setText(self.tr("Bài được giao (%d bài chưa xong)") % to_do if to_do
                             else self.tr("Bài được giao: đã xong hết. Giỏi lắm!"))
        shown = self.items if self.expanded else self.items[:FOLDED_ITEMS]
        for index, item in enumerate(shown):
            button = ElidedButton()
            text, spoken = self._describe(item)
            button.set_full_text(text)
            button.setAccessibleName(spoken)
            button.setToolTip(spoken)
            if item.overdue and not item.done:
                button.setProperty("role", "wrong")   # a red border, and the words say it too
            button.clicked.connect(lambda _=False, chosen=item: self._open(chosen))
            self.grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons.append(button)
        hidden = len(self.items) - len(shown)
        if hidden:
            self.more_button.setText(self.tr("Xem tất cả (thêm %d bài)") % hidden)
        else:
            self.more_button.setText(self.tr("Thu gọn"))
        self.more_button.setAccessibleName(self.more_button.text())
        self.more_button.setVisible(len(self.items) > FOLDED_ITEMS)
        self.setVisible(bool(self.items))

    def _toggle(self) -> None:
        self.expanded = not self.expanded
        self.show_assignments(self.items)
        (self.buttons[FOLDED_ITEMS] if self.expanded and len(self.buttons) > FOLDED_ITEMS
         else self.more_button).setFocus()

    def _describe(self, item) -> tuple[str, str]:
        """Two lines on the button: the title, then the due date and the state in words."""
        due = item.assignment.due
        due_text = self.tr("Hạn: %s") % short_date_text(due) if due is not None else ""
        if item.done:
            state, mark = self.tr("Đã xong"), "✓ "
        elif item.overdue:
            state, mark = self.tr("Quá hạn"), "! "
        else:
            state, mark = self.tr("Chưa xong"), ""
        second = " · ".join(part for part in (due_text, state) if part)
        spoken = ". ".join(part for part in (item.title, due_text, state) if part)
        return f"{mark}{item.title}\n{second}", spoken

    def _open(self, item) -> None:
        if item.lesson_id:
            self.lesson_chosen.emit(item.lesson_id)
        elif item.level is not None:
            self.level_test_chosen.emit(int(item.level))
