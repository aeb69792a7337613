"""The teacher's home: the list of classes, and what can be done to one."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget,
)

from tutor.ui.screens.teacher.frame import TeacherScreen
from tutor.ui.widgets.common import big_button, set_text

CLASS_ID_ROLE = Qt.ItemDataRole.UserRole


class TeacherHomeScreen(TeacherScreen):
    create_requested = Signal(str)          # name
    rename_requested = Signal(str)          # class_id (the controller asks for the new name)
    archive_requested = Signal(str, bool)   # class_id, archived
    open_requested = Signal(str)            # class_id
    show_archived_changed = Signal(bool)
    volunteer_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.classes: list = []
        self.back_button.hide()  # the way out of the teacher area is "Đăng xuất"
        create_row = QHBoxLayout()
        self.new_label = QLabel()
        create_row.addWidget(self.new_label)
        self.name_edit = QLineEdit()
        self.name_edit.setMinimumHeight(48)
        self.name_edit.setMaxLength(80)
        self.new_label.setBuddy(self.name_edit)
        self.name_edit.returnPressed.connect(self._create)
        create_row.addWidget(self.name_edit, 1)
        self.create_button = big_button(primary=True)
        self.create_button.clicked.connect(self._create)
        create_row.addWidget(self.create_button)
        self.outer.addLayout(create_row)
        self.list_label = QLabel()
        self.list_label.setProperty("role", "subtitle")
        self.outer.addWidget(self.list_label)
        self.list = QListWidget()
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.list.itemActivated.connect(self._open)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list_label.setBuddy(self.list)
        self.outer.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.outer.addWidget(self.empty)
        self.archived_check = QCheckBox()
        self.archived_check.toggled.connect(self.show_archived_changed)
        self.outer.addWidget(self.archived_check)
        actions = QHBoxLayout()
        self.open_button = big_button(primary=True)
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        actions.addWidget(self.open_button)
        self.rename_button = big_button()
        self.rename_button.clicked.connect(lambda: self._with_current(self.rename_requested.emit))
        actions.addWidget(self.rename_button)
        self.archive_button = big_button()
        self.archive_button.clicked.connect(self._archive)
        actions.addWidget(self.archive_button)
        actions.addStretch(1)
        self.volunteer_button = big_button()
        self.volunteer_button.clicked.connect(self.volunteer_requested)
        actions.addWidget(self.volunteer_button)
        self.outer.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Các lớp học"))
        self.new_label.setText(self.tr("Tên lớp mới:"))
        self.name_edit.setPlaceholderText(self.tr("Ví dụ: Lớp thôn Bản Lìm, tối thứ Ba"))
        self.name_edit.setAccessibleName(self.tr("Tên lớp mới"))
        set_text(self.create_button, self.tr("Tạo lớp"))
        self.list_label.setText(self.tr("Lớp của bạn:"))
        self.list.setAccessibleName(self.tr("Danh sách lớp học"))
        self.empty.setText(self.tr("Chưa có lớp nào. Hãy gõ tên lớp rồi bấm “Tạo lớp”."))
        self.archived_check.setText(self.tr("Hiện cả các lớp đã lưu trữ"))
        set_text(self.open_button, self.tr("Mở lớp"), self.tr("Mở lớp đã chọn"))
        set_text(self.rename_button, self.tr("Đổi tên"), self.tr("Đổi tên lớp đã chọn"))
        set_text(self.volunteer_button, self.tr("Máy tình nguyện viên"),
                 self.tr("Máy tình nguyện viên: nhận và ghi dữ liệu học qua USB"))
        self.show_classes(self.classes)

    def show_classes(self, classes: list) -> None:
        current = self.current_class_id()
        self.classes = list(classes)
        self.list.clear()
        for info in self.classes:
            text = self.tr("%s — %d người học") % (info.name, info.member_count)
            if info.archived:
                text += self.tr(" (đã lưu trữ)")
            item = QListWidgetItem(text)
            item.setData(CLASS_ID_ROLE, info.class_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
            if info.class_id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.classes:
            self.list.setCurrentRow(0)
        self.empty.setVisible(not self.classes)
        self._update_buttons()

    def current_class_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(CLASS_ID_ROLE) if item is not None else None

    def class_info(self, class_id: str):
        return next((c for c in self.classes if c.class_id == class_id), None)

    def select(self, class_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(CLASS_ID_ROLE) == class_id:
                self.list.setCurrentRow(row)

    def class_created(self) -> None:
        self.name_edit.clear()

    def _update_buttons(self) -> None:
        info = self.class_info(self.current_class_id() or "")
        for button in (self.open_button, self.rename_button, self.archive_button):
            button.setEnabled(info is not None)
        if info is not None and info.archived:
            set_text(self.archive_button, self.tr("Bỏ lưu trữ"), self.tr("Bỏ lưu trữ lớp đã chọn"))
        else:
            set_text(self.archive_button, self.tr("Lưu trữ"), self.tr("Lưu trữ lớp đã chọn (ẩn đi, không xoá)"))

    def _create(self) -> None:
        name = unicodedata.normalize("NFC", self.name_edit.text().strip())
        if not name:
            self.show_notice(self.tr("Hãy gõ tên lớp trước."))
            self.name_edit.setFocus()
            return
        self.create_requested.emit(name)

    def _with_current(self, emit) -> None:
        class_id = self.current_class_id()
        if class_id:
            emit(class_id)

    def _archive(self) -> None:
        info = self.class_info(self.current_class_id() or "")
        if info is not None:
            self.archive_requested.emit(info.class_id, not info.archived)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_requested.emit(item.data(CLASS_ID_ROLE))
