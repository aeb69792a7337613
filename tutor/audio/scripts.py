"""What to say for a quiz question: the prompt, then the choices as the screen shows them.

Ordering and matching questions are shuffled by the UI, so their items are
read only in the order the UI passes in; reading the stored order would give
the answer away.
"""

from __future__ import annotations

from typing import Sequence

from tutor.lessons.model import AnyQuestion, Matching, MultipleChoice, Ordering, SingleChoice, TrueFalse


def choice_script(number: int, text: str) -> str:
    """One choice, as its "read aloud" button says it: "Lựa chọn 2: ..."."""
    return f"Lựa chọn {number}: {_sentence(text)}"


def question_script(question: AnyQuestion, shown: Sequence[str] | None = None) -> str:
    """The question read aloud. ``shown``: the choices or items in on-screen order
    (for matching, the right-hand column); defaults to the stored order only
    where that reveals nothing (single and multiple choice)."""
    parts = [_sentence(question.prompt)]
    if isinstance(question, SingleChoice):
        parts.append("Chọn một đáp án.")
        choices = list(shown) if shown is not None else [o.text for o in question.options]
    elif isinstance(question, MultipleChoice):
        parts.append("Có thể chọn nhiều đáp án.")
        choices = list(shown) if shown is not None else [o.text for o in question.options]
    elif isinstance(question, TrueFalse):
        parts.append("Câu này đúng hay sai?")
        choices = []
    elif isinstance(question, Ordering):
        parts.append("Các bước cần sắp xếp là:")
        choices = list(shown or [])
    elif isinstance(question, Matching):
        parts.append("Cột bên trái: " + "; ".join(p.left for p in question.pairs) + ".")
        if shown:
            parts.append("Cột bên phải: " + "; ".join(shown) + ".")
        choices = []
    else:  # short answer
        parts.append("Hãy gõ câu trả lời.")
        choices = []
    parts.extend(choice_script(number, text) for number, text in enumerate(choices, start=1))
    return "\n\n".join(parts)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?…:;\"”" else text + "."
