"""No hard-coded Vietnamese user message in the core (issue 19, item 6).

The core speaks Vietnamese through tutor.messages: a catalogued code, rendered in the core and
put into the UI language at the edge (tutor.ui.core_text). A Vietnamese sentence written
straight into a core module reaches the English UI untranslated. The scan below reads every
core module and fails on any Vietnamese string that is neither data (lesson and speech words,
keyword lists, the hub's own Vietnamese web pages, reports, ...) listed here with its reason,
nor a text core_text already recognises. The messages moved into the catalogue by this audit
are checked to read in English."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import ROOT
from tests.ui.test_core_messages_english import english  # noqa: F401  (the fixture: English UI)
from tests.ui.test_english_ui import VIETNAMESE, english_qm  # noqa: F401  (the fixture)
from tutor.local_llm.ask import SYSTEM_INSTRUCTION
from tutor.ui import core_text

CORE = ROOT / "tutor"
QUOTED = re.compile(r"“[^”]*”")

# Whole modules whose Vietnamese is data, not a message to a learner or teacher of the desktop app.
DATA_MODULES = {
    "messages.py": "the catalogue itself",
    "audio/speakable.py": "how the Vietnamese voice says abbreviations, letters and symbols",
    "audio/vi_numbers.py": "Vietnamese number words for speech",
    "audio/scripts.py": "what the Vietnamese voice reads aloud with a question",
    "avatars.py": "picture names; the UI names the pictures itself (tr)",
    "display.py": "text size names; the settings screen names the sizes itself (tr)",
    "audio/voices.py": "voice and speed labels; the settings screen names them itself (tr)",
    "lessons/model.py": "prompt part labels; the UI shows them through the part.* codes",
    "lessons/curriculum_rules.py": "authoring checks on the Vietnamese curriculum (content build)",
    "lessons/textnorm.py": "Vietnamese letter folding",
    "lessons/search.py": "the lesson section heading 'Điều cần nhớ' (curriculum wording)",
    "local_llm/rubric.py": "Vietnamese cue words and example prompts the learner types (data of the rubric)",
    "local_llm/checks.py": "Vietnamese money words in a pattern",
    "lessons/practice_checks.py": "Vietnamese money words in a pattern (the practice checks moved here)",
    "local_llm/templates.py": "prompts sent to the model (in Vietnamese by design)",
    "local_llm/fake.py": "names and a scripted answer of the stand-in models",
    "teacher/reports.py": "column headings of the Vietnamese class report files (XLSX, PDF, CSV)",
    "teacher/labels.py": "lesson and level labels built from curriculum titles, shared with the reports",
    "cli.py": "command-line help",
    "teacher/cli.py": "command-line prompts",
    "hub/cli.py": "command-line help of the hub",
    "hub/dashboard.py": "the hub's own web pages for operators (Vietnamese, no English mode)",
    "learner_groups.py": "group and age-band names for the hub's Vietnamese reports and the CLI; the app names them itself (tr)",
    "hub/reporting/charts.py": "the hub's Vietnamese report charts (SVG)",
    "hub/reporting/cli.py": "command-line help of the hub's targets and report",
    "hub/reporting/figures.py": "the hub's Vietnamese report figures (group and quarter names, refusals to operators)",
    "hub/reporting/pdf.py": "the hub's Vietnamese quarterly report (PDF)",
    "hub/reporting/tables.py": "the hub's Vietnamese report tables (page, PDF, XLSX)",
    "hub/reporting/web.py": "the hub's Vietnamese report and target pages for operators (no English mode)",
    "hub/reporting/xlsx.py": "the hub's Vietnamese quarterly report (XLSX sheets)",
    "hub/catalogue/upload.py": "the hub's catalogue page for operators (Vietnamese, no English mode)",
    "hub/catalogue/store.py": "refusals shown to hub operators on the catalogue page and CLI (hub only)",
    "hub/catalogue/items.py": "refusals shown to hub operators on the catalogue page and CLI (hub only)",
    "hub/catalogue/cli.py": "command-line help of the hub's catalogue",
    "hub/announce.py": "the name a hub announces on the local network",
    "hub/operators.py": "operator role names on the hub's web pages",
}

# Single strings that are data inside modules that otherwise speak through codes.
DATA_STRINGS = {
    "audio/recognizer.py": {"xin chào"},                                   # a warm-up phrase for the recogniser
    "audio/voicepacks.py": {"Xin chào bà con. Đây là giọng đọc mới của máy.", "Xin chào."},  # speed test speech
    "progress/service.py": {"Cấp độ ", "Huy hiệu: "},                      # stored titles, curriculum wording
    "teacher/csv_members.py": {"Họ tên", "Mã người học", "Lớp", "Ngày vào lớp"},  # CSV column headings
    "teacher/carrier_sites.py": {"Máy tình nguyện viên "},                # the device name a hub lists
    # the instruction and prompt sent to the model (Vietnamese by design)
    "local_llm/ask.py": {SYSTEM_INSTRUCTION, "Các đoạn bài học:\n\n", "\n\nCâu hỏi: ", "\nTrả lời:"},
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def vietnamese_strings(path: Path) -> list[tuple[int, str]]:
    """Every string constant (f-string pieces too) with a Vietnamese letter, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
            and VIETNAMESE.search(node.value)]


