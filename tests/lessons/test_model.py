import json

import pytest

from tutor.lessons.checker import load_checked
from tutor.lessons.codec import (
    ContentFormatError,
    curriculum_from_dict,
    curriculum_to_dict,
    dumps,
    lesson_from_dict,
    lesson_to_dict,
    question_from_dict,
)
from tutor.lessons.model import QUESTION_KINDS, Matching, SingleChoice, TrueFalse

from .conftest import VALID_SOURCE


@pytest.fixture(scope="module")
def curriculum():
    return load_checked(VALID_SOURCE)[0]


def test_source_loads_into_the_model(curriculum):
    assert curriculum.info.id == "fixture-pack"
    assert [lv.number for lv in curriculum.levels] == [1]
    assert curriculum.levels[0].module_ids == ("l1.m1", "l1.m2", "l1.m3")
    assert curriculum.module("l1.m1").lesson_ids[:2] == ("l1.lua-dao-video", "l1.ban-hang")
    lesson = curriculum.lesson("l1.ban-hang")
    assert lesson.level == 1 and lesson.module_id == "l1.m1"
    assert [s.heading for s in lesson.sections] == [
        "Chuyện thường ngày", "Các bước làm", "Ví dụ cụ thể", "Điều cần nhớ khi làm", "Làm trên điện thoại"]
    assert "| Việc |" in lesson.sections[1].markdown
    assert {q.kind for q in lesson.quiz} == set(QUESTION_KINDS)
    assert lesson.practice.find_mistakes.mistakes[0].quote in lesson.practice.find_mistakes.ai_answer
    assert curriculum.media == ("media/so-do.png",)


def test_level_test_is_the_flagged_questions(curriculum):
    refs = curriculum.level_test(1)
    assert len(refs) == 20
    assert refs[0].ref == "l1.lua-dao-video#q1"
    assert all(ref.question.level_test for ref in refs)


def test_curriculum_json_round_trip(curriculum):
    data = curriculum_to_dict(curriculum)
    again = curriculum_from_dict(json.loads(dumps(data)))
    assert again == curriculum
    assert dumps(curriculum_to_dict(again)) == dumps(data)


def test_lesson_round_trip_keeps_question_types(curriculum):
    lesson = curriculum.lesson("l1.lua-dao-video")
    again = lesson_from_dict(json.loads(dumps(lesson_to_dict(lesson))))
    assert again == lesson
    assert isinstance(again.question("q1"), SingleChoice)
    assert isinstance(again.question("q3"), TrueFalse) and again.question("q3").answer is False
    assert isinstance(again.question("q5"), Matching)


def test_decoding_names_the_bad_field():
    with pytest.raises(ContentFormatError, match=r"options\[1\].correct"):
        question_from_dict({"id": "q1", "kind": "single", "prompt": "?", "options": [
            {"text": "a", "correct": True, "explanation": "x"},
            {"text": "b", "correct": "yes", "explanation": "y"}]})
    with pytest.raises(ContentFormatError, match="unknown question kind"):
        question_from_dict({"id": "q1", "kind": "essay", "prompt": "?"})
    with pytest.raises(ContentFormatError, match="answer"):
        question_from_dict({"id": "q1", "kind": "truefalse", "prompt": "?",
                            "explanation_true": "a", "explanation_false": "b"})
