"""`check_source`: every problem in the curriculum source, with file and line.

Errors block the pack build (and make `tutor content check` exit 1);
warnings are advice for authors.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from tutor.lessons.audiences import check_audiences
from tutor.lessons.check_lesson import Limits, check_lesson
from tutor.lessons.curriculum_rules import FAIRNESS, reporter
from tutor.lessons.errors import SourceHasErrors
from tutor.lessons.facts import check_facts
from tutor.lessons.fairness import measure
from tutor.lessons.model import Curriculum
from tutor.lessons.pack_format import unsafe_name_reason
from tutor.lessons.problems import Problem, ProblemLog
from tutor.lessons.schemas import schema_dir_for, schema_errors
from tutor.lessons.source import LevelDir, LoadedSource, ModuleDir, SourceFile, load_source, to_curriculum

LESSON_FILE_NAME = re.compile(r"^(\d{2})-[a-z0-9]+(-[a-z0-9]+)*\.md$")

__all__ = ["Limits", "Problem", "check_source", "check_loaded", "load_checked"]


def check_source(source_dir: Path | str, limits: Limits = Limits(), schema_dir: Path | None = None,
                 today: date | None = None) -> list[Problem]:
    return check_loaded(load_source(source_dir), limits, schema_dir, today)


def load_checked(source_dir: Path | str, limits: Limits = Limits()) -> tuple[Curriculum, list[Problem]]:
    """The curriculum model of a source without errors (warnings are returned); else SourceHasErrors."""
    source = load_source(source_dir)
    problems = check_loaded(source, limits)
    if any(p.is_error for p in problems):
        raise SourceHasErrors(problems)
    return to_curriculum(source), problems


def check_loaded(source: LoadedSource, limits: Limits = Limits(), schema_dir: Path | None = None,
                 today: date | None = None) -> list[Problem]:
    schema_dir = schema_dir or schema_dir_for(source.root)
    _validate(source.pack, schema_dir, "pack")
    _validate(source.competences, schema_dir, "competences")
    for level in source.levels:
        _validate(level.level, schema_dir, "level")
        for module in level.modules:
            _validate(module.module, schema_dir, "module")
            for lesson in module.lessons:
                _validate(lesson, schema_dir, "lesson")

    codes = _competence_codes(source.competences)
    referenced_media: set[str] = set()
    for level in source.levels:
        for module in level.modules:
            for lesson in module.lessons:
                if lesson.valid and lesson.scan is not None:
                    referenced_media |= check_lesson(lesson, source.root, codes, limits)
    _check_pack_levels(source)
    for level in source.levels:
        _check_level(level, limits)
    _check_unique_ids(source)
    check_facts(source.root, schema_dir, source.problems, today or date.today(), _fact_references(source))
    check_audiences(source.root, schema_dir, source.problems, _module_ids(source))
    lesson_ids = {ls.data["id"] for level in source.levels for module in level.modules
                  for ls in module.lessons if ls.valid}
    for media in source.media:
        narration = NARRATION.match(media)
        if media.startswith(NARRATION_DIR) and not unsafe_name_reason(media):
            if narration is None:
                source.log(source.root / media).error(
                    1, f"recorded narration must be named {NARRATION_DIR}<lesson id>/<section number>.wav")
            elif narration["lesson"] not in lesson_ids:
                source.log(source.root / media).error(1, f"narration for unknown lesson {narration['lesson']!r}")
            continue
        if unsafe_name_reason(media):
            source.log(source.root / media).error(
                1, "media file names may use only a-z A-Z 0-9 . _ - (no spaces or accents), so every PC can read the pack")
        elif media not in referenced_media:
            source.log(source.root / media).warning(1, "media file is not used by any lesson (it still goes into the pack)")
    return sorted(set(source.problems), key=lambda p: (p.file, p.line, p.severity, p.message))


NARRATION_DIR = "media/narration/"
# Pre-recorded narration of a lesson section: media/narration/<lesson id>/<section index>.wav
NARRATION = re.compile(r"^media/narration/(?P<lesson>l[1-9]\.[a-z0-9-]+)/(?P<section>[0-9]{1,2})\.wav$")


def narration_member(lesson_id: str, section_index: int) -> str:
    return f"{NARRATION_DIR}{lesson_id}/{section_index}.wav"


def _validate(file: SourceFile, schema_dir: Path, name: str) -> None:
    if file.doc is None:
        return
    ok = True
    for path, message in schema_errors(schema_dir, name, file.data):
        file.log.error(file.line(*path), message)
        ok = False
    file.valid = ok


def _competence_codes(file: SourceFile) -> set[str] | None:
    if not file.valid:
        return None  # already reported; do not flood every lesson with unknown codes
    return {c["code"] for d in file.data["domains"] for c in d["competences"]}


def _module_ids(source: LoadedSource) -> list[str]:
    return [module.module.data["id"] for level in source.levels for module in level.modules
            if module.module.valid and module.module.data and "id" in module.module.data]


def _check_pack_levels(source: LoadedSource) -> None:
    pack = source.pack
    if not pack.valid:
        return
    listed = [str(x) for x in pack.data["levels"]]
    for i, name in enumerate(listed):
        if source.level_dir(name) is None:
            pack.log.error(pack.line("levels", i), f"level directory levels/{name} does not exist")
    for level in source.levels:
        if level.dir_name not in listed:
            level.level.log.error(1, f"level directory levels/{level.dir_name} is not listed in pack.yaml levels")


def _check_level(level: LevelDir, limits: Limits) -> None:
    file = level.level
    if not file.valid:
        return
    data = file.data
    if str(data["number"]) != level.dir_name:
        file.log.error(file.line("number"), f"number {data['number']} does not match the directory name {level.dir_name!r}")
    by_dir = {m.dir_name: m for m in level.modules}
    for i, name in enumerate(data["modules"]):
        if name not in by_dir:
            file.log.error(file.line("modules", i), f"module directory {name!r} does not exist in this level")
    for module in level.modules:
        if module.dir_name not in data["modules"]:
            module.module.log.error(1, f"module directory {module.dir_name!r} is not listed in level.yaml modules")
    lo, hi = limits.modules_per_level
    if not lo <= len(data["modules"]) <= hi:
        file.log.error(file.line("modules"), f"level has {len(data['modules'])} modules; needs {lo} to {hi}")

    level_test = 0
    for module in level.modules:
        _check_module(module, data["number"], limits)
        if module.dir_name in data["modules"]:
            level_test += sum(
                1 for lesson in module.lessons if lesson.valid
                for q in lesson.data["quiz"] if q.get("level_test")
            )
    if level_test < limits.level_test_min:
        file.log.error(file.line(), f"level has {level_test} questions marked level_test; "
                                    f"needs at least {limits.level_test_min} for the level test")
    _check_fairness(level, limits)


def _check_fairness(level: LevelDir, limits: Limits) -> None:
    """Guessing must not pass: the level's quizzes as a whole, reported on level.yaml."""
    file = level.level
    questions = [q for module in level.modules if module.dir_name in file.data["modules"]
                 for lesson in module.lessons if lesson.valid for q in lesson.data["quiz"]]
    figures = measure(questions)
    error = reporter(file.log, FAIRNESS, limits.advisory)
    if figures.single_count and figures.right_longest_share > limits.right_longest_max:
        error(1, f"the right option is the longest in {figures.right_longest_share:.0%} of this level's "
                          f"{figures.single_count} single-choice questions (max {limits.right_longest_max:.0%}); "
                          "shorten right options or make wrong ones as long")
    lo, hi = limits.true_share
    if figures.truefalse_count and not lo <= figures.true_share <= hi:
        error(1, f"{figures.true_count} of this level's {figures.truefalse_count} true/false statements "
                          f"are true ({figures.true_share:.0%}); keep it between {lo:.0%} and {hi:.0%}")
    if figures.level_test_count and figures.blind_score >= limits.blind_score_max:
        error(1, f"a blind guess (longest option, the commoner true/false answer) scores "
                          f"{figures.blind_score:.0%} on this level's test; it must stay under "
                          f"{limits.blind_score_max:.0%}")
    if figures.level_test_count and len(figures.level_test_kinds) < limits.level_test_kinds_min:
        error(1, f"the level test uses {len(figures.level_test_kinds)} kinds of question "
                          f"({', '.join(sorted(figures.level_test_kinds))}); mix at least {limits.level_test_kinds_min}")


