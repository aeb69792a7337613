"""One learner's work on one practice task: pure state, no I/O, no clock.

The practice room keeps a PracticeSession while the task is open. The learner
writes a prompt (freely, or part by part in the scaffold), gets the rubric's
feedback at once, and, when a model is installed, the model's answer is checked
by the task's output checks. "Tìm lỗi của AI" tasks are graded here too: the
learner marks stretches of a planted AI answer and we say which mistakes were
found. Storing attempts is the caller's job (the session only holds values).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Mapping

from tutor.errors import TutorError
from tutor.lessons.model import FindMistakes, Mistake, PracticeTask
from tutor.lessons.textnorm import fold, fold_with_offsets, nfc, words
from tutor.local_llm.checks import CheckResult, run_checks
from tutor.local_llm.rubric import ELEMENT_HINTS, ELEMENT_ORDER, PromptReport, analyse_prompt, example_for, label
from tutor.messages import render

MAX_PROMPT_CHARS = 4000  # a prompt longer than this would not fit a small model's context anyway


class PracticeInputError(TutorError):
    """The learner's input cannot be used; ``user_message`` says why, nothing is lost."""


# --- the prompt builder scaffold --------------------------------------------------------------


@dataclass(frozen=True)
class ScaffoldField:
    key: str  # prompt element key
    label: str  # "Vai trò"
    hint: str  # what to write, in plain Vietnamese
    example: str  # from the task's good prompt


@dataclass(frozen=True)
class Scaffold:
    fields: tuple[ScaffoldField, ...]  # one per part the task expects, in writing order

    def assemble(self, parts: Mapping[str, str]) -> str:
        return assemble_prompt(parts)


def build_scaffold(task: PracticeTask) -> Scaffold:
    keys = [k for k in ELEMENT_ORDER if k in task.prompt_elements]
    return Scaffold(tuple(
        ScaffoldField(k, _capitalise(label(k)), _capitalise(ELEMENT_HINTS[k]) + ".", example_for(task, k))
        for k in keys
    ))


def assemble_prompt(parts: Mapping[str, str]) -> str:
    """The parts the learner filled in, joined into one prompt in writing order
    (vai trò, bối cảnh, nhiệm vụ, ...), each one a sentence. Empty parts are skipped."""
    unknown = set(parts) - set(ELEMENT_ORDER)
    if unknown:
        raise ValueError(f"unknown prompt element keys: {sorted(unknown)}")
    sentences = []
    for key in ELEMENT_ORDER:
        text = " ".join(nfc(parts.get(key) or "").split())
        if not words(text):
            continue
        text = _capitalise(text)
        if text[-1] not in ".!?…:”\"":
            text += "."
        sentences.append(text)
    return " ".join(sentences)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- attempts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    number: int  # 1, 2, ... within the session
    prompt: str
    report: PromptReport
    ai_answer: str | None = None  # None until a model answers (or when there is no model)
    checks: tuple[CheckResult, ...] = ()

    @property
    def stars(self) -> int:
        """The prompt's stars: the learner is graded on what they wrote, never on what
        a small model made of it. The checks teach how to judge the answer."""
        return self.report.stars

    @property
    def checks_passed(self) -> int:
        return sum(1 for c in self.checks if c.checked and c.passed)

    @property
    def checks_counted(self) -> int:
        return sum(1 for c in self.checks if c.checked)

    @property
    def checks_summary(self) -> str:
        if self.ai_answer is None:
            return render("practice.no_answer")
        return render("practice.checks_passed", passed=self.checks_passed, counted=self.checks_counted)


# --- find the mistakes ----------------------------------------------------------------------------

# A mark finds a mistake when at least half of the mark lies on the mistake (the learner
# pointed at the wrong words, perhaps only the key ones); or when it covers at least half
# of the mistake without being more than twice as long as it; or when it stays inside one
# sentence and covers the whole mistake (the learner picked the sentence with the mistake).
# Marking several sentences or the whole answer finds nothing.
MARK_INSIDE_SHARE = 0.5
MISTAKE_COVER_SHARE = 0.5
MAX_MARK_TO_MISTAKE = 2.0


