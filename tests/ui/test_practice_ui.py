"""Phòng thực hành AI on real practice tasks: the model's answer streams in and can be
stopped, the prompt gets its rubric feedback (with or without a model, accents or not),
the output checks are shown, and "Tìm lỗi của AI" marks are graded. Also the LlmRunner
that carries the model's work to the main thread."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.conftest import ROOT
from tests.ui import waits
from tutor.lessons.checker import load_checked
from tutor.local_llm import protocol
from tutor.local_llm.api import GenerationRequest, LLMError
from tutor.local_llm.fake import FakeLLM, NoModel, split_pieces
from tutor.ui.llm_bridge import LlmRunner
from tutor.ui.screens.practice import (
    PracticeScreen,
    index_to_utf16,
    stars_text,
    utf16_to_index,
)

NOTICE = "l1.cau-lenh-bon-phan"      # vai trò, bối cảnh, nhiệm vụ, định dạng
SCAM = "l1.an-toan-dau-tien"         # has "Tìm lỗi của AI"

# Meets every check of the NOTICE task: 3..7 bullets, mentions BHYT and "thứ Năm", under 150 words.
GOOD_ANSWER = ("THÔNG BÁO KHÁM SỨC KHỎE\n- Ai: người từ 60 tuổi trở lên.\n- Khi nào: sáng thứ Năm tuần sau.\n"
               "- Ở đâu: hội trường thôn Đồng Tâm.\n- Mang theo thẻ bảo hiểm y tế.")


@pytest.fixture(scope="module")
def lessons():
    curriculum, problems = load_checked(ROOT / "content")
    assert not problems
    return {lesson.id: lesson for lesson in curriculum.lessons}


def make_screen(qtbot, lessons, llm, lesson_id=NOTICE):
    runner = LlmRunner(llm)
    screen = PracticeScreen(runner)
    qtbot.addWidget(screen)
    lesson = lessons[lesson_id]
    screen.start(lesson.id, lesson.title, lesson.practice)
    return screen, runner


def shown(widget) -> bool:
    """Visible once the screen is on show (the tests never show windows)."""
    return not widget.isHidden()


# --- the prompt and the model's answer ---------------------------------------------------------


def test_the_answer_streams_in_and_is_checked(qtbot, lessons):
    fake = FakeLLM([GOOD_ANSWER], hold_after=3)
    screen, _ = make_screen(qtbot, lessons, fake)
    task = lessons[NOTICE].practice
    screen.prompt_edit.setPlainText(task.good_prompt)
    assert screen.send_button.text() == "Gửi cho AI"
    screen.send_button.click()
    # the first pieces are on screen while the model is still writing
    qtbot.waitUntil(fake.holding.is_set)
    first = "".join(split_pieces(GOOD_ANSWER)[:3])
    qtbot.waitUntil(lambda: screen.answer_box.toPlainText() == first)
    assert shown(screen.stop_button) and not screen.send_button.isEnabled()
    with qtbot.waitSignal(screen.attempt_recorded, timeout=5000) as recorded:
        fake.release()
    assert screen.answer_box.toPlainText() == GOOD_ANSWER
    summary = recorded.args[0]
    assert summary["kind"] == "prompt" and summary["lesson_id"] == NOTICE
    assert summary["stars"] == 3 and summary["missing"] == []
    assert summary["answer_checked"] and summary["checks_passed"] == summary["checks_counted"] == 5
    assert screen.stars.text() == "Câu lệnh: ★★★"
    assert "đạt 5/5 điều kiện" in screen.checks.text() and "Chưa đạt" not in screen.checks.text()
    assert shown(screen.checks) and shown(screen.retry_button) and not shown(screen.stop_button)
    # the learner's prompt went to the model as the user message, unchanged
    assert fake.requests[0].messages[-1].content == task.good_prompt


def test_failed_checks_say_why(qtbot, lessons):
    screen, _ = make_screen(qtbot, lessons, FakeLLM(["Mời bà con đi khám sức khỏe."]))
    screen.prompt_edit.setPlainText(lessons[NOTICE].practice.good_prompt)
    with qtbot.waitSignal(screen.attempt_recorded, timeout=5000) as recorded:
        screen.send_button.click()
    assert recorded.args[0]["checks_passed"] < recorded.args[0]["checks_counted"]
    text = screen.checks.text()
    assert "Chưa đạt" in text and "không có gạch đầu dòng nào" in text and "thứ Năm" in text


def test_stop_keeps_what_came_and_skips_the_checks(qtbot, lessons):
    fake = FakeLLM(["một hai ba bốn năm sáu"], hold_after=2)
    screen, runner = make_screen(qtbot, lessons, fake)
    screen.prompt_edit.setPlainText("viet thong bao kham suc khoe")
    screen.send_button.click()
    qtbot.waitUntil(fake.holding.is_set)
    with qtbot.waitSignal(screen.attempt_recorded, timeout=5000) as recorded:
        screen.stop_button.click()
    assert recorded.args[0]["finish_reason"] == "cancelled" and not recorded.args[0]["answer_checked"]
    assert screen.answer_box.toPlainText() == "một hai"
    assert "Đã dừng" in screen.status.text()
    assert not shown(screen.checks) and shown(screen.rubric)
    assert not runner.busy and screen.send_button.isEnabled() and not shown(screen.stop_button)


def test_a_poor_prompt_typed_without_accents_is_told_what_is_missing(qtbot, lessons):
    screen, _ = make_screen(qtbot, lessons, NoModel())
    screen.prompt_edit.setPlainText("viet thong bao kham suc khoe cho nguoi gia")
    with qtbot.waitSignal(screen.attempt_recorded, timeout=1000) as recorded:
        screen.send_button.click()
    summary = recorded.args[0]
    assert "nhiem_vu" in summary["present"]
    assert "vai_tro" in summary["missing"] and "dinh_dang" in summary["missing"]
    assert summary["stars"] < 3
    rubric = screen.rubric.text()
    assert "Còn thiếu" in rubric and "Thêm vai trò" in rubric and "Thêm định dạng" in rubric
    # the suggestion quotes this task's good prompt
    assert "Bạn là nhân viên trạm y tế xã" in rubric
    assert screen.stars.text() == f"Câu lệnh: {stars_text(summary['stars'])}"


def test_the_good_prompt_gets_three_stars_without_a_model(qtbot, lessons):
    screen, _ = make_screen(qtbot, lessons, NoModel())
    assert shown(screen.model_notice) and "chưa có mô hình AI" in screen.model_notice.text()
    assert screen.send_button.text() == "Xem nhận xét"
    screen.prompt_edit.setPlainText(lessons[NOTICE].practice.good_prompt)
    with qtbot.waitSignal(screen.attempt_recorded, timeout=1000) as recorded:
        screen.send_button.click()
    assert recorded.args[0]["stars"] == 3 and recorded.args[0]["model"] is None
    assert screen.stars.text() == "Câu lệnh: ★★★"
    assert screen.stars.accessibleName() == "Câu lệnh được 3 trên 3 sao"
    assert "Tốt lắm" in screen.rubric.text()
    assert screen.answer_box.toPlainText() == "" and not shown(screen.checks)
    assert "chưa có mô hình AI" in screen.status.text()


def test_an_empty_prompt_is_refused_plainly(qtbot, lessons):
    screen, _ = make_screen(qtbot, lessons, FakeLLM())
    with qtbot.assertNotEmitted(screen.attempt_recorded):
        screen.send_button.click()
    assert shown(screen.input_error) and "chưa gõ câu lệnh" in screen.input_error.text()
    assert not shown(screen.rubric)


def test_try_again_keeps_earlier_feedback_in_a_list(qtbot, lessons):
    screen, _ = make_screen(qtbot, lessons, NoModel())
    screen.prompt_edit.setPlainText("viet thong bao")
    screen.send_button.click()
    screen.retry_button.click()
    assert screen.history.count() == 1 and shown(screen.history)
    assert screen.history.item(0).text().startswith("Lần 1: ★☆☆")
    assert screen.prompt_edit.toPlainText() == "viet thong bao"       # kept for editing
    assert not shown(screen.rubric) and not shown(screen.retry_button)
    screen.prompt_edit.setPlainText(lessons[NOTICE].practice.good_prompt)
    screen.send_button.click()
    assert screen.history.count() == 1 and screen.stars.text() == "Câu lệnh: ★★★"
    screen.send_button.click()              # sending again also files the shown attempt away
    assert [screen.history.item(i).text().split(":")[0] for i in range(2)] == ["Lần 2", "Lần 1"]


def test_the_model_failing_still_leaves_the_prompt_feedback(qtbot, lessons):
    screen, _ = make_screen(qtbot, lessons, FakeLLM([LLMError(protocol.WORKER_CRASHED, "boom")]))
    screen.prompt_edit.setPlainText(lessons[NOTICE].practice.good_prompt)
    with qtbot.waitSignal(screen.attempt_recorded, timeout=5000) as recorded:
        screen.send_button.click()
    assert recorded.args[0]["model_failed"] and not recorded.args[0]["answer_checked"]
    assert screen.status.text() == protocol.user_message(protocol.WORKER_CRASHED)
    assert shown(screen.rubric) and screen.stars.text() == "Câu lệnh: ★★★"


def test_leaving_the_screen_stops_the_answer(qtbot, lessons):
    fake = FakeLLM(["một hai ba"], hold_after=1)
    screen, _ = make_screen(qtbot, lessons, fake)
    screen.show()
    screen.prompt_edit.setPlainText("viet thong bao")
    screen.send_button.click()
    qtbot.waitUntil(fake.holding.is_set)
    with qtbot.waitSignal(screen.attempt_recorded, timeout=5000) as recorded:
        screen.hide()
    assert recorded.args[0]["finish_reason"] == "cancelled" and screen.answer_box.toPlainText() == "một"


def test_opening_another_task_mid_answer_files_the_old_attempt_and_ignores_its_end(qtbot, lessons):
    fake = FakeLLM(["một hai ba"], hold_after=1)
    screen, runner = make_screen(qtbot, lessons, fake)
    screen.prompt_edit.setPlainText("viet thong bao")
    screen.send_button.click()
    qtbot.waitUntil(fake.holding.is_set)
    lesson = lessons[SCAM]
    with qtbot.waitSignal(screen.attempt_recorded, timeout=1000) as old:
        screen.start(lesson.id, lesson.title, lesson.practice)
    assert old.args[0]["lesson_id"] == NOTICE and old.args[0]["finish_reason"] == "cancelled"
    with qtbot.assertNotEmitted(screen.attempt_recorded):
        qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert screen.answer_box.toPlainText() == "" and screen.session.attempts == []
    assert screen.send_button.isEnabled() and not shown(screen.stars)


# --- the prompt builder -------------------------------------------------------------------------


def test_the_scaffold_has_a_field_per_part_and_assembles_the_prompt(qtbot, lessons):
    screen, _ = make_screen(qtbot, lessons, NoModel())
    screen.prompt_edit.setPlainText("câu tôi gõ trước")
    screen.scaffold_toggle.setChecked(True)
    fields = screen.scaffold_fields
    assert list(fields) == ["vai_tro", "boi_canh", "nhiem_vu", "dinh_dang"]
    assert [f.accessibleName() for f in fields.values()] == ["Vai trò", "Bối cảnh", "Nhiệm vụ", "Định dạng"]
    assert screen.prompt_edit.isReadOnly()
    assert screen.prompt_edit.toPlainText() == "câu tôi gõ trước"    # nothing lost before a field is filled
    fields["vai_tro"].setText("ban la nhan vien tram y te xa")
    fields["nhiem_vu"].setText("hay viet thong bao lich kham")
    assert screen.prompt_edit.toPlainText() == "Ban la nhan vien tram y te xa. Hay viet thong bao lich kham."
    # typed without accents throughout, as many learners do
    fields["boi_canh"].setText("nguoi doc la nguoi cao tuoi")
    fields["dinh_dang"].setText("trinh bay thanh 5 gach dau dong")
    with qtbot.waitSignal(screen.attempt_recorded, timeout=1000) as recorded:
        screen.send_button.click()
    assert recorded.args[0]["scaffold"] and recorded.args[0]["stars"] == 3
    screen.scaffold_toggle.setChecked(False)
    assert not screen.prompt_edit.isReadOnly()
    assert screen.prompt_edit.toPlainText().startswith("Ban la nhan vien tram y te xa. Nguoi doc la")


def test_turning_the_scaffold_off_unfilled_gives_the_typed_prompt_back(qtbot, lessons):
    screen, _ = make_screen(qtbot, lessons, NoModel())
    screen.prompt_edit.setPlainText("câu tôi gõ trước")
    screen.scaffold_toggle.setChecked(True)
    screen.scaffold_toggle.setChecked(False)
    assert screen.prompt_edit.toPlainText() == "câu tôi gõ trước" and not screen.prompt_edit.isReadOnly()


# --- find the AI's mistakes ------------------------------------------------------------------------


def select(screen, start: int, end: int) -> None:
    answer = screen.session.task.find_mistakes.ai_answer
    cursor = screen.mistake_text.textCursor()
    cursor.setPosition(index_to_utf16(answer, start))
    cursor.setPosition(index_to_utf16(answer, end), QTextCursor.MoveMode.KeepAnchor)
    screen.mistake_text.setTextCursor(cursor)


def test_the_find_mistakes_tab_shows_only_for_tasks_that_have_it(qtbot, lessons):
    # Every bundled lesson has the part now (issue 15): take it away from one to see the tab go.
    screen, _ = make_screen(qtbot, lessons, NoModel(), NOTICE)
    lesson = lessons[NOTICE]
    screen.start(lesson.id, lesson.title, dataclasses.replace(lesson.practice, find_mistakes=None))
    assert not screen.tabs.isTabVisible(PracticeScreen.MISTAKES_TAB)
    lesson = lessons[SCAM]
    screen.start(lesson.id, lesson.title, lesson.practice)
    assert screen.tabs.isTabVisible(PracticeScreen.MISTAKES_TAB)
    assert screen.tabs.tabText(PracticeScreen.MISTAKES_TAB) == "Tìm lỗi của AI"
    assert screen.mistake_text.toPlainText() == lesson.practice.find_mistakes.ai_answer


def test_marks_are_graded_with_found_missed_and_wrong(qtbot, lessons):
    screen, _ = make_screen(qtbot, lessons, NoModel(), SCAM)
    find = lessons[SCAM].practice.find_mistakes
    answer = find.ai_answer
    first, second = find.mistakes
    screen.tabs.setCurrentIndex(PracticeScreen.MISTAKES_TAB)

    # keyboard only: put the cursor at the mistake, then Shift+Right over it
    start = answer.index(first.quote)
    cursor = screen.mistake_text.textCursor()
    cursor.setPosition(index_to_utf16(answer, start))
    screen.mistake_text.setTextCursor(cursor)
    screen.mistake_text.setFocus()
    for _ in first.quote:
        qtbot.keyClick(screen.mistake_text, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(screen.mark_button, Qt.Key.Key_Space)
    assert screen.marks == [(start, start + len(first.quote))]
    assert screen.marks_list.count() == 1 and first.quote[:20] in screen.marks_list.item(0).text()
    assert len(screen.mistake_text.extraSelections()) == 1      # the mark is highlighted

    wrong = "hãy báo công an xã hoặc gọi 113"
    select(screen, answer.index(wrong), answer.index(wrong) + len(wrong))
    screen.mark_button.click()
    with qtbot.waitSignal(screen.attempt_recorded, timeout=1000) as recorded:
        screen.check_button.click()
    assert recorded.args[0] == {"kind": "find_mistakes", "lesson_id": SCAM, "attempt": 1, "stars": 1,
                                "found": 1, "total": 2, "wrong_marks": 1}
    result = screen.grade_view.text()
    assert "Bạn đã tìm đúng" in result and first.explanation in result
    assert "Bạn chưa tìm ra" in result and second.explanation in result
    assert "Chỗ này không sai." in result
    assert not screen.mark_button.isEnabled()               # graded: marks are locked until "Làm lại"
    screen.again_button.click()
    assert screen.marks == [] and screen.grade_view.text() == "" and screen.mark_button.isEnabled()


def test_marking_without_a_selection_says_what_to_do(qtbot, lessons):
    screen, _ = make_screen(qtbot, lessons, NoModel(), SCAM)
    screen.mark_button.click()
    assert screen.marks == [] and shown(screen.mark_error) and "chưa chọn chữ" in screen.mark_error.text()
    assert not screen.check_button.isEnabled()


def test_all_mistakes_found_gives_three_stars_and_unmarking_works(qtbot, lessons):
    screen, _ = make_screen(qtbot, lessons, NoModel(), SCAM)
    find = lessons[SCAM].practice.find_mistakes
    answer = find.ai_answer
    select(screen, 0, 10)
    screen.mark_button.click()
    screen.marks_list.setCurrentRow(0)
    screen.unmark_button.click()
    assert screen.marks == []
    for mistake in find.mistakes:
        start = answer.index(mistake.quote)
        select(screen, start, start + len(mistake.quote))
        screen.mark_button.click()
    with qtbot.waitSignal(screen.attempt_recorded, timeout=1000) as recorded:
        screen.check_button.click()
    assert recorded.args[0]["stars"] == 3 and recorded.args[0]["found"] == 2
    assert "Kết quả: ★★★" in screen.grade_view.text()


def test_positions_outside_the_bmp_map_to_python_indexes():
    text = "AI 🙂 nói sai"
    assert index_to_utf16(text, 5) == 6
    assert utf16_to_index(text, 6) == 5
    assert utf16_to_index(text, index_to_utf16(text, len(text))) == len(text)


# --- every control has a name a screen reader can say ------------------------------------------------


def test_controls_have_accessible_names(qtbot, lessons):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
    )

    screen, _ = make_screen(qtbot, lessons, FakeLLM(), SCAM)
    screen.scaffold_toggle.setChecked(True)
    unnamed = [w for kind in (QAbstractButton, QLineEdit, QPlainTextEdit, QListWidget)
               for w in screen.findChildren(kind)
               if not w.accessibleName() and w.parent() is not None and type(w).__name__ != "QToolButton"]
    assert unnamed == []


# --- the runner -----------------------------------------------------------------------------------------


def test_the_runner_refuses_a_second_run_and_stop_returns_at_once(qtbot):
    fake = FakeLLM(["một hai ba"], hold_after=1)
    runner = LlmRunner(fake)
    busy = []
    runner.busy_changed.connect(busy.append)
    request = GenerationRequest.chat("xin chào")
    assert runner.run(request)
    assert runner.busy and not runner.run(request)
    qtbot.waitUntil(fake.holding.is_set)
    with qtbot.waitSignal(runner.finished, timeout=5000) as finished:
        runner.stop()
    assert finished.args[0].stopped and finished.args[0].text == "một"
    assert busy == [True, False] and not runner.busy
    assert len(fake.requests) == 1


def test_the_runner_reports_engine_failures_apart(qtbot):
    runner = LlmRunner(FakeLLM([LLMError(protocol.CPU_UNSUPPORTED, "sigill"),
                                LLMError(protocol.PROMPT_TOO_LONG, "long")]))
    engine = []
    runner.engine_failed.connect(lambda message, code: engine.append(code))
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.run(GenerationRequest.chat("x"))
    assert failed.args == [protocol.user_message(protocol.CPU_UNSUPPORTED), protocol.CPU_UNSUPPORTED]
    with qtbot.waitSignal(runner.failed, timeout=5000):
        runner.run(GenerationRequest.chat("x"))
    assert engine == [protocol.CPU_UNSUPPORTED]      # a too-long prompt is not a broken engine


def test_set_llm_switches_models_and_no_model_fails_plainly(qtbot):
    runner = LlmRunner()
    assert not runner.available
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.run(GenerationRequest.chat("x"))
    assert failed.args[1] == protocol.NO_MODEL
    with qtbot.waitSignal(runner.llm_changed):
        runner.set_llm(FakeLLM(["có rồi"]))
    assert runner.available
    with qtbot.waitSignal(runner.finished, timeout=5000) as finished:
        runner.run(GenerationRequest.chat("x"))
    assert finished.args[0].text == "có rồi"


def test_send_to_ai_is_in_view_at_the_default_size(qtbot, make_window):
    """A short source text takes the room it needs: "Gửi cho AI" shows without scrolling
    at the default text size in a window that fits 1366x768 with a taskbar."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.screens_tour import BUNDLED, LESSON, prepare_learner

    window = make_window(bundled_pack=BUNDLED, prepare=prepare_learner)
    window.resize(1366 - 16, 768 - 40 - 48)
    learner_id = window.tasks.db.call(lambda ws: ws.learners.list()[0].learner_id)
    with waits.signed_in(qtbot, window, timeout=10_000):
        window.features.session.choose(learner_id)
    with waits.practice_opened(qtbot, window, timeout=10_000):
        window.features.practice.start_practice(LESSON)
    for _ in range(8):
        QApplication.processEvents()
    page = window.practice
    button = page.send_button
    bottom = button.mapTo(page.prompt_scroll.viewport(), button.rect().bottomLeft()).y()
    assert button.isVisible() and bottom <= page.prompt_scroll.viewport().height()
    assert window.scroll.verticalScrollBar().value() == 0
    assert button.mapTo(window, button.rect().bottomLeft()).y() <= window.height()


def test_feedback_leads_with_one_sentence_and_the_stars_details_behind_a_button(qtbot, lessons):
    screen, _runner = make_screen(qtbot, lessons, NoModel())
    screen.set_can_speak(True)
    screen.prompt_edit.setPlainText("viet thong bao kham suc khoe cho nguoi gia")
    with qtbot.waitSignal(screen.attempt_recorded, timeout=1000):
        screen.send_button.click()
    assert shown(screen.lead) and len(screen.lead.text().split()) <= 30
    assert screen.details_box.isHidden() and shown(screen.details_button)
    screen.details_button.click()
    assert not screen.details_box.isHidden() and screen.rubric.text()
    assert shown(screen.feedback_listen)
    with qtbot.waitSignal(screen.speak_requested, timeout=1000) as heard:
        screen.feedback_listen.click()
    assert screen.lead.text() in heard.args[0] and "sao" in heard.args[0]
