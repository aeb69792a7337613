"""Gộp hồ sơ: one person with two profiles (made on two PCs) becomes one.

Both profiles are shown side by side — picture, name, where it came from and how far
it got — so the teacher can see they are the same person before an action that
cannot be undone."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tutor.ui.screens.teacher.format import datetime_text, time_spent_text
from tutor.ui.screens.teacher.members import origin_text
from tutor.ui.widgets.avatar import avatar_icon
from tutor.ui.widgets.common import big_button, set_text


class ProfileCard(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.combo = QComboBox()
        self.combo.setMinimumHeight(44)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        layout.addWidget(self.combo)
        row = QHBoxLayout()
        self.picture = QLabel()
        self.picture.setFixedSize(QSize(64, 64))
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        self.name = QLabel()
        self.name.setProperty("role", "subtitle")
        self.name.setWordWrap(True)
        row.addWidget(self.name, 1)
        layout.addLayout(row)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def learner_id(self) -> str | None:
        return self.combo.currentData()


class MergeTab(QWidget):
    report_wanted = Signal(str)                 # learner id whose progress to show
    merge_requested = Signal(str, str)          # keep id, merge id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.learners: list = []
        self.reports: dict[str, object] = {}
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        cards = QGridLayout()
        self.keep_card = ProfileCard()
        self.merge_card = ProfileCard()
        cards.addWidget(self.keep_card, 0, 0)
        arrow = QLabel("⟵")
        arrow.setProperty("role", "title")
        arrow.setAccessibleName("")
        cards.addWidget(arrow, 0, 1, Qt.AlignmentFlag.AlignCenter)
        cards.addWidget(self.merge_card, 0, 2)
        cards.setColumnStretch(0, 1)
        cards.setColumnStretch(2, 1)
        layout.addLayout(cards)
        self.warning = QLabel()
        self.warning.setProperty("role", "notice")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.problem = QLabel()
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        self.merge_button = big_button(primary=True)
        self.merge_button.clicked.connect(self._merge)
        row.addWidget(self.merge_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        for card in (self.keep_card, self.merge_card):
            card.combo.currentIndexChanged.connect(lambda _i, c=card: self._chosen(c))
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Khi một người có hai hồ sơ (ví dụ học ở hai máy khác nhau), hãy gộp lại thành một. "
            "Chọn hồ sơ giữ lại ở bên trái và hồ sơ cần gộp ở bên phải."))
        self.keep_card.heading.setText(self.tr("Giữ lại hồ sơ này:"))
        self.keep_card.combo.setAccessibleName(self.tr("Hồ sơ giữ lại"))
        self.merge_card.heading.setText(self.tr("Gộp và ẩn hồ sơ này:"))
        self.merge_card.combo.setAccessibleName(self.tr("Hồ sơ cần gộp"))
        self.warning.setText(self.tr(
            "Lưu ý: mọi bài đã học, câu trả lời và giấy chứng nhận của hồ sơ bên phải sẽ tính cho hồ sơ "
            "bên trái. Hồ sơ bên phải sẽ không còn trên màn hình chọn người học. Không thể hoàn tác."))
        set_text(self.merge_button, self.tr("Gộp hai hồ sơ…"), self.tr("Gộp hai hồ sơ đã chọn"))
        self.show_learners(self.learners)

    def show_learners(self, learners) -> None:
        chosen = (self.keep_card.learner_id(), self.merge_card.learner_id())
        self.learners = list(learners)
        for card, previous in zip((self.keep_card, self.merge_card), chosen):
            card.combo.blockSignals(True)
            card.combo.clear()
            card.combo.addItem(self.tr("— Chọn người học —"), None)
            for learner in self.learners:
                card.combo.addItem(avatar_icon(learner.icon), learner.display_name, learner.learner_id)
            card.combo.setCurrentIndex(max(0, card.combo.findData(previous)) if previous else 0)
            card.combo.blockSignals(False)
            self._fill(card)
        self._update()
        for card in (self.keep_card, self.merge_card):
            if card.learner_id() and card.learner_id() not in self.reports:
                self.report_wanted.emit(card.learner_id())

    def choose(self, keep_id: str, merge_id: str) -> None:
        self.keep_card.combo.setCurrentIndex(max(0, self.keep_card.combo.findData(keep_id)))
        self.merge_card.combo.setCurrentIndex(max(0, self.merge_card.combo.findData(merge_id)))

    def show_report(self, report) -> None:
        self.reports[report.learner_id] = report
        for card in (self.keep_card, self.merge_card):
            if card.learner_id() == report.learner_id:
                self._fill(card)

    def _chosen(self, card: ProfileCard) -> None:
        self._fill(card)
        learner_id = card.learner_id()
        if learner_id:
            self.report_wanted.emit(learner_id)
        self._update()

    def _learner(self, learner_id):
        return next((l for l in self.learners if l.learner_id == learner_id), None)

    def _fill(self, card: ProfileCard) -> None:
        learner = self._learner(card.learner_id())
        if learner is None:
            card.picture.clear()
            card.name.clear()
            card.details.setText("")
            return
        card.picture.setPixmap(avatar_icon(learner.icon).pixmap(QSize(60, 60)))
        card.name.setText(learner.display_name)
        lines = [origin_text(self, learner.origin)]
        report = self.reports.get(learner.learner_id)
        if report is None:
            lines.append(self.tr("Đang đọc tiến độ…"))
        else:
            lines += [
                self.tr("Bài đã làm đạt: %d, đã thuộc: %d") % (report.lessons_passed, report.lessons_mastered),
                self.tr("Câu đã trả lời: %d (đúng %d)") % (report.attempts, report.correct),
                self.tr("Thời gian học: %s") % time_spent_text(report.time_spent_s),
                self.tr("Giấy chứng nhận: %d") % report.certificates,
                self.tr("Lần học gần nhất: %s") % datetime_text(report.last_activity),
            ]
        card.details.setText("\n".join(lines))
        card.details.setAccessibleName(". ".join([learner.display_name] + lines))

    def _update(self) -> None:
        keep, merge = self.keep_card.learner_id(), self.merge_card.learner_id()
        problem = ""
        if keep and merge and keep == merge:
            problem = self.tr("Hãy chọn hai hồ sơ khác nhau.")
        self.problem.setText(problem)
        self.merge_button.setEnabled(bool(keep and merge and not problem))

    def _merge(self) -> None:
        keep, merge = self.keep_card.learner_id(), self.merge_card.learner_id()
        if keep and merge and keep != merge:
            self.merge_requested.emit(keep, merge)

    def names(self) -> tuple[str, str]:
        keep = self._learner(self.keep_card.learner_id())
        merge = self._learner(self.merge_card.learner_id())
        return (keep.display_name if keep else "", merge.display_name if merge else "")