@dataclass(frozen=True)
class MistakeResult:
    mistake: Mistake
    start: int  # where the planted mistake is in the AI answer
    end: int
    found: bool
    marks: tuple[tuple[int, int], ...]  # the learner's marks that found it


@dataclass(frozen=True)
class WrongMark:
    start: int
    end: int
    text: str
    message: str  # Vietnamese: why it does not count


@dataclass(frozen=True)
class MistakeGrade:
    results: tuple[MistakeResult, ...]
    wrong_marks: tuple[WrongMark, ...]
    found_count: int
    total: int
    stars: int
    rule: str  # Vietnamese: how marks count and how stars are given
    summary: str  # Vietnamese


def locate_mistakes(find_mistakes: FindMistakes) -> list[tuple[Mistake, int, int]]:
    """Each planted mistake with its character range in the AI answer. The format says
    quotes are verbatim; a quote that differs only in accents or spacing is still found."""
    located = []
    answer = find_mistakes.ai_answer
    for mistake in find_mistakes.mistakes:
        start = answer.find(mistake.quote)
        if start >= 0:
            located.append((mistake, start, start + len(mistake.quote)))
            continue
        span = _loose_find(answer, mistake.quote)
        if span:
            located.append((mistake, *span))
    return located


def _loose_find(text: str, quote: str) -> tuple[int, int] | None:
    folded, offsets = fold_with_offsets(text)
    pattern = r"\s+".join(re.escape(w) for w in fold(quote).split())
    match = re.search(pattern, folded) if pattern else None
    return (offsets[match.start()], offsets[match.end() - 1] + 1) if match else None


_SENTENCE_GAP = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The character range of each sentence (a UI may let the learner tap sentences)."""
    spans, start = [], 0
    for gap in _SENTENCE_GAP.finditer(text):
        if words(text[start:gap.start()]):
            spans.append((start, gap.start()))
        start = gap.end()
    if words(text[start:]):
        spans.append((start, len(text.rstrip())))
    return spans


def grade_marks(find_mistakes: FindMistakes, marks: Iterable[tuple[int, int]]) -> MistakeGrade:
    answer = find_mistakes.ai_answer
    cleaned = _clean_marks(answer, marks)
    located = locate_mistakes(find_mistakes)
    sentences = sentence_spans(answer)

    results = []
    used: set[tuple[int, int]] = set()
    for mistake, start, end in located:
        hits = tuple(m for m in cleaned if _finds(m, start, end, sentences))
        used.update(hits)
        results.append(MistakeResult(mistake, start, end, bool(hits), hits))

    wrong = []
    for mark in cleaned:
        if mark in used:
            continue
        touches = any(mark[0] < m_end and m_start < mark[1] for _, m_start, m_end in located)
        message = render("practice.mark_too_wide" if touches else "practice.mark_not_wrong")
        wrong.append(WrongMark(mark[0], mark[1], answer[mark[0]:mark[1]], message))

    found = sum(1 for r in results if r.found)
    total = len(results)
    stars = _mistake_stars(found, len(wrong), total)
    return MistakeGrade(tuple(results), tuple(wrong), found, total, stars, _MISTAKE_RULE,
                        _mistake_summary(found, len(wrong), total))


def _clean_marks(answer: str, marks: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Marks clamped to the answer, trimmed of surrounding spaces, without duplicates;
    a mark holding no letter or digit is dropped (a stray click is not an answer)."""
    cleaned: list[tuple[int, int]] = []
    for raw_start, raw_end in marks:
        start, end = sorted((int(raw_start), int(raw_end)))
        start, end = max(0, start), min(len(answer), end)
        while start < end and answer[start].isspace():
            start += 1
        while end > start and answer[end - 1].isspace():
            end -= 1
        if end > start and words(answer[start:end]) and (start, end) not in cleaned:
            cleaned.append((start, end))
    return sorted(cleaned)


