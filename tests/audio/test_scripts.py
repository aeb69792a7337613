"""What the read-aloud button says for quiz questions."""

from __future__ import annotations

from tutor.audio.scripts import choice_script, question_script
from tutor.audio.speakable import speech_sentences
from tutor.lessons.model import Matching, Option, Ordering, Pair, SingleChoice, TrueFalse


def test_single_choice_reads_the_prompt_then_numbered_choices():
    question = SingleChoice(id="q1", prompt="AI là gì?", options=(
        Option("Một loại máy tính biết trả lời", True, "Đúng."),
        Option("Một người thật", False, "Chưa đúng."),
    ))
    assert speech_sentences(question_script(question)) == [
        "ây ai là gì?",
        "Chọn một đáp án.",
        "Lựa chọn một: Một loại máy tính biết trả lời.",  # numbers are read in words
        "Lựa chọn hai: Một người thật.",
    ]


def test_choices_follow_the_order_shown_on_screen():
    question = SingleChoice(id="q1", prompt="Chọn", options=(Option("A", True, ""), Option("B", False, "")))
    assert question_script(question, shown=["B", "A"]).endswith("Lựa chọn 1: B.\n\nLựa chọn 2: A.")


def test_ordering_and_matching_never_read_the_answer_order():
    ordering = Ordering(id="q3", prompt="Sắp xếp các bước", items=("Bước đúng một", "Bước đúng hai"),
                        explanation="")
    assert "Bước đúng" not in question_script(ordering)
    assert "Lựa chọn 1: Bước đúng hai." in question_script(ordering, shown=["Bước đúng hai", "Bước đúng một"])

    matching = Matching(id="q5", prompt="Nối", pairs=(Pair("Cột", "Lựa chọn"), Pair("Hàng", "Tiêu chí")),
                        explanation="")
    script = question_script(matching)
    assert "Cột bên trái: Cột; Hàng." in script and "Tiêu chí" not in script


def test_true_false_asks_the_question():
    question = TrueFalse(id="q2", prompt="AI luôn đúng", answer=False, explanation_true="", explanation_false="")
    assert question_script(question) == "AI luôn đúng.\n\nCâu này đúng hay sai?"


def test_one_choice_on_its_own():
    assert choice_script(3, "Hỏi lại người thân") == "Lựa chọn 3: Hỏi lại người thân."
