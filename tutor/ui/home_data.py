"""Reads the home screen's snapshot on the database thread."""

from __future__ import annotations

from tutor.ui.screens.home import HomeSnapshot, LevelSummary
from tutor.workspace import Workspace


def load_home(ws: Workspace, learner_id: str) -> HomeSnapshot:
    learner = ws.learners.get(learner_id)
    pack = ws.content.installed_pack()
    if pack is None:
        return HomeSnapshot(learner=learner)
    summaries = {lv.number: lv.summary for lv in ws.content.levels()}
    progress = ws.progress
    levels = [
        LevelSummary(
            number=lp.level, title=lp.title, summary=summaries.get(lp.level, ""),
            lesson_count=lp.lessons_total, open=lp.open, lessons_passed=lp.lessons_passed,
            lessons_mastered=lp.lessons_mastered, test_passed=lp.test_passed,
        )
        for lp in progress.level_map(learner_id)
    ]
    point = progress.continue_point(learner_id)
    return HomeSnapshot(
        learner=learner, pack_title=pack.title, levels=levels,
        continue_lesson=(point.lesson_id, point.title) if point else None,
        due_count=progress.due_count(learner_id),
        streak_message=progress.streak(learner_id).message,
        badges=[badge.title for badge in progress.badges(learner_id)],
        certificates=len(progress.certificates(learner_id)),
    )
