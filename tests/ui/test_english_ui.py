"""English UI: after switching to English no Vietnamese is left on a learner screen except
the curriculum's own text (Vietnamese by design) and the learner's name.

The English catalogue is built here from the code as it is now (lupdate), filled from
tutor_en.ts and the pending translations, so strings added since the last `make lupdate`
are checked too."""

from __future__ import annotations

import glob
import json
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from tests.conftest import ROOT
from tests.ui.screens_tour import BUNDLED, learner_screens, prepare_learner
from tutor.progress import messages
from tutor.ui import core_text

I18N = ROOT / "tutor" / "ui" / "i18n"
VIETNAMESE = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


@pytest.fixture(scope="module")
def english_qm(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("i18n")
    fresh = out / "fresh.ts"
    sources = [str(p) for p in (ROOT / "tutor" / "ui").rglob("*.py")]
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    by_context, by_source = {}, {}
    for context in ET.parse(I18N / "tutor_en.ts").iter("context"):
        name = context.find("name").text
        for m in context.iter("message"):
            by_context[(name, m.find("source").text)] = m.find("translation").text
            by_source.setdefault(m.find("source").text, m.find("translation").text)
    pending = {}
    for path in sorted(glob.glob(str(I18N / "pending" / "*.json"))):
        pending.update(json.loads(Path(path).read_text(encoding="utf-8")))
    tree = ET.parse(fresh)
    for context in tree.iter("context"):
        name = context.find("name").text
        for m in context.iter("message"):
            source = m.find("source").text
            text = by_context.get((name, source)) or pending.get(source) or by_source.get(source)
            translation = m.find("translation")
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
    tree.write(fresh, encoding="utf-8", xml_declaration=True)
    subprocess.run([_tool("pyside6-lrelease"), str(fresh), "-qm", str(out / "tutor_en.qm")],
                   check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def curriculum_text() -> str:
    """Every piece of text the bundled course is written from."""
    parts = [p.read_text(encoding="utf-8") for p in (ROOT / "content").rglob("*") if p.suffix in (".yaml", ".md")]
    return " ".join(unicodedata.normalize("NFC", "\n".join(parts)).split())  # YAML folds long lines


def _shown_texts(screen: QWidget):
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        if isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        yield widget.accessibleName()


def _leaks(text: str, allowed: str, names: tuple[str, ...]) -> list[str]:
    """The Vietnamese parts of a text that are neither curriculum nor a name."""
    text = unicodedata.normalize("NFC", text)
    for name in names:
        text = text.replace(name, "")
    leaks = []
    for part in re.split(r"\n|: |, | — |\. (?=[A-Z0-9])|“|”|\(|\)", text):
        part = " ".join(re.sub(r"^\s*\d+\.\s*", "", part).strip(" .,!?;").split())
        if VIETNAMESE.search(part) and part not in allowed:
            leaks.append(part)
    return leaks


def test_every_core_message_has_a_translation_entry():
    from tutor.local_llm import ask

    core = {ask.NOT_COVERED_MESSAGE, ask.EMPTY_QUESTION_MESSAGE, ask.NO_MODEL_INTRO, ask.SOURCE_LABEL}
    for value in vars(messages).values():
        if isinstance(value, str) and VIETNAMESE.search(value):
            core.add(value)
        elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            core.update(value)
    assert core and core <= core_text.known_sources()


def test_every_avatar_picture_has_a_translatable_name():
    from tutor.avatars import AVATARS
    from tutor.ui.widgets.avatar import avatar_name

    assert all(avatar_name(name) == label for name, label in AVATARS.items())


def test_core_messages_are_translated_at_the_edge(english_qm, qapp):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(english_qm / "tutor_en.qm"))
    qapp.installTranslator(translator)
    try:
        joined = messages.answer_message(True, 0) + " " + messages.mastery_message(True, 0)
        for message in (joined, messages.streak_message(5, 1), messages.streak_message(0, first_visit=True),
                        messages.level_test_message(False, 2, 3, 10, 8, 1),
                        messages.level_test_message(True, 2, 9, 10, 8, 0)):
            english = core_text.translate(message)
            assert not VIETNAMESE.search(english), english
        assert "5" in core_text.translate(messages.streak_message(5, 1))
        assert "3 of 10" in core_text.translate(messages.level_test_message(False, 2, 3, 10, 8, 0))
        from tutor.local_llm import ask

        shown = "\n\n".join([ask.NO_MODEL_INTRO, "Đoạn bài học.\n" + ask.SOURCE_LABEL.format(
            title="AI là gì", heading="Thử ngay")])
        assert core_text.translate(shown) == ("The computer has no AI to answer yet, but the lessons say this:\n\n"
                                              "Đoạn bài học.\n(Lesson “AI là gì”, part “Thử ngay”)")
    finally:
        qapp.removeTranslator(translator)
    # In Vietnamese the message is left exactly as the core wrote it.
    assert core_text.translate(messages.streak_message(5, 1)) == messages.streak_message(5, 1)


@pytest.mark.skipif(not BUNDLED.exists(), reason="run `make pack`")
def test_no_vietnamese_is_left_on_the_learner_screens_in_english(make_window, qtbot, monkeypatch,
                                                                  english_qm, curriculum_text):
    import tutor.ui.i18n as i18n

    monkeypatch.setattr(i18n, "I18N_DIR", english_qm)
    window = make_window(bundled_pack=BUNDLED, prepare=prepare_learner)
    assert window.language.set_language("en")
    qtbot.waitUntil(lambda: window.windowTitle() != "Gia sư Bình dân học AI")  # LanguageChange arrived
    found = []
    for name, screen in learner_screens(window, qtbot):
        if name == "home":  # the level cards and the greeting line come with the snapshot
            qtbot.waitUntil(lambda: bool(window.home.level_cards) and window.home.streak.isVisible(), timeout=10_000)
        QApplication.processEvents()
        if name == "quiz":  # the core's warm line under the explanation, as an answer brings it
            from tutor.ui.screens.quiz import Feedback

            screen.show_feedback(Feedback(True, "", messages.answer_message(True, 3) + " "
                                          + messages.mastery_message(False, 1)))
        for text in _shown_texts(screen):
            found += [f"{name}: {leak!r} in {text!r}" for leak in _leaks(text, curriculum_text, ("Bác Ba",))]
    window.language.set_language("vi")  # back before the database closes: a re-shown lesson saves its step
    qtbot.waitUntil(lambda: window.windowTitle() == "Gia sư Bình dân học AI")
    assert not found, "\n".join(sorted(set(found)))
