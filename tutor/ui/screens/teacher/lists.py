"""Cần giúp đỡ and Câu hỏi khó: two short lists a teacher reads before class."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QListWidget, QListWidgetItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from tutor.ui import core_text
from tutor.ui.screens.teacher.format import datetime_text, percent_text

LEARNER_ID_ROLE = Qt.ItemDataRole.UserRole


class HelpTab(QWidget):
    learner_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list = []
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda item: self.learner_chosen.emit(item.data(LEARNER_ID_ROLE)))
        self.intro.setBuddy(self.list)
        layout.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "notice")
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Những người sai nhiều câu liền hoặc 2 tuần nay không học. "
                                   "Bấm Enter hoặc bấm đúp để xem trang của người đó."))
        self.list.setAccessibleName(self.tr("Người học cần giúp đỡ"))
        self.empty.setText(self.tr("Hiện không có ai cần giúp đỡ. Cả lớp đang học đều."))
        self.show_items(self.items)

    def show_items(self, items) -> None:
        self.items = list(items)
        self.list.clear()
        for help_item in self.items:
            text = f"{help_item.display_name}: {core_text.translate(help_item.detail)}"
            if help_item.since is not None:
                text += self.tr(" (từ %s)") % datetime_text(help_item.since)
            item = QListWidgetItem(("✗ " if help_item.reason == "wrong_streak" else "⏸ ") + text)
            item.setData(LEARNER_ID_ROLE, help_item.learner_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        self.list.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)


class DifficultTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list = []
        self.lesson_titles: dict[str, str] = {}
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        # Row heights follow the wrapped text whenever the columns change width; a one-off
        # resizeRowsToContents() on a page not yet laid out wrapped at a sliver and left tall rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 220)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.intro.setBuddy(self.table)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "notice")
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Những câu cả lớp hay trả lời sai nhất. Nên giảng lại các câu này."))
        self.table.setAccessibleName(self.tr("Câu hỏi khó của lớp"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Câu hỏi"), self.tr("Bài"), self.tr("Sai / đã trả lời"), self.tr("Số người sai"),
        ])
        self.empty.setText(self.tr("Chưa có câu nào bị trả lời sai."))
        self.show_items(self.items, self.lesson_titles)

    def show_items(self, items, lesson_titles: dict[str, str]) -> None:
        self.items = list(items)
        self.lesson_titles = dict(lesson_titles)
        self.table.setRowCount(len(self.items))
        for row, question in enumerate(self.items):
            cells = (
                question.prompt,
                self.lesson_titles.get(question.lesson_id, question.lesson_id),
                f"{question.wrong}/{question.answered} ({percent_text(question.wrong, question.answered)})",
                str(question.learners_wrong),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
