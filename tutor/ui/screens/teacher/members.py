"""Học viên: who is in the class, who can join (profiles on this PC and the site roster),
and the learner list as a CSV file for Excel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from tutor.ui.widgets.avatar import avatar_icon
from tutor.ui.widgets.common import big_button, set_text

LEARNER_ID_ROLE = Qt.ItemDataRole.UserRole


def origin_text(widget: QWidget, origin: str) -> str:
    if origin == "site_roster":
        return QCoreApplication.translate("MemberOrigin", "Danh sách của điểm học")
    return QCoreApplication.translate("MemberOrigin", "Tạo trên máy này")


class LearnerTable(QTableWidget):
    """Name (with the learner's picture) and where the profile came from; several can be picked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 2, parent)
        self.learners: list = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(44)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)

    def set_headers(self, name: str, origin: str) -> None:
        self.setHorizontalHeaderLabels([name, origin])

    def show_learners(self, learners, origin_of) -> None:
        self.learners = list(learners)
        self.setRowCount(len(self.learners))
        for row, learner in enumerate(self.learners):
            name = QTableWidgetItem(avatar_icon(learner.icon), learner.display_name)
            name.setData(LEARNER_ID_ROLE, learner.learner_id)
            self.setItem(row, 0, name)
            self.setItem(row, 1, QTableWidgetItem(origin_of(learner.origin)))
        self.resizeColumnToContents(1)

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.learners[row].learner_id for row in rows]

    def select_ids(self, learner_ids) -> None:
        wanted = set(learner_ids)
        self.clearSelection()
        mode = self.selectionMode()
        self.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row, learner in enumerate(self.learners):
            if learner.learner_id in wanted:
                self.selectRow(row)
        self.setSelectionMode(mode)


class MembersTab(QWidget):
    enroll_requested = Signal(list)       # learner ids
    unenroll_requested = Signal(list)
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.members: list = []
        self.others: list = []
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        self.members_label = QLabel()
        self.members_label.setProperty("role", "subtitle")
        self.members_label.setWordWrap(True)
        left_layout.addWidget(self.members_label)
        self.members_table = LearnerTable()
        self.members_label.setBuddy(self.members_table)
        left_layout.addWidget(self.members_table, 1)
        self.unenroll_button = big_button()
        self.unenroll_button.clicked.connect(lambda: self._emit(self.unenroll_requested, self.members_table))
        left_layout.addWidget(self.unenroll_button)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.others_label = QLabel()
        self.others_label.setProperty("role", "subtitle")
        self.others_label.setWordWrap(True)
        right_layout.addWidget(self.others_label)
        self.others_table = LearnerTable()
        self.others_label.setBuddy(self.others_table)
        right_layout.addWidget(self.others_table, 1)
        self.enroll_button = big_button(primary=True)
        self.enroll_button.clicked.connect(lambda: self._emit(self.enroll_requested, self.others_table))
        right_layout.addWidget(self.enroll_button)
        splitter.addWidget(right)
        layout.addWidget(splitter, 1)
        csv_row = QHBoxLayout()
        self.import_button = big_button()
        self.import_button.clicked.connect(self.import_requested)
        csv_row.addWidget(self.import_button)
        self.export_button = big_button()
        self.export_button.clicked.connect(self.export_requested)
        csv_row.addWidget(self.export_button)
        csv_row.addStretch(1)
        layout.addLayout(csv_row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.result.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.result.hide()
        layout.addWidget(self.result)
        self.retranslate()

    def retranslate(self) -> None:
        for table in (self.members_table, self.others_table):
            table.set_headers(self.tr("Họ tên"), self.tr("Nguồn"))
        self.members_table.setAccessibleName(self.tr("Người học trong lớp"))
        self.others_table.setAccessibleName(self.tr("Người học có thể thêm vào lớp"))
        set_text(self.unenroll_button, self.tr("Bỏ khỏi lớp"), self.tr("Bỏ người đã chọn khỏi lớp"))
        set_text(self.enroll_button, self.tr("Thêm vào lớp"), self.tr("Thêm người đã chọn vào lớp"))
        set_text(self.import_button, self.tr("Nhập từ tệp CSV…"), self.tr("Nhập danh sách lớp từ tệp CSV"))
        set_text(self.export_button, self.tr("Xuất ra tệp CSV…"), self.tr("Xuất danh sách lớp ra tệp CSV"))
        self.show_learners(self.members, self.others)

    def show_learners(self, members, others) -> None:
        self.members, self.others = list(members), list(others)
        self.members_label.setText(self.tr("Trong lớp (%d người):") % len(self.members))
        self.others_label.setText(self.tr("Có thể thêm vào lớp (%d người):") % len(self.others))
        origin = lambda value: origin_text(self, value)  # noqa: E731
        self.members_table.show_learners(self.members, origin)
        self.others_table.show_learners(self.others, origin)

    def show_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.setAccessibleName(text)
        self.result.setVisible(bool(text))

    def _emit(self, signal, table: LearnerTable) -> None:
        chosen = table.selected_ids()
        if chosen:
            signal.emit(chosen)
        else:
            self.show_result(self.tr("Hãy chọn ít nhất một người trong danh sách trước."))
