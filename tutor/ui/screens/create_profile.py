"""Create a profile: a name, a picture, and an optional 4-digit PIN."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QToolButton,
    QVBoxLayout, QWidget,
)

from tutor.avatars import AVATARS
from tutor.learners import MAX_NAME_CHARS
from tutor.ui.widgets.avatar import avatar_icon, avatar_name
from tutor.ui.widgets.common import big_button, error_label, title_label
from tutor.ui.widgets.learner_group import LearnerGroupPicker
from tutor.ui.widgets.pinpad import PinPad

AVATAR_COLUMNS = 8


class CreateProfileScreen(QWidget):
    # name, icon, pin ("" for none)
    create_requested = Signal(str, str, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        self.title = title_label()
        outer.addWidget(self.title)
        self.name_label = QLabel()
        outer.addWidget(self.name_label)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_CHARS)
        self.name_edit.setMinimumHeight(48)
        self.name_label.setBuddy(self.name_edit)
        outer.addWidget(self.name_edit)
        self.picture_label = QLabel()
        outer.addWidget(self.picture_label)
        grid = QGridLayout()
        self.avatar_group = QButtonGroup(self)
        self.avatar_group.setExclusive(True)
        self.avatar_buttons: dict[str, QToolButton] = {}
        for index, name in enumerate(AVATARS):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(avatar_icon(name))
            button.setIconSize(QSize(64, 64))
            button.setMinimumSize(84, 84)
            button.setProperty("role", "avatar")  # small padding: the picture, not the text size
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setProperty("avatar", name)
            self.avatar_group.addButton(button)
            grid.addWidget(button, index // AVATAR_COLUMNS, index % AVATAR_COLUMNS)
            self.avatar_buttons[name] = button
        outer.addLayout(grid)
        # Optional, for the movement's reports per learner group (issue 18).
        self.group_picker = LearnerGroupPicker()
        outer.addWidget(self.group_picker)
        self.pin_check = QCheckBox()
        self.pin_check.toggled.connect(self._pin_toggled)
        outer.addWidget(self.pin_check)
        # The same big number pad as at sign-in: a masked line edit showed ●●●● when empty,
        # put the cursor after the slots and dropped typed digits.
        self.pin_pad = PinPad()
        self.pin_pad.submitted.connect(lambda _pin: self.save_button.setFocus())
        self.pin_pad.changed.connect(lambda _pin: self.error.clear())
        self.pin_pad.hide()
        outer.addWidget(self.pin_pad, 0, Qt.AlignmentFlag.AlignLeft)
        self.error = error_label()
        outer.addWidget(self.error)
        outer.addStretch(1)
        buttons = QHBoxLayout()
        self.cancel_button = big_button()
        self.cancel_button.clicked.connect(self.cancelled)
        self.save_button = big_button(primary=True)
        self.save_button.clicked.connect(self._save)
        self.name_edit.returnPressed.connect(self._save)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Thêm người học mới"))
        self.name_label.setText(self.tr("&Tên của bạn:"))
        self.name_edit.setAccessibleName(self.tr("Tên của bạn"))
        self.name_edit.setPlaceholderText(self.tr("Ví dụ: Chị Hoa"))
        self.picture_label.setText(self.tr("Chọn một hình để dễ nhận ra mình:"))
        self.pin_check.setText(self.tr("Đặt mã PIN 4 số (không bắt buộc)"))
        self.pin_check.setAccessibleName(self.tr("Đặt mã PIN 4 số, không bắt buộc"))
        self.pin_pad.retranslate()
        self.group_picker.retranslate()
        for name, button in self.avatar_buttons.items():
            button.setAccessibleName(avatar_name(name))
            button.setToolTip(avatar_name(name))
        self.cancel_button.setText(self.tr("Quay lại"))
        self.cancel_button.setAccessibleName(self.tr("Quay lại, không thêm"))
        self.save_button.setText(self.tr("Lưu và vào học"))
        self.save_button.setAccessibleName(self.tr("Lưu và vào học"))

    def reset(self) -> None:
        self.name_edit.clear()
        self.pin_check.setChecked(False)
        self.pin_pad.clear()
        self.group_picker.clear()
        self.error.clear()
        self.avatar_group.setExclusive(False)
        for button in self.avatar_buttons.values():
            button.setChecked(False)
        self.avatar_group.setExclusive(True)
        self.name_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.save_button.setEnabled(True)

    def selected_avatar(self) -> str | None:
        button = self.avatar_group.checkedButton()
        return button.property("avatar") if button else None

    def selected_group(self) -> tuple[str | None, str | None]:
        """(learner group, age band), each None when not chosen."""
        return self.group_picker.group(), self.group_picker.age_band()

    def _pin_toggled(self, on: bool) -> None:
        self.pin_pad.setVisible(on)
        if on:
            self.pin_pad.setFocus()

    def _save(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.show_error(self.tr("Hãy nhập tên của bạn."))
            self.name_edit.setFocus()
            return
        icon = self.selected_avatar()
        if icon is None:
            self.show_error(self.tr("Hãy chọn một hình."))
            next(iter(self.avatar_buttons.values())).setFocus()
            return
        pin = ""
        if self.pin_check.isChecked():
            pin = self.pin_pad.value
            if len(pin) != 4 or not pin.isdigit():
                self.show_error(self.tr("Mã PIN cần đủ 4 số. Bạn mới bấm %d số.") % len(pin))
                self.pin_pad.setFocus()
                return
        self.error.clear()
        self.save_button.setEnabled(False)
        self.create_requested.emit(name, icon, pin)

    def done(self) -> None:
        self.save_button.setEnabled(True)
