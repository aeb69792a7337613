"""Tab walks each main learner screen in the order it reads: top to bottom, left to right, by
where the widgets are drawn at 1024x768. No hidden or disabled widget is a stop, and every
control a keyboard user needs is reached."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from tests.ui.screens_tour import BUNDLED, learner_screens, prepare_learner
from tests.ui.test_fit_on_screen import CLIENT_H, CLIENT_W, settle
from tutor.display import TEXT_SIZES_PT, DisplayPrefs

MAIN_SCREENS = {"start", "home", "level", "lesson", "lesson-section", "quiz", "result", "settings"}


def place(widget: QWidget, screen: QWidget) -> QRect:
    return QRect(widget.mapTo(screen, QPoint(0, 0)), widget.size())


def reads_before(a: QRect, b: QRect) -> bool:
    """Whether a reader meets ``a`` before ``b``: a box before what is inside it, then the
    same line left to right, then lines top to bottom."""
    if a.contains(b):
        return True
    if b.contains(a):
        return False
    same_line = a.top() <= b.center().y() <= a.bottom() or b.top() <= a.center().y() <= b.bottom()
    if same_line:
        return a.left() < b.left()
    return a.center().y() < b.center().y()


def takes_tab(widget: QWidget, screen: QWidget) -> bool:
    return (widget.isVisibleTo(screen) and widget.isEnabled() and widget.focusProxy() is None
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus)


def describe(widget: QWidget, screen: QWidget) -> str:
    text = getattr(widget, "text", None)
    name = widget.accessibleName() or (text() if callable(text) else "") or widget.objectName()
    return f"{type(widget).__name__} {name!r} at {place(widget, screen).getRect()}"


def tab_chain(qtbot, window, screen: QWidget) -> list[QWidget]:
    """The widgets Tab visits, pressed as a keyboard user would, from the screen's first stop
    until the focus comes back round (or leaves the screen for good)."""
    first = screen.nextInFocusChain()
    while first is not screen and not (screen.isAncestorOf(first) and takes_tab(first, screen)):
        first = first.nextInFocusChain()
    assert first is not screen, "nothing on the screen takes the focus"
    first.setFocus(Qt.FocusReason.TabFocusReason)
    chain: list[QWidget] = []
    for _ in range(120):
        focused = window.focusWidget()
        if focused is None or focused in chain:
            break
        chain.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return chain


def focus_problems(qtbot, window, screen: QWidget) -> list[str]:
    chain = tab_chain(qtbot, window, screen)
    found = []
    for widget in chain:
        if not screen.isAncestorOf(widget):
            found.append(f"Tab leaves the screen for {type(widget).__name__} {widget.accessibleName()!r}")
        elif not widget.isVisible() or not widget.isEnabled() or widget.width() <= 0 or widget.height() <= 0:
            found.append(f"Tab stops on a hidden or disabled {describe(widget, screen)}")
    stops = [w for w in chain if screen.isAncestorOf(w)]
    for before, after in zip(stops, stops[1:]):
        if not reads_before(place(before, screen), place(after, screen)):
            found.append(f"Tab goes from {describe(before, screen)} back to {describe(after, screen)}")
    for widget in screen.findChildren(QWidget):
        if takes_tab(widget, screen) and widget not in chain:
            found.append(f"Tab never reaches {describe(widget, screen)}")
    return found


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
@pytest.mark.parametrize("text_size", [DisplayPrefs().text_size, len(TEXT_SIZES_PT) - 1])
def test_tab_follows_the_reading_order_of_each_main_screen(qtbot, make_window, text_size):
    window = make_window(bundled_pack=BUNDLED, prepare=prepare_learner)
    found = []
    seen = set()
    for name, screen in learner_screens(window, qtbot):
        if name not in MAIN_SCREENS:
            continue
        seen.add(name)
        window._applied_display = None
        window.apply_display(DisplayPrefs(text_size=text_size))
        settle()
        window.resize(CLIENT_W, CLIENT_H)
        settle()
        found += [f"{name}: {p}" for p in focus_problems(qtbot, window, screen)]
    assert seen == MAIN_SCREENS
    assert not found, "\n".join(found)


def test_the_reading_order_itself():
    top_left, top_right = QRect(0, 0, 100, 50), QRect(200, 10, 100, 50)
    below = QRect(0, 100, 300, 50)
    assert reads_before(top_left, top_right) and not reads_before(top_right, top_left)
    assert reads_before(top_right, below) and not reads_before(below, top_left)
    box = QRect(0, 0, 400, 400)
    assert reads_before(box, below) and not reads_before(below, box)
