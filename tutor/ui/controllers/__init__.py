"""One controller per feature of the learner's window, composed in tutor.ui.app.

Each takes the window (to build and show screens), the task manager and whatever
back-end it needs, all passed in by the composition root; none chooses a back-end."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.ui.controllers.certificates import CertificatesController
    from tutor.ui.controllers.lessons import LessonsController
    from tutor.ui.controllers.narration import NarrationController
    from tutor.ui.controllers.packs import PacksController
    from tutor.ui.controllers.practice_model import PracticeModelController
    from tutor.ui.controllers.quiz import QuizController
    from tutor.ui.controllers.session import SessionController
    from tutor.ui.controllers.settings import SettingsController
    from tutor.ui.controllers.sync import SyncFeature


@dataclass
class Features:
    session: "SessionController"
    lessons: "LessonsController"
    quiz: "QuizController"
    certificates: "CertificatesController"
    narration: "NarrationController"
    practice: "PracticeModelController"
    settings: "SettingsController"
    packs: "PacksController"
    sync: "SyncFeature"
