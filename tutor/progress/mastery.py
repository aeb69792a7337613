"""Mastery of a lesson, folded from its attempt history (pure functions, no database).

- passed_quiz: "m of the last n" quiz answers on the lesson were right (Kolibri's
  m-of-n; default 4 of 5). With fewer than n answers, m right ones still count,
  so a learner who gets the first four right has passed.
- mastered: passed_quiz AND, later (by event seq), a review or level-test answer on
  any of the lesson's questions was right (Khan Academy counts a skill mastered
  only after a later mixed review, so a lucky streak in one sitting is not enough).

Both are sticky: once reached they stay, whatever comes after, and the criterion
they were reached under is snapshotted with the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Iterable, Sequence


class Status(str, Enum):
    NOT_STARTED = "not_started"
    PRACTISING = "practising"
    PASSED_QUIZ = "passed_quiz"
    MASTERED = "mastered"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Status.NOT_STARTED: 0, Status.PRACTISING: 1, Status.PASSED_QUIZ: 2, Status.MASTERED: 3}

QUIZ_CONTEXT = "quiz"
# Answers given later, away from the lesson's own quiz, that prove the knowledge stuck.
LATER_REVIEW_CONTEXTS = frozenset({"review", "level_test"})


@dataclass(frozen=True)
class Criterion:
    m: int = 4
    n: int = 5

    def __post_init__(self) -> None:
        if not 1 <= self.m <= self.n:
            raise ValueError(f"mastery criterion needs 1 <= m <= n, got {self.m} of {self.n}")

    def as_dict(self) -> dict[str, int]:
        return {"m": self.m, "n": self.n}

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> "Criterion":
        return cls(int(data["m"]), int(data["n"]))


DEFAULT_CRITERION = Criterion()


@dataclass(frozen=True)
class AttemptFact:
    """One answer on a question of the lesson, as mastery sees it."""

    seq: int
    correct: bool
    context: str


@dataclass(frozen=True)
class MasteryState:
    status: Status
    criterion: Criterion
    passed_quiz_seq: int | None = None
    mastered_seq: int | None = None
    recent_correct: int = 0  # right answers among the last n quiz answers
    recent_total: int = 0    # how many quiz answers that window holds (<= n)


def criterion_met(window: Sequence[bool], criterion: Criterion = DEFAULT_CRITERION) -> bool:
    """True when the last n answers of ``window`` (oldest first) hold at least m right ones."""
    return sum(window[-criterion.n:]) >= criterion.m


def evaluate(
    attempts: Iterable[AttemptFact],
    criterion: Criterion = DEFAULT_CRITERION,
    started: bool = False,
) -> MasteryState:
    """Fold a lesson's attempts (any order; sorted by seq here) into its mastery state.

    ``started`` says the learner opened the lesson or read a part of it, which
    makes them "practising" before any answer.
    """
    ordered = sorted(attempts, key=lambda a: a.seq)
    quiz: list[bool] = []
    passed_seq: int | None = None
    mastered_seq: int | None = None
    for attempt in ordered:
        if attempt.context == QUIZ_CONTEXT:
            quiz.append(attempt.correct)
            if passed_seq is None and criterion_met(quiz, criterion):
                passed_seq = attempt.seq
        elif (
            attempt.context in LATER_REVIEW_CONTEXTS and attempt.correct
            and passed_seq is not None and mastered_seq is None and attempt.seq > passed_seq
        ):
            mastered_seq = attempt.seq
    window = quiz[-criterion.n:]
    if mastered_seq is not None:
        status = Status.MASTERED
    elif passed_seq is not None:
        status = Status.PASSED_QUIZ
    elif ordered or started:
        status = Status.PRACTISING
    else:
        status = Status.NOT_STARTED
    return MasteryState(status, criterion, passed_seq, mastered_seq, sum(window), len(window))
