"""Every control on every learner screen has a name and a role a screen reader (NVDA, Orca)
announces: the test walks Qt's accessibility tree, the one those readers read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.ui.screens_tour import BUNDLED, learner_screens, prepare_learner
from tests.ui import waits

CONTROLS = {
    QAccessible.Role.PushButton, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox, QAccessible.Role.EditableText, QAccessible.Role.List,
    QAccessible.Role.ButtonMenu, QAccessible.Role.SpinBox, QAccessible.Role.Slider,
    QAccessible.Role.PageTab, QAccessible.Role.Link, QAccessible.Role.ProgressBar,
}


def unnamed_controls(root) -> list[str]:
    found = []

    def walk(node, depth: int) -> None:
        if node is None or not node.isValid() or depth > 40:
            return
        state = node.state()
        if not state.invisible and node.role() in CONTROLS:
            name = node.text(QAccessible.Text.Name).strip()
            if not name:
                widget = node.object()
                found.append(f"{node.role().name} {type(widget).__name__} {widget.objectName()!r}")
        for index in range(node.childCount()):
            walk(node.child(index), depth + 1)

    walk(QAccessible.queryAccessibleInterface(root), 0)
    return found


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_every_learner_control_has_a_name(qtbot, make_window):
    window = make_window(bundled_pack=BUNDLED, prepare=prepare_learner)
    found = []
    for name, screen in learner_screens(window, qtbot):
        QApplication.processEvents()
        found += [f"{name}: {p}" for p in unnamed_controls(screen)]
    assert not found, "\n".join(found)


def _tab_to(qtbot, window, target, limit: int = 60) -> None:
    """Presses Tab until the target has the focus, as a keyboard user would."""
    for _ in range(limit):
        # The window's focus widget: offscreen, no window is ever the active one.
        if window.focusWidget() is target:
            return
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {target.accessibleName()!r}")


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_the_learner_journey_works_with_the_keyboard_alone(qtbot, make_window):
    window = make_window(bundled_pack=BUNDLED, prepare=prepare_learner)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is window.start.tiles[0])
    with waits.signed_in(qtbot, window, timeout=10_000):
        qtbot.keyClick(window.start.tiles[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.home.continue_button.isVisible(), timeout=10_000)
    _tab_to(qtbot, window, window.home.continue_button)
    with waits.lesson_opened(qtbot, window, timeout=10_000):
        qtbot.keyClick(window.home.continue_button, Qt.Key.Key_Return)
    lesson = window.lesson
    _tab_to(qtbot, window, lesson.next_button)
    steps = 0
    while lesson.next_button.isVisible() and steps < 30:
        qtbot.keyClick(lesson.next_button, Qt.Key.Key_Return)
        steps += 1
    _tab_to(qtbot, window, lesson.quiz_button)
    qtbot.keyClick(lesson.quiz_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.quiz, timeout=10_000)
    with waits.answer_saved(qtbot, window, timeout=10_000):
        qtbot.keyClick(window.quiz.widget, Qt.Key.Key_1)
    # after the feedback the focus is on "Câu tiếp" / "Xem kết quả", ready for Enter
    assert window.focusWidget() is window.quiz.next_button
