"""Reads what the lesson screens show, on the database thread, as plain snapshots."""

from __future__ import annotations

from dataclasses import dataclass

from tutor.errors import TutorError
from tutor.progress.mastery import Status
from tutor.ui.screens.level import LevelView, ModuleEntry
from tutor.ui.screens.lesson import LessonScreen, LessonView, media_names
from tutor.ui.screens.search import SearchResult
from tutor.workspace import Workspace

SEARCH_LIMIT = 10


def search_results(ws: Workspace, query: str) -> list[SearchResult]:
    levels = {s.lesson_id: s.level for s in ws.content.lessons()}
    return [
        SearchResult(
            lesson_id=hit.lesson_id, title=hit.title, level=levels.get(hit.lesson_id, 0),
            snippet=hit.snippet,
            # search marks the takeaways as -1; the reader calls that step TAKEAWAYS
            section_index=hit.section_index if hit.section_index >= 0 else LessonScreen.TAKEAWAYS,
        )
        for hit in ws.content.search(query, limit=SEARCH_LIMIT)
    ]


def level_view(ws: Workspace, number: int, learner_id: str | None = None) -> LevelView:
    level = next((lv for lv in ws.content.levels() if lv.number == number), None)
    if level is None:
        raise TutorError(f"no level {number}", "Không tìm thấy cấp học này.")
    modules = []
    for module in ws.content.modules(number):
        lessons = [(s.lesson_id, s.title, s.minutes) for s in ws.content.lessons(module=module.id)]
        done = frozenset(
            lesson_id for lesson_id, _title, _minutes in lessons
            if learner_id and ws.progress.lesson_status(learner_id, lesson_id).status.rank
            >= Status.PASSED_QUIZ.rank)
        modules.append(ModuleEntry(title=module.title, lessons=lessons, done=done))
    return LevelView(number=level.number, title=level.title, summary=level.summary, modules=modules)


def lesson_view(ws: Workspace, lesson_id: str, section: int | None = None) -> LessonView:
    lesson = ws.content.lesson(lesson_id)
    if lesson is None:
        raise TutorError(f"no lesson {lesson_id}", "Không tìm thấy bài học này.")
    from tutor.lessons.checker import narration_member

    narration = {}
    for index in range(len(lesson.sections)):
        data = ws.content.media(narration_member(lesson.id, index))
        if data is not None:
            narration[index] = data
    media = {}
    for part in lesson.sections:
        for name in media_names(part.markdown):
            data = ws.content.media(name)
            if data is not None:
                media[name] = data
    return LessonView(
        lesson_id=lesson.id, title=lesson.title, minutes=lesson.minutes, level=lesson.level,
        objectives=list(lesson.objectives),
        sections=[(s.heading, s.markdown) for s in lesson.sections],
        takeaways=list(lesson.takeaways), focus_section=section, media=media, narration=narration,
        has_quiz=bool(lesson.quiz),
    )


@dataclass(frozen=True)
class PackSummary:
    title: str
    version: str
    lessons: int
    signer: str
    development_key: bool
    key_id: str


def pack_description(ws: Workspace) -> PackSummary | None:
    """Which pack, which version, who signed it: for the settings screen."""
    pack = ws.content.installed_pack()
    if pack is None:
        return None
    return PackSummary(
        title=pack.title, version=pack.version, lessons=len(ws.content.lessons()),
        signer=pack.signer_name, development_key=pack.signer_is_development, key_id=pack.key_id,
    )
