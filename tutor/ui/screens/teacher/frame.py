"""The frame of every screen inside the teacher area: title, back, and "Đăng xuất" always in view."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from tutor.ui.widgets.common import big_button, notice_label, set_text, show_notice
from tutor.ui.widgets.screen import TitledScreen


class TeacherScreen(TitledScreen):
    logout_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.logout_button = big_button()
        self.logout_button.clicked.connect(self.logout_requested)
        self.top_row.addWidget(self.logout_button, 0, Qt.AlignmentFlag.AlignTop)
        # Under the title: who is logged in, and room for a screen's own small actions.
        self.sub_row = QHBoxLayout()
        self.who = QLabel()
        self.sub_row.addWidget(self.who)
        self.sub_row.addStretch(1)
        self.outer.addLayout(self.sub_row)
        self.notice = notice_label()
        self.outer.addWidget(self.notice)
        self._teacher_name = ""
        self._retranslate_frame()

    def _retranslate_frame(self) -> None:
        set_text(self.logout_button, self.tr("Đăng xuất"),
                 self.tr("Đăng xuất khỏi khu vực giáo viên, trở về màn hình chọn người học"))
        self.set_teacher(self._teacher_name)

    def retranslate(self) -> None:
        self._retranslate_frame()

    def set_teacher(self, name: str) -> None:
        self._teacher_name = name
        self.who.setText(self.tr("Giáo viên: %s") % name if name else "")
        self.who.setVisible(bool(name))

    def show_notice(self, text: str) -> None:
        show_notice(self.notice, text)
