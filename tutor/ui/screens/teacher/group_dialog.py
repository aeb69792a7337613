"""The learner group and age band a teacher chooses for one learner: the new-profile
screen's picture picker in a small window, so the learner page keeps its room."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tutor.ui.widgets.common import set_text
from tutor.ui.widgets.learner_group import LearnerGroupPicker


class GroupDialog(QDialog):
    chosen = Signal(object, object)   # group or None, age band or None

    def __init__(self, name: str, group: str | None, age_band: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhóm người học"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Nhóm và độ tuổi của %s, cho báo cáo của phong trào. Không bắt buộc; "
                               "bấm lại hình đã chọn để bỏ chọn.") % name)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.picker = LearnerGroupPicker(for_teacher=True)
        self.picker.set_choice(group, age_band)
        layout.addWidget(self.picker)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        set_text(self.save_button, self.tr("Lưu nhóm"), self.tr("Lưu nhóm và độ tuổi đã chọn cho người học này"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        set_text(self.cancel_button, self.tr("Huỷ"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Wide enough for the pictures and the ages on one row each: a top-level window does not
        # grow its height for a wrapping row, so it must not need to wrap.
        m = layout.contentsMargins()
        self.setMinimumWidth(max(self.picker.groups.sizeHint().width(), self.picker.ages.sizeHint().width())
                             + m.left() + m.right())

    def _save(self) -> None:
        self.chosen.emit(self.picker.group(), self.picker.age_band())
        self.accept()
