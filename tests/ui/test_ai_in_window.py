"""The local-AI screens inside the main window: practice from a lesson (attempts become
events), ask the tutor with links back into lessons, the models screen from settings."""

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ROOT
from tutor.local_llm.fake import FakeLLM
from tutor.ui.llm_bridge import LlmRunner
from tests.ui import waits

BUNDLED = ROOT / "tutor" / "data" / "curriculum.bdpack"
pytestmark = pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")


@pytest.fixture
def window(qtbot, make_window):
    runner = LlmRunner(FakeLLM("Dạ, AI là chương trình máy tính. Nó học từ rất nhiều chữ viết."))
    win = make_window(bundled_pack=BUNDLED, prepare=lambda ws: ws.learners.create("Chị Hoa", "flower"),
                      runner=runner)
    runner.setParent(win)
    with waits.signed_in(qtbot, win, timeout=10_000):
        qtbot.mouseClick(win.start.tiles[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.home.snapshot is not None, timeout=10_000)
    return win


def test_practice_from_the_lesson_records_an_event(qtbot, window):
    from tutor.events import events_for

    with waits.lesson_opened(qtbot, window, timeout=10_000):
        window.features.lessons.open_lesson("l1.ai-la-gi", None, "home")
    reader = window.lesson
    while reader.next_button.isVisible():
        reader.next_button.click()
    assert reader.practice_button.isVisible()
    with waits.practice_opened(qtbot, window, timeout=10_000):
        reader.practice_button.click()
    practice = window.practice
    assert window.stack.currentWidget() is practice
    learner_id = window.features.session.current.learner_id
    task = window.tasks.db.call(lambda ws: ws.content.lesson("l1.ai-la-gi").practice)
    practice.prompt_edit.setPlainText(task.good_prompt)
    with qtbot.waitSignal(practice.attempt_recorded, timeout=10_000):
        practice.send()
    qtbot.waitUntil(lambda: any(e.kind == "practice_attempt" for e in window.tasks.db.call(
        lambda ws: events_for(ws.conn, learner_id))), timeout=10_000)


def test_ask_the_tutor_and_follow_a_source_link(qtbot, window):
    window.home.ask_button.click()
    ask = window.ask
    assert window.stack.currentWidget() is ask
    ask.question.setText("lam sao nhan biet cuoc goi video gia")
    ask.ask()
    qtbot.waitUntil(lambda: ask.plan is not None, timeout=10_000)
    assert ask.plan.covered
    lesson_id, section = ask.plan.sources[0].lesson_id, ask.plan.sources[0].section_index
    assert lesson_id == "l2.lua-dao-deepfake"
    with waits.lesson_opened(qtbot, window, timeout=10_000) as opened:
        ask.lesson_link_activated.emit(lesson_id, section)
    assert opened.lesson_id == "l2.lua-dao-deepfake"
    window.lesson.back_button.click()
    assert window.stack.currentWidget() is ask


def test_models_screen_opens_from_settings(qtbot, window):
    window.home.settings_button.click()
    window.settings.models_button.click()
    assert window.stack.currentWidget() is window.models
    assert window.models.models_dir.name == "models"
    window.models.back_requested.emit()
    assert window.stack.currentWidget() is window.settings
