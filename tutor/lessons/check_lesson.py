"""Checks on one lesson file whose front matter already passed the JSON Schema."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from tutor.lessons.curriculum_rules import ADVISORY_UNTIL_TRIMMED, check_ai_competence, check_body_length, check_find_mistakes, check_minutes, check_phone_card, check_picture, check_practice_skill
from tutor.lessons.markdown import sentences, split_text_sentences, word_count
from tutor.lessons.source import LessonFile
from tutor.lessons.textnorm import fold, words

MEDIA_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"}
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class Limits:
    """The authoring rules of content/FORMAT.md, in one place."""

    body_words: tuple[int, int] = (300, 700)
    body_words_warn: int = 400   # issue 15: a body a slow reader finishes
    body_words_error: int = 450  # an error once body-length leaves the advisory rules
    sections: tuple[int, int] = (3, 6)
    quiz_questions_min: int = 5
    quiz_kinds_min: int = 3
    sentence_words_warn: int = 25
    sentence_words_error: int = 35
    level_test_min: int = 15
    modules_per_level: tuple[int, int] = (3, 5)
    lessons_per_module: tuple[int, int] = (3, 4)
    # Fairness per level (tutor/lessons/fairness.py): guessing must not pass.
    right_longest_max: float = 0.35  # share of single choices whose right option is the longest
    true_share: tuple[float, float] = (0.40, 0.60)  # share of true/false statements that are true
    blind_score_max: float = 0.50  # longest option + commoner true/false answer on the level test
    level_test_kinds_min: int = 3
    # Rules reported as warnings, not errors (names: RULES in tutor/lessons/curriculum_rules.py),
    # for bringing a source into line one rule at a time. The shipped source passes all the others.
    advisory: frozenset[str] = ADVISORY_UNTIL_TRIMMED


def check_lesson(lesson: LessonFile, root: Path, competence_codes: set[str] | None,
                 limits: Limits) -> set[str]:
    """Report the lesson's problems; return the media paths its body references."""
    data = lesson.data
    _check_quiz(lesson, data["quiz"], limits)
    _check_practice(lesson, data["practice"])
    check_practice_skill(lesson, data["practice"], limits.advisory)
    check_picture(lesson, limits.advisory)
    check_phone_card(lesson, limits.advisory)
    check_minutes(lesson, word_count(lesson.body), limits.advisory)
    check_body_length(lesson, word_count(lesson.body), limits.body_words_warn, limits.body_words_error,
                      limits.advisory)
    check_ai_competence(lesson, limits.advisory)
    check_find_mistakes(lesson, limits.advisory)
    if competence_codes is not None:
        for i, code in enumerate(data["competences"]):
            if code not in competence_codes:
                lesson.log.error(lesson.line("competences", i), f"competence code {code!r} is not in competences.yaml")
    _check_field_sentences(lesson, data, limits)
    return _check_body(lesson, root, limits)


# --- quiz ---------------------------------------------------------------------


def _check_quiz(lesson: LessonFile, quiz: list[dict], limits: Limits) -> None:
    log = lesson.log
    if len(quiz) < limits.quiz_questions_min:
        log.error(lesson.line("quiz"), f"quiz has {len(quiz)} questions; needs at least {limits.quiz_questions_min}")
    kinds = {q["kind"] for q in quiz}
    if len(kinds) < limits.quiz_kinds_min:
        log.error(lesson.line("quiz"),
                  f"quiz uses {len(kinds)} kinds of question ({', '.join(sorted(kinds))}); "
                  f"needs at least {limits.quiz_kinds_min}")
    seen: dict[str, int] = {}
    for i, question in enumerate(quiz):
        line = lesson.line("quiz", i, "id")
        if question["id"] in seen:
            log.error(line, f"question id {question['id']!r} is used twice in this lesson (first on line {seen[question['id']]})")
        else:
            seen[question["id"]] = line
        _check_answer_key(lesson, i, question)


def _check_answer_key(lesson: LessonFile, i: int, q: dict) -> None:
    log = lesson.log
    kind = q["kind"]
    where = f"question {q['id']}"
    if kind in ("single", "multiple"):
        options = q["options"]
        correct = sum(1 for o in options if o["correct"])
        line = lesson.line("quiz", i, "options")
        if kind == "single" and correct != 1:
            log.error(line, f"{where} (single) needs exactly one correct option; it has {correct}")
        if kind == "multiple" and correct < 1:
            log.error(line, f"{where} (multiple) needs at least one correct option")
        if kind == "multiple" and correct == len(options):
            log.error(line, f"{where} (multiple) needs at least one wrong option; all are correct")
        _unique(lesson, [o["text"] for o in options], ("quiz", i, "options"), f"{where}: option", ("text",))
    elif kind == "ordering":
        _unique(lesson, q["items"], ("quiz", i, "items"), f"{where}: item")
    elif kind == "matching":
        _unique(lesson, [p["left"] for p in q["pairs"]], ("quiz", i, "pairs"), f"{where}: left side", ("left",))
        _unique(lesson, [p["right"] for p in q["pairs"]], ("quiz", i, "pairs"), f"{where}: right side", ("right",))
    elif kind == "short":
        for j, answer in enumerate(q["answers"]):
            if not words(fold(answer)):
                log.error(lesson.line("quiz", i, "answers", j),
                          f"{where}: answer {answer!r} has no letters or digits, so nothing typed could match it")


def _unique(lesson: LessonFile, values: list[str], path: tuple, what: str, sub: tuple = ()) -> None:
    seen: set[str] = set()
    for j, value in enumerate(values):
        key = " ".join(fold(value).split())
        if key in seen:
            lesson.log.error(lesson.line(*path, j, *sub), f"{what} {value!r} appears twice")
        seen.add(key)


