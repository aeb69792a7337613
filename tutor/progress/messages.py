"""Short, warm Vietnamese messages: encouragement without pressure.

No scores in red, no "you failed", no counting down. A wrong answer is part of
learning; a broken streak is simply a new start. Variants are picked by a
number the caller already has (an event seq), so the same situation reads
differently from one time to the next, yet tests stay deterministic.
"""

from __future__ import annotations

import unicodedata

from tutor.messages import render

CORRECT = (
    "Đúng rồi! Bạn làm tốt lắm.",
    "Chính xác! Cứ thế mà tiếp tục nhé.",
    "Giỏi quá! Bạn đã nắm được ý này.",
    "Đúng vậy. Bạn hiểu bài rồi đấy.",
)
WRONG = (
    "Chưa đúng, không sao cả. Đọc lời giải thích rồi thử lại nhé.",
    "Gần được rồi. Ai học cũng có lúc nhầm, mình xem lại một chút nhé.",
    "Chưa đúng lần này. Lần sau bạn sẽ nhớ hơn.",
    "Không sao đâu. Sai là một cách để học, bạn đọc giải thích nhé.",
)
PASSED_QUIZ = (
    "Bạn đã làm tốt bài này! Vài ngày nữa mình ôn lại một chút cho nhớ lâu.",
    "Xong bài rồi! Hẹn bạn ôn lại sau ít hôm để thật thành thạo.",
)
MASTERED = (
    "Tuyệt vời! Bạn đã thành thạo bài này.",
    "Bạn nhớ bài rất chắc. Đã thành thạo!",
)
LEVEL_PASSED = (
    "Chúc mừng bạn đã qua cấp độ {level}! Bạn nhận được huy hiệu và giấy chứng nhận.",
    "Bạn đã vượt qua cấp độ {level}. Thật đáng tự hào!",
)
LEVEL_NOT_YET = (
    "Bạn đúng {correct} trên {total} câu. Cần {needed} câu đúng để qua. Ôn lại một chút rồi thử lần nữa nhé.",
    "Lần này bạn đúng {correct} trên {total} câu. Cần {needed} câu. Bạn có thể làm lại bất cứ lúc nào.",
)
STREAK_FIRST = "Chào mừng bạn! Hôm nay ta bắt đầu từ bài đầu tiên nhé."
STREAK_START = "Chào mừng bạn quay lại! Hôm nay học một chút là tốt rồi."
STREAK_DAYS = (
    "Bạn đã học {days} ngày liền. Giỏi lắm!",
    "{days} ngày liền rồi! Mỗi ngày một chút là nhớ lâu.",
)
NOTHING_DUE = "Hôm nay không có gì cần ôn. Bạn có thể học bài mới."


def _pick(variants: tuple[str, ...], seed: int) -> str:
    return unicodedata.normalize("NFC", variants[seed % len(variants)])


def answer_message(correct: bool, seed: int) -> str:
    return _pick(CORRECT if correct else WRONG, seed)


def mastery_message(mastered: bool, seed: int) -> str:
    return _pick(MASTERED if mastered else PASSED_QUIZ, seed)


# A level passed while the PC clock cannot be trusted (tutor.progress.trusted_time).
CERTIFICATE_WAITS = render("progress.certificate_waits")


def level_test_message(passed: bool, level: int, correct: int, total: int, needed: int, seed: int) -> str:
    if passed:
        return _pick(LEVEL_PASSED, seed).format(level=level)
    return _pick(LEVEL_NOT_YET, seed).format(correct=correct, total=total, needed=needed)


def streak_message(days: int, seed: int = 0, first_visit: bool = False) -> str:
    if first_visit:  # never studied yet: "welcome back" would greet a newcomer as a returner
        return unicodedata.normalize("NFC", STREAK_FIRST)
    if days <= 1:
        return unicodedata.normalize("NFC", STREAK_START)
    return _pick(STREAK_DAYS, seed).format(days=days)
