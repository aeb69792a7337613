"""Core messages in the English UI (issue 20, item 9): every catalogued core message
(tutor.messages) - errors, start-up and full-disk notices, practice feedback - has an
English entry and is shown in English, while the Vietnamese UI keeps the core's words."""

from __future__ import annotations

import glob
import importlib
import json
import pkgutil
import re
import xml.etree.ElementTree as ET

import pytest

import tutor
from tests.conftest import ROOT
from tests.ui.test_english_ui import VIETNAMESE, english_qm  # noqa: F401  (the fixture)
from tutor.errors import TutorError
from tutor.messages import CATALOGUE, render
from tutor.ui import core_text

I18N = ROOT / "tutor" / "ui" / "i18n"
QUOTED = re.compile(r"“[^”]*”")  # the learner's own words and Vietnamese examples to type


def _english_entries() -> dict[str, str]:
    english = {}
    for context in ET.parse(I18N / "tutor_en.ts").iter("context"):
        if context.find("name").text == "CoreMessages":
            for m in context.iter("message"):
                if m.find("translation").text:
                    english[m.find("source").text] = m.find("translation").text
    for path in sorted(glob.glob(str(I18N / "pending" / "*.json"))):
        english.update(json.loads(open(path, encoding="utf-8").read()))
    return english


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def test_every_message_code_has_an_edge_entry_and_english():
    edge = core_text.catalogue_translations()
    english = _english_entries()
    assert set(edge) == set(CATALOGUE)
    for code, source in CATALOGUE.items():
        assert edge[code] == source, f"{code}: the edge literal differs from the catalogue"
        assert source in english, f"{code} has no English entry"
        assert _fields(english[source]) == _fields(source), code
        assert not VIETNAMESE.search(QUOTED.sub("", english[source])), code


def _tutor_error_subclasses() -> set[type]:
    for info in pkgutil.walk_packages(tutor.__path__, "tutor."):
        if not info.name.startswith("tutor.ui"):
            importlib.import_module(info.name)
    found, todo = set(), [TutorError]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub.__module__.startswith("tutor.") and not sub.__module__.startswith("tutor.ui"):
                found.add(sub)
                todo.append(sub)
    return found


def _examples() -> dict[type, list[TutorError]]:
    """One or more instances of each error whose message the class itself decides."""
    from tutor.errors import ProfileLocked, WrongPin
    from tutor.lessons import errors as pack
    from tutor.teacher.errors import NotLoggedIn, TeacherLocked, WrongPassword

    examples = {
        TutorError: [TutorError("x")],
        WrongPin: [WrongPin(2), WrongPin(0)],
        ProfileLocked: [ProfileLocked(300), ProfileLocked(5 * 3600)],
        WrongPassword: [WrongPassword(2), WrongPassword(0)],
        TeacherLocked: [TeacherLocked(60), TeacherLocked(9000)],
        NotLoggedIn: [NotLoggedIn()],
        pack.PackNotNewer: [pack.PackNotNewer("2", "1")],
        pack.PackVersionConflict: [pack.PackVersionConflict("3")],
        pack.PackIdMismatch: [pack.PackIdMismatch("a", "b")],
        pack.SourceHasErrors: [pack.SourceHasErrors([])],
        pack.SigningKeyError: [pack.SigningKeyError("x")],
    }
    from tutor.audio.errors import BadRecording, SpeechFailed, SpeechUnavailable, VoiceNotFound
    from tutor.progress.errors import LevelLocked
    from tutor.sync.engine import SyncNotEnrolled
    from tutor.sync.transport import HubNotTrusted, SyncRefused, SyncUnavailable

    examples.update({
        SyncUnavailable: [SyncUnavailable("x")], HubNotTrusted: [HubNotTrusted("x")],
        SyncRefused: [SyncRefused(403, "x", "x", None)], SyncNotEnrolled: [SyncNotEnrolled()],
        LevelLocked: [LevelLocked(2)], SpeechUnavailable: [SpeechUnavailable("x")],
        VoiceNotFound: [VoiceNotFound("x")], SpeechFailed: [SpeechFailed("x")], BadRecording: [BadRecording("x")],
    })
    from pathlib import Path

    from tutor.local_llm.gguf import GgufError
    from tutor.local_llm.registry import ModelImportError, _unreadable

    examples[GgufError] = [GgufError(kind, "x") for kind in GgufError.MESSAGES]
    examples[ModelImportError] = [_unreadable(Path("m.gguf"), OSError("x"))]
    for cls in vars(pack).values():
        if isinstance(cls, type) and issubclass(cls, pack.PackError) and "message_code" in vars(cls):
            examples[cls] = [cls("x")]
    return examples


def test_every_error_a_class_words_itself_is_catalogued_with_english():
    english = _english_entries()
    subclasses = _tutor_error_subclasses()
    examples = _examples()
    assert set(examples) - {TutorError} <= subclasses
    for cls, instances in examples.items():
        for exc in instances:
            # SyncRefused and LLMError keep their wire code in .code; their text is a catalogued one.
            code = exc.code if exc.code in CATALOGUE else next(
                (c for c, text in CATALOGUE.items() if text == exc.user_message), None)
            assert code in CATALOGUE, f"{cls.__name__} has no message code"
            assert exc.user_message == render(code, **exc.params)
            assert CATALOGUE[code] in english, f"{cls.__name__}: {code} has no English entry"
    for cls in subclasses:
        code = vars(cls).get("message_code")
        assert code is None or code in CATALOGUE, f"{cls.__name__}.message_code {code} is not catalogued"


