"""Model <-> JSON-ready dicts (the pack stores the curriculum as JSON).

Decoding is strict: a missing or mistyped field raises ContentFormatError
naming the field, instead of building a half-empty lesson that fails later.
Lesson dicts use the same keys as a lesson file's front matter, so the source
loader decodes front matter with these functions too.
"""

from __future__ import annotations

import json
from typing import Any, Callable, TypeVar

from tutor.lessons.model import (
    QUESTION_CLASSES,
    AnyQuestion,
    Competence,
    Curriculum,
    FindMistakes,
    Lesson,
    Level,
    Matching,
    Mistake,
    Module,
    MultipleChoice,
    Option,
    Ordering,
    PackInfo,
    Pair,
    PracticeCheck,
    PracticeTask,
    Section,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)

T = TypeVar("T")


class ContentFormatError(ValueError):
    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path


class Reader:
    """Typed access to one dict, remembering where it sits for error messages."""

    def __init__(self, data: Any, path: str = ""):
        if not isinstance(data, dict):
            raise ContentFormatError(path, "expected an object")
        self.data = data
        self.path = path

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ..., name: str = "") -> Any:
        if key not in self.data or self.data[key] is None:
            if default is ...:
                raise ContentFormatError(self.where(key), "missing")
            return default
        value = self.data[key]
        # bool is an int subclass: a stray `true` must not pass as a number
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ContentFormatError(self.where(key), f"expected {name or kind}")
        return value

    def text(self, key: str, default: Any = ...) -> str:
        return self.get(key, str, default, "text")

    def integer(self, key: str, default: Any = ...) -> int:
        return self.get(key, int, default, "an integer")

    def flag(self, key: str, default: Any = ...) -> bool:
        return self.get(key, bool, default, "true or false")

    def texts(self, key: str, default: Any = ...) -> tuple[str, ...]:
        values = self.get(key, list, default, "a list")
        for i, value in enumerate(values):
            if not isinstance(value, str):
                raise ContentFormatError(f"{self.where(key)}[{i}]", "expected text")
        return tuple(values)

    def objects(self, key: str, decode: Callable[["Reader"], T], default: Any = ...) -> tuple[T, ...]:
        values = self.get(key, list, default, "a list")
        return tuple(decode(Reader(v, f"{self.where(key)}[{i}]")) for i, v in enumerate(values))

    def object(self, key: str, decode: Callable[["Reader"], T], default: Any = ...) -> T:
        value = self.get(key, dict, default, "an object")
        return value if value is default else decode(Reader(value, self.where(key)))


# --- questions -------------------------------------------------------------


def _option(r: Reader) -> Option:
    return Option(text=r.text("text"), correct=r.flag("correct"), explanation=r.text("explanation"))


def _pair(r: Reader) -> Pair:
    return Pair(left=r.text("left"), right=r.text("right"))


def question_from_dict(data: Any, path: str = "") -> AnyQuestion:
    r = Reader(data, path)
    kind = r.text("kind")
    if kind not in QUESTION_CLASSES:
        raise ContentFormatError(r.where("kind"), f"unknown question kind {kind!r}")
    common = {"id": r.text("id"), "prompt": r.text("prompt"), "level_test": r.flag("level_test", False)}
    if kind == "single":
        return SingleChoice(**common, options=r.objects("options", _option))
    if kind == "multiple":
        return MultipleChoice(**common, options=r.objects("options", _option))
    if kind == "truefalse":
        return TrueFalse(
            **common, answer=r.flag("answer"),
            explanation_true=r.text("explanation_true"), explanation_false=r.text("explanation_false"),
        )
    if kind == "ordering":
        return Ordering(**common, items=r.texts("items"), explanation=r.text("explanation"))
    if kind == "matching":
        return Matching(**common, pairs=r.objects("pairs", _pair), explanation=r.text("explanation"))
    return ShortAnswer(**common, answers=r.texts("answers"), explanation=r.text("explanation"))