def test_the_core_has_no_hard_coded_vietnamese_user_message():
    known = core_text.known_sources()
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        name = path.relative_to(CORE).as_posix()
        if name.startswith("ui/") or name in DATA_MODULES:
            continue
        for line, text in vietnamese_strings(path):
            if text not in known and text not in DATA_STRINGS.get(name, set()):
                offenders.append(f"tutor/{name}:{line}: {text!r}")
    assert not offenders, ("Vietnamese written into the core: catalogue it in tutor/messages.py (with its "
                           "edge entry in tutor/ui/core_text.py) and render(code), or list it here as data:\n"
                           + "\n".join(offenders))


def test_the_allow_lists_name_real_places():
    for name in DATA_MODULES:
        assert (CORE / name).is_file(), name
    for name, texts in DATA_STRINGS.items():
        found = {text for _line, text in vietnamese_strings(CORE / name)}
        assert texts <= found, f"{name}: {texts - found} no longer there; drop them from the list"


def test_the_scan_catches_a_hard_coded_sentence(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('"""Tài liệu."""\n'
                      'def f(n):\n'
                      '    raise ValueError("x", f"Tên dài quá. Hãy dùng tối đa {n} chữ cái.")\n', encoding="utf-8")
    assert [text for _line, text in vietnamese_strings(module)] == ["Tên dài quá. Hãy dùng tối đa ", " chữ cái."]


# --- the messages this audit catalogued, in the English UI ------------------------------------


def _english(text: str) -> str:
    assert text and not VIETNAMESE.search(QUOTED.sub("", text)), text
    return text


def _raised(call) -> BaseException:
    try:
        call()
    except Exception as exc:  # noqa: BLE001  (each call must raise; the caller checks the kind)
        return exc
    raise AssertionError("expected an error")


def test_answers_of_the_wrong_shape_are_refused_in_english(english):
    from tests.progress.test_grading import MATCHING, MULTIPLE, ORDERING, SHORT, SINGLE, TRUEFALSE
    from tutor.progress.errors import InvalidResponse
    from tutor.progress.grading import grade

    wrong_shapes = [(SINGLE, None), (MULTIPLE, "0"), (MULTIPLE, []), (MULTIPLE, [7]), (TRUEFALSE, 1),
                    (ORDERING, "abc"), (ORDERING, [0, 0, 1, 2]), (MATCHING, [0]), (MATCHING, {0: 0}),
                    (MATCHING, {0: 0, 1: 1, 2: 9}), (SHORT, 3), (SHORT, "  "), (SHORT, "x" * 5000)]
    for question, response in wrong_shapes:
        exc = _raised(lambda: grade(question, response))
        assert isinstance(exc, InvalidResponse) and exc.code.startswith("answer."), (question.kind, response)
        _english(core_text.user_text(exc))
    assert core_text.user_text(_raised(lambda: grade(SINGLE, None))) == "Please choose one answer."


def test_recordings_voices_packs_and_the_data_file_fail_in_english(english, tmp_path):
    from tutor.audio.narration import MAX_RECORDING_S, prepare_recording
    from tutor.audio.recognizer import RecognizerUnavailable
    from tutor.audio.voicepacks import BadVoicePack, inspect
    from tutor.lessons.errors import PackUnreadable
    from tutor.lessons.pack_verify import _read_file
    from tutor.lessons.service import ContentDamaged
    from tutor.store.migrations import DatabaseTooNew
    from tutor.teacher.accounts import FROM_HUB_MESSAGE, check_new_password, clean_username
    from tutor.teacher.classes import clean_class_name
    from tutor.teacher.errors import TeacherError

    too_long = _raised(lambda: prepare_recording(_silent_wav(MAX_RECORDING_S + 5)))
    assert f"{MAX_RECORDING_S // 60} minutes" in _english(core_text.user_text(too_long))
    _english(core_text.user_text(_raised(lambda: prepare_recording(_silent_wav(2)))))
    _english(core_text.user_text(RecognizerUnavailable("x")))
    not_onnx = _raised(lambda: inspect(tmp_path / "voice.txt"))
    assert isinstance(not_onnx, BadVoicePack) and ".onnx" in _english(core_text.user_text(not_onnx))
    (tmp_path / "v.onnx").write_bytes(b"\x08" * 10)
    _english(core_text.user_text(_raised(lambda: inspect(tmp_path / "v.onnx"))))   # no settings file beside it
    from tutor.lessons.pack_format import PackLimits

    unreadable = _raised(lambda: _read_file(tmp_path / "missing.bdpack", PackLimits()))
    assert isinstance(unreadable, PackUnreadable) and "USB" in _english(core_text.user_text(unreadable))
    _english(core_text.user_text(ContentDamaged("x")))
    _english(core_text.user_text(DatabaseTooNew(99)))
    for call in (lambda: clean_username("a" * 500), lambda: check_new_password("1"),
                 lambda: check_new_password("1" * 5000), lambda: clean_class_name("a" * 500)):
        exc = _raised(call)
        assert isinstance(exc, TeacherError)
        assert re.search(r"\d", _english(core_text.user_text(exc))), exc.user_message   # the limit is kept
    _english(core_text.translate(FROM_HUB_MESSAGE))


def test_results_built_of_catalogued_sentences_read_in_english(english, tmp_path):
    from tutor.audio.voicepacks import VoicePack, _label, verdict
    from tutor.hub.app import MESSAGES_VI
    from tutor.local_llm.registry import recommend
    from tutor.messages import render
    from tutor.sync.transport import SyncRefused

    pack = VoicePack("en_US-amy-low", tmp_path / "amy.onnx", "en-us", "low", 16000, 60_000_000, "0" * 64,
                     _label("en_US-amy-low", "en-us", "low"))
    assert _english(core_text.translate(pack.label)) == "New voice: amy (foreign language: en-us)"
    assert core_text.translate(_label("vi_VN-vais1000-medium", "vi", "medium")) == "New voice: vais1000"
    for free, factor in ((10**6, None), (8 * 10**9, 0.3), (8 * 10**9, 0.8), (8 * 10**9, 1.7)):
        text = _english(core_text.translate(verdict(pack, free, factor).text))
        assert "MB" in text
    for ram in (8 * 2**30, 600 * 2**20):
        _english(core_text.translate(recommend(ram).message))
    for line in (render("model.copying", done="1 MB", total="2 MB"), render("model.checking"),
                 render("model.checked"), render("teacher.inactive_days", days=15),
                 render("teacher.csv_line_ambiguous", line=3, count=2, name="Hoa"),
                 f"{render('teacher.csv_line', line=4)} {render('profile.name_too_long', limit=40)}",
                 f"sach.csv: {render('teacher.site_unreachable', hub_url='http://10.0.0.2:8765')}"):
        _english(core_text.translate(line))
    assert core_text.translate(render("teacher.csv_line_no_name", line=12)) == "Line 12: the name is missing."
    # A hub's refusal is catalogued, so the PC shows it in its own UI language.
    for code, text in MESSAGES_VI.items():
        _english(core_text.user_text(SyncRefused(403, code, "refused", text)))


def _silent_wav(seconds: float) -> bytes:
    import io
    import wave

    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\x00\x00" * int(16000 * seconds))
    return out.getvalue()