def _fact_references(source: LoadedSource) -> dict[str, list[tuple[ProblemLog, int]]]:
    refs: dict[str, list[tuple[ProblemLog, int]]] = {}
    for level in source.levels:
        for module in level.modules:
            for lesson in module.lessons:
                if lesson.valid:
                    for i, ident in enumerate(lesson.data.get("facts", [])):
                        refs.setdefault(ident, []).append((lesson.log, lesson.line("facts", i)))
    return refs


def _check_module(module: ModuleDir, level_number: int, limits: Limits) -> None:
    file = module.module
    if file.valid and not file.data["id"].startswith(f"l{level_number}."):
        file.log.error(file.line("id"), f"module id {file.data['id']!r} must start with 'l{level_number}.' (its level)")
    lo, hi = limits.lessons_per_module
    if not lo <= len(module.lessons) <= hi:
        file.log.error(1, f"module has {len(module.lessons)} lessons; needs {lo} to {hi}")
    prefixes: dict[str, str] = {}
    for lesson in module.lessons:
        match = LESSON_FILE_NAME.match(lesson.path.name)
        if not match:
            lesson.log.error(1, "lesson file name must be NN-ascii-slug.md (e.g. 01-ai-la-gi.md); NN sets the order")
        elif match.group(1) in prefixes:
            lesson.log.error(1, f"order prefix {match.group(1)} is also used by {prefixes[match.group(1)]}")
        else:
            prefixes[match.group(1)] = lesson.path.name
        if lesson.valid and not lesson.data["id"].startswith(f"l{level_number}."):
            lesson.log.error(lesson.line("id"), f"lesson id {lesson.data['id']!r} must start with "
                                                f"'l{level_number}.' (its level)")
    for stray in module.stray_files:
        ProblemLog(file.log.sink, str(stray)).warning(1, "not a lesson (.md) file; it is ignored")


def _check_unique_ids(source: LoadedSource) -> None:
    """Ids are stable keys of learners' progress: two things with one id would share it."""
    seen: dict[str, str] = {}
    for level in source.levels:
        for module in level.modules:
            for file, kind in [(module.module, "module"), *((ls, "lesson") for ls in module.lessons)]:
                if not file.valid:
                    continue
                ident = file.data["id"]
                where = f"{file.path}:{file.line('id')}"
                if ident in seen:
                    file.log.error(file.line("id"), f"{kind} id {ident!r} is already used at {seen[ident]}")
                else:
                    seen[ident] = where
