"""Warm, short Vietnamese messages in a few variants."""

from __future__ import annotations

import unicodedata

from tutor.progress import messages


def all_messages() -> list[str]:
    return [
        *(messages.answer_message(ok, seed) for ok in (True, False) for seed in range(8)),
        *(messages.mastery_message(m, seed) for m in (True, False) for seed in range(4)),
        *(messages.level_test_message(p, 2, 14, 18, 15, seed) for p in (True, False) for seed in range(4)),
        *(messages.streak_message(days, seed) for days in (0, 1, 2, 9) for seed in range(4)),
        messages.NOTHING_DUE,
    ]


def test_messages_are_nfc_short_and_vary():
    for text in all_messages():
        assert unicodedata.is_normalized("NFC", text)
        assert 0 < len(text) <= 140 and "{" not in text
    assert len({messages.answer_message(False, seed) for seed in range(8)}) > 1
    assert len({messages.answer_message(True, seed) for seed in range(8)}) > 1


def test_level_messages_give_the_numbers_without_blame():
    text = messages.level_test_message(False, 2, 14, 18, 15, 0)
    assert "14" in text and "18" in text and "15" in text
    assert "trượt" not in text.lower() and "kém" not in text.lower()
    assert "2" in messages.level_test_message(True, 2, 16, 18, 15, 0)


def test_streak_messages_count_days():
    assert "9" in messages.streak_message(9)
    assert messages.streak_message(0) == messages.streak_message(1)


def test_a_first_visit_is_not_greeted_as_a_return():
    first = messages.streak_message(0, first_visit=True)
    assert "quay lại" not in first and first == unicodedata.normalize("NFC", first)
    assert "quay lại" in messages.streak_message(0)  # a broken streak is a return
