"""The signed-in learner's home screen."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget,
)

from tutor.learners import Learner
from tutor.ui.widgets.avatar import avatar_icon
from tutor.ui.widgets.common import big_button, notice_label, show_notice, title_label


@dataclass(frozen=True)
class LevelSummary:
    number: int
    title: str
    summary: str
    lesson_count: int


@dataclass(frozen=True)
class HomeSnapshot:
    """Everything the home screen shows, read on the db thread in one go."""

    learner: Learner
    pack_title: str | None = None
    levels: list[LevelSummary] = field(default_factory=list)


class HomeScreen(QWidget):
    switch_requested = Signal()
    settings_requested = Signal()
    search_requested = Signal(str)
    level_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.snapshot: HomeSnapshot | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        top = QHBoxLayout()
        self.picture = QLabel()
        top.addWidget(self.picture)
        self.greeting = title_label()
        top.addWidget(self.greeting, 1)
        self.settings_button = big_button()
        self.settings_button.clicked.connect(self.settings_requested)
        top.addWidget(self.settings_button)
        self.switch_button = big_button()
        self.switch_button.clicked.connect(self.switch_requested)
        top.addWidget(self.switch_button)
        outer.addLayout(top)
        self.notice = notice_label()
        outer.addWidget(self.notice)
        search_row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setMinimumHeight(48)
        self.search_edit.returnPressed.connect(self._search)
        search_row.addWidget(self.search_edit, 1)
        self.search_button = big_button()
        self.search_button.clicked.connect(self._search)
        search_row.addWidget(self.search_button)
        outer.addLayout(search_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer.addWidget(self.status)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.levels_host = QWidget()
        self.levels_layout = QVBoxLayout(self.levels_host)
        self.levels_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.levels_host)
        outer.addWidget(self.scroll, 1)
        self.level_buttons = []
        self.retranslate()

    def retranslate(self) -> None:
        self.settings_button.setText(self.tr("Cài đặt"))
        self.settings_button.setAccessibleName(self.tr("Cài đặt"))
        self.switch_button.setText(self.tr("Đổi người học"))
        self.switch_button.setAccessibleName(self.tr("Đổi người học, trở về màn hình chọn tên"))
        self.search_edit.setPlaceholderText(self.tr("Tìm bài học, ví dụ: lừa đảo, viết đơn"))
        self.search_edit.setAccessibleName(self.tr("Tìm bài học"))
        self.search_button.setText(self.tr("Tìm"))
        self.search_button.setAccessibleName(self.tr("Tìm bài học"))
        if self.snapshot:
            self.show_snapshot(self.snapshot)

    def _search(self) -> None:
        text = self.search_edit.text().strip()
        if text:
            self.search_requested.emit(text)

    def show_notice(self, text: str) -> None:
        show_notice(self.notice, text)

    def show_learner(self, learner: Learner) -> None:
        """Shown at once on sign-in; the rest arrives with the snapshot."""
        if self.snapshot is not None and self.snapshot.learner.learner_id != learner.learner_id:
            self.show_snapshot(HomeSnapshot(learner=learner, pack_title=None, levels=[]), loading=True)
        self.picture.setPixmap(avatar_icon(learner.icon).pixmap(QSize(72, 72)))
        self.greeting.setText(self.tr("Chào %s!") % learner.display_name)
        self.greeting.setAccessibleName(self.greeting.text())

    def show_snapshot(self, snapshot: HomeSnapshot, loading: bool = False) -> None:
        self.snapshot = None if loading else snapshot
        learner = snapshot.learner
        self.picture.setPixmap(avatar_icon(learner.icon).pixmap(QSize(72, 72)))
        self.greeting.setText(self.tr("Chào %s!") % learner.display_name)
        self.greeting.setAccessibleName(self.greeting.text())
        for button in self.level_buttons:
            self.levels_layout.removeWidget(button)
            button.deleteLater()
        self.level_buttons = []
        self.search_edit.setEnabled(bool(snapshot.levels))
        self.search_button.setEnabled(bool(snapshot.levels))
        if loading:
            self.status.setText("")
        elif not snapshot.levels:
            self.status.setText(self.tr(
                "Máy này chưa có gói bài học nào. Hãy nhờ thầy cô hoặc cán bộ xã cài gói bài học."
            ))
        else:
            self.status.setText(self.tr("Chọn một cấp độ để học:"))
            for level in snapshot.levels:
                button = big_button()
                text = self.tr("Cấp %d: %s — %d bài") % (level.number, level.title, level.lesson_count)
                button.setText(text)
                button.setAccessibleName(text)
                button.setAccessibleDescription(level.summary)
                button.setToolTip(level.summary)
                button.setStyleSheet("text-align: left;")
                button.clicked.connect(lambda _=False, n=level.number: self.level_chosen.emit(n))
                self.levels_layout.addWidget(button)
                button.show()
                self.level_buttons.append(button)
        self.status.setAccessibleName(self.status.text())
