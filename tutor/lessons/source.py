"""Reading the curriculum source directory (content/) into memory.

This is the NFC boundary: text is normalised here, so everything after it,
the checker, the pack and the database, only ever sees NFC. The loader keeps
going past broken files so one run of the checker reports every problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tutor.lessons.codec import competences_from_list, lesson_from_dict
from tutor.lessons.markdown import BodyScan, FrontMatterMissing, scan_body, split_front_matter
from tutor.lessons.model import Competence, Curriculum, Lesson, Level, Module, PackInfo
from tutor.lessons.problems import Problem, ProblemLog
from tutor.lessons.textnorm import is_nfc, nfc
from tutor.lessons.yamlmarks import MarkedDoc, YamlProblem, load_marked

MAX_NFC_REPORTS_PER_FILE = 5


@dataclass
class SourceFile:
    path: Path
    log: ProblemLog
    doc: MarkedDoc | None = None  # None when missing, unreadable or not valid YAML
    valid: bool = False  # set by the checker once the document passes its JSON Schema

    @property
    def data(self) -> Any:
        return self.doc.data if self.doc else None

    def line(self, *path: Any) -> int:
        return self.doc.line(*path) if self.doc else 1


@dataclass
class LessonFile(SourceFile):
    body: str = ""
    body_line: int = 1  # file line of the first body line
    scan: BodyScan | None = None

    def body_to_file_line(self, body_line: int) -> int:
        return self.body_line + body_line - 1


@dataclass
class ModuleDir:
    dir_name: str
    path: Path
    module: SourceFile
    lessons: list[LessonFile] = field(default_factory=list)
    stray_files: list[Path] = field(default_factory=list)


@dataclass
class LevelDir:
    dir_name: str
    path: Path
    level: SourceFile
    modules: list[ModuleDir] = field(default_factory=list)


@dataclass
class LoadedSource:
    root: Path
    problems: list[Problem]
    pack: SourceFile
    competences: SourceFile
    levels: list[LevelDir]
    media: list[str]  # posix paths relative to root, e.g. "media/a.png"

    def log(self, path: Path) -> ProblemLog:
        return ProblemLog(self.problems, str(path))

    def level_dir(self, name: str) -> LevelDir | None:
        return next((lv for lv in self.levels if lv.dir_name == name), None)


def load_source(root: Path | str) -> LoadedSource:
    root = Path(root)
    problems: list[Problem] = []
    pack = _yaml_file(root / "pack.yaml", problems)
    competences = _yaml_file(root / "competences.yaml", problems)
    levels: list[LevelDir] = []
    levels_root = root / "levels"
    if levels_root.is_dir():
        for level_path in sorted(p for p in levels_root.iterdir() if p.is_dir()):
            levels.append(_level_dir(level_path, problems))
    else:
        ProblemLog(problems, str(levels_root)).error(1, "the levels/ directory is missing")
    media_root = root / "media"
    media = sorted(
        p.relative_to(root).as_posix() for p in media_root.rglob("*") if p.is_file()
    ) if media_root.is_dir() else []
    return LoadedSource(root, problems, pack, competences, levels, media)


def _level_dir(path: Path, problems: list[Problem]) -> LevelDir:
    level = LevelDir(path.name, path, _yaml_file(path / "level.yaml", problems))
    for module_path in sorted(p for p in path.iterdir() if p.is_dir()):
        module = ModuleDir(module_path.name, module_path, _yaml_file(module_path / "module.yaml", problems))
        for item in sorted(module_path.iterdir()):
            if item.is_file() and item.suffix == ".md":
                module.lessons.append(_lesson_file(item, problems))
            elif item.name != "module.yaml":
                module.stray_files.append(item)
        level.modules.append(module)
    return level


def _read_text(path: Path, log: ProblemLog) -> str | None:
    if not path.is_file():
        log.error(1, "file is missing")
        return None
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        log.error(line, "not valid UTF-8 text (save the file as UTF-8)")
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _report_non_nfc(text, log)
    return nfc(text)


def _report_non_nfc(text: str, log: ProblemLog) -> None:
    if is_nfc(text):
        return
    bad = [i + 1 for i, line in enumerate(text.split("\n")) if not is_nfc(line)]
    for line in bad[:MAX_NFC_REPORTS_PER_FILE]:
        log.warning(line, "text is not Unicode NFC (decomposed accents); the pack stores it normalised")
    if len(bad) > MAX_NFC_REPORTS_PER_FILE:
        log.warning(bad[MAX_NFC_REPORTS_PER_FILE], f"{len(bad) - MAX_NFC_REPORTS_PER_FILE} more non-NFC lines")


def _parse(text: str, first_line: int, log: ProblemLog) -> MarkedDoc | None:
    try:
        doc = load_marked(text, first_line)
    except YamlProblem as exc:
        log.error(exc.line, exc.message)
        return None
    for key, line in doc.duplicate_keys:
        log.error(line, f"key {key!r} appears twice; only the last one would count")
    return doc


def _yaml_file(path: Path, problems: list[Problem]) -> SourceFile:
    log = ProblemLog(problems, str(path))
    text = _read_text(path, log)
    return SourceFile(path, log, _parse(text, 1, log) if text is not None else None)


def _lesson_file(path: Path, problems: list[Problem]) -> LessonFile:
    log = ProblemLog(problems, str(path))
    lesson = LessonFile(path, log)
    text = _read_text(path, log)
    if text is None:
        return lesson
    try:
        split = split_front_matter(text)
    except FrontMatterMissing as exc:
        log.error(1, str(exc))
        return lesson
    lesson.doc = _parse(split.front_matter, split.front_matter_line, log)
    lesson.body = split.body
    lesson.body_line = split.body_line
    lesson.scan = scan_body(split.body)
    return lesson


# --- from checked source to the model ---------------------------------------
# These assume check_source found no errors: shapes are already validated.


def to_curriculum(source: LoadedSource) -> Curriculum:
    pack = source.pack.data
    levels: list[Level] = []
    modules: list[Module] = []
    lessons: list[Lesson] = []
    for dir_name in pack["levels"]:
        level_dir = source.level_dir(str(dir_name))
        assert level_dir is not None, f"level directory {dir_name} vanished after checking"
        level_data = level_dir.level.data
        number = level_data["number"]
        by_dir = {m.dir_name: m for m in level_dir.modules}
        module_ids: list[str] = []
        for module_dir_name in level_data["modules"]:
            module_dir = by_dir[module_dir_name]
            module_data = module_dir.module.data
            module_lessons = [_lesson(lf, number, module_data["id"]) for lf in module_dir.lessons]
            lessons.extend(module_lessons)
            modules.append(Module(
                id=module_data["id"], level=number, title=module_data["title"],
                summary=module_data["summary"], lesson_ids=tuple(ls.id for ls in module_lessons),
            ))
            module_ids.append(module_data["id"])
        levels.append(Level(number, level_data["title"], level_data["summary"], tuple(module_ids)))
    info = PackInfo(
        id=pack["id"], title=pack["title"], version=pack["version"],
        schema_version=pack["schema_version"], language=pack.get("language", "vi"),
        publisher=pack["publisher"], level_numbers=tuple(lv.number for lv in levels),
    )
    return Curriculum(info, flatten_competences(source.competences.data), tuple(levels),
                      tuple(modules), tuple(lessons), tuple(source.media))


def flatten_competences(data: dict) -> tuple[Competence, ...]:
    return competences_from_list([
        {"code": c["code"], "title": c["title"], "domain_code": d["code"], "domain_title": d["title"]}
        for d in data["domains"] for c in d["competences"]
    ])


def _lesson(lesson_file: LessonFile, level: int, module_id: str) -> Lesson:
    assert lesson_file.scan is not None
    front = dict(lesson_file.data)
    front.update(
        level=level, module=module_id, body=lesson_file.body.strip("\n") + "\n",
        sections=[{"heading": s.heading, "markdown": s.markdown} for s in lesson_file.scan.sections],
    )
    front["practice"] = dict(front["practice"])
    front["practice"].setdefault("source", "")
    return lesson_from_dict(front)
