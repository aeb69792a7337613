"""One learner as the teacher sees them: time, answers, weak questions, last activity,
the last sync of their PC, opening a level without its test, and the learner's group and
age band for the movement's reports (the same picture picker as the new-profile screen)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from tutor.ui.screens.teacher.format import datetime_text, time_spent_text, percent_text
from tutor.ui.screens.teacher.frame import TeacherScreen
from tutor.ui.widgets.avatar import avatar_icon
from tutor.ui.widgets.common import big_button, set_text
from tutor.learner_groups import is_age_band, is_group
from tutor.ui.screens.teacher.group_dialog import GroupDialog
from tutor.ui.widgets.learner_group import age_band_name, group_name


class LearnerPage(TeacherScreen):
    unlock_requested = Signal(str, int)     # learner id, level
    group_save_requested = Signal(str, object, object)   # learner id, group or None, age band or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = None
        self.lesson_titles: dict[str, str] = {}
        head = QHBoxLayout()
        self.picture = QLabel()
        self.picture.setFixedSize(QSize(80, 80))
        head.addWidget(self.picture)
        who = QVBoxLayout()
        self.name = QLabel()
        self.name.setProperty("role", "subtitle")
        self.name.setWordWrap(True)
        who.addWidget(self.name)
        # The learner group sits under the name (no extra row: the page has no room to spare)
        self.group_label = QLabel()
        self.group_label.setWordWrap(True)
        who.addWidget(self.group_label)
        head.addLayout(who, 1)
        self.group_button = big_button()
        self.group_button.clicked.connect(self._open_group_dialog)
        head.addWidget(self.group_button, 0, Qt.AlignmentFlag.AlignTop)
        self.outer.addLayout(head)
        self.facts = QFormLayout()
        self.facts.setVerticalSpacing(8)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("time", "attempts", "correct", "lessons", "certificates", "last_activity", "last_sync",
                    "levels"):
            caption, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            caption.setBuddy(value)
            self.facts.addRow(caption, value)
            self.fact_labels[key] = (caption, value)
        self.outer.addLayout(self.facts)
        self.weak_label = QLabel()
        self.weak_label.setProperty("role", "subtitle")
        self.outer.addWidget(self.weak_label)
        self.weak = QTableWidget(0, 3)
        self.weak.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weak.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.weak.setTabKeyNavigation(False)
        self.weak.setWordWrap(True)
        self.weak.verticalHeader().setVisible(False)
        # Row heights follow the wrapped text whenever the columns change width; a one-off
        # resizeRowsToContents() on a page not yet laid out wrapped at a sliver and left tall rows.
        self.weak.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.weak.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 240)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.weak_label.setBuddy(self.weak)
        self.outer.addWidget(self.weak, 1)
        unlock_row = QHBoxLayout()
        self.unlock_label = QLabel()
        self.unlock_label.setWordWrap(True)
        unlock_row.addWidget(self.unlock_label)
        self.unlock_combo = QComboBox()
        self.unlock_combo.setMinimumHeight(44)
        self.unlock_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unlock_combo.setMinimumContentsLength(12)
        self.unlock_label.setBuddy(self.unlock_combo)
        unlock_row.addWidget(self.unlock_combo, 1)
        self.unlock_button = big_button()
        self.unlock_button.clicked.connect(self._unlock)
        unlock_row.addWidget(self.unlock_button)
        self.outer.addLayout(unlock_row)
        self.group_dialog: GroupDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Trang người học"))
        set_text(self.back_button, self.tr("Quay lại lớp"), self.tr("Quay lại trang của lớp"))
        captions = {
            "time": self.tr("Thời gian học:"), "attempts": self.tr("Số câu đã trả lời:"),
            "correct": self.tr("Tỉ lệ trả lời đúng:"), "lessons": self.tr("Bài đã làm đạt / đã thuộc:"),
            "certificates": self.tr("Giấy chứng nhận:"), "last_activity": self.tr("Lần học gần nhất:"),
            "last_sync": self.tr("Máy của người này đồng bộ lần cuối:"), "levels": self.tr("Cấp đã mở:"),
        }
        for key, (caption, _value) in self.fact_labels.items():
            caption.setText(captions[key])
        self.weak_label.setText(self.tr("Câu hay sai nhất:"))
        self.weak.setAccessibleName(self.tr("Câu hay sai nhất của người học"))
        self.weak.setHorizontalHeaderLabels([self.tr("Câu hỏi"), self.tr("Bài"), self.tr("Sai / đã trả lời")])
        self.unlock_label.setText(self.tr("Mở khoá cấp (không cần bài kiểm tra):"))
        self.unlock_combo.setAccessibleName(self.tr("Chọn cấp để mở khoá"))
        set_text(self.unlock_button, self.tr("Mở khoá…"), self.tr("Mở khoá cấp đã chọn cho người học này"))
        set_text(self.group_button, self.tr("Chọn nhóm…"),
                 self.tr("Chọn nhóm người học và độ tuổi bằng hình"))
        if self.view is not None:
            self.show_view(self.view, self.lesson_titles)

    def clear(self) -> None:
        self.view = None
        self.name.clear()
        self.picture.clear()
        for _caption, value in self.fact_labels.values():
            value.clear()
        self.weak.setRowCount(0)
        self.unlock_combo.clear()
        self.group_label.clear()

    def show_view(self, view, lesson_titles: dict[str, str]) -> None:
        self.view = view
        self.lesson_titles = dict(lesson_titles)
        report = view.report
        self.picture.setPixmap(avatar_icon(report.icon).pixmap(QSize(72, 72)))
        self.name.setText(report.display_name)
        self.name.setAccessibleName(report.display_name)
        values = {
            "time": time_spent_text(report.time_spent_s),
            "attempts": str(report.attempts),
            "correct": self.tr("%s (%d/%d câu)") % (percent_text(report.correct, report.attempts),
                                                    report.correct, report.attempts)
            if report.attempts else self.tr("chưa trả lời câu nào"),
            "lessons": f"{report.lessons_passed} / {report.lessons_mastered}",
            "certificates": str(report.certificates),
            "last_activity": datetime_text(report.last_activity, self.tr("chưa học lần nào")),
            "last_sync": datetime_text(report.last_sync_of_pc, self.tr("chưa biết")),
            "levels": ", ".join(str(n) for n in report.levels_unlocked) or "—",
        }
        for key, (caption, value) in self.fact_labels.items():
            value.setText(values[key])
            value.setAccessibleName(f"{caption.text()} {values[key]}")
        self.weak.setRowCount(len(report.weak_questions))
        for row, question in enumerate(report.weak_questions):
            cells = (question.prompt, self.lesson_titles.get(question.lesson_id, question.lesson_id),
                     f"{question.wrong}/{question.answered}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.weak.setItem(row, column, item)
        self.unlock_combo.clear()
        for number, title in view.levels:
            if number not in report.levels_unlocked:
                self.unlock_combo.addItem(self.tr("Cấp %d: %s") % (number, title), number)
        has_locked = self.unlock_combo.count() > 0
        self.unlock_combo.setEnabled(has_locked)
        self.unlock_button.setEnabled(has_locked)
        if not has_locked:
            self.unlock_combo.addItem(self.tr("Mọi cấp đã mở"))
        group, age_band = getattr(view, "group", None), getattr(view, "age_band", None)
        chosen = [group_name(group) if is_group(group) else "",
                  age_band_name(age_band).lower() if is_age_band(age_band) else ""]
        text = ", ".join(t for t in chosen if t) or self.tr("chưa chọn")
        self.group_label.setText(self.tr("Nhóm người học (cho báo cáo của phong trào): %s") % text)
        self.group_button.setAccessibleDescription(self.group_label.text())

    def _unlock(self) -> None:
        level = self.unlock_combo.currentData()
        if self.view is not None and level is not None:
            self.unlock_requested.emit(self.view.report.learner_id, int(level))

    def _open_group_dialog(self) -> None:
        """Window-modal but not a nested event loop: the choice comes back by a signal."""
        if self.view is None:
            return
        learner_id = self.view.report.learner_id
        dialog = GroupDialog(self.view.report.display_name, getattr(self.view, "group", None),
                             getattr(self.view, "age_band", None), self)
        dialog.chosen.connect(lambda group, age: self.group_save_requested.emit(learner_id, group, age))
        dialog.finished.connect(lambda _result: setattr(self, "group_dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        self.group_dialog = dialog
        dialog.open()
