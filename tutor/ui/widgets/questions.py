"""One input widget per question kind. Each emits ``answered(response)`` with the
response shape the progress core grades:

single: option index · multiple: frozenset of indexes · truefalse: bool ·
ordering: list of item indexes in the learner's order · matching: dict left -> right
index · short: the typed text.

Number keys pick options (1-9); Enter submits where a submit button exists.
"""

from __future__ import annotations

import random
from typing import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QVBoxLayout, QWidget,
)

from tutor.ui.widgets.avatar import ICON_DIR
from tutor.ui.widgets.common import big_button
from tutor.ui.widgets.flow import WrapButton
from tutor.ui.widgets.tiles_row import TilesRow


class QuestionWidget(QWidget):
    answered = Signal(object)
    speak_requested = Signal(str)    # one option read aloud on its own

    def __init__(self, question, rng: random.Random, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.rng = rng
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def lock(self) -> None:
        """After the answer: nothing can be changed, the feedback is on screen."""
        for child in self.findChildren(QWidget):
            child.setEnabled(False)

    def speakable_text(self) -> str:
        return self.question.prompt

    def show_result(self, correct_options: set[int], chosen: set[int]) -> None:
        """After grading: ✓ on the right options, ✗ on wrong choices (widgets with options)."""

    def show_parts(self, details) -> None:
        """After grading: each part marked right or wrong and the right answer shown
        (ordering, matching), from the grade's details."""

    def set_listen_visible(self, on: bool) -> None:
        """Option Listen buttons show only where read-aloud works on this PC."""
        for button in self.findChildren(QPushButton):
            if button.property("option_listen"):
                button.setVisible(on)

    def _option_row(self, layout, button: QPushButton, spoken: str) -> None:
        """An option and, beside it, a small Listen button that reads just that option."""
        row = QHBoxLayout()
        row.addWidget(button, 1)
        listen = QPushButton()
        listen.setIcon(QIcon(str(ICON_DIR / "speaker.svg")))
        listen.setIconSize(QSize(28, 28))
        listen.setMinimumSize(56, 56)
        listen.setAccessibleName(self.tr("Nghe ý: %s") % spoken)
        listen.setToolTip(listen.accessibleName())
        listen.clicked.connect(lambda: self.speak_requested.emit(spoken))
        listen.setProperty("option_listen", True)
        row.addWidget(listen)
        layout.addLayout(row)

    def number_key(self, number: int) -> None:
        """Number keys 1..9; widgets without options ignore them."""


def _option_button(number: int, text: str) -> QPushButton:
    # Long options wrap onto more lines instead of pushing the screen wider than the window.
    button = WrapButton(f"{number}. {text}")
    button.setAutoDefault(True)
    return button


class SingleChoiceWidget(QuestionWidget):
    def __init__(self, question, rng, parent=None):
        super().__init__(question, rng, parent)
        layout = QVBoxLayout(self)
        self.order = list(range(len(question.options)))
        rng.shuffle(self.order)
        self.buttons = []
        for shown, index in enumerate(self.order, start=1):
            button = _option_button(shown, question.options[index].text)
            button.clicked.connect(lambda _=False, i=index: self.answered.emit(i))
            self._option_row(layout, button, f"{shown}. {question.options[index].text}")
            self.buttons.append(button)

    def number_key(self, number: int) -> None:
        if 1 <= number <= len(self.buttons) and self.buttons[number - 1].isEnabled():
            self.buttons[number - 1].click()

    def speakable_text(self) -> str:
        options = ". ".join(f"{n}: {self.question.options[i].text}" for n, i in enumerate(self.order, 1))
        return f"{self.question.prompt}. {options}"

    def show_result(self, correct_options: set[int], chosen: set[int]) -> None:
        _mark(self.buttons, self.order, correct_options, chosen)


def _mark(buttons, order, correct_options: set[int], chosen: set[int]) -> None:
    for button, index in zip(buttons, order):
        if index in correct_options:
            button.setText("✓ " + button.text())
            button.setProperty("role", "right")
        elif index in chosen:
            button.setText("✗ " + button.text())
            button.setProperty("role", "wrong")
        else:
            continue
        button.setAccessibleName(button.text())
        button.style().unpolish(button)
        button.style().polish(button)


class MultipleChoiceWidget(QuestionWidget):
    def __init__(self, question, rng, parent=None):
        super().__init__(question, rng, parent)
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("Chọn tất cả các ý đúng, rồi bấm “Xong”."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.order = list(range(len(question.options)))
        rng.shuffle(self.order)
        self.buttons = []
        for shown, index in enumerate(self.order, start=1):
            text = f"{shown}. {question.options[index].text}"
            button = _option_button(shown, question.options[index].text)
            button.setCheckable(True)
            # The choice shows at once, in a mark and not only a colour: ☐ not chosen, ☑ chosen.
            button.toggled.connect(lambda on, b=button, t=text: b.setText(("☑ " if on else "☐ ") + t))
            button.setText("☐ " + text)
            self._option_row(layout, button, text)
            self.buttons.append(button)
        self.submit = big_button(primary=True)
        self.submit.setText(self.tr("Xong"))
        self.submit.setAccessibleName(self.tr("Xong, gửi câu trả lời"))
        self.submit.clicked.connect(self._submit)
        layout.addWidget(self.submit, 0, Qt.AlignmentFlag.AlignRight)

    def chosen(self) -> frozenset[int]:
        return frozenset(i for i, b in zip(self.order, self.buttons) if b.isChecked())

    def _submit(self) -> None:
        if self.chosen():
            self.answered.emit(self.chosen())

    def number_key(self, number: int) -> None:
        if 1 <= number <= len(self.buttons) and self.buttons[number - 1].isEnabled():
            self.buttons[number - 1].toggle()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        else:
            super().keyPressEvent(event)

    def speakable_text(self) -> str:
        options = ". ".join(f"{n}: {self.question.options[i].text}" for n, i in enumerate(self.order, 1))
        return f"{self.question.prompt}. {options}"

    def show_result(self, correct_options: set[int], chosen: set[int]) -> None:
        _mark(self.buttons, self.order, correct_options, chosen)


class TrueFalseWidget(QuestionWidget):
    def __init__(self, question, rng, parent=None):
        super().__init__(question, rng, parent)
        layout = QHBoxLayout(self)
        self.true_button = _option_button(1, self.tr("Đúng"))
        self.false_button = _option_button(2, self.tr("Sai"))
        self.true_button.clicked.connect(lambda: self.answered.emit(True))
        self.false_button.clicked.connect(lambda: self.answered.emit(False))
        layout.addWidget(self.true_button)
        layout.addWidget(self.false_button)

    def number_key(self, number: int) -> None:
        {1: self.true_button, 2: self.false_button}.get(number, QPushButton()).click()

    def show_result(self, correct_options: set[int], chosen: set[int]) -> None:
        # index 0 is "Đúng" (True), 1 is "Sai" (False)
        _mark([self.true_button, self.false_button], [0, 1], correct_options, chosen)


class OrderingWidget(QuestionWidget):
    def __init__(self, question, rng, parent=None):
        super().__init__(question, rng, parent)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Chọn một dòng rồi bấm “Lên” hoặc “Xuống” để xếp lại cho đúng thứ tự."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        order = list(range(len(question.items)))
        while len(order) > 1 and order == sorted(order):
            rng.shuffle(order)   # never start already solved
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Các bước cần sắp xếp"))
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        for index in order:
            item = QListWidgetItem(question.items[index])
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.up = big_button()
        self.up.setText(self.tr("▲ Lên"))
        self.up.setAccessibleName(self.tr("Đưa dòng đang chọn lên trên"))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down = big_button()
        self.down.setText(self.tr("▼ Xuống"))
        self.down.setAccessibleName(self.tr("Đưa dòng đang chọn xuống dưới"))
        self.down.clicked.connect(lambda: self.move(1))
        self.submit = big_button(primary=True)
        self.submit.setText(self.tr("Xong"))
        self.submit.setAccessibleName(self.tr("Xong, gửi thứ tự này"))
        self.submit.clicked.connect(lambda: self.answered.emit(self.order()))
        row.addWidget(self.up)
        row.addWidget(self.down)
        row.addStretch(1)
        row.addWidget(self.submit)
        layout.addLayout(row)

        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.answer.hide()
        layout.addWidget(self.answer)

    def order(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def show_parts(self, details) -> None:
        in_place = list(details.get("in_place") or [])
        for row, right in enumerate(in_place[: self.list.count()]):
            item = self.list.item(row)
            item.setText(("✓ " if right else "✗ ") + item.text())
        if in_place and not all(in_place):
            steps = "\n".join(f"{n}. {text}" for n, text in enumerate(self.question.items, start=1))
            self.answer.setText(self.tr("Thứ tự đúng:") + "\n" + steps)
            self.answer.setAccessibleName(self.answer.text())
            self.answer.show()

    def move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def speakable_text(self) -> str:
        return f"{self.question.prompt}. " + ". ".join(
            self.list.item(i).text() for i in range(self.list.count()))


class MatchingWidget(QuestionWidget):
    def __init__(self, question, rng, parent=None):
        super().__init__(question, rng, parent)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Với mỗi dòng bên trái, chọn ý hợp với nó."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        grid = QGridLayout()
        rights = list(range(len(question.pairs)))
        rng.shuffle(rights)
        self.boxes: list[QComboBox] = []
        self.marks: list[QLabel] = []   # after grading: ✓, or ✗ and the right match
        for row, pair in enumerate(question.pairs):
            label = QLabel(pair.left)
            label.setWordWrap(True)
            box = QComboBox()
            box.addItem(self.tr("— chọn —"), None)
            for index in rights:
                box.addItem(question.pairs[index].right, index)
            box.setAccessibleName(self.tr("Ý hợp với: %s") % pair.left)
            label.setBuddy(box)
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1)
            mark = QLabel()
            mark.setWordWrap(True)
            mark.hide()
            grid.addWidget(mark, row, 2)
            self.boxes.append(box)
            self.marks.append(mark)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        layout.addWidget(self.error)
        self.submit = big_button(primary=True)
        self.submit.setText(self.tr("Xong"))
        self.submit.setAccessibleName(self.tr("Xong, gửi các cặp đã nối"))
        self.submit.clicked.connect(self._submit)
        layout.addWidget(self.submit, 0, Qt.AlignmentFlag.AlignRight)

    def show_parts(self, details) -> None:
        wrong = set(details.get("wrong_lefts") or [])
        for left, (pair, mark) in enumerate(zip(self.question.pairs, self.marks)):
            if left in wrong:
                mark.setText(self.tr("✗ Chưa đúng. Đúng là: %s") % pair.right)
                mark.setProperty("role", "error")
            else:
                mark.setText(self.tr("✓ Đúng"))
            mark.setAccessibleName(mark.text())
            mark.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            mark.style().unpolish(mark)
            mark.style().polish(mark)
            mark.show()

    def choice(self) -> dict[int, int | None]:
        return {left: box.currentData() for left, box in enumerate(self.boxes)}

    def _submit(self) -> None:
        choice = self.choice()
        if any(v is None for v in choice.values()):
            self.error.setText(self.tr("Hãy chọn cho đủ mọi dòng."))
            return
        self.answered.emit(choice)

    def speakable_text(self) -> str:
        return f"{self.question.prompt}. " + ". ".join(p.left for p in self.question.pairs)


class ShortAnswerWidget(QuestionWidget):
    def __init__(self, question, rng, parent=None, tiles: Sequence[str] = ()):
        super().__init__(question, rng, parent)
        column = QVBoxLayout(self)  # the answer row, and the microphone's status line under it
        layout = QHBoxLayout()
        column.addLayout(layout)
        self.edit = QLineEdit()
        self.edit.setMinimumHeight(48)
        self.edit.setPlaceholderText(self.tr("Gõ câu trả lời (có dấu hay không dấu đều được)"))
        self.edit.setAccessibleName(self.tr("Câu trả lời của bạn"))
        self.edit.returnPressed.connect(self._submit)
        layout.addWidget(self.edit, 1)
        from tutor.ui.widgets.mic import MicButton

        self.mic = MicButton(self.edit)
        layout.addWidget(self.mic, 0, Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.mic.take_status())
        self.submit = big_button(primary=True)
        self.submit.setText(self.tr("Trả lời"))
        self.submit.setAccessibleName(self.tr("Gửi câu trả lời"))
        self.submit.clicked.connect(self._submit)
        layout.addWidget(self.submit)
        self.tiles = TilesRow(tiles)
        self.tiles.picked.connect(self._fill)
        column.addWidget(self.tiles)
        self.setFocusProxy(self.edit)

    def _fill(self, word: str) -> None:
        # The tile replaces the text, not appends: one tile is one whole answer.
        self.edit.setText(word)
        self.edit.setFocus()

    def _submit(self) -> None:
        if self.edit.text().strip():
            self.answered.emit(self.edit.text())


WIDGETS = {
    "single": SingleChoiceWidget,
    "multiple": MultipleChoiceWidget,
    "truefalse": TrueFalseWidget,
    "ordering": OrderingWidget,
    "matching": MatchingWidget,
    "short": ShortAnswerWidget,
}


def widget_for(question, rng: random.Random, tiles: Sequence[str] = ()) -> QuestionWidget:
    if question.kind == "short":
        return ShortAnswerWidget(question, rng, tiles=tiles)
    return WIDGETS[question.kind](question, rng)
