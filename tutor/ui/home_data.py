"""Reads the home screen's snapshot on the database thread."""

from __future__ import annotations

from tutor.ui.screens.home import HomeSnapshot, LevelSummary
from tutor.workspace import Workspace


def load_home(ws: Workspace, learner_id: str) -> HomeSnapshot:
    learner = ws.learners.get(learner_id)
    pack = ws.content.installed_pack()
    if pack is None:
        return HomeSnapshot(learner=learner)
    levels = [
        LevelSummary(
            number=level.number, title=level.title, summary=level.summary,
            lesson_count=len(ws.content.lessons(level=level.number)),
        )
        for level in ws.content.levels()
    ]
    return HomeSnapshot(learner=learner, pack_title=pack.title, levels=levels)
