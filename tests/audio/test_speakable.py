"""Lesson Markdown and UI text prepared for espeak-ng."""

from __future__ import annotations

import unicodedata

from tutor.audio.speakable import MAX_SENTENCE_CHARS, clean_for_speech, speech_sentences


def test_markdown_markup_is_not_read_and_blocks_become_sentences():
    markdown = (
        "## Lập bảng so sánh\n\n"
        "Đây là **điều quan trọng** và `mẹo nhỏ`\n"
        "nối sang dòng sau. Xem [hướng dẫn](https://vi.wikipedia.org/wiki/AI).\n\n"
        "- Mục một\n"
        "- Mục hai\n\n"
        "> Lời khuyên\n\n"
        "![Ảnh bàn phím máy tính](images/keyboard.png)\n"
    )
    assert speech_sentences(markdown) == [
        "Lập bảng so sánh.",
        "Đây là điều quan trọng và mẹo nhỏ nối sang dòng sau.",
        "Xem hướng dẫn.",
        "Mục một.",
        "Mục hai.",
        "Lời khuyên.",
        "Ảnh bàn phím máy tính.",
    ]


def test_a_table_is_read_row_by_row_with_its_column_headings():
    markdown = (
        "| Tiêu chí | Ngô | Rau |\n"
        "|---|---|---|\n"
        "| Vốn bỏ ra | Vừa | Ít |\n"
        "| Công chăm sóc | Ít | *Nhiều* |\n"
    )
    assert speech_sentences(markdown) == [
        "Tiêu chí, Ngô, Rau.",
        "Vốn bỏ ra: Ngô Vừa, Rau Ít.",
        "Công chăm sóc: Ngô Ít, Rau Nhiều.",
    ]


def test_text_is_composed_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Trí tuệ nhân tạo giúp gì cho bà con?")
    assert speech_sentences(decomposed) == ["Trí tuệ nhân tạo giúp gì cho bà con?"]


def test_emoji_are_dropped_and_emoji_only_text_has_nothing_to_say():
    assert speech_sentences("Chúc mừng bạn 🎉👍🏽! Làm tốt lắm ❤️") == ["Chúc mừng bạn!", "Làm tốt lắm."]
    assert speech_sentences("😀🎉👍🏽❤️ 1️⃣") == ["một."]  # the keycap's digit stays (in words), its frame goes
    assert speech_sentences("😀🎉👍🏽❤️") == []
    assert speech_sentences("") == []
    assert speech_sentences("**  **\n\n---\n\n| |") == []


def test_urls_and_emails_are_said_as_site_names_not_spelt_out():
    text = clean_for_speech("Vào https://www.dichvucong.gov.vn/p/home.html. Hoặc hỏi hotro@xa.gov.vn")
    assert text == "Vào trang dichvucong chấm gov chấm vn. Hoặc hỏi hotro a còng xa chấm gov chấm vn"


def test_numbers_people_read_digit_by_digit_and_dates():
    assert clean_for_speech("Gọi 0912 345 678 ngay") == "Gọi không chín một hai ba bốn năm sáu bảy tám ngay"
    assert clean_for_speech("Mã 012345") == "Mã không một hai ba bốn năm"
    assert clean_for_speech("Giá 1.500.000 đồng, 0,5 kg") == "Giá một triệu năm trăm nghìn đồng, không phẩy năm kg"
    assert clean_for_speech("Hạn chót 05/3/2025.") == (
        "Hạn chót năm tháng ba năm hai nghìn không trăm hai mươi lăm.")


def test_abbreviations_and_brand_names_but_never_the_word_ai():
    assert clean_for_speech("Hỏi AI trên Zalo, mã OTP, lên UBND xã.") == (
        "Hỏi ây ai trên da lô, mã ô tê pê, lên ủy ban nhân dân xã.")
    assert clean_for_speech("Ai cũng hỏi ai đó.") == "Ai cũng hỏi ai đó."
    assert clean_for_speech("Cắm USB vào máy.") == "Cắm u ét bê vào máy."


def test_twenty_thousand_characters_come_out_as_bounded_sentences():
    wall = "Một hai ba bốn năm sáu bảy tám chín mười, " * 500
    sentences = speech_sentences(wall[:20_000])
    assert len(sentences) > 50
    assert all(0 < len(s) <= MAX_SENTENCE_CHARS for s in sentences)
    assert sum(len(s.split()) for s in sentences) >= 0.95 * len(wall[:20_000].split())

    no_spaces = "a" * 20_000
    pieces = speech_sentences(no_spaces)
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert "".join(pieces) == no_spaces + "."  # cut, nothing lost; a full stop added at the end
