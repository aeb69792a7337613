"""The wrapping button and check box share one text-wrapping part (tutor.ui.widgets.flow):
both keep their text whole at any width, and each tells a screen reader its own way."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tutor.ui.widgets.flow import WrapButton, WrapCheckBox

LONG = "Một câu dài để thử xem chữ có xuống dòng hay không khi nút hẹp lại trên màn hình nhỏ"


@pytest.mark.parametrize("kind", [WrapButton, WrapCheckBox])
def test_text_wraps_and_the_height_follows_the_width(qtbot, kind):
    widget = kind(LONG)
    qtbot.addWidget(widget)
    widget.resize(900, widget.heightForWidth(900))
    widget.show()
    wide = widget.heightForWidth(900)
    narrow = widget.heightForWidth(200)
    assert narrow > wide
    widget.resize(200, 40)
    QApplication.processEvents()
    assert widget.minimumHeight() == narrow  # kept whole even where the layout does not ask
    assert widget.text() == LONG and widget.hasHeightForWidth()


@pytest.mark.parametrize("kind", [WrapButton, WrapCheckBox])
def test_a_bigger_font_makes_room_without_a_resize(qtbot, kind):
    widget = kind(LONG)
    qtbot.addWidget(widget)
    widget.resize(300, 40)
    widget.show()
    before = widget.minimumHeight()
    font = widget.font()
    font.setPointSize(font.pointSize() * 2)
    widget.setFont(font)
    QApplication.processEvents()
    assert widget.minimumHeight() > before


def test_the_button_is_named_by_its_text_and_the_box_keeps_a_name_given_on_purpose(qtbot):
    button, box = WrapButton("Tiếp"), WrapCheckBox("Đọc to")
    qtbot.addWidget(button)
    qtbot.addWidget(box)
    button.setText("Tiếp tục")
    assert button.accessibleName() == "Tiếp tục"
    box.setAccessibleName("Đọc to tên nút")
    box.setText("Đọc to khi chỉ vào nút")
    assert box.accessibleName() == "Đọc to tên nút"


def test_a_wrapping_button_draws_its_picture_before_the_text(qtbot):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from tutor.ui.widgets.avatar import ICON_DIR

    button = WrapButton(LONG)
    qtbot.addWidget(button)
    bare_width = button.sizeHint().width()
    button.setIcon(QIcon(str(ICON_DIR / "continue.svg")))
    button.setIconSize(QSize(32, 32))
    button.resize(400, button.heightForWidth(400))
    button.show()
    QApplication.processEvents()
    assert button.sizeHint().width() > bare_width  # room is kept for the picture
    assert button._label.x() >= 32 + button.fontMetrics().height()  # the text starts after it
    image = button.grab().toImage()
    em, top = button.fontMetrics().height(), (button.height() - 32) // 2
    area = [image.pixelColor(x, y) for x in range(em, em + 32) for y in range(top, top + 32)]
    assert any(c.blue() - c.red() > 100 for c in area)  # the picture's blue arrow, where the icon goes
