"""Every learner screen fits a 1024x768 PC (and 1366x768 with a taskbar) at every text size:
nothing is cut off or off-screen; long screens scroll up and down, never sideways."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget

from tests.ui.screens_tour import BUNDLED, learner_screens, prepare_learner
from tutor.display import TEXT_SIZES_PT, DisplayPrefs

# The window's inside on a 1024x768 screen with a title bar and a taskbar (1366x768 gives
# the same height and more width).
CLIENT_W, CLIENT_H = 1024 - 16, 768 - 40 - 48


def problems(window, screen: QWidget) -> list[str]:
    """What is cut off or out of reach on the screen on show, in words."""
    found = []
    hint = window.minimumSizeHint()
    if hint.width() > CLIENT_W or hint.height() > CLIENT_H:
        found.append(f"window needs at least {hint.width()}x{hint.height()}")
    viewport = window.scroll.viewport()
    least = screen.minimumSizeHint().height()
    if screen.hasHeightForWidth():
        least = max(least, screen.heightForWidth(screen.width()))
    if screen.height() > viewport.height() and screen.height() > least + 1:
        found.append(f"screen is {screen.height()} px tall, needs {least}, "
                     f"the window shows {viewport.height()}: it scrolls for nothing")
    if screen.minimumSizeHint().width() > viewport.width():
        found.append(f"screen needs {screen.minimumSizeHint().width()} px of width, has {viewport.width()}")
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {_label(widget)!r}"
        left = widget.mapTo(screen, widget.rect().topLeft()).x()
        if left < 0 or left + widget.width() > screen.width() + 1:
            found.append(f"{name} sticks out sideways")
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                if widget.height() + 1 < widget.heightForWidth(widget.width()):
                    found.append(f"{name} is cut at the bottom")
            elif widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"{name} is cut ({widget.width()} < {widget.minimumSizeHint().width()})")
        elif isinstance(widget, (QAbstractButton, QComboBox, QLineEdit)):
            if isinstance(widget.parentWidget(), QLineEdit):
                continue  # the line edit's own clear button
            need = widget.minimumSizeHint()
            if widget.hasHeightForWidth():
                need.setHeight(widget.heightForWidth(widget.width()))
            if widget.width() + 1 < need.width() or widget.height() + 1 < need.height():
                found.append(f"{name} is squeezed to {widget.width()}x{widget.height()} "
                             f"(needs {need.width()}x{need.height()})")
    return found


def settle() -> None:
    """Layout requests travel up one level per pass of the event loop."""
    for _ in range(8):
        QApplication.processEvents()


def _label(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return (text() if callable(text) else "") or widget.accessibleName() or widget.objectName()


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
@pytest.mark.parametrize("text_size", range(len(TEXT_SIZES_PT)))
def test_every_screen_fits_1024x768(qtbot, make_window, text_size):
    window = make_window(bundled_pack=BUNDLED, prepare=prepare_learner)
    window.resize(CLIENT_W, CLIENT_H)
    found = []
    for name, screen in learner_screens(window, qtbot):
        window._applied_display = None
        window.apply_display(DisplayPrefs(text_size=text_size))
        settle()
        window.resize(CLIENT_W, CLIENT_H)
        settle()
        assert window.size().toTuple() == (CLIENT_W, CLIENT_H), f"{name}: the window grew"
        found += [f"{name}: {p}" for p in problems(window, screen)]
    assert not found, "\n".join(found)


def test_the_first_window_fits_a_small_screen():
    from PySide6.QtCore import QSize

    from tutor.ui.widgets.fitting import initial_window_size

    size = initial_window_size(QSize(1024, 768 - 40))  # a 1024x768 screen with a taskbar
    assert size.width() <= 1024 - 16 and size.height() <= 768 - 40 - 48
    assert initial_window_size(QSize(1920, 1040)).height() < 768 - 40  # fits 768 px when moved
