"""Curriculum 2.0 rules of `tutor content check`: pictures, the phone card, practice checks
that test the skill, limits that agree, fair quizzes per level, dated facts (issue 15)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tutor.lessons.checker import Limits, check_source
from tutor.lessons.fairness import blind_score, measure

LESSON = "levels/1/m1-an-toan/02-ban-hang.md"
STRICT = Limits(advisory=frozenset())
PHONE_CARD = """
## Làm trên điện thoại

- **Ứng dụng:** một ứng dụng AI miễn phí trên điện thoại.
- **Chạm:** ô nhập chữ, hoặc nút micro để nói.
- **Gõ hoặc nói:** câu lệnh của bài, thay tên và số của mình.
- **Kiểm tra:** đọc lại con số và giá trước khi gửi đi.
"""
PICTURE = "\n![Điện thoại mở ứng dụng AI, bà con đang gõ câu hỏi](media/so-do.png)\n"


def problems(source: Path, pattern: str, limits: Limits = STRICT, today: date | None = None, file: str = LESSON):
    return [p for p in check_source(source, limits, today=today)
            if re.search(pattern, p.message) and p.file.endswith(file)]


def edit(source: Path, old: str, new: str, file: str = LESSON) -> None:
    path = source / file
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append(source: Path, text: str, file: str = LESSON) -> None:
    path = source / file
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


# --- picture -------------------------------------------------------------------------

IMAGE_LINE = re.compile(r"\n!\[[^\]]*\]\([^)]*\)\n")


def drop_images(source: Path, file: str = LESSON) -> None:
    path = source / file
    path.write_text(IMAGE_LINE.sub("\n", path.read_text(encoding="utf-8")), encoding="utf-8")


def test_a_lesson_without_a_picture_is_an_error(source):
    assert problems(source, "picture|alt text") == []
    drop_images(source)
    [problem] = problems(source, "needs a picture")
    assert problem.is_error


def test_a_picture_needs_alt_text_that_read_aloud_can_speak(source):
    drop_images(source)
    append(source, "\n![Ảnh](media/so-do.png)\n")
    [problem] = problems(source, "needs alt text")
    assert problem.is_error and "so-do.png" in problem.message
    assert problems(source, "needs a picture") == []


def test_a_picture_with_alt_text_passes(source):
    drop_images(source)
    append(source, PICTURE)
    assert problems(source, "picture|alt text") == []


def test_the_rules_are_warnings_while_advisory(source):
    drop_images(source)
    [problem] = problems(source, "needs a picture", limits=Limits(advisory=frozenset({"picture"})))
    assert problem.severity == "warning"


# --- phone card ----------------------------------------------------------------------

CARD_START = "## Làm trên điện thoại"


def drop_card(source: Path, file: str = LESSON) -> str:
    path = source / file
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index(CARD_START)], encoding="utf-8")
    return text[text.index(CARD_START):]


def test_a_lesson_without_the_phone_card_is_an_error(source):
    assert problems(source, "Làm trên điện thoại") == []
    drop_card(source)
    [problem] = problems(source, "Làm trên điện thoại")
    assert problem.is_error


def test_the_phone_card_with_its_four_lines_passes(source):
    drop_card(source)
    append(source, PHONE_CARD)
    assert problems(source, "Làm trên điện thoại") == []


def test_the_phone_card_needs_every_line_and_comes_last(source):
    drop_card(source)
    append(source, PHONE_CARD.replace("- **Kiểm tra:** đọc lại con số và giá trước khi gửi đi.\n", "")
           + "\n## Thêm\n\nMột đoạn nữa sau thẻ.\n")
    messages = [p.message for p in problems(source, "Làm trên điện thoại")]
    assert any("lacks the line(s) Kiểm tra" in m for m in messages)
    assert any("must be the last section" in m for m in messages)


# --- practice checks -----------------------------------------------------------------


def test_a_must_mention_that_the_prompt_already_gives_never_counts_alone(source):
    # "soát lại" and "đọc lại" are not in the fixture's prompt: a real skill check, no problem.
    assert problems(source, "must_mention") == []
    edit(source, "good_prompt: Bạn là cán bộ văn hoá xã.", "good_prompt: Bạn là cán bộ văn hoá xã. Hãy soát lại kỹ.")
    [problem] = problems(source, "must_mention")
    assert "'soát lại' (and every other one) is already in the situation" in problem.message
    assert "an answer that repeats the prompt would pass" in problem.message and problem.is_error


def test_a_must_not_mention_for_the_lessons_risk_also_tests_the_skill(source):
    edit(source, "good_prompt: Bạn là cán bộ văn hoá xã.", "good_prompt: Bạn là cán bộ văn hoá xã. Hãy soát lại kỹ.")
    assert problems(source, "repeats the prompt would pass")
    edit(source, "  - kind: no_personal_data\n  find_mistakes:",
         "  - kind: must_not_mention\n    any_of:\n    - chữa khỏi\n  - kind: no_personal_data\n  find_mistakes:")
    assert problems(source, "repeats the prompt would pass") == []


def test_a_must_mention_keeping_a_given_fact_is_fine_beside_a_skill_check(source):
    edit(source, "  - kind: no_personal_data\n  find_mistakes:",
         "  - kind: must_mention\n    any_of:\n    - năm câu\n  - kind: no_personal_data\n  find_mistakes:")
    assert problems(source, "must_mention") == []


def test_the_word_limit_of_the_check_agrees_with_the_good_prompt(source):
    assert problems(source, "max_words|word limit") == []
    edit(source, "dễ hiểu, dưới 120 chữ.", "dễ hiểu, dưới 100 chữ.")
    [problem] = problems(source, "max_words check")
    assert "differs from the good prompt's limit (100 chữ)" in problem.message
    edit(source, "dễ hiểu, dưới 100 chữ.", "dễ hiểu.")
    [problem] = problems(source, "max_words check")
    assert "asks for no word limit" in problem.message
    edit(source, "    value: 120", "    value: 100")
    edit(source, "dễ hiểu.", "dễ hiểu, dưới 100 chữ.")
    assert problems(source, "max_words|word limit") == []


def test_the_bullet_range_of_the_check_agrees_with_the_good_prompt(source):
    edit(source, "trong năm câu ngắn, dễ hiểu, dưới 120 chữ.", "thành 3 đến 5 gạch đầu dòng, dưới 120 chữ.")
    edit(source, "  - kind: no_personal_data\n  find_mistakes:",
         "  - kind: bullets\n    min: 1\n    max: 10\n  - kind: no_personal_data\n  find_mistakes:")
    [problem] = problems(source, "bullets check")
    assert "3 to 5" in problem.message
    edit(source, "    min: 1\n    max: 10", "    min: 3\n    max: 6")
    assert problems(source, "bullets check") == []


# --- fairness per level ----------------------------------------------------------------


def _single(right: str, *wrong: str, level_test: bool = True) -> dict:
    return {"kind": "single", "level_test": level_test, "options": [
        {"text": right, "correct": True}, *({"text": w, "correct": False} for w in wrong)]}


def _tf(answer: bool, level_test: bool = True) -> dict:
    return {"kind": "truefalse", "answer": answer, "level_test": level_test}


def test_blind_guess_scores_longest_option_and_commoner_true_false_answer():
    questions = [
        _single("Một đáp án đúng rất dài dòng", "Ngắn"),     # longest is right: 1
        _single("Ngắn", "Một đáp án sai rất dài dòng"),      # longest is wrong: 0
        _single("Bằng nhau", "Cùng dài!"),                   # a tie: half
        _tf(False), _tf(False), _tf(True),                  # the guess "Sai" gets 2
        {"kind": "ordering", "level_test": True},           # cannot be guessed: 0
    ]
    assert blind_score(questions) == pytest.approx((1 + 0 + 0.5 + 2) / 7)
    figures = measure(questions)
    assert figures.right_longest_share == pytest.approx(1.5 / 3)
    assert figures.true_share == pytest.approx(1 / 3)


def _level_messages(source: Path) -> list[str]:
    return [p.message for p in check_source(source, STRICT) if p.file.endswith("level.yaml")]


def test_the_fixture_level_is_fair(source):
    assert _level_messages(source) == []


def test_a_level_that_rewards_guessing_is_refused(source):
    # Every true/false statement false, the ordering question out of the level test, and the
    # right option the longest: the old pattern of the curriculum.
    for path in sorted((source / "levels" / "1").glob("*/*.md")):
        text = path.read_text(encoding="utf-8")
        text = text.replace("answer: true", "answer: false").replace("  level_test: true\n  prompt: Sắp xếp", "  prompt: Sắp xếp")
        text = text.replace("  - text: Dùng ngay không cần đọc", "  - text: Dùng")
        text = text.replace("  - text: Xoá câu trả lời đi", "  - text: Xoá")
        path.write_text(text, encoding="utf-8")
    found = _level_messages(source)
    assert any("true/false statements are true (0%)" in m for m in found), found
    assert any("level test uses 2 kinds" in m for m in found), found
    assert any("right option is the longest in 100%" in m for m in found), found
    assert any("a blind guess" in m and "scores" in m for m in found), found
    figures = measure([q for path in sorted((source / "levels" / "1").glob("*/*.md")) for q in _front(path)["quiz"]])
    assert figures.blind_score >= 0.5


def _front(path: Path) -> dict:
    import yaml
    return yaml.safe_load(path.read_text(encoding="utf-8").split("\n---\n")[0].removeprefix("---\n"))


# --- facts -------------------------------------------------------------------------------

FACTS = """facts:
  - id: luat-du-lieu-ca-nhan
    statement: "Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ 1/1/2026."
    source: "Luật số 91/2025/QH15"
    checked: "2026-12-06"
    review_by: "2027-06-06"
