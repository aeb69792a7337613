"""High contrast shows every control: WCAG AA contrast measured on the rendered pixels of
every learner screen (4.5:1 for text, 3:1 for the parts of a control: a radio button's circle,
a check box's square, a drop-down's arrow, a button's picture)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QCheckBox, QComboBox, QLabel, QPlainTextEdit, QRadioButton, QStyle,
    QTextEdit,
    QStyleOptionButton, QStyleOptionComboBox, QWidget,
)

from tests.ui.screens_tour import BUNDLED, learner_screens, prepare_learner
from tutor.display import DisplayPrefs

TEXT, CONTROL = 4.5, 3.0


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def pixels(image: QImage, rect: QRect | None = None, step: int = 1):
    rect = (rect or image.rect()).intersected(image.rect())
    for y in range(rect.top(), rect.bottom() + 1, step):
        for x in range(rect.left(), rect.right() + 1, step):
            yield image.pixelColor(x, y)


def background(image: QImage) -> QColor:
    counts = Counter(c.rgb() for c in pixels(image, step=2))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def visible(image: QImage, against: QColor, needed: float, rect: QRect | None = None) -> bool:
    """Some pixel stands out from the background by the contrast needed."""
    return any(contrast(c, against) >= needed for c in pixels(image, rect))


def low_contrast(screen: QWidget) -> list[str]:
    found = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen) or not widget.isEnabled() or widget.width() < 4:
            continue
        text = getattr(widget, "text", None)  # a composite widget may keep its text box under that name
        name = f"{type(widget).__name__} {widget.accessibleName() or (text() if callable(text) else '')!r}"
        image = widget.grab().toImage()
        if image.isNull():
            continue
        image = image.scaled(QSize(widget.width(), widget.height()))  # device pixels to widget pixels
        bg = background(image)
        if isinstance(widget, (QRadioButton, QCheckBox)):
            option = QStyleOptionButton()
            option.initFrom(widget)
            element = (QStyle.SubElement.SE_RadioButtonIndicator if isinstance(widget, QRadioButton)
                       else QStyle.SubElement.SE_CheckBoxIndicator)
            box = widget.style().subElementRect(element, option, widget)
            if not visible(image, bg, CONTROL, box):
                found.append(f"{name}: its box/circle can't be seen")
        if isinstance(widget, QComboBox):
            option = QStyleOptionComboBox()
            option.initFrom(widget)
            arrow = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                  QStyle.SubControl.SC_ComboBoxArrow, widget)
            if not visible(image, bg, CONTROL, arrow):
                found.append(f"{name}: its arrow can't be seen")
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            # a box to type or read in must show its edge against the window
            window_bg = QApplication.palette().color(QPalette.ColorRole.Window)
            if not visible(image, window_bg, CONTROL, QRect(0, 0, widget.width(), 3)):
                found.append(f"{name}: its edge can't be seen")
        if isinstance(widget, QAbstractButton) and not widget.icon().isNull():
            picture = widget.icon().pixmap(widget.iconSize()).toImage()
            opaque = [c for c in pixels(picture) if c.alpha() > 200]
            if opaque and max(contrast(c, bg) for c in opaque) < CONTROL:
                found.append(f"{name}: its picture can't be seen")
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        if isinstance(widget, QLabel) and (not widget.pixmap().isNull()
                                           or isinstance(widget.parentWidget(), QAbstractButton)):
            text = ""  # a picture, or the text of a wrapping button (measured with the button)
        if text.strip() and not visible(image, bg, TEXT):
            found.append(f"{name}: its text is too faint")
    return found


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_high_contrast_shows_every_control(qtbot, make_window):
    window = make_window(bundled_pack=BUNDLED, prepare=prepare_learner)
    window.resize(1008, 680)
    found = []
    for name, screen in learner_screens(window, qtbot):
        window._applied_display = None
        window.apply_display(DisplayPrefs(high_contrast=True))
        for _ in range(8):
            QApplication.processEvents()
        found += [f"{name}: {p}" for p in low_contrast(screen)]
    assert not found, "\n".join(found)


def test_the_contrast_measure_itself():
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#FFFFFF")) == pytest.approx(4.54, abs=0.01)
