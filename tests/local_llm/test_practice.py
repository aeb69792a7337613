"""The practice room's state: the prompt scaffold, attempts with feedback and checks,
and "Tìm lỗi của AI" grading by overlap."""

from __future__ import annotations

import dataclasses

import pytest

from tests.conftest import ROOT
from tutor.lessons.checker import load_checked
from tutor.lessons.model import FindMistakes, Mistake, PracticeCheck, PracticeTask
from tutor.local_llm.practice import (MAX_PROMPT_CHARS, PracticeInputError, PracticeSession, assemble_prompt,
                                      build_scaffold, grade_marks, locate_mistakes, sentence_spans)


@pytest.fixture(scope="module")
def lessons():
    curriculum, _ = load_checked(ROOT / "content")
    return {lesson.id: lesson for lesson in curriculum.lessons}


@pytest.fixture
def notice_task(lessons) -> PracticeTask:
    return lessons["l1.cau-lenh-bon-phan"].practice  # vai trò, bối cảnh, nhiệm vụ, định dạng


# --- scaffold ---------------------------------------------------------------------------------


def test_scaffold_has_one_field_per_expected_part_in_writing_order(lessons):
    task = lessons["l4.so-tay-kinh-nghiem"].practice
    assert task.prompt_elements == ("vai_tro", "nhiem_vu", "dinh_dang", "gioi_han", "giong_van")
    scaffold = build_scaffold(task)
    assert [f.key for f in scaffold.fields] == ["vai_tro", "nhiem_vu", "dinh_dang", "giong_van", "gioi_han"]
    assert [f.label for f in scaffold.fields] == ["Vai trò", "Nhiệm vụ", "Định dạng", "Giọng văn", "Giới hạn"]


def test_scaffold_hints_are_sentences_and_examples_come_from_the_task(notice_task):
    fields = {f.key: f for f in build_scaffold(notice_task).fields}
    assert fields["vai_tro"].hint == "Nói AI đóng vai ai, bắt đầu bằng “Bạn là…”."
    assert fields["vai_tro"].example == "Bạn là nhân viên trạm y tế xã"
    for field in fields.values():
        assert field.example in notice_task.good_prompt
        assert field.hint[0].isupper() and field.hint.endswith(".")


def test_assemble_joins_parts_in_order_as_sentences():
    prompt = assemble_prompt({
        "dinh_dang": "trình bày thành 4 gạch đầu dòng",
        "vai_tro": "bạn là cán bộ y tế xã",
        "nhiem_vu": "  Hãy viết thông báo khám sức khỏe!  ",
        "boi_canh": "",
        "giong_van": "   ",
    })
    assert prompt == ("Bạn là cán bộ y tế xã. Hãy viết thông báo khám sức khỏe! "
                      "Trình bày thành 4 gạch đầu dòng.")


def test_assemble_keeps_a_closing_quote_and_squeezes_spaces():
    prompt = assemble_prompt({"vi_du": "ví dụ:   “Mời bà con họp”", "gioi_han": "không\nthêm gì"})
    assert prompt == "Ví dụ: “Mời bà con họp” Không thêm gì."


def test_assemble_refuses_unknown_parts():
    with pytest.raises(ValueError):
        assemble_prompt({"vai_tro": "Bạn là thư ký", "mood": "vui"})


def test_scaffold_prompt_scores_like_the_same_prompt_typed_freely(notice_task):
    session = PracticeSession(notice_task)
    parts = {"vai_tro": "Bạn là nhân viên trạm y tế xã", "boi_canh": "người đọc là người cao tuổi",
             "nhiem_vu": "hãy viết thông báo lịch khám sức khỏe", "dinh_dang": "trình bày thành 5 gạch đầu dòng"}
    attempt = session.record_scaffold(parts)
    assert attempt.prompt == session.scaffold.assemble(parts)
    assert attempt.stars == 3 and attempt.report.missing_keys == ()


# --- attempts ---------------------------------------------------------------------------------


def test_attempts_are_numbered_and_keep_their_feedback(notice_task):
    session = PracticeSession(notice_task, lesson_id="l1.cau-lenh-bon-phan")
    assert session.latest is None and session.best_stars == 0

    first = session.record_attempt("Viết thông báo khám sức khỏe.")
    second = session.record_attempt("Bạn là y tá. Viết thông báo khám sức khỏe cho người già.")
    assert (first.number, second.number) == (1, 2)
    assert (first.stars, second.stars) == (1, 2)
    assert session.latest is second and session.best_stars == 2
    assert first.ai_answer is None and first.checks == ()
    assert first.checks_summary == "Chưa có câu trả lời của AI để kiểm tra."