"""


def test_facts_are_dated_and_a_passed_review_date_warns(source):
    (source / "facts.yaml").write_text(FACTS, encoding="utf-8")
    edit(source, "minutes: 12\n", "minutes: 12\nfacts:\n- luat-du-lieu-ca-nhan\n")
    assert problems(source, "fact", today=date(2026, 12, 7), file="facts.yaml") == []
    [late] = problems(source, "due for review", today=date(2027, 7, 1), file="facts.yaml")
    assert late.severity == "warning" and "2027-06-06" in late.message


def test_a_fact_checked_in_the_future_or_unknown_is_an_error(source):
    (source / "facts.yaml").write_text(FACTS.replace('checked: "2026-12-06"', 'checked: "2027-01-01"'),
                                       encoding="utf-8")
    edit(source, "minutes: 12\n", "minutes: 12\nfacts:\n- luat-du-lieu-ca-nhan\n- khong-co\n")
    [future] = problems(source, "after today", today=date(2026, 12, 7), file="facts.yaml")
    assert future.is_error
    [unknown] = problems(source, "'khong-co' is not in facts.yaml", today=date(2026, 12, 7))
    assert unknown.is_error


def test_lessons_referencing_facts_need_the_facts_file(source):
    edit(source, "minutes: 12\n", "minutes: 12\nfacts:\n- luat-du-lieu-ca-nhan\n")
    [missing] = problems(source, "facts.yaml is missing", file="facts.yaml")
    assert missing.is_error


# --- minutes -------------------------------------------------------------------------------


def test_declared_minutes_include_slow_reading_and_the_practice(source):
    assert problems(source, "minutes") == []
    edit(source, "minutes: 12\n", "minutes: 6\n")
    [problem] = problems(source, "is too few")
    assert problem.is_error and "80 a minute" in problem.message


# --- competences ---------------------------------------------------------------------------


def test_every_lesson_names_an_ai_competence(source):
    assert problems(source, "domain 6") == []
    edit(source, "- '6.2'\n", "- '4.2'\n")
    [problem] = problems(source, "domain 6")
    assert problem.is_error


# --- find the AI's mistakes --------------------------------------------------------------


def drop_find_mistakes(source: Path, file: str = LESSON) -> None:
    path = source / file
    path.write_text(re.sub(r"\n  find_mistakes:\n(?:    .*\n|\n)*", "\n", path.read_text(encoding="utf-8")),
                    encoding="utf-8")


def test_every_lesson_has_a_find_the_mistakes_part(source):
    assert problems(source, "find_mistakes part") == []
    drop_find_mistakes(source)
    assert "find_mistakes" not in (source / LESSON).read_text(encoding="utf-8")
    [problem] = problems(source, "find_mistakes part")
    assert problem.is_error
    [warning] = problems(source, "find_mistakes part", limits=Limits(advisory=frozenset({"find-mistakes"})))
    assert warning.severity == "warning"


# --- body length ---------------------------------------------------------------------------

SHORT_SENTENCE = "Bà con đọc chậm từng dòng và hỏi lại khi chưa rõ. "   # 12 words


def body_words(source: Path) -> int:
    from tutor.lessons.markdown import word_count
    text = (source / LESSON).read_text(encoding="utf-8")
    return word_count(text.split("---", 2)[2])


def grow_body_to(source: Path, words: int) -> None:
    missing = words - body_words(source)
    append(source, "\n" + SHORT_SENTENCE * (missing // 12 + 1) + "\n")


def test_a_body_over_400_words_is_a_warning_and_over_450_an_error_once_enforced(source):
    assert body_words(source) <= 400 and problems(source, "keep it under") == []
    grow_body_to(source, 401)
    [problem] = problems(source, "keep it under 400")
    assert not problem.is_error
    grow_body_to(source, 451)
    [problem] = problems(source, "keep it under 400")
    assert problem.is_error and "at most 450" in problem.message
    # Every shipped lesson is trimmed, so the shipped limits enforce it too.
    [problem] = problems(source, "keep it under 400", limits=Limits())
    assert problem.is_error
    # A rule put back on the advisory list while lessons are reworked only warns.
    [problem] = problems(source, "keep it under 400", limits=Limits(advisory=frozenset({"body-length"})))
    assert not problem.is_error
