import unicodedata

import pytest

from tutor.lessons.textnorm import fold, fold_with_offsets, is_nfc, nfc, words

VOWELS = {"a": "a", "ă": "a", "â": "a", "e": "e", "ê": "e", "i": "i", "o": "o", "ô": "o",
          "ơ": "o", "u": "u", "ư": "u", "y": "y"}
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # ngang, huyền, sắc, hỏi, ngã, nặng


@pytest.mark.parametrize("vowel", list(VOWELS))
@pytest.mark.parametrize("tone", TONES)
def test_fold_every_vowel_with_every_tone(vowel, tone):
    lower = nfc(vowel + tone)
    assert len(lower) == 1, "Vietnamese letters are single precomposed characters in NFC"
    assert fold(lower) == VOWELS[vowel]
    assert fold(lower.upper()) == VOWELS[vowel]
    # also when the input arrives decomposed (NFD), as macOS editors produce
    assert fold(unicodedata.normalize("NFD", lower.upper())) == VOWELS[vowel]


def test_fold_d_with_stroke():
    assert fold("đ") == "d"
    assert fold("Đ") == "d"
    assert fold("Đường đến trường") == "duong den truong"


def test_fold_sentence():
    assert fold("Lừa ĐẢO qua Video giả — cẩn thận!") == "lua dao qua video gia — can than!"


def test_fold_with_offsets_points_back_into_the_original():
    text = "Tiền Đạo"
    folded, offsets = fold_with_offsets(text)
    assert folded == "tien dao"
    assert len(offsets) == len(folded)
    start = folded.index("dao")
    assert text[offsets[start]:] == "Đạo"


def test_nfc_and_words():
    decomposed = unicodedata.normalize("NFD", "Việt Nam")
    assert not is_nfc(decomposed)
    assert is_nfc(nfc(decomposed))
    assert words("Hỏi AI: 5 câu, ngắn_gọn!") == ["Hỏi", "AI", "5", "câu", "ngắn", "gọn"]
