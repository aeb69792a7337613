"""Giao bài: choose lessons (a tree by level and module) or a level test, an optional due
date, and see or cancel what the class was given."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QRadioButton, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from tutor.ui.screens.teacher.format import date_text, datetime_text
from tutor.ui.widgets.common import big_button, set_text

LESSON_ID_ROLE = Qt.ItemDataRole.UserRole
ASSIGNMENT_ID_ROLE = Qt.ItemDataRole.UserRole


def describe_assignment(widget: QWidget, assignment, lesson_titles: dict[str, str]) -> str:
    """One line a teacher can read: what, until when, since when."""
    if assignment.kind == "level_test":
        what = QCoreApplication.translate("AssignmentText", "Bài kiểm tra cấp %d") % (assignment.level or 0)
    else:
        titles = [lesson_titles.get(lesson_id, lesson_id) for lesson_id in assignment.lesson_ids]
        shown = ", ".join(titles[:3]) + (QCoreApplication.translate("AssignmentText", " và %d bài khác") % (len(titles) - 3) if len(titles) > 3 else "")
        what = QCoreApplication.translate("AssignmentText", "%d bài: %s") % (len(titles), shown)
    parts = [what]
    if assignment.due is not None:
        parts.append(QCoreApplication.translate("AssignmentText", "Hạn: %s") % date_text(assignment.due))
    parts.append(QCoreApplication.translate("AssignmentText", "giao lúc %s") % datetime_text(assignment.created_at))
    text = " — ".join(parts)
    if assignment.cancelled:
        text += QCoreApplication.translate("AssignmentText", " (đã huỷ)")
    return text


class AssignTab(QWidget):
    assign_requested = Signal(list, object, object)   # lesson ids, level (test) or None, due date or None
    cancel_requested = Signal(str)                    # assignment id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.curriculum: tuple = ()
        self.assignments: list = []
        self.lesson_titles: dict[str, str] = {}
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)

        left = QWidget()
        form = QVBoxLayout(left)
        form.setContentsMargins(0, 0, 8, 0)
        self.kind_group = QButtonGroup(self)
        self.lessons_radio = QRadioButton()
        self.lessons_radio.setChecked(True)
        self.test_radio = QRadioButton()
        self.kind_group.addButton(self.lessons_radio)
        self.kind_group.addButton(self.test_radio)
        self.lessons_radio.toggled.connect(self._kind_changed)
        form.addWidget(self.lessons_radio)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        # Long lesson titles scroll sideways instead of being cut off with "…".
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::indicator { width: 22px; height: 22px; }")
        self.tree.itemChanged.connect(lambda *_: self._update_button())
        form.addWidget(self.tree, 1)
        form.addWidget(self.test_radio)
        test_row = QHBoxLayout()
        test_row.addSpacing(32)
        self.test_level = QComboBox()
        self.test_level.setMinimumHeight(44)
        self.test_level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.test_level.setMinimumContentsLength(12)
        test_row.addWidget(self.test_level, 1)
        form.addLayout(test_row)
        due_row = QHBoxLayout()
        self.due_check = QCheckBox()
        self.due_check.toggled.connect(lambda on: self.due_edit.setEnabled(on))
        due_row.addWidget(self.due_check)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("dd/MM/yyyy")
        self.due_edit.setMinimumHeight(44)
        self.due_edit.setMinimumDate(QDate.currentDate())   # the core refuses a due date in the past
        self.due_edit.setDate(QDate.currentDate().addDays(7))
        self.due_edit.setEnabled(False)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        form.addLayout(due_row)
        self.assign_button = big_button(primary=True)
        self.assign_button.clicked.connect(self._assign)
        form.addWidget(self.assign_button)
        splitter.addWidget(left)

        right = QWidget()
        given = QVBoxLayout(right)
        given.setContentsMargins(8, 0, 0, 0)
        self.given_label = QLabel()
        self.given_label.setProperty("role", "subtitle")
        given.addWidget(self.given_label)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.given_label.setBuddy(self.list)
        given.addWidget(self.list, 1)
        self.show_cancelled = QCheckBox()
        self.show_cancelled.toggled.connect(lambda _on: self.show_assignments(self.assignments, self.lesson_titles))
        given.addWidget(self.show_cancelled)
        self.cancel_button = big_button()
        self.cancel_button.clicked.connect(self._cancel)
        given.addWidget(self.cancel_button)
        splitter.addWidget(right)
        splitter.setSizes([520, 480])
        self.retranslate()

    def retranslate(self) -> None:
        self.lessons_radio.setText(self.tr("Giao bài học:"))
        self.test_radio.setText(self.tr("Giao bài kiểm tra:"))
        self.tree.setAccessibleName(self.tr("Chọn bài để giao, theo cấp và chủ đề"))
        self.test_level.setAccessibleName(self.tr("Chọn cấp của bài kiểm tra"))
        self.due_check.setText(self.tr("Có hạn hoàn thành:"))
        self.due_edit.setAccessibleName(self.tr("Hạn hoàn thành (ngày/tháng/năm)"))
        set_text(self.assign_button, self.tr("Giao cho cả lớp"))
        self.given_label.setText(self.tr("Bài đã giao cho lớp:"))
        self.list.setAccessibleName(self.tr("Bài đã giao cho lớp"))
        self.show_cancelled.setText(self.tr("Hiện cả bài đã huỷ"))
        set_text(self.cancel_button, self.tr("Huỷ bài đã chọn"), self.tr("Huỷ bài giao đã chọn"))
        self.set_curriculum(self.curriculum)
        self.show_assignments(self.assignments, self.lesson_titles)

    def set_curriculum(self, curriculum) -> None:
        """Rebuilds the tree only when the curriculum changed, so ticks survive a refresh."""
        if curriculum == self.curriculum and self.tree.topLevelItemCount():
            return
        self.curriculum = tuple(curriculum)
        self.tree.blockSignals(True)
        self.tree.clear()
        for level in self.curriculum:
            level_item = QTreeWidgetItem([self.tr("Cấp %d: %s") % (level.number, level.title)])
            level_item.setFlags(level_item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                                | Qt.ItemFlag.ItemIsAutoTristate)
            level_item.setCheckState(0, Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(level_item)
            for module in level.modules:
                module_item = QTreeWidgetItem([module.title])
                module_item.setFlags(module_item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                                     | Qt.ItemFlag.ItemIsAutoTristate)
                module_item.setCheckState(0, Qt.CheckState.Unchecked)
                level_item.addChild(module_item)
                for lesson_id, title in module.lessons:
                    lesson_item = QTreeWidgetItem([title])
                    lesson_item.setFlags(lesson_item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    lesson_item.setCheckState(0, Qt.CheckState.Unchecked)
                    lesson_item.setData(0, LESSON_ID_ROLE, lesson_id)
                    module_item.addChild(lesson_item)
        self.tree.blockSignals(False)
        chosen = self.test_level.currentData()
        self.test_level.clear()
        for level in self.curriculum:
            self.test_level.addItem(self.tr("Bài kiểm tra cấp %d: %s") % (level.number, level.title), level.number)
        self.test_level.setCurrentIndex(max(0, self.test_level.findData(chosen)))
        self._kind_changed()

    def set_today(self, today: date) -> None:
        """The earliest due date the core accepts. It comes from the workspace's clock, which
        corrects a wrong PC clock; QDate.currentDate() alone would follow the wrong one."""
        first = QDate(today.year, today.month, today.day)
        if first == self.due_edit.minimumDate():
            return
        self.due_edit.setMinimumDate(first)
        if not self.due_check.isChecked():
            self.due_edit.setDate(first.addDays(7))

    def lesson_items(self) -> list[QTreeWidgetItem]:
        found = []
        for i in range(self.tree.topLevelItemCount()):
            level_item = self.tree.topLevelItem(i)
            for j in range(level_item.childCount()):
                module_item = level_item.child(j)
                found += [module_item.child(k) for k in range(module_item.childCount())]
        return found

    def check_lessons(self, lesson_ids) -> None:
        wanted = set(lesson_ids)
        for item in self.lesson_items():
            item.setCheckState(0, Qt.CheckState.Checked if item.data(0, LESSON_ID_ROLE) in wanted
                               else Qt.CheckState.Unchecked)

    def chosen_lessons(self) -> list[str]:
        return [item.data(0, LESSON_ID_ROLE) for item in self.lesson_items()
                if item.checkState(0) == Qt.CheckState.Checked]

    def due(self) -> date | None:
        if not self.due_check.isChecked():
            return None
        return self.due_edit.date().toPython()

    def _kind_changed(self, *_args) -> None:
        lessons = self.lessons_radio.isChecked()
        self.tree.setEnabled(lessons)
        self.test_level.setEnabled(not lessons)
        self._update_button()

    def _update_button(self) -> None:
        if self.lessons_radio.isChecked():
            self.assign_button.setEnabled(bool(self.chosen_lessons()))
        else:
            self.assign_button.setEnabled(self.test_level.count() > 0)
        item = self.list.currentItem()
        current = self._assignment(item.data(ASSIGNMENT_ID_ROLE)) if item is not None else None
        self.cancel_button.setEnabled(current is not None and not current.cancelled)

    def _assign(self) -> None:
        if self.lessons_radio.isChecked():
            self.assign_requested.emit(self.chosen_lessons(), None, self.due())
        else:
            self.assign_requested.emit([], self.test_level.currentData(), self.due())

    def assigned(self) -> None:
        """After a successful assignment: clear the ticks so the next one starts fresh."""
        self.check_lessons(())
        self.due_check.setChecked(False)

    def show_assignments(self, assignments, lesson_titles: dict[str, str]) -> None:
        current = self.list.currentItem().data(ASSIGNMENT_ID_ROLE) if self.list.currentItem() else None
        self.assignments = list(assignments)
        self.lesson_titles = dict(lesson_titles)
        self.list.clear()
        for assignment in self.assignments:
            if assignment.cancelled and not self.show_cancelled.isChecked():
                continue
            text = describe_assignment(self, assignment, self.lesson_titles)
            item = QListWidgetItem(text)
            item.setData(ASSIGNMENT_ID_ROLE, assignment.assignment_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
            if assignment.assignment_id == current:
                self.list.setCurrentItem(item)
        if not self.list.count():
            placeholder = QListWidgetItem(self.tr("Chưa giao bài nào."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        self._update_button()

    def _assignment(self, assignment_id):
        return next((a for a in self.assignments if a.assignment_id == assignment_id), None)

    def _cancel(self) -> None:
        item = self.list.currentItem()
        assignment = self._assignment(item.data(ASSIGNMENT_ID_ROLE)) if item else None
        if assignment is not None and not assignment.cancelled:
            self.cancel_requested.emit(assignment.assignment_id)
