"""The curriculum as plain immutable values (schema_version 1).

The same classes describe the source files, the JSON inside a pack and what
the importer stores, so the UI reads one model whatever the origin.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Union

SCHEMA_VERSION = 1

QUESTION_KINDS = ("single", "multiple", "truefalse", "ordering", "matching", "short")

PROMPT_ELEMENTS = {
    "vai_tro": "vai trò",
    "boi_canh": "bối cảnh",
    "nhiem_vu": "nhiệm vụ",
    "dinh_dang": "định dạng",
    "do_dai": "độ dài",
    "giong_van": "giọng văn",
    "vi_du": "ví dụ",
    "gioi_han": "giới hạn",
}

CHECK_KINDS = (
    "max_words", "min_words", "bullets", "must_mention", "must_not_mention",
    "no_personal_data", "max_sentences",
)


@dataclass(frozen=True)
class Competence:
    code: str
    title: str
    domain_code: str
    domain_title: str


@dataclass(frozen=True)
class PackInfo:
    id: str
    title: str
    version: str
    schema_version: int
    language: str
    publisher: str
    level_numbers: tuple[int, ...]


@dataclass(frozen=True)
class Level:
    number: int
    title: str
    summary: str
    module_ids: tuple[str, ...]


@dataclass(frozen=True)
class Module:
    id: str
    level: int
    title: str
    summary: str
    lesson_ids: tuple[str, ...]


# --- quiz questions -------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Question:
    kind: ClassVar[str] = ""
    id: str
    prompt: str
    level_test: bool = False


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True)
class Pair:
    left: str
    right: str


@dataclass(frozen=True, kw_only=True)
class SingleChoice(Question):
    kind: ClassVar[str] = "single"
    options: tuple[Option, ...]


@dataclass(frozen=True, kw_only=True)
class MultipleChoice(Question):
    kind: ClassVar[str] = "multiple"
    options: tuple[Option, ...]


@dataclass(frozen=True, kw_only=True)
class TrueFalse(Question):
    kind: ClassVar[str] = "truefalse"
    answer: bool
    explanation_true: str
    explanation_false: str


@dataclass(frozen=True, kw_only=True)
class Ordering(Question):
    kind: ClassVar[str] = "ordering"
    items: tuple[str, ...]  # in the correct order; the UI shuffles
    explanation: str


@dataclass(frozen=True, kw_only=True)
class Matching(Question):
    kind: ClassVar[str] = "matching"
    pairs: tuple[Pair, ...]
    explanation: str


@dataclass(frozen=True, kw_only=True)
class ShortAnswer(Question):
    kind: ClassVar[str] = "short"
    answers: tuple[str, ...]
    explanation: str


AnyQuestion = Union[SingleChoice, MultipleChoice, TrueFalse, Ordering, Matching, ShortAnswer]

QUESTION_CLASSES: dict[str, type[Question]] = {
    cls.kind: cls for cls in (SingleChoice, MultipleChoice, TrueFalse, Ordering, Matching, ShortAnswer)
}


# --- practice ---------------------------------------------------------------


@dataclass(frozen=True)
class PracticeCheck:
    kind: str
    value: int | None = None
    min: int | None = None
    max: int | None = None
    any_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mistake:
    quote: str
    explanation: str


@dataclass(frozen=True)
class FindMistakes:
    ai_answer: str
    mistakes: tuple[Mistake, ...]


@dataclass(frozen=True)
class PracticeTask:
    situation: str
    source: str
    prompt_elements: tuple[str, ...]
    good_prompt: str
    checks: tuple[PracticeCheck, ...]
    find_mistakes: FindMistakes | None = None
    # What a capable AI would write for good_prompt, authored and checked by ``checks``:
    # shown after an attempt, beside the local model's answer, labelled as a sample.
    sample_answer: str = ""


# --- lessons ----------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    heading: str
    markdown: str


@dataclass(frozen=True)
class Lesson:
    id: str
    level: int
    module_id: str
    title: str
    minutes: int
    competences: tuple[str, ...]
    objectives: tuple[str, ...]
    takeaways: tuple[str, ...]
    body: str
    sections: tuple[Section, ...]
    quiz: tuple[AnyQuestion, ...]
    practice: PracticeTask

    def question(self, question_id: str) -> AnyQuestion | None:
        return next((q for q in self.quiz if q.id == question_id), None)


@dataclass(frozen=True)
class QuestionRef:
    """A question with the lesson it belongs to: progress keys on both ids."""

    lesson_id: str
    question: AnyQuestion

    @property
    def ref(self) -> str:
        return f"{self.lesson_id}#{self.question.id}"


@dataclass(frozen=True)
class Curriculum:
    info: PackInfo
    competences: tuple[Competence, ...]
    levels: tuple[Level, ...]
    modules: tuple[Module, ...]
    lessons: tuple[Lesson, ...]
    media: tuple[str, ...] = field(default=())  # paths relative to the content dir, e.g. media/a.png

    def level(self, number: int) -> Level | None:
        return next((lv for lv in self.levels if lv.number == number), None)

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((ls for ls in self.lessons if ls.id == lesson_id), None)

    def lessons_in_order(self, level: int | None = None) -> list[Lesson]:
        by_id = {ls.id: ls for ls in self.lessons}
        ordered: list[Lesson] = []
        for lv in self.levels:
            if level is not None and lv.number != level:
                continue
            for module_id in lv.module_ids:
                module = self.module(module_id)
                if module is not None:
                    ordered.extend(by_id[i] for i in module.lesson_ids if i in by_id)
        return ordered

    def level_test(self, level: int) -> list[QuestionRef]:
        return level_test_questions(self.lessons_in_order(level))


def level_test_questions(lessons: list[Lesson]) -> list[QuestionRef]:
    """The level test is every question flagged ``level_test``, in lesson order."""
    return [
        QuestionRef(lesson.id, question)
        for lesson in lessons
        for question in lesson.quiz
        if question.level_test
    ]
