"""The sample answer of a strong AI beside the local model's answer in the practice room:
locked until the learner's first attempt, labelled as a sample, reset for each task."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tutor.lessons.checker import load_checked
from tutor.local_llm.fake import FakeLLM, NoModel
from tutor.ui.llm_bridge import LlmRunner
from tutor.ui.screens.practice import PracticeScreen

NOTICE = "l1.cau-lenh-bon-phan"
SCAM = "l2.lua-dao-deepfake"
LOCAL_ANSWER = "Mời bà con đi khám sức khỏe."


@pytest.fixture(scope="module")
def lessons():
    curriculum, problems = load_checked(ROOT / "content")
    assert not problems
    return {lesson.id: lesson for lesson in curriculum.lessons}


def make_screen(qtbot, lessons, llm, lesson_id=NOTICE):
    screen = PracticeScreen(LlmRunner(llm))
    qtbot.addWidget(screen)
    lesson = lessons[lesson_id]
    screen.start(lesson.id, lesson.title, lesson.practice)
    return screen


def test_the_sample_opens_after_an_attempt_beside_the_model_answer(qtbot, lessons):
    screen = make_screen(qtbot, lessons, FakeLLM([LOCAL_ANSWER]))
    panel = screen.sample_panel
    assert not panel.isHidden() and not panel.toggle.isEnabled() and not panel.is_open
    assert "sau lần thử đầu" in panel.toggle.text()

    screen.prompt_edit.setPlainText(lessons[NOTICE].practice.good_prompt)
    with qtbot.waitSignal(screen.attempt_recorded, timeout=5000):
        screen.send_button.click()
    assert panel.toggle.isEnabled() and panel.toggle.text() == "Xem bài mẫu của AI mạnh"
    panel.toggle.click()
    assert panel.is_open
    assert panel.heading.text() == "Bài mẫu: câu trả lời của một AI mạnh"
    assert "không phải câu trả lời của AI trên máy này" in panel.note.text()
    assert panel.text.toPlainText() == lessons[NOTICE].practice.sample_answer.strip()
    assert screen.answer_box.toPlainText() == LOCAL_ANSWER  # the model's answer stays beside it
    assert panel.toggle.text() == "Ẩn bài mẫu"
    panel.toggle.click()
    assert not panel.is_open


def test_without_a_model_the_rubric_attempt_unlocks_the_sample(qtbot, lessons):
    screen = make_screen(qtbot, lessons, NoModel())
    screen.prompt_edit.setPlainText("viet thong bao kham suc khoe")
    with qtbot.waitSignal(screen.attempt_recorded, timeout=1000):
        screen.send_button.click()
    assert screen.sample_panel.toggle.isEnabled()


def test_a_new_task_closes_and_locks_the_sample_again(qtbot, lessons):
    screen = make_screen(qtbot, lessons, NoModel())
    screen.prompt_edit.setPlainText("viet thong bao kham suc khoe")
    with qtbot.waitSignal(screen.attempt_recorded, timeout=1000):
        screen.send_button.click()
    screen.sample_panel.toggle.click()
    lesson = lessons[SCAM]
    screen.start(lesson.id, lesson.title, lesson.practice)
    panel = screen.sample_panel
    assert not panel.is_open and not panel.toggle.isEnabled()
    assert panel.text.toPlainText() == lesson.practice.sample_answer.strip()


def test_a_task_without_a_sample_shows_no_panel(qtbot, lessons):
    from dataclasses import replace

    screen = PracticeScreen(LlmRunner(NoModel()))
    qtbot.addWidget(screen)
    lesson = lessons[NOTICE]
    screen.start(lesson.id, lesson.title, replace(lesson.practice, sample_answer=""))
    assert screen.sample_panel.isHidden()
