"""Grading quiz answers: deterministic, explainable, with the pack's own explanation.

Response shapes, one per question kind (the UI builds them; indexes refer to
the order in the pack, whatever order the UI showed):

==========  =====================================================================
single      ``int``: index of the chosen option
multiple    set (or list/tuple) of ``int``: indexes of the ticked options, at least one
truefalse   ``bool``: True when the learner picked "Đúng"
ordering    list of ``int``: item indexes in the learner's order (the pack lists the
            items in the correct order, so ``[0, 1, 2, ...]`` is right)
matching    dict ``left index -> right index``, one entry for every left item
short       ``str``: the typed (or spoken, or tile-picked) text; it matches an accepted
            variant ignoring case, spaces, punctuation and diacritics (đ counts as d),
            or contains one as whole words in a short answer without a negation,
            or is one or two letters off a longer variant (a misspelling)
==========  =====================================================================

A response of the wrong shape raises :class:`InvalidResponse` (nothing is
stored; the UI shows the Vietnamese message and lets the learner answer again).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any, Mapping

from tutor.lessons.model import (
    AnyQuestion, Matching, MultipleChoice, Ordering, ShortAnswer, SingleChoice, TrueFalse,
)
from rapidfuzz.distance import Levenshtein

from tutor.lessons.textnorm import fold, words
from tutor.progress.errors import InvalidResponse

MAX_SHORT_ANSWER_CHARS = 500
# A taught term inside a longer answer counts ("làm ngay đầu tuần" for "làm ngay"), but
# only in a short answer: a long one could list every term and hit one by chance.
CONTAINED_ANSWER_MAX_EXTRA_WORDS = 5
# Words that turn a right term into a wrong answer ("không phải OTP").
# (Folded, so "đừng" is left out: it folds to "dung", which is also "dùng".)
NEGATIONS = frozenset({"khong", "chang", "chua", "ko", "phai"})


@dataclass(frozen=True)
class Grade:
    """The verdict on one answer.

    ``feedback`` is the explanation from the pack to show right away. ``details``
    says what was right and wrong, per kind:

    - single: ``chosen``, ``correct`` (indexes of the correct options)
    - multiple: ``chosen``, ``correct``, ``wrongly_chosen``, ``missed`` (sorted index lists)
    - truefalse: ``chosen``, ``answer``
    - ordering: ``order`` (as given), ``in_place`` (one bool per position)
    - matching: ``pairs`` (left -> right as given), ``wrong_lefts`` (sorted)
    - short: ``typed``, ``matched`` (the accepted variant it equals, or None), ``accepted``
    """

    correct: bool
    feedback: str
    details: Mapping[str, Any] = field(default_factory=dict)


def grade(question: AnyQuestion, response: Any) -> Grade:
    grader = _GRADERS.get(type(question))
    if grader is None:
        raise InvalidResponse(f"no grader for question kind {question.kind!r}", code="answer.cannot_grade")
    return grader(question, response)


def response_to_json(question: AnyQuestion, response: Any) -> Any:
    """The response in a JSON-friendly, canonical form (sets sorted, dict keys as text).

    Call after :func:`grade` accepted the response.
    """
    if isinstance(question, MultipleChoice):
        return sorted(int(i) for i in response)
    if isinstance(question, Ordering):
        return [int(i) for i in response]
    if isinstance(question, Matching):
        return {str(int(k)): int(v) for k, v in sorted(response.items())}
    if isinstance(question, ShortAnswer):
        return _clean_typed(response)
    if isinstance(question, TrueFalse):
        return bool(response)
    return int(response)


def response_from_json(question: AnyQuestion, stored: Any) -> Any:
    """Inverse of :func:`response_to_json` (for replaying history)."""
    if isinstance(question, MultipleChoice):
        return frozenset(stored)
    if isinstance(question, Matching):
        return {int(k): int(v) for k, v in stored.items()}
    return stored


# --- short answers ------------------------------------------------------------------


def answer_key(text: str) -> str:
    """What two short answers must share to count as the same answer.

    Folded (no case, no diacritics, đ -> d), then only letters and digits kept:
    "  Mã   OTP! " and "ma otp" and "MãOTP" all become "maotp".
    """
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _clean_typed(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


# --- one grader per kind --------------------------------------------------------------


def _is_index(value: Any) -> bool:
    # bool is an int in Python; True must not silently mean option 1.
    return isinstance(value, int) and not isinstance(value, bool)


def _invalid(log: str, code: str) -> InvalidResponse:
    """``code``: what to tell the learner, a tutor.messages code (shown in the UI language)."""
    return InvalidResponse(log, code=code)


def _grade_single(question: SingleChoice, response: Any) -> Grade:
    if not _is_index(response) or not 0 <= response < len(question.options):
        raise _invalid(f"single choice expects an option index, got {response!r}",
                       "answer.choose_one")
    option = question.options[response]
    correct = [i for i, o in enumerate(question.options) if o.correct]
    return Grade(option.correct, option.explanation, {"chosen": response, "correct": correct})


def _grade_multiple(question: MultipleChoice, response: Any) -> Grade:
    if isinstance(response, (str, bytes, Mapping)) or not hasattr(response, "__iter__"):
        raise _invalid(f"multiple choice expects a set of indexes, got {response!r}",
                       "answer.choose_some")
    chosen = list(response)
    if not chosen:
        raise _invalid("multiple choice: nothing chosen", "answer.choose_some")
    if not all(_is_index(i) and 0 <= i < len(question.options) for i in chosen):
        raise _invalid(f"multiple choice: bad option index in {chosen!r}", "answer.choose_again")
    picked = set(chosen)
    right = {i for i, o in enumerate(question.options) if o.correct}
    wrongly_chosen = sorted(picked - right)
    missed = sorted(right - picked)
    correct = not wrongly_chosen and not missed
    # Explain what went wrong; when all is right, confirm why the chosen ones are right.
    explain = sorted(wrongly_chosen + missed) if not correct else sorted(picked)
    feedback = "\n".join(question.options[i].explanation for i in explain)
    return Grade(correct, feedback, {
        "chosen": sorted(picked), "correct": sorted(right),
        "wrongly_chosen": wrongly_chosen, "missed": missed,
    })


def _grade_truefalse(question: TrueFalse, response: Any) -> Grade:
    if not isinstance(response, bool):
        raise _invalid(f"true/false expects a bool, got {response!r}", "answer.true_or_false")
    feedback = question.explanation_true if response else question.explanation_false
    return Grade(response == question.answer, feedback, {"chosen": response, "answer": question.answer})


def _grade_ordering(question: Ordering, response: Any) -> Grade:
    n = len(question.items)
    if isinstance(response, (str, bytes, Mapping, set, frozenset)) or not hasattr(response, "__iter__"):
        raise _invalid(f"ordering expects a list of item indexes, got {response!r}",
                       "answer.order_all")
    order = list(response)
    if not all(_is_index(i) for i in order) or sorted(order) != list(range(n)):
        raise _invalid(f"ordering expects a permutation of 0..{n - 1}, got {order!r}",
                       "answer.order_all")
    in_place = [order[pos] == pos for pos in range(n)]
    return Grade(all(in_place), question.explanation, {"order": order, "in_place": in_place})


def _grade_matching(question: Matching, response: Any) -> Grade:
    n = len(question.pairs)
    if not isinstance(response, Mapping):
        raise _invalid(f"matching expects a dict left -> right, got {response!r}", "answer.match_all")
    if not all(_is_index(k) for k in response) or set(response) != set(range(n)):
        raise _invalid(f"matching expects every left index 0..{n - 1}, got {list(response)!r}",
                       "answer.match_all")
    if not all(_is_index(v) and 0 <= v < n for v in response.values()):
        raise _invalid(f"matching: bad right index in {response!r}", "answer.match_again")
    pairs = {int(k): int(v) for k, v in sorted(response.items())}
    wrong = sorted(left for left, right in pairs.items() if left != right)
    return Grade(not wrong, question.explanation, {"pairs": pairs, "wrong_lefts": wrong})


def _grade_short(question: ShortAnswer, response: Any) -> Grade:
    if not isinstance(response, str):
        raise _invalid(f"short answer expects text, got {response!r}", "answer.type_answer")
    typed = _clean_typed(response)
    if not typed:
        raise _invalid("short answer: empty", "answer.type_answer")
    if len(typed) > MAX_SHORT_ANSWER_CHARS:
        raise _invalid(f"short answer longer than {MAX_SHORT_ANSWER_CHARS} characters",
                       "answer.too_long")
    matched = match_short_answer(typed, question.answers)
    return Grade(matched is not None, question.explanation, {
        "typed": typed, "matched": matched, "accepted": list(question.answers),
    })


def match_short_answer(typed: str, accepted: tuple[str, ...] | list[str]) -> str | None:
    """The accepted variant the typed text counts as, or None. Lenient in three steps:

    1. equal ignoring case, spaces, punctuation and diacritics;
    2. a variant's words inside a short answer that has no negation;
    3. a misspelling: one letter off a variant of 5+ letters, two off one of 9+
       (never for numbers: "19" is not "10").
    """
    key = answer_key(typed)
    if not key:
        return None
    exact = next((a for a in accepted if answer_key(a) == key), None)
    if exact is not None:
        return exact
    typed_words = words(fold(typed))
    if not NEGATIONS & set(typed_words):
        for answer in accepted:
            answer_words = words(fold(answer))
            extra = len(typed_words) - len(answer_words)
            if answer_words and 0 < extra <= CONTAINED_ANSWER_MAX_EXTRA_WORDS and _has_run(typed_words, answer_words):
                return answer
    for answer in accepted:
        answer_k = answer_key(answer)
        allowed = _allowed_typos(answer_k)
        if allowed and not any(ch.isdigit() for ch in key) and \
                Levenshtein.distance(key, answer_k, score_cutoff=allowed) <= allowed:
            return answer
    return None


def _has_run(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def _allowed_typos(answer_key_text: str) -> int:
    if any(ch.isdigit() for ch in answer_key_text):
        return 0
    if len(answer_key_text) >= 9:
        return 2
    return 1 if len(answer_key_text) >= 5 else 0


_GRADERS = {
    SingleChoice: _grade_single,
    MultipleChoice: _grade_multiple,
    TrueFalse: _grade_truefalse,
    Ordering: _grade_ordering,
    Matching: _grade_matching,
    ShortAnswer: _grade_short,
}