def test_the_models_answer_is_checked_against_the_task(notice_task):
    session = PracticeSession(notice_task)
    session.record_attempt("Bạn là y tá. Hãy viết thông báo cho người già thành gạch đầu dòng.")
    answer = ("THÔNG BÁO KHÁM SỨC KHỎE\n- Sáng thứ Năm tuần sau, 7 giờ 30 đến 11 giờ\n"
              "- Tại hội trường thôn Đồng Tâm\n- Mang thẻ bảo hiểm y tế\n- Ai đi lại khó thì báo trưởng thôn")
    attempt = session.attach_answer(1, answer)
    assert attempt.ai_answer == answer
    assert [c.kind for c in attempt.checks] == [c.kind for c in notice_task.checks]
    assert all(c.passed for c in attempt.checks)
    assert attempt.checks_summary == "Câu trả lời của AI đạt 5/5 điều kiện của bài."
    assert session.attempts[0] is attempt

    poor = session.attach_answer(1, "Mời bà con đi khám.")
    assert poor.checks_passed == 2  # only the word limit and "no invented documents" hold
    assert poor.stars == attempt.stars  # the prompt's stars do not depend on the model


def test_checks_do_not_count_a_skipped_check():
    task = PracticeTask("", "", ("nhiem_vu",), "Hãy viết.", (PracticeCheck("max_words", value=50),
                                                               PracticeCheck("rhymes")))
    session = PracticeSession(task)
    session.record_attempt("Hãy viết bài thơ.")
    attempt = session.attach_answer(1, "Bài thơ ngắn.")
    assert (attempt.checks_passed, attempt.checks_counted) == (1, 1)


@pytest.mark.parametrize("prompt", ["", "   ", "...", None])
def test_an_empty_prompt_is_refused_with_a_plain_message(notice_task, prompt):
    session = PracticeSession(notice_task)
    with pytest.raises(PracticeInputError) as caught:
        session.record_attempt(prompt)
    assert caught.value.user_message.startswith("Bạn chưa gõ câu lệnh")
    assert session.attempts == []


def test_an_overlong_prompt_is_refused_and_nothing_is_recorded(notice_task):
    session = PracticeSession(notice_task)
    session.record_attempt("Hãy viết thông báo.")
    with pytest.raises(PracticeInputError) as caught:
        session.record_attempt("chữ " * MAX_PROMPT_CHARS)
    assert "dài quá" in caught.value.user_message
    assert len(session.attempts) == 1


def test_attaching_to_a_missing_attempt_is_a_programming_error(notice_task):
    session = PracticeSession(notice_task)
    with pytest.raises(ValueError):
        session.attach_answer(1, "câu trả lời")


# --- find the mistakes ---------------------------------------------------------------------------

ANSWER = "AI là một người thật ngồi trả lời. AI luôn đúng nên không cần kiểm tra. AI học từ rất nhiều chữ viết."
PLANTED = FindMistakes(ANSWER, (
    Mistake("AI là một người thật ngồi trả lời", "Sai. AI là chương trình máy tính, không phải người."),
    Mistake("AI luôn đúng nên không cần kiểm tra", "Sai. AI có thể bịa, phải kiểm tra lại."),
))


def span(text: str) -> tuple[int, int]:
    start = ANSWER.index(text)
    return start, start + len(text)


def test_planted_mistakes_are_located():
    located = locate_mistakes(PLANTED)
    assert [(ANSWER[s:e]) for _, s, e in located] == [m.quote for m in PLANTED.mistakes]


def test_exact_marks_find_every_mistake_for_three_stars():
    grade = grade_marks(PLANTED, [span("AI là một người thật ngồi trả lời"),
                                  span("AI luôn đúng nên không cần kiểm tra")])
    assert grade.found_count == grade.total == 2
    assert grade.wrong_marks == ()
    assert grade.stars == 3
    assert grade.summary == "Giỏi lắm! Bạn tìm đủ 2 lỗi của AI."
    assert [r.mistake.explanation for r in grade.results] == [m.explanation for m in PLANTED.mistakes]


def test_marking_only_the_key_words_counts():
    grade = grade_marks(PLANTED, [span("người thật"), span("không cần kiểm tra")])
    assert [r.found for r in grade.results] == [True, True]


def test_marking_the_whole_sentence_counts():
    grade = grade_marks(PLANTED, [span("AI luôn đúng nên không cần kiểm tra.")])
    assert [r.found for r in grade.results] == [False, True]
    assert grade.stars == 2  # one of two found, nothing wrong