def question_to_dict(q: AnyQuestion) -> dict:
    data: dict[str, Any] = {"id": q.id, "kind": q.kind, "prompt": q.prompt, "level_test": q.level_test}
    if isinstance(q, (SingleChoice, MultipleChoice)):
        data["options"] = [
            {"text": o.text, "correct": o.correct, "explanation": o.explanation} for o in q.options
        ]
    elif isinstance(q, TrueFalse):
        data.update(answer=q.answer, explanation_true=q.explanation_true, explanation_false=q.explanation_false)
    elif isinstance(q, Ordering):
        data.update(items=list(q.items), explanation=q.explanation)
    elif isinstance(q, Matching):
        data.update(pairs=[{"left": p.left, "right": p.right} for p in q.pairs], explanation=q.explanation)
    elif isinstance(q, ShortAnswer):
        data.update(answers=list(q.answers), explanation=q.explanation)
    return data


# --- practice --------------------------------------------------------------


def _check(r: Reader) -> PracticeCheck:
    return PracticeCheck(
        kind=r.text("kind"), value=r.integer("value", None), min=r.integer("min", None),
        max=r.integer("max", None), any_of=r.texts("any_of", ()),
    )


def _mistake(r: Reader) -> Mistake:
    return Mistake(quote=r.text("quote"), explanation=r.text("explanation"))


def _find_mistakes(r: Reader) -> FindMistakes:
    return FindMistakes(ai_answer=r.text("ai_answer"), mistakes=r.objects("mistakes", _mistake))


def practice_from_dict(data: Any, path: str = "practice") -> PracticeTask:
    r = Reader(data, path)
    return PracticeTask(
        situation=r.text("situation"), source=r.text("source", ""),
        prompt_elements=r.texts("prompt_elements"), good_prompt=r.text("good_prompt"),
        checks=r.objects("checks", _check), find_mistakes=r.object("find_mistakes", _find_mistakes, None),
        sample_answer=r.text("sample_answer", ""),
    )


def practice_to_dict(p: PracticeTask) -> dict:
    checks = []
    for c in p.checks:
        check: dict[str, Any] = {"kind": c.kind}
        for key in ("value", "min", "max"):
            if getattr(c, key) is not None:
                check[key] = getattr(c, key)
        if c.any_of:
            check["any_of"] = list(c.any_of)
        checks.append(check)
    data: dict[str, Any] = {
        "situation": p.situation, "source": p.source, "prompt_elements": list(p.prompt_elements),
        "good_prompt": p.good_prompt, "checks": checks,
    }
    if p.sample_answer:
        data["sample_answer"] = p.sample_answer
    if p.find_mistakes is not None:
        data["find_mistakes"] = {
            "ai_answer": p.find_mistakes.ai_answer,
            "mistakes": [{"quote": m.quote, "explanation": m.explanation} for m in p.find_mistakes.mistakes],
        }
    return data


# --- lessons ---------------------------------------------------------------


def _section(r: Reader) -> Section:
    return Section(heading=r.text("heading"), markdown=r.text("markdown"))


def lesson_from_dict(data: Any) -> Lesson:
    r = Reader(data)
    return Lesson(
        id=r.text("id"), level=r.integer("level"), module_id=r.text("module"), title=r.text("title"),
        minutes=r.integer("minutes"), competences=r.texts("competences"), objectives=r.texts("objectives"),
        takeaways=r.texts("takeaways"), body=r.text("body"), sections=r.objects("sections", _section),
        quiz=tuple(question_from_dict(q, f"quiz[{i}]") for i, q in enumerate(r.get("quiz", list))),
        practice=practice_from_dict(r.get("practice", dict)),
    )


def lesson_to_dict(lesson: Lesson) -> dict:
    return {
        "id": lesson.id, "level": lesson.level, "module": lesson.module_id, "title": lesson.title,
        "minutes": lesson.minutes, "competences": list(lesson.competences),
        "objectives": list(lesson.objectives), "takeaways": list(lesson.takeaways),
        "body": lesson.body,
        "sections": [{"heading": s.heading, "markdown": s.markdown} for s in lesson.sections],
        "quiz": [question_to_dict(q) for q in lesson.quiz],
        "practice": practice_to_dict(lesson.practice),
    }


