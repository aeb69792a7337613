"""Level tests (pure): draw the questions, score the answers, decide pass at 80%."""

from __future__ import annotations

import random
from fractions import Fraction
from math import ceil
from typing import Iterable, Sequence

from tutor.lessons.model import QuestionRef

PASS_MARK = Fraction(4, 5)


def draw(questions: Sequence[QuestionRef], seed: int, limit: int | None = None) -> list[QuestionRef]:
    """The level's test questions in a shuffled order that ``seed`` reproduces exactly."""
    drawn = list(questions)
    random.Random(seed).shuffle(drawn)
    return drawn[:limit] if limit is not None else drawn


def needed(total: int, pass_mark: Fraction = PASS_MARK) -> int:
    """Right answers needed to pass (exact arithmetic: 24 questions at 80% need 20)."""
    return ceil(total * pass_mark)


def passed(correct: int, total: int, pass_mark: Fraction = PASS_MARK) -> bool:
    return total > 0 and correct >= needed(total, pass_mark)


def score(refs: Iterable[str], answers: Iterable[tuple[str, bool]]) -> int:
    """Right answers among ``refs``; the last answer to a question counts, none counts as wrong.

    ``answers`` are (ref, correct) in the order given.
    """
    last: dict[str, bool] = {}
    for ref, correct in answers:
        last[ref] = correct
    return sum(1 for ref in refs if last.get(ref, False))
