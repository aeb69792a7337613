"""Grading every question kind, right and wrong, with the pack's explanation as feedback."""

from __future__ import annotations

import json

import pytest

from tests.progress.helpers import right_response, wrong_response
from tutor.lessons.model import (
    Matching, MultipleChoice, Option, Ordering, Pair, ShortAnswer, SingleChoice, TrueFalse,
)
from tutor.progress.errors import InvalidResponse
from tutor.progress.grading import answer_key, grade, response_from_json, response_to_json

SINGLE = SingleChoice(id="q1", prompt="AI trả lời dựa vào đâu?", options=(
    Option("Những gì nó đã học.", True, "Đúng. AI học từ rất nhiều chữ viết."),
    Option("Nó gọi điện hỏi chuyên gia.", False, "Sai. AI không hỏi ai cả."),
))
MULTIPLE = MultipleChoice(id="q2", prompt="Việc nào AI làm tốt?", options=(
    Option("Viết nháp.", True, "Đúng. Viết nháp nhanh."),
    Option("Giải thích từ khó.", True, "Đúng. Giải thích khá tốt."),
    Option("Kê đơn thuốc.", False, "Sai. Đó là việc của bác sĩ."),
))
TRUEFALSE = TrueFalse(id="q3", prompt="AI luôn nói đúng.", answer=False,
                      explanation_true="Chưa đúng. AI có thể bịa.", explanation_false="Đúng vậy. AI có thể sai.")
ORDERING = Ordering(id="q4", prompt="Sắp xếp các bước.", items=("Nghĩ", "Viết", "Đọc", "Kiểm tra"),
                    explanation="Nghĩ trước, hỏi sau, luôn kiểm tra.")
MATCHING = Matching(id="q5", prompt="Nối.", pairs=(Pair("Vai trò", "Cán bộ"), Pair("Nhiệm vụ", "Viết lịch"),
                                                   Pair("Định dạng", "Bảng")),
                    explanation="Vai trò, nhiệm vụ, định dạng.")
SHORT = ShortAnswer(id="q6", prompt="Gõ từ còn thiếu.", answers=("giọng văn", "văn phong", "mã OTP", ".gov.vn"),
                    explanation="Giọng văn là cách nói.")


def test_single_right_and_wrong_with_the_chosen_options_explanation():
    right, wrong = grade(SINGLE, 0), grade(SINGLE, 1)
    assert right.correct and right.feedback == "Đúng. AI học từ rất nhiều chữ viết."
    assert not wrong.correct and wrong.feedback == "Sai. AI không hỏi ai cả."
    assert wrong.details["correct"] == [0]


def test_multiple_needs_exactly_the_correct_set():
    assert grade(MULTIPLE, {0, 1}).correct
    assert grade(MULTIPLE, [1, 0]).correct
    missed = grade(MULTIPLE, {0})
    assert not missed.correct and missed.details["missed"] == [1]
    assert missed.feedback == "Đúng. Giải thích khá tốt."
    extra = grade(MULTIPLE, {0, 1, 2})
    assert not extra.correct and extra.details["wrongly_chosen"] == [2]
    assert "việc của bác sĩ" in extra.feedback and "Viết nháp" not in extra.feedback


def test_truefalse_shows_the_explanation_for_the_side_picked():
    right, wrong = grade(TRUEFALSE, False), grade(TRUEFALSE, True)
    assert right.correct and right.feedback == "Đúng vậy. AI có thể sai."
    assert not wrong.correct and wrong.feedback == "Chưa đúng. AI có thể bịa."


def test_ordering_is_right_only_in_the_packs_order():
    assert grade(ORDERING, [0, 1, 2, 3]).correct
    swapped = grade(ORDERING, [1, 0, 2, 3])
    assert not swapped.correct and swapped.details["in_place"] == [False, False, True, True]
    assert swapped.feedback == ORDERING.explanation


def test_matching_is_right_when_every_left_meets_its_right():
    assert grade(MATCHING, {0: 0, 1: 1, 2: 2}).correct
    crossed = grade(MATCHING, {0: 1, 1: 0, 2: 2})
    assert not crossed.correct and crossed.details["wrong_lefts"] == [0, 1]


@pytest.mark.parametrize("typed", [
    "giọng văn", "giong van", "GIONG VAN", "  Giọng   văn  ", "giong van.", "Văn phong!", "ma otp", "MÃ OTP",
    "gov.vn", "giọngvăn", "GiỌnG VĂN",
])
def test_short_answers_ignore_case_spaces_punctuation_and_diacritics(typed):
    result = grade(SHORT, typed)
    assert result.correct, typed
    assert result.details["matched"] in SHORT.answers


@pytest.mark.parametrize("typed", ["giọng", "văn bản", "otp ma", "?", "khong phai giong van"])
def test_short_answers_that_are_not_a_variant_are_wrong(typed):
    result = grade(SHORT, typed)
    assert not result.correct
    assert result.feedback == SHORT.explanation
    assert result.details["accepted"] == list(SHORT.answers)


def test_d_with_stroke_counts_as_d():
    question = ShortAnswer(id="q", prompt="?", answers=("đề xuất",), explanation="x")
    assert grade(question, "de xuat").correct
    assert grade(question, "ĐỀ XUẤT").correct
    assert answer_key("  Mã   OTP! ") == answer_key("maotp") == "maotp"


