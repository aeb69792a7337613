"""The checker reports each kind of problem at the right file and line.

Each case copies the valid fixture, changes one thing, and looks for the one
expected problem. `line` says where the problem must point: "changed" is the
(first) line the edit wrote; a string is the first line containing it at or
after the anchor; "body" is the first line after the front matter.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from tutor.lessons.checker import Limits, check_source
from tutor.lessons.problems import Problem

from .conftest import BROKEN_SOURCE, ROOT, VALID_SOURCE

LESSON = "levels/1/m1-an-toan/02-ban-hang.md"
LEVEL = "levels/1/level.yaml"
M2 = "levels/1/m2-doc-va-kiem-tra/module.yaml"
LONG_SENTENCE = " ".join(["Người dân trong xóm"] * 10) + " cùng học."  # 42 words
MEDIUM_SENTENCE = " ".join(["Người dân trong xóm"] * 7) + "."  # 28 words


@dataclass
class Case:
    name: str
    file: str
    anchor: str
    old: str
    new: str
    message: str  # regex searched in the problem's message
    line: str = "changed"
    count: int = 1
    severity: str = "error"


CASES = [
    Case("single needs one correct", LESSON, "id: q1", "    correct: false", "    correct: true",
         "needs exactly one correct option", line="  options:"),
    Case("multiple needs a wrong option", LESSON, "id: q2", "    correct: false", "    correct: true",
         "needs at least one wrong option", line="  options:"),
    Case("multiple needs a correct option", LESSON, "id: q2", "    correct: true", "    correct: false",
         "needs at least one correct option", line="  options:", count=2),
    Case("single option count", LESSON, "id: q1", "  - text: Dùng ngay", "  - txt: Dùng ngay",
         r"'text' is a required property", line="  - txt: Dùng ngay"),
    Case("option without explanation", LESSON, "id: q1", "    explanation: Sai. AI có thể sai.\n", "",
         r"'explanation' is a required property", line="  - text: Dùng ngay không cần đọc"),
    Case("blank explanation", LESSON, "id: q1", "explanation: Sai. AI có thể sai.", "explanation: '  '",
         r"does not match|should be non-empty|is too short"),
    Case("duplicate option", LESSON, "id: q1", "  - text: Xoá câu trả lời đi", "  - text: Đọc lại và kiểm tra",
         "option 'Đọc lại và kiểm tra' appears twice"),
    Case("truefalse needs both explanations", LESSON, "id: q3",
         "  explanation_true: Chưa đúng. AI có thể bịa ra thông tin.\n", "",
         "'explanation_true' is a required property", line="- id: q3"),
    Case("ordering needs three items", LESSON, "id: q4", "  - Đọc câu trả lời\n  - Kiểm tra lại\n", "",
         "is too short", line="  items:"),
    Case("ordering items unique", LESSON, "id: q4", "  - Viết câu lệnh", "  - Nghĩ rõ mình cần gì",
         "item 'Nghĩ rõ mình cần gì' appears twice"),
    Case("matching lefts unique", LESSON, "id: q5", "  - left: Nhiệm vụ", "  - left: Vai trò",
         "left side 'Vai trò' appears twice"),
    Case("matching rights unique", LESSON, "id: q5", "    right: Trình bày thành bảng",
         "    right: Hãy viết lịch bón phân", "right side 'Hãy viết lịch bón phân' appears twice"),
    Case("short needs an answer", LESSON, "id: q6", "  answers:\n  - AI\n  - A.I.\n", "  answers: []\n",
         "should be non-empty|is too short"),
    Case("short answer with letters", LESSON, "id: q6", "  - A.I.", "  - '...'", "has no letters or digits"),
    Case("unknown question kind", LESSON, "id: q6", "  kind: short", "  kind: essay",
         "'essay' is not one of"),
    Case("question ids unique", LESSON, "id: q1", "- id: q2", "- id: q1", "question id 'q1' is used twice"),
    Case("unknown competence", LESSON, "competences:", "- '6.2'", "- '9.9'",
         "competence code '9.9' is not in competences.yaml"),
    Case("minutes range", LESSON, "id:", "minutes: 12", "minutes: 22", "22 is greater than the maximum of 20"),
    Case("lesson id prefix", LESSON, "---", "id: l1.ban-hang", "id: l2.ban-hang", "must start with 'l1.'"),
    Case("lesson id unique", LESSON, "---", "id: l1.ban-hang", "id: l1.lua-dao-video",
         "lesson id 'l1.lua-dao-video' is already used"),
    Case("lesson id pattern", LESSON, "---", "id: l1.ban-hang", "id: l1.Bán-hàng", "does not match"),
    Case("objectives count", LESSON, "objectives:", "- Biết kiểm tra lại câu trả lời của AI.\n", "",
         "is too short", line="objectives:"),
    Case("yaml syntax", LESSON, "id: q1", "  kind: single", "  kind: single: x", "YAML syntax"),
    Case("duplicate key", LESSON, "---", "minutes: 12\n", "minutes: 12\nminutes: 8\n", "'minutes' appears twice",
         line="minutes: 8"),
    Case("find_mistakes quote verbatim", LESSON, "mistakes:", "- quote: Hãy gửi số căn cước",
         "- quote: Hãy gửi số điện thoại", "does not appear word for word in ai_answer"),
    Case("prompt element key", LESSON, "prompt_elements:", "  - do_dai", "  - do_dai_x", "'do_dai_x' is not one of"),
    Case("practice needs two checks", LESSON, "checks:",
         "  - kind: must_mention\n    any_of:\n    - soát lại\n    - đọc lại\n  - kind: no_personal_data\n", "",
         "is too short", line="  checks:"),
    Case("check kind known", LESSON, "checks:", "kind: no_personal_data", "kind: no_secrets",
         "'no_secrets' is not one of"),
    Case("check fields", LESSON, "checks:", "    value: 120", "    limit: 120", "'value' is a required property",
         line="  - kind: max_words"),
    Case("bullets min above max", LESSON, "checks:", "  - kind: no_personal_data",
         "  - kind: bullets\n    min: 5\n    max: 2", "min 5 above max 2"),
    Case("practice situation required", LESSON, "practice:", "  situation:", "  situaton:",
         "'situation' is a required property", line="practice:"),
    Case("section count", LESSON, "## Chuyện thường ngày", "## Các bước làm",
         "## Một\n\nMột.\n\n## Hai\n\nHai.\n\n## Ba\n\nBa.\n\n## Các bước làm",
         "body has 8 '## ' sections; needs 3 to 6", line="body"),
    Case("preamble is not shown", LESSON, "---\n\n## Chuyện", "## Chuyện thường ngày",
         "Lời mở đầu không có tiêu đề.\n\n## Chuyện thường ngày", "text before the first '## ' heading"),
    Case("image exists", LESSON, "## Ví dụ cụ thể", "## Ví dụ cụ thể\n", "## Ví dụ cụ thể\n\n![Ảnh](media/khong-co.png)\n",
         "does not exist", line="![Ảnh]"),
    Case("image is local", LESSON, "## Ví dụ cụ thể", "## Ví dụ cụ thể\n",
         "## Ví dụ cụ thể\n\n![Ảnh](https://example.com/a.png)\n", "must be a file under media/", line="![Ảnh]"),
    Case("image stays inside", LESSON, "## Ví dụ cụ thể", "## Ví dụ cụ thể\n",
         "## Ví dụ cụ thể\n\n![Ảnh](../../../etc/a.png)\n", "relative path under media/", line="![Ảnh]"),
    Case("sentence over 35 words", LESSON, "## Ví dụ cụ thể", "## Ví dụ cụ thể\n\n",
         f"## Ví dụ cụ thể\n\n{LONG_SENTENCE} ", "sentence of 42 words", line="Người dân trong xóm"),
    Case("sentence over 25 words", LESSON, "## Ví dụ cụ thể", "## Ví dụ cụ thể\n\n",
         f"## Ví dụ cụ thể\n\n{MEDIUM_SENTENCE} ", "long sentence of 28 words", line="Người dân trong xóm",
         severity="warning"),
    Case("long explanation", LESSON, "id: q3", "Chưa đúng. AI có thể bịa ra thông tin.", LONG_SENTENCE,
         "sentence of 42 words"),
    Case("text is NFC", LESSON, "takeaways:", "Nói rõ sản phẩm và giá.",
         unicodedata.normalize("NFD", "Nói rõ sản phẩm và giá."), "not Unicode NFC", severity="warning"),
    Case("module id unique", M2, "", "id: l1.m2", "id: l1.m1", "module id 'l1.m1' is already used"),
    Case("module id prefix", M2, "", "id: l1.m2", "id: l3.m2", "must start with 'l1.'"),
    Case("level lists existing modules", LEVEL, "modules:", "- m3-cau-lenh", "- m3-cau-lenh\n- m4-khong-co",
         "module directory 'm4-khong-co' does not exist", line="- m4-khong-co"),
    Case("level number matches directory", LEVEL, "", "number: 1", "number: 2", "does not match the directory"),
    Case("modules per level", LEVEL, "modules:", "- m3-cau-lenh\n", "", "level has 2 modules; needs 3 to 5",
         line="modules:"),
    Case("pack lists existing levels", "pack.yaml", "levels:", "- '1'", "- '1'\n- '2'",
         "level directory levels/2 does not exist", line="- '2'"),
    Case("pack schema_version", "pack.yaml", "", "schema_version: 1", "schema_version: 2", "1 was expected"),
    Case("pack version format", "pack.yaml", "", "version: 1.0.0", "version: 1.0", "is not of type 'string'"),
    Case("competence code format", "competences.yaml", "", "code: '1.1'", "code: 1.1", "is not of type 'string'"),
]


def line_of(path: Path, needle: str, after: int = 1) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if number >= after and needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def body_line(path: Path) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    return lines.index("---", 1) + 2


def apply(source: Path, case: Case) -> int:
    """Edit the file; return the first line the edit changed."""
    path = source / case.file
    text = path.read_text(encoding="utf-8")
    start = text.index(case.anchor) if case.anchor else 0
    assert case.old in text[start:], f"{case.old!r} not after {case.anchor!r}"
    head, tail = text[:start], text[start:]
    at = len(head) + tail.index(case.old)
    path.write_text(head + tail.replace(case.old, case.new, case.count), encoding="utf-8")
    return text[:at].count("\n") + 1


def expected_line(source: Path, case: Case, changed: int) -> int:
    path = source / case.file
    if case.line == "changed":
        return changed
    if case.line == "body":
        return body_line(path)
    anchor_line = line_of(path, case.anchor) if case.anchor else 1
    return line_of(path, case.line, after=anchor_line)


def test_valid_fixture_has_no_problems():
    assert check_source(VALID_SOURCE) == []
    assert check_source(VALID_SOURCE, Limits(advisory=frozenset())) == []


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_problem_is_found_at_its_line(source, case):
    changed = apply(source, case)
    problems = check_source(source)
    matching = [p for p in problems if re.search(case.message, p.message)]
    assert matching, f"no problem matching {case.message!r}; got:\n" + "\n".join(map(str, problems))
    problem = matching[0]
    assert problem.file == str(source / case.file)
    assert problem.line == expected_line(source, case, changed), str(problem)
    assert problem.severity == case.severity
    if case.severity == "warning":
        assert not any(p.is_error for p in problems), problems


def _problems(source: Path, pattern: str, **limits) -> list[Problem]:
    return [p for p in check_source(source, Limits(**limits)) if re.search(pattern, p.message)]


def test_illustration_needed(source):
    path = source / LESSON
    text = path.read_text(encoding="utf-8")
    text = text.replace("| Việc | Nên làm | Không nên |\n|---|---|---|\n", "")
    path.write_text(re.sub(r"\n!\[[^\]]*\]\([^)]*\)\n", "\n", text), encoding="utf-8")
    [problem] = _problems(source, "needs an illustration")
    assert problem.line == body_line(path) and problem.is_error


def test_body_word_count(source):
    path = source / LESSON
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("## Ví dụ cụ thể")] + "## Ba\n\nNgắn.\n", encoding="utf-8")
    [problem] = _problems(source, r"body has \d+ words; needs 300 to 700")
    assert problem.line == body_line(path)
    path.write_text(text + ("\n" + " ".join(["Câu này thêm vào cho dài."] * 80)) , encoding="utf-8")
    [problem] = _problems(source, r"body has \d+ words; needs 300 to 700")
    assert int(problem.message.split()[2]) > 700


def test_quiz_needs_five_questions(source):
    path = source / LESSON
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"- id: q4\n.*?(?=practice:)", "", text, flags=re.S), encoding="utf-8")
    [problem] = _problems(source, "quiz has 3 questions; needs at least 5")
    assert problem.line == line_of(path, "quiz:")


def test_quiz_needs_several_kinds(source):
    problems = _problems(source, r"quiz uses 6 kinds of question .*needs at least 7", quiz_kinds_min=7)
    assert len(problems) == 10


def test_level_test_needs_enough_questions(source):
    [problem] = _problems(source, "level has 20 questions marked level_test; needs at least 21", level_test_min=21)
    assert problem.file == str(source / LEVEL) and problem.line == 1


def test_module_needs_three_lessons(source):
    (source / "levels/1/m2-doc-va-kiem-tra/03-thoi-tiet.md").unlink()
    [problem] = _problems(source, "module has 2 lessons; needs 3 to 4")
    assert (problem.file, problem.line) == (str(source / M2), 1)


def test_unlisted_module_directory(source):
    apply(source, Case("", LEVEL, "modules:", "- m3-cau-lenh\n", "", ""))
    [problem] = _problems(source, "is not listed in level.yaml modules")
    assert problem.file == str(source / "levels/1/m3-cau-lenh/module.yaml")


def test_lesson_file_names_and_stray_files(source):
    folder = source / "levels/1/m1-an-toan"
    (folder / "03-tinh-ban.md").rename(folder / "3-tinh-ban.md")
    (folder / "notes.txt").write_text("ghi chú", encoding="utf-8")
    [name] = _problems(source, "lesson file name must be NN-ascii-slug.md")
    assert name.file == str(folder / "3-tinh-ban.md")
    [stray] = _problems(source, "not a lesson")
    assert stray.severity == "warning" and stray.file == str(folder / "notes.txt")


def test_duplicate_order_prefix(source):
    folder = source / "levels/1/m1-an-toan"
    (folder / "04-don-xin-phep.md").rename(folder / "03-don-xin-phep.md")
    [problem] = _problems(source, "order prefix 03 is also used")
    assert problem.file.endswith("03-tinh-ban.md")


def test_unused_media_is_a_warning(source):
    (source / "media" / "thua.png").write_bytes(b"\x89PNG")
    [problem] = _problems(source, "media file is not used")
    assert problem.severity == "warning" and problem.file == str(source / "media" / "thua.png")


def test_media_names_must_be_portable(source):
    (source / "media" / "ảnh một.png").write_bytes(b"\x89PNG")
    [problem] = _problems(source, "media file names may use only")
    assert problem.is_error and problem.file == str(source / "media" / "ảnh một.png")


def test_invalid_utf8(source):
    path = source / LESSON
    raw = path.read_bytes()
    at = raw.index("minutes".encode())
    path.write_bytes(raw[:at] + b"\xff\xfe" + raw[at:])
    [problem] = _problems(source, "not valid UTF-8")
    assert problem.line == raw[:at].count(b"\n") + 1


def test_missing_front_matter(source):
    path = source / LESSON
    path.write_text(path.read_text(encoding="utf-8")[4:], encoding="utf-8")
    [problem] = _problems(source, "must start with a '---' line")
    assert problem.line == 1


def test_missing_files_are_reported(source):
    (source / "competences.yaml").unlink()
    (source / M2).unlink()
    missing = _problems(source, "file is missing")
    assert {p.file for p in missing} == {str(source / "competences.yaml"), str(source / M2)}


def test_problems_print_as_file_line_severity_message():
    assert str(Problem("a.md", 3, "bad")) == "a.md:3: error: bad"


def test_broken_fixture_reports_everything_without_stopping():
    problems = check_source(BROKEN_SOURCE)
    text = "\n".join(map(str, problems))
    lesson = BROKEN_SOURCE / "levels/1/m1-thu/01-hong.md"
    assert f"{lesson}:{line_of(lesson, 'kind: single: x')}: error: YAML syntax" in text
    assert "level has 1 modules; needs 3 to 5" in text
    assert "module has 2 lessons; needs 3 to 4" in text
    assert "level directory levels/2 does not exist" in text
    short = BROKEN_SOURCE / "levels/1/m1-thu/02-ngan.md"
    assert any(p.file == str(short) and "body has" in p.message for p in problems)
    assert any(p.file == str(short) and "needs exactly one correct option" in p.message for p in problems)


@pytest.mark.skipif(not (ROOT / "content" / "levels").is_dir(), reason="no curriculum yet")
def test_real_curriculum_loads_and_checks_without_crashing():
    """The writers' content may be incomplete; this only proves the checker copes with it."""
    problems = check_source(ROOT / "content")
    assert all(isinstance(p, Problem) and p.line >= 1 for p in problems)
    lesson_files = list((ROOT / "content" / "levels").glob("*/*/*.md"))
    schema_or_yaml = [p for p in problems if p.file.endswith(".md") and "YAML syntax" in p.message]
    assert len(schema_or_yaml) < max(1, len(lesson_files))


@pytest.mark.skipif(not (ROOT / "content" / "levels").is_dir(), reason="no curriculum yet")
def test_real_curriculum_builds_and_imports_when_it_has_no_errors(tmp_path):
    from tutor.lessons.pack_build import build_pack
    from tutor.lessons.service import ContentService

    from .conftest import DEV_KEY, open_content_db

    if any(p.is_error for p in check_source(ROOT / "content")):
        pytest.skip("the curriculum still has errors (writers at work)")
    built = build_pack(ROOT / "content", DEV_KEY, tmp_path / "curriculum.bdpack")
    conn = open_content_db()
    try:
        result = ContentService(conn).import_pack_file(built.path)
        service = ContentService(conn)
        assert result.added == len(service.lessons()) > 0
        for level in service.levels():
            assert len(service.level_test_questions(level.number)) >= 15
    finally:
        conn.close()
