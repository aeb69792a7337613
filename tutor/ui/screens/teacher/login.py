"""The door of the teacher area: the first teacher's account on a new PC, the login form, or
on an enrolled PC that has no account yet, where accounts come from (the hub)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from tutor.ui.widgets.common import big_button, error_label, set_text
from tutor.ui.widgets.screen import TitledScreen


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


class TeacherLoginScreen(TitledScreen):
    """Two forms and a notice in one screen: ``mode`` is "first_run", "login" or "from_hub"."""

    login_requested = Signal(str, str)                 # username, password
    create_requested = Signal(str, str, str)           # username, display name, password

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mode = "login"
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.outer.addWidget(self.intro)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setVerticalSpacing(14)
        self.username_label, self.username_edit = QLabel(), self._edit()
        self.name_label, self.name_edit = QLabel(), self._edit()
        self.password_label, self.password_edit = QLabel(), self._edit(password=True)
        self.again_label, self.again_edit = QLabel(), self._edit(password=True)
        for label, edit in ((self.username_label, self.username_edit), (self.name_label, self.name_edit),
                            (self.password_label, self.password_edit), (self.again_label, self.again_edit)):
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.form = form
        self.outer.addLayout(form)
        self.error = error_label()
        self.error.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outer.addWidget(self.error)
        row = QHBoxLayout()
        self.submit_button = big_button(primary=True)
        self.submit_button.clicked.connect(self._submit)
        row.addWidget(self.submit_button)
        row.addStretch(1)
        self.outer.addLayout(row)
        self.outer.addStretch(1)
        for edit in (self.username_edit, self.name_edit, self.password_edit, self.again_edit):
            edit.returnPressed.connect(self._submit)
        self.retranslate()

    @staticmethod
    def _edit(password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setMinimumHeight(48)
        edit.setMaxLength(80)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def retranslate(self) -> None:
        first = self.mode == "first_run"
        self.title.setText(self.tr("Tạo tài khoản giáo viên") if first else self.tr("Đăng nhập giáo viên"))
        if first:
            intro = self.tr("Máy này chưa có tài khoản giáo viên. Hãy tạo tài khoản đầu tiên. "
                            "Người học sẽ không vào được khu vực này nếu không biết mật khẩu.")
        elif self.mode == "from_hub":
            intro = self.tr("Máy này nhận tài khoản giáo viên từ máy chủ của xã, nhưng chưa có tài khoản nào. "
                            "Hãy nhờ cán bộ tạo tài khoản trên máy chủ. "
                            "Sau đó bấm “Đồng bộ ngay” ở màn hình chọn người học.")
        else:
            intro = self.tr("Khu vực này chỉ dành cho giáo viên. Hãy nhập tên đăng nhập và mật khẩu.")
        self.intro.setText(intro)
        set_text(self.back_button, self.tr("Quay lại"), self.tr("Quay lại màn hình chọn người học"))
        self.username_label.setText(self.tr("Tên đăng nhập:"))
        self.username_edit.setAccessibleName(self.tr("Tên đăng nhập"))
        self.name_label.setText(self.tr("Tên hiển thị (ví dụ: Cô Lan):"))
        self.name_edit.setAccessibleName(self.tr("Tên hiển thị"))
        self.password_label.setText(self.tr("Mật khẩu:"))
        self.password_edit.setAccessibleName(self.tr("Mật khẩu"))
        self.again_label.setText(self.tr("Nhập lại mật khẩu:"))
        self.again_edit.setAccessibleName(self.tr("Nhập lại mật khẩu"))
        set_text(self.submit_button, self.tr("Tạo tài khoản") if first else self.tr("Đăng nhập"))

    def start(self, mode: str) -> None:
        """Shows an empty form; passwords never stay in a field after the screen is left."""
        self.mode = mode
        first, closed = mode == "first_run", mode == "from_hub"
        for label, edit in ((self.name_label, self.name_edit), (self.again_label, self.again_edit)):
            label.setVisible(first)
            edit.setVisible(first)
        for label, edit in ((self.username_label, self.username_edit), (self.password_label, self.password_edit)):
            label.setVisible(not closed)
            edit.setVisible(not closed)
        self.submit_button.setVisible(not closed)
        for edit in (self.username_edit, self.name_edit, self.password_edit, self.again_edit):
            edit.clear()
        self.error.clear()
        self.submit_button.setEnabled(True)
        self.retranslate()
        (self.back_button if closed else self.username_edit).setFocus()

    def clear_passwords(self) -> None:
        self.password_edit.clear()
        self.again_edit.clear()

    def show_error(self, text: str) -> None:
        self.submit_button.setEnabled(True)
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.password_edit.clear()
        self.again_edit.clear()
        self.password_edit.setFocus()

    def _submit(self) -> None:
        if self.mode == "from_hub":
            return
        username = _nfc(self.username_edit.text())
        password = self.password_edit.text()
        if not username:
            self.error.setText(self.tr("Hãy nhập tên đăng nhập."))
            self.username_edit.setFocus()
            return
        if not password:
            self.error.setText(self.tr("Hãy nhập mật khẩu."))
            self.password_edit.setFocus()
            return
        if self.mode == "first_run":
            name = _nfc(self.name_edit.text())
            if not name:
                self.error.setText(self.tr("Hãy nhập tên hiển thị, ví dụ: Cô Lan."))
                self.name_edit.setFocus()
                return
            if password != self.again_edit.text():
                self.show_error(self.tr("Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại."))
                return
            self.error.clear()
            self.submit_button.setEnabled(False)  # one request at a time
            self.create_requested.emit(username, name, password)
        else:
            self.error.clear()
            self.submit_button.setEnabled(False)
            self.login_requested.emit(username, password)
