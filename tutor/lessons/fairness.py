"""Can a quiz be passed without learning? Figures over one level's questions.

A learner who has not read the lesson still notices patterns: the right option
is often the longest, true/false statements are often false. These figures
measure such patterns on the front-matter dicts of a level's lessons, so the
checker can refuse a level whose quizzes reward guessing.

The blind strategy: in a single choice pick the longest option (a tie is split
evenly between the longest options); in a multiple choice tick only the longest
option; answer every true/false with the level test's commoner answer; ordering,
matching and short answers cannot be guessed this way and score nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

Question = Mapping


@dataclass(frozen=True)
class Fairness:
    single_count: int
    right_longest: float  # single choices whose right option is (one of) the longest, counted like the blind guess
    truefalse_count: int
    true_count: int
    level_test_count: int
    blind_score: float  # expected share of the level test a blind guesser gets right
    level_test_kinds: frozenset[str]

    @property
    def right_longest_share(self) -> float:
        return self.right_longest / self.single_count if self.single_count else 0.0

    @property
    def true_share(self) -> float:
        return self.true_count / self.truefalse_count if self.truefalse_count else 0.5


def _longest_hit(options: Sequence[Mapping]) -> float:
    """Expected correctness of picking the longest option (ties split evenly)."""
    lengths = [len(" ".join(str(o["text"]).split())) for o in options]
    longest = [i for i, n in enumerate(lengths) if n == max(lengths)]
    return sum(1 for i in longest if options[i]["correct"]) / len(longest)


def _multiple_hit(options: Sequence[Mapping]) -> float:
    if sum(1 for o in options if o["correct"]) != 1:
        return 0.0
    return _longest_hit(options)


def commoner_answer(questions: Iterable[Question]) -> bool:
    answers = [bool(q["answer"]) for q in questions if q["kind"] == "truefalse"]
    return sum(answers) * 2 > len(answers)


def blind_score(level_test: Sequence[Question]) -> float:
    if not level_test:
        return 0.0
    guess = commoner_answer(level_test)
    total = 0.0
    for q in level_test:
        if q["kind"] == "single":
            total += _longest_hit(q["options"])
        elif q["kind"] == "multiple":
            total += _multiple_hit(q["options"])
        elif q["kind"] == "truefalse":
            total += 1.0 if bool(q["answer"]) == guess else 0.0
    return total / len(level_test)


def measure(questions: Sequence[Question]) -> Fairness:
    """Figures over every question of a level (the level test is the ones marked level_test)."""
    singles = [q for q in questions if q["kind"] == "single"]
    truefalse = [q for q in questions if q["kind"] == "truefalse"]
    level_test = [q for q in questions if q.get("level_test")]
    return Fairness(
        single_count=len(singles),
        right_longest=sum(_longest_hit(q["options"]) for q in singles),
        truefalse_count=len(truefalse),
        true_count=sum(1 for q in truefalse if q["answer"]),
        level_test_count=len(level_test),
        blind_score=blind_score(level_test),
        level_test_kinds=frozenset(q["kind"] for q in level_test),
    )