def _finds(mark: tuple[int, int], start: int, end: int, sentences: list[tuple[int, int]]) -> bool:
    overlap = min(mark[1], end) - max(mark[0], start)
    if overlap <= 0:
        return False
    mark_len, mistake_len = mark[1] - mark[0], end - start
    if overlap / mark_len >= MARK_INSIDE_SHARE:
        return True
    if overlap / mistake_len >= MISTAKE_COVER_SHARE and mark_len <= MAX_MARK_TO_MISTAKE * mistake_len:
        return True
    covers_mistake = mark[0] <= start and end <= mark[1]
    return covers_mistake and any(s <= mark[0] and mark[1] <= e for s, e in sentences)


_MISTAKE_RULE = render("practice.mistake_rule")


def _mistake_stars(found: int, wrong: int, total: int) -> int:
    if total == 0:
        return 3 if wrong == 0 else 1
    if found == total and wrong == 0:
        return 3
    return 2 if 2 * max(0, found - wrong) >= total else 1


def _mistake_summary(found: int, wrong: int, total: int) -> str:
    if total and found == total and wrong == 0:
        return render("practice.all_mistakes_found", total=total)
    text = render("practice.mistakes_found", found=found, total=total)
    if wrong:
        text += " " + render("practice.wrong_marks", wrong=wrong)
    if found < total:
        text += " " + render("practice.read_again")
    return text


# --- the session -----------------------------------------------------------------------------------


@dataclass
class PracticeSession:
    """The practice room's state for one task. Mutated only through its methods, each of
    which returns the new value it recorded."""

    task: PracticeTask
    lesson_id: str = ""
    attempts: list[Attempt] = field(default_factory=list)
    mistake_grades: list[MistakeGrade] = field(default_factory=list)

    @property
    def scaffold(self) -> Scaffold:
        return build_scaffold(self.task)

    @property
    def has_find_mistakes(self) -> bool:
        return self.task.find_mistakes is not None and bool(self.task.find_mistakes.mistakes)

    def record_attempt(self, prompt: str) -> Attempt:
        """Analyse a prompt at once; the model's answer, if any, comes later through
        ``attach_answer``. An empty or overlong prompt is refused with a plain message."""
        text = nfc(prompt or "").strip()
        if not words(text):
            raise PracticeInputError("empty prompt", code="practice.empty_prompt")
        if len(text) > MAX_PROMPT_CHARS:
            raise PracticeInputError(
                f"prompt too long: {len(text)} chars",
                code="practice.prompt_too_long", params={"chars": len(text), "max_chars": MAX_PROMPT_CHARS},
            )
        attempt = Attempt(len(self.attempts) + 1, text, analyse_prompt(text, self.task))
        self.attempts.append(attempt)
        return attempt

    def record_scaffold(self, parts: Mapping[str, str]) -> Attempt:
        return self.record_attempt(assemble_prompt(parts))

    def attach_answer(self, number: int, ai_answer: str) -> Attempt:
        """Run the task's checks on the model's answer to attempt ``number``."""
        index = self._index(number)
        answer = nfc(ai_answer or "").strip()
        updated = replace(self.attempts[index], ai_answer=answer,
                          checks=tuple(run_checks(answer, self.task.checks)))
        self.attempts[index] = updated
        return updated

    def grade_marks(self, marks: Iterable[tuple[int, int]]) -> MistakeGrade:
        if self.task.find_mistakes is None:
            raise PracticeInputError("task has no find-mistakes part", code="practice.no_mistake_part")
        grade = grade_marks(self.task.find_mistakes, marks)
        self.mistake_grades.append(grade)
        return grade

    @property
    def latest(self) -> Attempt | None:
        return self.attempts[-1] if self.attempts else None

    @property
    def best_stars(self) -> int:
        """0 before any attempt."""
        return max((a.stars for a in self.attempts), default=0)

    @property
    def best_mistake_stars(self) -> int:
        return max((g.stars for g in self.mistake_grades), default=0)

    def _index(self, number: int) -> int:
        if not 1 <= number <= len(self.attempts):
            raise ValueError(f"no attempt number {number} (have {len(self.attempts)})")
        return number - 1