@pytest.mark.parametrize("question, response", [
    (SINGLE, 5), (SINGLE, True), (SINGLE, "0"), (SINGLE, None),
    (MULTIPLE, set()), (MULTIPLE, {7}), (MULTIPLE, "01"), (MULTIPLE, {True}),
    (TRUEFALSE, "sai"), (TRUEFALSE, 0),
    (ORDERING, [0, 1, 2]), (ORDERING, [0, 0, 1, 2]), (ORDERING, {0, 1, 2, 3}),
    (MATCHING, {0: 0, 1: 1}), (MATCHING, {0: 0, 1: 1, 2: 9}), (MATCHING, [0, 1, 2]),
    (SHORT, ""), (SHORT, "   "), (SHORT, 42), (SHORT, "a" * 501),
])
def test_malformed_responses_are_refused_with_a_vietnamese_message(question, response):
    with pytest.raises(InvalidResponse) as caught:
        grade(question, response)
    assert caught.value.user_message and caught.value.user_message != caught.value.log_message


def test_responses_round_trip_through_json():
    for question, response in [(MULTIPLE, {1, 0}), (MATCHING, {2: 2, 0: 1, 1: 0}), (SHORT, "  Giọng  văn "),
                               (ORDERING, [1, 0, 2, 3]), (SINGLE, 1), (TRUEFALSE, True)]:
        stored = response_to_json(question, response)
        again = response_from_json(question, json.loads(json.dumps(stored)))
        assert grade(question, again).correct == grade(question, response).correct
    assert response_to_json(SHORT, "  Giọng  văn ") == "Giọng văn"


def test_every_question_in_the_real_pack_grades_right_and_wrong(ws):
    kinds = set()
    for summary in ws.content.lessons():
        lesson = ws.content.lesson(summary.lesson_id)
        for question in lesson.quiz:
            kinds.add(question.kind)
            right = grade(question, right_response(question))
            wrong = grade(question, wrong_response(question))
            assert right.correct and right.feedback, question.id
            assert not wrong.correct and wrong.feedback, question.id
    assert kinds == {"single", "multiple", "truefalse", "ordering", "matching", "short"}


def test_every_accepted_variant_in_the_pack_is_accepted_without_diacritics(ws):
    from tutor.lessons.textnorm import fold

    for summary in ws.content.lessons():
        for question in ws.content.lesson(summary.lesson_id).quiz:
            if question.kind == "short":
                for variant in question.answers:
                    assert grade(question, fold(variant).upper()).correct, variant


# --- lenient short answers (issue 15) ---------------------------------------------------

from tutor.progress.grading import match_short_answer  # noqa: E402
from tutor.progress.tiles import short_answer_tiles  # noqa: E402


@pytest.mark.parametrize("typed, accepted", [
    ("làm ngay đầu tuần", ("ngay", "làm ngay", "đầu tuần")),  # the lesson's own wording
    ("căn cước công dân", ("căn cước", "thẻ căn cước", "CCCD")),
    ("ảnh do AI tạo", ("do AI tạo", "AI tạo ra", "tạo bằng AI")),
    ("cán bộ khuyến nông", ("khuyến nông", "nông nghiệp")),
    ("xác thực hai lớp", ("hai lớp", "2 lớp", "hai bước")),
    ("xac thuc hai lop", ("hai lớp",)),  # typed without accents
])
def test_the_taught_term_inside_a_longer_answer_counts(typed, accepted):
    question = ShortAnswer(id="q", prompt="?", answers=accepted, explanation="x")
    assert grade(question, typed).correct, typed


@pytest.mark.parametrize("typed, accepted", [
    ("tóm tăt", ("tóm tắt",)),        # one wrong mark
    ("giong vann", ("giọng văn",)),   # one extra letter
    ("khuyen nong nghiep", ("khuyến nông", "nông nghiệp")),
    ("bản quyến", ("bản quyền",)),
    ("phan bienn", ("phản biện",)),
    ("deepfak", ("deepfake",)),
])
def test_common_misspellings_count(typed, accepted):
    question = ShortAnswer(id="q", prompt="?", answers=accepted, explanation="x")
    assert match_short_answer(typed, accepted) is not None, typed
    assert grade(question, typed).correct


@pytest.mark.parametrize("typed, accepted", [
    ("không phải OTP", ("OTP", "mã OTP")),            # a negation turns it wrong
    ("chưa tóm tắt", ("tóm tắt",)),
    ("19", ("10", "mười")),                            # numbers are never fuzzy
    ("số", ("sổ tay",)),                               # too far off
    ("bịt", ("bịa",)),                                 # short words need the exact word
    ("câu lệnh tóm tắt giọng văn bản quyền OTP hai lớp căn cước", ("OTP",)),  # a list of every term
])
def test_lenience_has_limits(typed, accepted):
    question = ShortAnswer(id="q", prompt="?", answers=accepted, explanation="x")
    assert not grade(question, typed).correct, typed


def test_tiles_offer_the_taught_term_among_other_taught_terms_in_a_stable_order():
    level = [ShortAnswer(id=f"q{i}", prompt="?", answers=(term,), explanation="x")
             for i, term in enumerate(["câu lệnh", "tóm tắt", "giọng văn", "bịa", "bản nháp", "OTP"])]
    question = ShortAnswer(id="qx", prompt="?", answers=("tóm tắt", "tóm lược"), explanation="x")
    tiles = short_answer_tiles(question, [*level, question])
    assert len(tiles) == 4 and tiles.count("tóm tắt") == 1
    assert set(tiles) <= {"câu lệnh", "tóm tắt", "giọng văn", "bịa", "bản nháp", "OTP"}
    assert tiles == short_answer_tiles(question, list(reversed([*level, question])))
    assert [t for t in tiles if grade(question, t).correct] == ["tóm tắt"]