def test_a_sentence_around_a_short_mistake_counts():
    answer = "Sáng Chủ nhật tuần này, lúc 7 giờ, thôn tổ chức tổng vệ sinh đường làng. Mọi người đến đúng giờ."
    task = FindMistakes(answer, (Mistake("lúc 7 giờ", "Sai giờ."),))
    [first, _] = sentence_spans(answer)
    grade = grade_marks(task, [first])
    assert grade.found_count == 1 and grade.stars == 3
    # the two sentences together are too wide
    grade = grade_marks(task, [(0, len(answer))])
    assert grade.found_count == 0
    assert grade.wrong_marks[0].message == "Chỗ đánh dấu rộng quá. Hãy chọn đúng câu có lỗi thôi."


def test_marking_the_whole_answer_finds_nothing():
    grade = grade_marks(PLANTED, [(0, len(ANSWER))])
    assert grade.found_count == 0
    assert len(grade.wrong_marks) == 1 and "rộng quá" in grade.wrong_marks[0].message
    assert grade.stars == 1


def test_a_mark_on_a_right_sentence_is_wrong_and_costs_stars():
    grade = grade_marks(PLANTED, [span("AI là một người thật ngồi trả lời"),
                                  span("AI luôn đúng nên không cần kiểm tra"),
                                  span("AI học từ rất nhiều chữ viết")])
    assert grade.found_count == 2
    [wrong] = grade.wrong_marks
    assert wrong.text == "AI học từ rất nhiều chữ viết" and wrong.message == "Chỗ này không sai."
    assert grade.stars == 2
    assert grade.summary == "Bạn tìm được 2/2 lỗi. Có 1 chỗ đánh dấu nhầm."


def test_marking_every_sentence_costs_a_star_per_wrong_mark():
    grade = grade_marks(PLANTED, sentence_spans(ANSWER))
    assert grade.found_count == 2 and len(grade.wrong_marks) == 1
    assert grade.stars == 2
    three_mistakes = FindMistakes("Một sai. Hai đúng. Ba đúng. Bốn đúng. Năm sai.",
                                  (Mistake("Một sai", "x"), Mistake("Năm sai", "y"), Mistake("Hai đúng", "z")))
    grade = grade_marks(three_mistakes, sentence_spans(three_mistakes.ai_answer))
    assert grade.found_count == 3 and len(grade.wrong_marks) == 2
    assert grade.stars == 1  # 3 found - 2 wrong = 1, less than half of 3


def test_marks_are_cleaned_clamped_and_deduplicated():
    start, end = span("người thật")
    grade = grade_marks(PLANTED, [(end, start), (start - 1, end + 1), (start, end), (-50, 0), (5000, 6000),
                                  (start, start), (ANSWER.index("."), ANSWER.index(".") + 2)])
    assert grade.found_count == 1
    assert grade.wrong_marks == ()  # the punctuation-only and empty marks are dropped
    # the reversed mark and the one with spaces around are the same mark once cleaned
    assert grade.results[0].marks == ((start, end),)


def test_no_marks_is_one_star_and_an_encouraging_word():
    grade = grade_marks(PLANTED, [])
    assert grade.found_count == 0 and grade.stars == 1
    assert "Hãy đọc lại từng câu" in grade.summary
    assert "một nửa" in grade.rule


def test_every_find_mistakes_task_in_the_curriculum_can_be_fully_solved(lessons):
    tasks = [ls.practice.find_mistakes for ls in lessons.values() if ls.practice.find_mistakes]
    assert len(tasks) >= 10
    for task in tasks:
        located = locate_mistakes(task)
        assert len(located) == len(task.mistakes)
        grade = grade_marks(task, [(s, e) for _, s, e in located])
        assert grade.stars == 3 and grade.wrong_marks == ()


def test_session_grades_marks_and_keeps_the_best(lessons):
    lesson = next(ls for ls in lessons.values() if ls.practice.find_mistakes)
    session = PracticeSession(lesson.practice, lesson.id)
    assert session.has_find_mistakes
    session.grade_marks([])
    located = locate_mistakes(lesson.practice.find_mistakes)
    session.grade_marks([(s, e) for _, s, e in located])
    assert [g.stars for g in session.mistake_grades] == [1, 3]
    assert session.best_mistake_stars == 3


def test_a_task_without_find_mistakes_refuses_marks(notice_task):
    # every bundled lesson has the part now, so take it away (a draft pack may lack it)
    session = PracticeSession(dataclasses.replace(notice_task, find_mistakes=None))
    assert not session.has_find_mistakes
    with pytest.raises(PracticeInputError):
        session.grade_marks([(0, 3)])


def test_a_quote_differing_only_in_spacing_is_still_located():
    task = FindMistakes("AI  luôn   đúng.", (Mistake("AI luôn đúng", "Sai."),))
    [(_, start, end)] = locate_mistakes(task)
    assert task.ai_answer[start:end] == "AI  luôn   đúng"
