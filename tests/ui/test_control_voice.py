"""A first-time learner hears what a big button does on focus or hover; on by default,
off in Settings."""

from __future__ import annotations

import pytest

from tests.ui.screens_tour import BUNDLED, prepare_learner, with_speech
from tutor.display import DisplayPrefs
from tests.ui import waits


def hover(widget) -> None:
    """The mouse comes to rest on the widget (offscreen, no window is active for focus)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, QEvent(QEvent.Type.Enter))


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_a_focused_button_says_what_it_does_unless_turned_off(qtbot, make_window):
    window = make_window(bundled_pack=BUNDLED, prepare=prepare_learner)
    with_speech(window)
    engine = window.features.narration.speech.narrator.engine
    learner_id = window.tasks.db.call(lambda ws: ws.learners.list()[0].learner_id)
    with waits.signed_in(qtbot, window, timeout=10_000):
        window.features.session.choose(learner_id)
    qtbot.waitUntil(lambda: window.home.ask_button.isEnabled(), timeout=10_000)
    window.features.narration.speech.stop()
    hover(window.home.ask_button)
    qtbot.waitUntil(lambda: any("Hỏi gia sư" in call[0] for call in engine.calls), timeout=5000)

    # off in Settings (saved in the learner's profile): nothing is said any more
    window.features.narration.speech.stop()
    window.features.settings.show_settings(from_home=True)
    assert window.settings.speak_controls.isChecked()  # on by default for a new profile
    window.settings.speak_controls.setChecked(False)
    qtbot.waitUntil(lambda: window.tasks.db.call(
        lambda ws: ws.learners.get(learner_id).prefs.get("speak_controls")) is False, timeout=5000)
    window.settings.close_button.click()
    said = len(engine.calls)
    hover(window.home.settings_button)
    hover(window.home.search_button)
    assert window.features.narration.speech.state == "idle" and len(engine.calls) == said
