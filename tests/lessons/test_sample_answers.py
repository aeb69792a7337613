"""Sample answers of a strong AI (issue 16): every practice task of the bundled curriculum
has one, it passes the task's own checks, it travels through the pack, and `content check`
refuses a sample that fails its checks."""

from __future__ import annotations

import re

import pytest

from tutor.lessons.checker import check_source, load_checked
from tutor.lessons.codec import practice_from_dict, practice_to_dict
from tutor.lessons.service import ContentService
from tutor.lessons.textnorm import is_nfc
from tutor.local_llm.checks import run_checks

from .conftest import ROOT

LESSON = "levels/1/m1-an-toan/02-ban-hang.md"


@pytest.fixture(scope="module")
def curriculum():
    found, problems = load_checked(ROOT / "content")
    assert not problems, problems
    return found


def test_every_task_has_a_sample_answer(curriculum):
    missing = [ls.id for ls in curriculum.lessons if not ls.practice.sample_answer.strip()]
    assert len(curriculum.lessons) >= 48 and not missing


def test_every_sample_answer_passes_its_task_checks(curriculum):
    failing = {}
    for lesson in curriculum.lessons:
        results = run_checks(lesson.practice.sample_answer, lesson.practice.checks)
        assert all(r.checked for r in results), lesson.id
        bad = [r.message for r in results if not r.passed]
        if bad:
            failing[lesson.id] = bad
    assert not failing, failing


def test_sample_answers_are_plain_vietnamese(curriculum):
    for lesson in curriculum.lessons:
        sample = lesson.practice.sample_answer
        assert is_nfc(sample), lesson.id
        assert re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", sample.lower()), lesson.id
        assert "lorem" not in sample.lower() and "TODO" not in sample


def test_the_sample_travels_through_codec_and_pack(curriculum, db, pack_file, trusted):
    task = curriculum.lesson("l1.ai-la-gi").practice
    assert practice_from_dict(practice_to_dict(task)) == task
    # the fixture pack's tasks have none: the field is optional and stays empty
    service = ContentService(db)
    service.import_pack_file(pack_file, trusted)
    lesson = service.lesson("l1.ban-hang")
    assert lesson.practice.sample_answer == ""


def test_bundled_pack_carries_the_samples(tmp_path, curriculum):
    from tutor.clock import FakeClock
    from tutor.workspace import BUNDLED_PACK, Workspace

    ws = Workspace.open(tmp_path, clock=FakeClock(), bundled_pack=BUNDLED_PACK, backup=False)
    try:
        stored = ws.content.lesson("l2.lua-dao-deepfake").practice.sample_answer
    finally:
        ws.close()
    assert stored == curriculum.lesson("l2.lua-dao-deepfake").practice.sample_answer != ""


def test_content_check_refuses_a_sample_that_fails_its_checks(source):
    path = source / LESSON
    text = path.read_text(encoding="utf-8")
    sample = "  sample_answer: " + '"' + " ".join(["chữ"] * 130) + '"\n'
    text = re.sub(r"(?m)^(  good_prompt: .*\n)", lambda m: m.group(1) + sample, text, count=1)
    path.write_text(text, encoding="utf-8")
    problems = [p for p in check_source(source) if "sample_answer" in p.message]
    assert problems and "max_words" in problems[0].message
    assert problems[0].line == text.splitlines().index(sample.rstrip("\n")) + 1


def test_content_check_accepts_a_sample_that_passes(source):
    path = source / LESSON
    text = path.read_text(encoding="utf-8")
    sample = '  sample_answer: "Bán hàng trên mạng cần nói thật. Hãy đọc lại trước khi đăng."\n'
    text = re.sub(r"(?m)^(  good_prompt: .*\n)", lambda m: m.group(1) + sample, text, count=1)
    path.write_text(text, encoding="utf-8")
    assert not [p for p in check_source(source) if "sample_answer" in p.message]
