"""The signed-in learner's home: carry on, today's review, the five levels as a map."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget,
)

from tutor.learners import Learner
from tutor.ui import core_text
from tutor.ui.screens.refresh import RefreshOnChanges
from tutor.ui.widgets.assigned import AssignedPanel
from tutor.ui.widgets.avatar import ICON_DIR, avatar_icon
from tutor.ui.widgets.common import big_button, notice_label, show_notice, title_label
from tutor.ui.widgets.flow import FlowRow, WrapButton
from tutor.ui.widgets.steps import StepsPicture


@dataclass(frozen=True)
class LevelSummary:
    number: int
    title: str
    summary: str
    lesson_count: int
    open: bool = True
    lessons_passed: int = 0
    lessons_mastered: int = 0
    test_passed: bool = False


@dataclass(frozen=True)
class HomeSnapshot:
    """Everything the home screen shows, read on the db thread in one go."""

    learner: Learner
    pack_title: str | None = None
    levels: list[LevelSummary] = field(default_factory=list)
    continue_lesson: tuple[str, str] | None = None     # (lesson_id, title)
    due_count: int = 0
    streak_message: str = ""
    badges: list[str] = field(default_factory=list)
    certificates: int = 0


class LevelCard(QFrame):
    """One level on the home screen. Its texts use its own tr(): lupdate files `home.tr(...)`
    under a context named "home" that the running app never asks for, so they stayed Vietnamese."""

    def __init__(self, level: LevelSummary, home: "HomeScreen"):
        super().__init__()
        self.level = level
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        head_row = QHBoxLayout()
        self.picture = QLabel()
        icon = ICON_DIR / f"level{level.number}.svg"
        if icon.exists():  # a picture for each level, so it is found without reading
            self.picture.setPixmap(QIcon(str(icon)).pixmap(QSize(48, 48)))
        self.picture.setAccessibleName(self.tr("Hình cấp %d") % level.number)
        head_row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        head = QLabel(self.tr("Cấp %d: %s") % (level.number, level.title))
        head.setProperty("role", "subtitle")
        head.setWordWrap(True)
        head_row.addWidget(head, 1)
        layout.addLayout(head_row)
        if level.open:
            state = self.tr("Đã thuộc %d/%d bài") % (level.lessons_passed, level.lesson_count)
            if level.test_passed:
                state += self.tr(" · Đã qua bài kiểm tra ✓")
        else:
            state = self.tr("Chưa mở. Hãy qua bài kiểm tra cấp %d trước.") % (level.number - 1)
        self.state = QLabel(state)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        if level.open and level.lesson_count:
            self.steps = StepsPicture(level.lessons_passed, level.lesson_count)
            self.steps.setAccessibleName(state)
            layout.addWidget(self.steps)
        row = FlowRow()
        self.open_button = big_button()
        self.open_button.setText(self.tr("Vào học cấp %d") % level.number if level.open
                                 else self.tr("Cấp %d chưa mở") % level.number)
        self.open_button.setEnabled(level.open)
        self.open_button.setAccessibleName(f"{self.open_button.text()}. {state}")
        self.open_button.clicked.connect(lambda: home.level_chosen.emit(level.number))
        row.addWidget(self.open_button)
        self.test_button = big_button()
        self.test_button.setText(self.tr("Làm bài kiểm tra cấp %d") % level.number)
        self.test_button.setAccessibleName(self.test_button.text())
        self.test_button.clicked.connect(lambda: home.level_test_requested.emit(level.number))
        self.test_button.setVisible(level.open)
        row.addWidget(self.test_button)
        layout.addLayout(row)


class HomeScreen(RefreshOnChanges, QWidget):
    switch_requested = Signal()
    settings_requested = Signal()
    search_requested = Signal(str)
    level_chosen = Signal(int)
    level_test_requested = Signal(int)
    continue_requested = Signal(str)
    review_requested = Signal()
    certificates_requested = Signal()
    ask_requested = Signal()

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
        self.streak = QLabel()
        self.streak.setWordWrap(True)
        outer.addWidget(self.streak)
        actions = FlowRow()
        self.continue_button = WrapButton()
        self.continue_button.setProperty("role", "primary")
        self.continue_button.setAutoDefault(True)
        self.continue_button.clicked.connect(self._continue)
        self.continue_button.hide()
        actions.addWidget(self.continue_button)
        self.review_button = big_button()
        self.review_button.clicked.connect(self.review_requested)
        self.review_button.hide()
        actions.addWidget(self.review_button)
        outer.addLayout(actions)
        # What the teacher gave the class; hidden when there is nothing (tutor.ui.widgets.assigned).
        self.assigned = AssignedPanel()
        self.assigned.lesson_chosen.connect(self.continue_requested)
        self.assigned.level_test_chosen.connect(self.level_test_requested)
        outer.addWidget(self.assigned)
        search_row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setMinimumHeight(48)
        self.search_edit.returnPressed.connect(self._search)
        search_row.addWidget(self.search_edit, 1)
        self.search_button = big_button()
        self.search_button.clicked.connect(self._search)
        search_row.addWidget(self.search_button)
        self.ask_button = big_button()
        self.ask_button.clicked.connect(self.ask_requested)
        # Pictures on the main actions, so they are recognised before they are read.
        for button, name in ((self.continue_button, "continue"), (self.review_button, "review"),
                             (self.search_button, "search"), (self.ask_button, "ask")):
            button.setIcon(QIcon(str(ICON_DIR / f"{name}.svg")))
            button.setIconSize(QSize(32, 32))
        search_row.addWidget(self.ask_button)
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
        self.certificates_button = big_button()
        self.certificates_button.clicked.connect(self.certificates_requested)
        self.certificates_button.hide()
        outer.addWidget(self.certificates_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.level_cards: list[LevelCard] = []
        self.retranslate()

    @property
    def level_buttons(self):
        return [card.open_button for card in self.level_cards]

    def retranslate(self) -> None:
        self.settings_button.setText(self.tr("Cài đặt"))
        self.settings_button.setAccessibleName(self.tr("Cài đặt"))
        self.switch_button.setText(self.tr("Đổi người học"))
        self.switch_button.setAccessibleName(self.tr("Đổi người học, trở về màn hình chọn tên"))
        self.search_edit.setPlaceholderText(self.tr("Tìm bài học, ví dụ: lừa đảo, viết đơn"))
        self.search_edit.setAccessibleName(self.tr("Tìm bài học"))
        self.search_button.setText(self.tr("Tìm"))
        self.search_button.setAccessibleName(self.tr("Tìm bài học"))
        self.ask_button.setText(self.tr("Hỏi gia sư"))
        self.ask_button.setAccessibleName(self.tr("Hỏi gia sư một câu, trả lời từ bài học"))
        self.assigned.retranslate()
        if self.snapshot:
            self.show_snapshot(self.snapshot)

    def _search(self) -> None:
        text = self.search_edit.text().strip()
        if text:
            self.search_requested.emit(text)

    def _continue(self) -> None:
        if self.snapshot and self.snapshot.continue_lesson:
            self.continue_requested.emit(self.snapshot.continue_lesson[0])

    def show_notice(self, text: str) -> None:
        show_notice(self.notice, text)

    def set_sync_bar(self, bar: QWidget) -> None:
        """The sync status line (tutor.ui.sync_controller), at the bottom; it hides itself
        on a PC that is not enrolled."""
        self.layout().addWidget(bar)

    def show_learner(self, learner: Learner) -> None:
        """Shown at once on sign-in; the rest arrives with the snapshot."""
        self.assigned.show_assignments([])  # the previous learner's list never shows for this one
        if self.snapshot is not None and self.snapshot.learner.learner_id != learner.learner_id:
            self.show_snapshot(HomeSnapshot(learner=learner), loading=True)
        self.picture.setPixmap(avatar_icon(learner.icon).pixmap(QSize(72, 72)))
        self.greeting.setText(self.tr("Chào %s!") % learner.display_name)
        self.greeting.setAccessibleName(self.greeting.text())

    def show_snapshot(self, snapshot: HomeSnapshot, loading: bool = False) -> None:
        self.snapshot = None if loading else snapshot
        learner = snapshot.learner
        self.picture.setPixmap(avatar_icon(learner.icon).pixmap(QSize(72, 72)))
        self.greeting.setText(self.tr("Chào %s!") % learner.display_name)
        self.greeting.setAccessibleName(self.greeting.text())
        for card in self.level_cards:
            self.levels_layout.removeWidget(card)
            card.deleteLater()
        self.level_cards = []
        has_pack = bool(snapshot.levels)
        for widget in (self.search_edit, self.search_button, self.ask_button):
            widget.setEnabled(has_pack)
        self.continue_button.setVisible(has_pack and not loading)
        self.review_button.setVisible(has_pack and not loading)
        streak = core_text.translate(snapshot.streak_message)
        if snapshot.badges:
            streak += ("  " if streak else "") + self.tr("Huy hiệu: %s") % ", ".join(snapshot.badges)
        self.streak.setText(streak)
        self.streak.setVisible(bool(streak))
        if snapshot.continue_lesson:
            self.continue_button.setText(self.tr("Tiếp tục bài đang học: %s") % snapshot.continue_lesson[1])
        else:
            self.continue_button.setText(self.tr("Bạn đã học hết các bài đang mở. Giỏi lắm!"))
        self.continue_button.setEnabled(snapshot.continue_lesson is not None)
        self.continue_button.setAccessibleName(self.continue_button.text())
        if snapshot.due_count:
            self.review_button.setText(self.tr("Ôn tập hôm nay (%d câu)") % snapshot.due_count)
        else:
            self.review_button.setText(self.tr("Hôm nay chưa có câu cần ôn"))
        self.review_button.setEnabled(snapshot.due_count > 0)
        self.review_button.setAccessibleName(self.review_button.text())
        self.certificates_button.setText(self.tr("Giấy chứng nhận của tôi (%d)") % snapshot.certificates)
        self.certificates_button.setAccessibleName(self.certificates_button.text())
        self.certificates_button.setVisible(snapshot.certificates > 0)
        if loading:
            self.status.setText("")
        elif not has_pack:
            self.status.setText(self.tr(
                "Máy này chưa có gói bài học nào. Hãy nhờ thầy cô hoặc cán bộ xã cài gói bài học."
            ))
        else:
            self.status.setText(self.tr("Năm cấp độ học:"))
            for level in snapshot.levels:
                card = LevelCard(level, self)
                self.levels_layout.addWidget(card)
                card.show()
                self.level_cards.append(card)
        self.status.setAccessibleName(self.status.text())