# --- practice -----------------------------------------------------------------


def _check_practice(lesson: LessonFile, practice: dict) -> None:
    for j, check in enumerate(practice["checks"]):
        if check["kind"] == "bullets" and check["min"] > check["max"]:
            lesson.log.error(lesson.line("practice", "checks", j),
                             f"bullets check has min {check['min']} above max {check['max']}")
    if practice.get("sample_answer"):
        _check_sample_answer(lesson, practice)
    find = practice.get("find_mistakes")
    if not find:
        return
    for j, mistake in enumerate(find["mistakes"]):
        if mistake["quote"] not in find["ai_answer"]:
            lesson.log.error(lesson.line("practice", "find_mistakes", "mistakes", j, "quote"),
                             f"quote {mistake['quote']!r} does not appear word for word in ai_answer")


def _check_sample_answer(lesson: LessonFile, practice: dict) -> None:
    """The sample of a strong AI's answer must pass the task's own checks: learners compare
    their model's answer with it."""
    from tutor.lessons.codec import practice_from_dict
    from tutor.lessons.practice_checks import run_checks

    task = practice_from_dict(practice)
    for result in run_checks(task.sample_answer, task.checks):
        if not result.passed:
            lesson.log.error(lesson.line("practice", "sample_answer"),
                             f"sample_answer fails its task's {result.kind} check: {result.message}")


# --- sentence length ----------------------------------------------------------


def _sentence_problem(lesson: LessonFile, line: int, sentence: str, limits: Limits) -> None:
    count = len(words(sentence))
    if count > limits.sentence_words_error:
        lesson.log.error(line, f"sentence of {count} words (max {limits.sentence_words_error}): "
                               f"{_clip(sentence)}")
    elif count > limits.sentence_words_warn:
        lesson.log.warning(line, f"long sentence of {count} words (aim for {limits.sentence_words_warn} "
                                 f"or fewer): {_clip(sentence)}")


def _clip(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _learner_texts(data: dict) -> Iterable[tuple[tuple[Any, ...], str]]:
    """The fields a learner reads as prose (not prompts or planted AI answers)."""
    yield ("title",), data["title"]
    for key in ("objectives", "takeaways"):
        for i, text in enumerate(data[key]):
            yield (key, i), text
    for i, q in enumerate(data["quiz"]):
        yield ("quiz", i, "prompt"), q["prompt"]
        for key in ("explanation", "explanation_true", "explanation_false"):
            if key in q:
                yield ("quiz", i, key), q[key]
        for j, option in enumerate(q.get("options", [])):
            yield ("quiz", i, "options", j, "explanation"), option["explanation"]
    yield ("practice", "situation"), data["practice"]["situation"]
    for j, mistake in enumerate((data["practice"].get("find_mistakes") or {}).get("mistakes", [])):
        yield ("practice", "find_mistakes", "mistakes", j, "explanation"), mistake["explanation"]


def _check_field_sentences(lesson: LessonFile, data: dict, limits: Limits) -> None:
    for path, text in _learner_texts(data):
        for sentence in split_text_sentences(text):
            _sentence_problem(lesson, lesson.line(*path), sentence, limits)


# --- body -----------------------------------------------------------------------


def _check_body(lesson: LessonFile, root: Path, limits: Limits) -> set[str]:
    scan = lesson.scan
    assert scan is not None
    log = lesson.log
    start = lesson.body_line
    lo, hi = limits.sections
    if not lo <= len(scan.sections) <= hi:
        log.error(start, f"body has {len(scan.sections)} '## ' sections; needs {lo} to {hi}")
    if scan.preamble:
        log.error(lesson.body_to_file_line(scan.preamble_line),
                  "text before the first '## ' heading is not shown; start the body with a '## ' section")
    for line, heading in scan.other_headings:
        log.warning(lesson.body_to_file_line(line), f"'# {heading}' is not a section; use '## ' for sections")
    for section in scan.sections:
        if not section.heading.strip() or not words(section.markdown):
            log.error(lesson.body_to_file_line(section.line), f"section {section.heading!r} has no heading or no text")
    count = word_count(lesson.body)
    lo, hi = limits.body_words
    if not lo <= count <= hi:
        log.error(start, f"body has {count} words; needs {lo} to {hi}")
    if not scan.has_table and not scan.images:
        log.error(start, "body needs an illustration: a Markdown table or an image ![...](media/...)")
    for block in scan.prose:
        for sentence in sentences(block):
            _sentence_problem(lesson, lesson.body_to_file_line(sentence.line), sentence.text, limits)
    return _check_images(lesson, root)


def _check_images(lesson: LessonFile, root: Path) -> set[str]:
    referenced: set[str] = set()
    assert lesson.scan is not None
    for body_line, target in lesson.scan.images:
        line = lesson.body_to_file_line(body_line)
        if _URL.match(target):
            lesson.log.error(line, f"image {target!r} must be a file under media/: the app works offline")
            continue
        path = posixpath.normpath(target)
        if target.startswith("/") or "\\" in target or path.startswith("..") or not path.startswith("media/"):
            lesson.log.error(line, f"image {target!r} must be a relative path under media/, e.g. media/anh.png")
            continue
        if posixpath.splitext(path)[1].lower() not in MEDIA_EXTENSIONS:
            lesson.log.error(line, f"image {target!r}: use one of {', '.join(sorted(MEDIA_EXTENSIONS))}")
            continue
        if not (root / path).is_file():
            lesson.log.error(line, f"image {target!r} does not exist (looked for {root / path})")
            continue
        referenced.add(path)
    return referenced
