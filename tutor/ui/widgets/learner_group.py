"""Optional learner group (with pictures) and age band, chosen on the new-profile screen
or by a teacher on the learner's page in the teacher area.

Nothing chosen is a valid answer: learning never waits on it. A second press on the chosen
picture takes the choice back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from tutor.learner_groups import AGE_BANDS, GROUPS
from tutor.ui.widgets.avatar import ICON_DIR
from tutor.ui.widgets.flow import FlowRow


def group_name(code: str) -> str:
    """Literal strings, so that lupdate finds them (tutor.learner_groups keeps the data)."""
    names = {
        "student": QCoreApplication.translate("LearnerGroups", "Học sinh, sinh viên"),
        "citizen": QCoreApplication.translate("LearnerGroups", "Người dân"),
        "official": QCoreApplication.translate("LearnerGroups", "Cán bộ, công chức, viên chức"),
        "worker": QCoreApplication.translate("LearnerGroups", "Người lao động trong doanh nghiệp"),
        "other": QCoreApplication.translate("LearnerGroups", "Khác"),
    }
    return names[code]


def group_button_text(code: str) -> str:
    """Two short lines under the picture; the full name is the button's accessible name."""
    texts = {
        "student": QCoreApplication.translate("LearnerGroups", "Học sinh,\nsinh viên"),
        "citizen": QCoreApplication.translate("LearnerGroups", "Người dân"),
        "official": QCoreApplication.translate("LearnerGroups", "Cán bộ,\ncông chức"),
        "worker": QCoreApplication.translate("LearnerGroups", "Lao động\ndoanh nghiệp"),
        "other": QCoreApplication.translate("LearnerGroups", "Khác"),
    }
    return texts[code]


def age_band_name(code: str) -> str:
    names = {
        "under_18": QCoreApplication.translate("LearnerGroups", "Dưới 18 tuổi"),
        "18_34": QCoreApplication.translate("LearnerGroups", "18 đến 34 tuổi"),
        "35_59": QCoreApplication.translate("LearnerGroups", "35 đến 59 tuổi"),
        "60_plus": QCoreApplication.translate("LearnerGroups", "Từ 60 tuổi"),
    }
    return names[code]


class _Choice(QWidget):
    """Checkable buttons that wrap onto more rows at big text sizes; at most one checked, and
    pressing the checked one unchecks it."""

    def __init__(self, codes: list[str], icons: bool, parent: QWidget | None = None):
        super().__init__(parent)
        row = FlowRow(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        for code in codes:
            button = QToolButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setProperty("choice", code)
            if icons:
                button.setIcon(QIcon(str(ICON_DIR / f"group_{code}.svg")))
                button.setIconSize(QSize(48, 48))
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
                button.setMinimumSize(132, 120)
            else:
                button.setMinimumHeight(44)
            button.toggled.connect(lambda on, c=code: self._toggled(c, on))
            row.addWidget(button)
            self.buttons[code] = button

    def _toggled(self, code: str, on: bool) -> None:
        if on:
            for other, button in self.buttons.items():
                if other != code and button.isChecked():
                    button.setChecked(False)

    def value(self) -> str | None:
        return next((c for c, b in self.buttons.items() if b.isChecked()), None)

    def clear(self) -> None:
        for button in self.buttons.values():
            button.setChecked(False)

    def set_value(self, code: str | None) -> None:
        for other, button in self.buttons.items():
            button.setChecked(other == code)


class LearnerGroupPicker(QWidget):
    def __init__(self, parent: QWidget | None = None, for_teacher: bool = False):
        super().__init__(parent)
        self.for_teacher = for_teacher   # the questions speak about the learner, not to them
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.group_label = QLabel()
        column.addWidget(self.group_label)
        self.groups = _Choice(list(GROUPS), icons=True)
        column.addWidget(self.groups)
        self.age_label = QLabel()
        column.addWidget(self.age_label)
        self.ages = _Choice(list(AGE_BANDS), icons=False)
        column.addWidget(self.ages)
        self.retranslate()

    def retranslate(self) -> None:
        if self.for_teacher:
            self.group_label.setText(self.tr("Người này thuộc nhóm nào? (không bắt buộc)"))
            self.age_label.setText(self.tr("Độ tuổi (không bắt buộc):"))
        else:
            self.group_label.setText(self.tr("Bạn thuộc nhóm nào? (không bắt buộc)"))
            self.age_label.setText(self.tr("Bạn bao nhiêu tuổi? (không bắt buộc)"))
        for code, button in self.groups.buttons.items():
            button.setText(group_button_text(code))
            button.setAccessibleName(group_name(code))
            button.setToolTip(group_name(code))
        for code, button in self.ages.buttons.items():
            button.setText(age_band_name(code))
            button.setAccessibleName(age_band_name(code))

    def group(self) -> str | None:
        return self.groups.value()

    def age_band(self) -> str | None:
        return self.ages.value()

    def clear(self) -> None:
        self.groups.clear()
        self.ages.clear()

    def set_choice(self, group: str | None, age_band: str | None) -> None:
        """Shows what the profile holds (an unknown code shows as nothing chosen)."""
        self.groups.set_value(group)
        self.ages.set_value(age_band)