# --- pack, levels, modules -------------------------------------------------


def _competence(r: Reader) -> Competence:
    return Competence(
        code=r.text("code"), title=r.text("title"),
        domain_code=r.text("domain_code"), domain_title=r.text("domain_title"),
    )


def pack_info_from_dict(data: Any) -> PackInfo:
    r = Reader(data)
    levels = r.get("level_numbers", list)
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in levels):
        raise ContentFormatError("level_numbers", "expected integers")
    return PackInfo(
        id=r.text("id"), title=r.text("title"), version=r.text("version"),
        schema_version=r.integer("schema_version"), language=r.text("language"),
        publisher=r.text("publisher"), level_numbers=tuple(levels),
    )


def pack_info_to_dict(info: PackInfo) -> dict:
    return {
        "id": info.id, "title": info.title, "version": info.version,
        "schema_version": info.schema_version, "language": info.language,
        "publisher": info.publisher, "level_numbers": list(info.level_numbers),
    }


def competence_to_dict(c: Competence) -> dict:
    return {"code": c.code, "title": c.title, "domain_code": c.domain_code, "domain_title": c.domain_title}


def competences_from_list(data: Any) -> tuple[Competence, ...]:
    if not isinstance(data, list):
        raise ContentFormatError("competences", "expected a list")
    return tuple(_competence(Reader(c, f"competences[{i}]")) for i, c in enumerate(data))


def _module(r: Reader) -> Module:
    return Module(
        id=r.text("id"), level=r.integer("level"), title=r.text("title"),
        summary=r.text("summary"), lesson_ids=r.texts("lesson_ids"),
    )


def module_to_dict(m: Module) -> dict:
    return {"id": m.id, "level": m.level, "title": m.title, "summary": m.summary, "lesson_ids": list(m.lesson_ids)}


def level_from_dict(data: Any) -> tuple[Level, tuple[Module, ...]]:
    """A level file carries its modules: both are small and always read together."""
    r = Reader(data)
    modules = r.objects("modules", _module)
    level = Level(
        number=r.integer("number"), title=r.text("title"), summary=r.text("summary"),
        module_ids=tuple(m.id for m in modules),
    )
    return level, modules


def level_to_dict(level: Level, modules: list[Module]) -> dict:
    return {
        "number": level.number, "title": level.title, "summary": level.summary,
        "modules": [module_to_dict(m) for m in modules],
    }


# --- whole curriculum (tests, tools) ---------------------------------------


def curriculum_to_dict(c: Curriculum) -> dict:
    return {
        "info": pack_info_to_dict(c.info),
        "competences": [competence_to_dict(x) for x in c.competences],
        "levels": [
            level_to_dict(lv, [m for mid in lv.module_ids if (m := c.module(mid)) is not None])
            for lv in c.levels
        ],
        "lessons": [lesson_to_dict(ls) for ls in c.lessons],
        "media": list(c.media),
    }


def curriculum_from_dict(data: Any) -> Curriculum:
    r = Reader(data)
    levels_and_modules = [level_from_dict(x) for x in r.get("levels", list)]
    return Curriculum(
        info=pack_info_from_dict(r.get("info", dict)),
        competences=competences_from_list(r.get("competences", list)),
        levels=tuple(lv for lv, _ in levels_and_modules),
        modules=tuple(m for _, ms in levels_and_modules for m in ms),
        lessons=tuple(lesson_from_dict(x) for x in r.get("lessons", list)),
        media=r.texts("media", ()),
    )


def dumps(data: Any) -> bytes:
    """Canonical JSON bytes: sorted keys and fixed separators give the same hash for the same content."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def loads(raw: bytes, what: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ContentFormatError(what, f"not valid JSON: {exc}") from exc
