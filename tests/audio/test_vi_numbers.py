"""Numbers, money, times and percentages are read the Vietnamese way before espeak-ng sees them."""

from __future__ import annotations

import pytest

from tutor.audio.speakable import speech_sentences
from tutor.audio.vi_numbers import number_words


@pytest.mark.parametrize("number, words", [
    (0, "không"), (10, "mười"), (15, "mười lăm"), (21, "hai mươi mốt"), (24, "hai mươi tư"),
    (105, "một trăm linh năm"), (150_000, "một trăm năm mươi nghìn"),
    (1_250_000, "một triệu hai trăm năm mươi nghìn"), (2025, "hai nghìn không trăm hai mươi lăm"),
    (3_000_000_000, "ba tỷ"),
])
def test_numbers_in_words(number, words):
    assert number_words(number) == words


@pytest.mark.parametrize("text, spoken", [
    ("Họp lúc 19 giờ.", "Họp lúc mười chín giờ."),
    ("Phí 150.000 đồng.", "Phí một trăm năm mươi nghìn đồng."),
    ("Giá 1.250.000đ.", "Giá một triệu hai trăm năm mươi nghìn đồng."),
    ("Mua 50k thôi.", "Mua năm mươi nghìn đồng thôi."),
    ("Đến lúc 7h30 nhé.", "Đến lúc bảy giờ ba mươi nhé."),
    ("Còn 2,5 triệu.", "Còn hai phẩy năm triệu."),
    ("Có 30% số hộ.", "Có ba mươi phần trăm số hộ."),
    ("Ngày 15/3/2025.", "Ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm."),
    ("UBND xã hỏi AI.", "ủy ban nhân dân xã hỏi ây ai."),
    ("Gọi 0912 345 678.", "Gọi không chín một hai ba bốn năm sáu bảy tám."),
])
def test_lesson_text_is_read_the_vietnamese_way(text, spoken):
    assert speech_sentences(text) == [spoken]