@pytest.fixture
def english(english_qm, qapp):  # noqa: F811
    from PySide6.QtCore import QEvent, QTranslator

    # Windows left by earlier tests would react to the language change after their
    # database thread has shut down: they go first (these tests need no window).
    for widget in qapp.topLevelWidgets():
        widget.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    translator = QTranslator()
    assert translator.load(str(english_qm / "tutor_en.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_errors_notices_and_feedback_read_in_english(english, tmp_path):
    from tutor.errors import ProfileLocked, WrongPin
    from tutor.lessons.errors import PackNotNewer, PackTampered
    from tutor.store import storage_errors

    full = storage_errors.StorageUnavailable("disk full", code="storage.startup_disk_full", params={"need": 42},
                                            disk_full=True)
    from tutor.sync.offline_enrollment import read_file

    with pytest.raises(TutorError) as not_an_enrollment:
        read_file(tmp_path / "missing.json")
    for exc in (full, WrongPin(2), ProfileLocked(5 * 3600), PackTampered("x"), PackNotNewer("2", "1"),
                TutorError("x"), not_an_enrollment.value, *(e for es in _examples().values() for e in es)):
        text = core_text.user_text(exc)
        assert not VIETNAMESE.search(text), text
    from tutor.local_llm import protocol
    from tutor.local_llm.api import LLMError

    for code in protocol.USER_MESSAGES:
        assert not VIETNAMESE.search(QUOTED.sub("", core_text.user_text(LLMError(code)))), code
    assert "42 MB" in core_text.user_text(full)
    assert "5 hours" in core_text.user_text(ProfileLocked(5 * 3600))
    # A notice reaches the UI as text: it is recognised and translated too.
    assert core_text.translate(full.user_message) == core_text.user_text(full)


def test_vietnamese_ui_keeps_the_core_words():
    from tutor.store import storage_errors

    full = storage_errors.StorageUnavailable("disk full", code="storage.startup_disk_full", params={"need": 42})
    assert core_text.user_text(full) == full.user_message
    assert "ít nhất 42 MB trống" in full.user_message


def _no_vietnamese_outside_quotes(text: str) -> None:
    assert not VIETNAMESE.search(QUOTED.sub("", text)), text


def test_practice_feedback_reads_in_english(english):
    from tutor.lessons.model import PracticeCheck, PracticeTask
    from tutor.local_llm.checks import run_checks
    from tutor.local_llm.rubric import ELEMENT_ORDER, analyse_prompt

    task = PracticeTask("", "", tuple(ELEMENT_ORDER), "", ())
    prompts = ("Bạn là cán bộ xã. Hãy viết thông báo ngắn gọn, gọi 0912345678 hoặc email a@b.vn.", "Viết thư.")
    for prompt in prompts:
        report = analyse_prompt(prompt, task)
        for text in (report.summary, report.star_rule, *report.warnings,
                     *(f.reason for f in report.elements), *(s.message for s in report.suggestions)):
            _no_vietnamese_outside_quotes(core_text.translate(text))
    checks = [PracticeCheck("max_words", value=3), PracticeCheck("min_words", value=50),
              PracticeCheck("max_sentences", value=1), PracticeCheck("bullets", min=2, max=4),
              PracticeCheck("must_mention", any_of=("lúa", "ngô", "khoai")),
              PracticeCheck("must_not_mention", any_of=("thuốc", "phân")),
              PracticeCheck("no_personal_data"), PracticeCheck("rhymes"), PracticeCheck("max_words")]
    answer = "Bà con bón phân và thuốc. Gọi 0912345678, email a@b.vn."
    for result in run_checks(answer, checks) + run_checks("- lúa\n- ngô\n- khoai", checks):
        _no_vietnamese_outside_quotes(core_text.translate(result.message))
    english_report = core_text.translate(analyse_prompt("Viết thư.", task).summary)
    assert english_report.startswith("The prompt has") and "Still missing: role, context" in english_report


# --- on screen -------------------------------------------------------------------------------


def _shown_without_quotes(html_text: str) -> str:
    import html

    return QUOTED.sub("", html.unescape(re.sub(r"<[^>]+>", " ", html_text)))


def test_a_full_disk_notice_on_the_start_screen_reads_in_english(english, qtbot, data_dir, clock, monkeypatch):
    from tests.ui.test_startup_safety_ui import window_on_a_full_disk

    with window_on_a_full_disk(qtbot, data_dir, clock, monkeypatch) as window:
        notice = window.start.notice.text()
        assert "disk is full" in notice and "MB" in notice
        assert not VIETNAMESE.search(notice), notice


def test_practice_feedback_on_screen_reads_in_english(english, qtbot):
    from tests.ui.test_practice_ui import NOTICE, make_screen
    from tutor.lessons.checker import load_checked
    from tutor.local_llm.fake import FakeLLM

    curriculum, _ = load_checked(ROOT / "content")
    lessons = {lesson.id: lesson for lesson in curriculum.lessons}
    answer = "Mời bà con đi họp. Gọi 0912345678."  # fails the task's checks, with personal data
    screen, _ = make_screen(qtbot, lessons, FakeLLM([answer]), NOTICE)
    screen.prompt_edit.setPlainText("Ban la can bo xa. Viet thong bao ngan gon.")
    with qtbot.waitSignal(screen.attempt_recorded, timeout=5000):
        screen.send_button.click()
    for label in (screen.stars, screen.lead, screen.rubric, screen.checks):
        text = _shown_without_quotes(label.text())
        assert text.strip() and not VIETNAMESE.search(text), text
    assert "Still missing" in screen.rubric.text()
    screen.retry_button.click()
    screen.prompt_edit.clear()
    screen.send_button.click()  # an empty prompt is refused in English too
    assert "not typed a prompt" in screen.input_error.text()
