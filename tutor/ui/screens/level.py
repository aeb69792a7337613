"""One level: its modules and their lessons, in order. A lesson opens on Enter or a click."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from tutor.ui.screens.refresh import RefreshOnChanges
from tutor.ui.widgets.screen import TitledScreen


@dataclass(frozen=True)
class ModuleEntry:
    title: str
    lessons: list[tuple[str, str, int]] = field(default_factory=list)   # (lesson_id, title, minutes)
    done: frozenset[str] = frozenset()   # lessons whose quiz the learner has passed


@dataclass(frozen=True)
class LevelView:
    number: int
    title: str
    summary: str
    modules: list[ModuleEntry] = field(default_factory=list)


class LevelScreen(RefreshOnChanges, TitledScreen):
    lesson_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view: LevelView | None = None
        outer = self.outer
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setSpacing(4)
        # Long lesson titles wrap at large text sizes instead of running off the side.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        outer.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Quay lại"))
        self.back_button.setAccessibleName(self.tr("Quay lại trang chính"))
        self.list.setAccessibleName(self.tr("Các bài học của cấp này"))
        if self.view:
            self.show_level(self.view)

    def show_level(self, view: LevelView) -> None:
        self.view = view
        self.title.setText(self.tr("Cấp %d: %s") % (view.number, view.title))
        self.summary.setText(view.summary)
        self.list.clear()
        first_lesson = None
        for module in view.modules:
            header = QListWidgetItem(module.title)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(header)
            for lesson_id, title, minutes in module.lessons:
                done = lesson_id in module.done
                # A tick, not only a colour, marks a lesson done; unticked lessons keep the room.
                text = ("✓ " if done else "    ") + self.tr("%s (%d phút)") % (title, minutes)
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, lesson_id)
                spoken = text.strip() + (self.tr(". Đã học xong") if done else "")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
                self.list.addItem(item)
                if first_lesson is None:
                    first_lesson = item
        if first_lesson is not None:
            self.list.setCurrentItem(first_lesson)
        self.list.setFocus()

    def _activated(self, item: QListWidgetItem) -> None:
        lesson_id = item.data(Qt.ItemDataRole.UserRole)
        if lesson_id:
            self.lesson_chosen.emit(lesson_id)
