"""What the teacher screens read, gathered on the database thread in one call per screen.

Each loader takes the Workspace and returns frozen values, so the main thread only
renders them; nothing here touches a widget.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tutor.errors import TutorError


@dataclass(frozen=True)
class CurriculumModule:
    module_id: str
    title: str
    lessons: tuple[tuple[str, str], ...]     # (lesson_id, title)


@dataclass(frozen=True)
class CurriculumLevel:
    number: int
    title: str
    modules: tuple[CurriculumModule, ...]


@dataclass(frozen=True)
class ClassSnapshot:
    info: object                         # ClassInfo
    grid: object                         # ClassGrid
    help: tuple = ()
    difficult: tuple = ()
    levels: tuple = ()                   # LevelCompletion per level
    assignments: tuple = ()
    members: tuple = ()                  # EnrollableLearner in the class
    others: tuple = ()                   # EnrollableLearner who can join
    everyone: tuple = ()                 # every profile, for merging
    curriculum: tuple[CurriculumLevel, ...] = ()
    lesson_titles: dict = field(default_factory=dict)
    certificate_count: int = 0
    today: date | None = None            # by the workspace's trusted clock, not the PC's


@dataclass(frozen=True)
class LearnerView:
    report: object                       # LearnerReport
    levels: tuple[tuple[int, str], ...]  # every level of the installed pack
    group: str | None = None             # the profile's learner group and age band (issue 18)
    age_band: str | None = None


class UnknownClass(TutorError):
    def __init__(self, class_id: str):
        super().__init__(f"no class {class_id}", "Không tìm thấy lớp này. Có thể lớp vừa bị gộp hoặc xoá.")


def load_curriculum(ws) -> tuple[CurriculumLevel, ...]:
    levels = []
    for level in ws.content.levels():
        modules = []
        for module in ws.content.modules(level.number):
            lessons = tuple((s.lesson_id, s.title) for s in ws.content.lessons(module=module.id))
            modules.append(CurriculumModule(module.id, module.title, lessons))
        levels.append(CurriculumLevel(level.number, level.title, tuple(modules)))
    return tuple(levels)


def class_info(ws, class_id: str):
    info = next((c for c in ws.teacher.classes(include_archived=True) if c.class_id == class_id), None)
    if info is None:
        raise UnknownClass(class_id)
    return info


def load_class(ws, class_id: str) -> ClassSnapshot:
    teacher = ws.teacher
    info = class_info(ws, class_id)
    curriculum = load_curriculum(ws)
    titles = {lesson_id: title for level in curriculum for module in level.modules
              for lesson_id, title in module.lessons}
    everyone = tuple(teacher.enrollable_learners())
    members = tuple(teacher.members(class_id))
    member_ids = {m.learner_id for m in members}
    return ClassSnapshot(
        info=info,
        grid=teacher.grid(class_id),
        help=tuple(teacher.help_needed(class_id)),
        difficult=tuple(teacher.difficult_questions(class_id)),
        levels=tuple(teacher.level_completion(class_id)),
        assignments=tuple(teacher.assignments(class_id, include_cancelled=True)),
        members=members,
        others=tuple(l for l in everyone if l.learner_id not in member_ids),
        everyone=everyone,
        curriculum=curriculum,
        lesson_titles=titles,
        certificate_count=len(teacher.certificates(class_id)),
        today=teacher.today(),
    )


def load_learner(ws, learner_id: str) -> LearnerView:
    report = ws.teacher.learner_report(learner_id)
    profile = ws.learners.get(learner_id)
    return LearnerView(report=report, levels=tuple((lv.number, lv.title) for lv in ws.content.levels()),
                       group=profile.group, age_band=profile.age_band)


def class_certificates(ws, class_id: str) -> list:
    """The class's certificates as the signed Certificate values the PDF prints
    (same drawing as a learner's own reprint)."""
    wanted = ws.teacher.certificates(class_id)
    by_learner: dict[str, dict] = {}
    found = []
    for row in wanted:
        if row.learner_id not in by_learner:
            by_learner[row.learner_id] = {c.fields.certificate_id: c
                                          for c in ws.progress.certificates(row.learner_id)}
        certificate = by_learner[row.learner_id].get(row.certificate_id)
        if certificate is not None:
            found.append(certificate)
    return found
