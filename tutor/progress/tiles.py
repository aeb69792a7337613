"""Word tiles for a short answer, for learners who cannot type.

Instead of typing, the learner taps one of a few tiles: the taught term and
the terms other short answers of the same level teach. Those are real words of
the course, so a tile is a plausible mix-up, not filler, and the learner must
still know which term fits. The picked tile is graded like typed text.
"""

from __future__ import annotations

import hashlib
from typing import Iterable, Protocol, Sequence

from tutor.lessons.model import ShortAnswer
from tutor.progress.grading import answer_key, match_short_answer

TILE_COUNT = 4


def _rank(seed: str, text: str) -> str:
    # Stable across runs and PCs (hash() is salted per process).
    return hashlib.sha256(f"{seed}\x00{text}".encode()).hexdigest()


def short_answer_tiles(question: ShortAnswer, same_level: Sequence[ShortAnswer],
                       count: int = TILE_COUNT) -> list[str]:
    """The right term and up to count-1 other taught terms, in a stable shuffled order."""
    right = question.answers[0]
    others: dict[str, str] = {}
    for other in same_level:
        if other.id == question.id and other.answers == question.answers:
            continue
        term = other.answers[0]
        key = answer_key(term)
        if key and key not in others and match_short_answer(term, question.answers) is None:
            others[key] = term
    seed = f"{question.id}:{right}"
    chosen = sorted(others.values(), key=lambda t: _rank(seed, t))[: max(0, count - 1)]
    return sorted([right, *chosen], key=lambda t: _rank(seed + ":order", t))


class _LevelShortAnswers(Protocol):
    def level_of(self, lesson_id: str) -> int | None: ...
    def short_answers(self, level: int) -> list[ShortAnswer]: ...


def tiles_for(content: _LevelShortAnswers,
              items: Iterable[tuple[str, object]]) -> dict[tuple[str, str], tuple[str, ...]]:
    """Tiles for the short answers among (lesson_id, question) pairs, keyed by (lesson_id, question_id).

    Run on the database thread; each level's pool is read once.
    """
    pools: dict[int, list[ShortAnswer]] = {}
    tiles: dict[tuple[str, str], tuple[str, ...]] = {}
    for lesson_id, question in items:
        if not isinstance(question, ShortAnswer):
            continue
        level = content.level_of(lesson_id)
        if level is None:
            continue
        if level not in pools:
            pools[level] = content.short_answers(level)
        tiles[(lesson_id, question.id)] = tuple(short_answer_tiles(question, pools[level]))
    return tiles
