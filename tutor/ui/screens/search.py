"""Search the lessons, with or without accents; Enter or a click opens the lesson."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget,
)

from tutor.ui.screens.refresh import RefreshOnChanges
from tutor.ui.widgets.screen import TitledScreen
from tutor.ui.widgets.common import with_clear_button, big_button


@dataclass(frozen=True)
class SearchResult:
    lesson_id: str
    title: str
    level: int
    snippet: str
    section_index: int | None


class SearchScreen(RefreshOnChanges, TitledScreen):
    query_submitted = Signal(str)
    result_chosen = Signal(str, object)     # lesson_id, section index or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.results: list[SearchResult] = []
        outer = self.outer
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setMinimumHeight(48)
        with_clear_button(self.query)
        self.query.returnPressed.connect(self._submit)
        row.addWidget(self.query, 1)
        from tutor.ui.widgets.mic import MicButton

        self.query_mic = MicButton(self.query)
        row.addWidget(self.query_mic, 0, Qt.AlignmentFlag.AlignTop)
        self.search_button = big_button(primary=True)
        self.search_button.clicked.connect(self._submit)
        row.addWidget(self.search_button)
        outer.addLayout(row)
        outer.addWidget(self.query_mic.take_status())
        self.status = QLabel()
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        outer.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Tìm bài học"))
        self.back_button.setText(self.tr("Quay lại"))
        self.back_button.setAccessibleName(self.tr("Quay lại trang chính"))
        self.query.setPlaceholderText(self.tr("Gõ điều bạn muốn học, có dấu hay không dấu đều được"))
        self.query.setAccessibleName(self.tr("Điều bạn muốn tìm"))
        self.search_button.setText(self.tr("Tìm"))
        self.search_button.setAccessibleName(self.tr("Tìm bài học"))
        self.list.setAccessibleName(self.tr("Các bài học tìm được"))

    def start(self, text: str) -> None:
        self.query.setText(text)
        self.list.clear()
        self.status.clear()
        self.query.setFocus()
        if text.strip():
            self._submit()

    def show_results(self, query: str, results: list[SearchResult]) -> None:
        if query != self.query.text().strip():
            return  # an older answer arriving after the learner typed more
        self.results = results
        self.list.clear()
        if not results:
            self.status.setText(self.tr("Không tìm thấy bài nào. Hãy thử từ khác, ví dụ: “lừa đảo”, “viết đơn”."))
        else:
            self.status.setText(self.tr("Tìm thấy %d bài. Bấm vào một bài để mở.") % len(results))
        for result in results:
            text = self.tr("Cấp %d · %s") % (result.level, result.title)
            if result.snippet:
                text += "\n" + result.snippet
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (result.lesson_id, result.section_index))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        if results:
            self.list.setCurrentRow(0)

    def search_again(self) -> None:
        """New lessons arrived (a pack): the results on show are asked for again."""
        if self.results and self.query.text().strip():
            self._submit()

    def _submit(self) -> None:
        text = self.query.text().strip()
        if text:
            self.status.setText(self.tr("Đang tìm…"))
            self.query_submitted.emit(text)

    def _activated(self, item: QListWidgetItem) -> None:
        lesson_id, section = item.data(Qt.ItemDataRole.UserRole)
        self.result_chosen.emit(lesson_id, section)
