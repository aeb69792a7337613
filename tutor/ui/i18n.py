"""UI language: Vietnamese is the source language; English comes from tutor_en.qm."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent / "i18n"


class LanguageSwitcher:
    def __init__(self, app: QCoreApplication):
        self._app = app
        self._translator: QTranslator | None = None
        self.language = "vi"
        # Qt's own widgets (file dialogs, standard buttons, text-box menus) speak Vietnamese
        # too while the UI does; English needs nothing, Qt's source language.
        from tutor.ui.qt_vietnamese import use_qt_vietnamese

        self._use_qt_vietnamese = use_qt_vietnamese
        use_qt_vietnamese(app, True)

    def set_language(self, language: str) -> bool:
        """Installs the translator; Qt then sends LanguageChange to every widget."""
        if language == self.language:
            return True
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        self._use_qt_vietnamese(self._app, language == "vi")
        if language != "vi":
            translator = QTranslator(self._app)
            qm = I18N_DIR / f"tutor_{language}.qm"
            if not translator.load(str(qm)):
                log.warning("translation %s missing; staying in Vietnamese (run make to compile .ts)", qm)
                self._use_qt_vietnamese(self._app, True)
                self.language = "vi"
                return False
            self._app.installTranslator(translator)
            self._translator = translator
        self.language = language
        return True
