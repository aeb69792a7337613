"""The task's output checks on the AI's answer, and the personal-data detector they share
with the prompt rubric: every kind, accents optional, numbers in the messages."""

from __future__ import annotations

import pytest

from tutor.lessons.model import CHECK_KINDS, PracticeCheck
from tutor.local_llm.checks import (bullet_lines, count_words, find_personal_data, find_phrase, run_checks,
                                    sentences)


def one(answer: str, **check) -> object:
    [result] = run_checks(answer, [PracticeCheck(**check)])
    return result


def test_every_check_kind_of_the_format_is_handled():
    for kind in CHECK_KINDS:
        check = PracticeCheck(kind, value=5, min=1, max=5, any_of=("lúa",))
        [result] = run_checks("Lúa tốt.", [check])
        assert result.checked, kind
        assert result.kind == kind


def test_results_follow_the_tasks_order():
    checks = [PracticeCheck("max_words", value=3), PracticeCheck("must_mention", any_of=("lúa",)),
              PracticeCheck("no_personal_data")]
    assert [r.kind for r in run_checks("Bón phân cho lúa.", checks)] == ["max_words", "must_mention",
                                                                           "no_personal_data"]


# --- word counts ----------------------------------------------------------------------------


def test_max_words_counts_and_says_the_numbers():
    answer = " ".join(["chữ"] * 143)
    result = one(answer, kind="max_words", value=120)
    assert not result.passed
    assert result.message == "Câu trả lời có 143 chữ, quá giới hạn 120 chữ."
    result = one(" ".join(["chữ"] * 120), kind="max_words", value=120)
    assert result.passed and result.message == "Câu trả lời có 120 chữ, trong giới hạn 120 chữ."


def test_min_words():
    assert not one("Quá ngắn.", kind="min_words", value=5).passed
    assert one("Quá ngắn.", kind="min_words", value=5).message == "Câu trả lời chỉ có 2 chữ, cần ít nhất 5 chữ."
    assert one("Một hai ba bốn năm.", kind="min_words", value=5).passed


def test_words_are_counted_as_the_lessons_count_them():
    assert count_words("Họp lúc 19 giờ, tại nhà văn hóa.") == 8
    assert count_words("- Mang thẻ BHYT\n- Đi sớm") == 5
    assert count_words("") == 0


# --- bullets ----------------------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["-", "*", "•", "1.", "2)", "–"])
def test_bullet_markers(marker):
    answer = f"Tiêu đề\n{marker} Ý một\n{marker} Ý hai\n{marker} Ý ba"
    assert len(bullet_lines(answer)) == 3


def test_numbered_list_and_indented_bullets():
    answer = "Các bước:\n1. Nghĩ rõ\n2. Viết câu lệnh\n  3. Đọc lại\n10. Kiểm tra"
    assert len(bullet_lines(answer)) == 4


@pytest.mark.parametrize("line", ["-5 độ là rét đậm", "**Chú ý** mang áo mưa", "1.5 tấn lúa", "2026. Năm mới",
                                  "Giá 60.000 đồng", "-", "* "])
def test_lines_that_are_not_bullets(line):
    assert bullet_lines(line) == []


def test_bullets_within_and_outside_the_range():
    four = "- a một\n- b hai\n- c ba\n- d bốn"
    result = one(four, kind="bullets", min=3, max=7)
    assert result.passed and result.message == "Câu trả lời có 4 gạch đầu dòng, đúng mức từ 3 đến 7 dòng."
    result = one("- một ý\n- hai ý", kind="bullets", min=3, max=7)
    assert not result.passed and result.message == "Câu trả lời chỉ có 2 gạch đầu dòng, cần từ 3 đến 7 dòng."
    result = one("Không có danh sách nào.", kind="bullets", min=3, max=7)
    assert not result.passed and "không có gạch đầu dòng nào" in result.message
    result = one("\n".join(f"- ý {i}" for i in range(9)), kind="bullets", min=3, max=7)
    assert not result.passed and result.message.startswith("Câu trả lời có 9 gạch đầu dòng, nhiều hơn")


def test_bullets_with_only_one_bound():
    assert one("- a\n- b", kind="bullets", min=2).passed
    assert not one("- a\n- b\n- c", kind="bullets", max=2).passed


# --- sentences ----------------------------------------------------------------------------------


def test_max_sentences():
    answer = "Kính gửi phụ huynh. Trời mưa, đường trơn! Cho con mang áo mưa nhé? Cảm ơn."
    assert len(sentences(answer)) == 4
    result = one(answer, kind="max_sentences", value=3)
    assert not result.passed and result.message == "Câu trả lời có 4 câu, quá giới hạn 3 câu."
    assert one(answer, kind="max_sentences", value=4).passed


def test_sentences_ignore_decimals_and_list_markers_and_count_lines():
    assert len(sentences("Tổng là 58.5 tấn. Trung bình 11,7 tấn.")) == 2
    assert len(sentences("1. Mang áo mưa\n2. Đi sớm hơn\n3. Báo cô giáo")) == 3
    assert sentences("...") == []


# --- must mention / must not mention --------------------------------------------------------------


@pytest.mark.parametrize("answer", ["Nhớ mang thẻ bảo hiểm y tế.", "Nho mang the bao hiem y te.",
                                    "NHỚ MANG THẺ BẢO HIỂM Y TẾ", "Mang thẻ BHYT.", "Mang thẻ bảo  hiểm\ny tế."])
def test_must_mention_ignores_case_accents_and_spacing(answer):
    result = one(answer, kind="must_mention", any_of=("bảo hiểm y tế", "BHYT"))
    assert result.passed
    start, end = result.spans[0]
    assert answer[start:end] in result.message


def test_must_mention_needs_whole_words():
    # "thứ Năm" is not found inside "thứ Nămmm", nor "lúa" inside "lúan"
    assert not one("Khám vào thứ Nămmm.", kind="must_mention", any_of=("thứ Năm",)).passed
    result = one("Khám vào thứ Hai.", kind="must_mention", any_of=("thứ Năm",))
    assert not result.passed and result.message == "Câu trả lời chưa nhắc tới “thứ Năm”."
    result = one("Không có gì.", kind="must_mention", any_of=("bảo hiểm y tế", "BHYT", "thẻ"))
    assert result.message == "Câu trả lời chưa nhắc tới “bảo hiểm y tế”, “BHYT” hoặc “thẻ”."


def test_must_mention_numbers_and_punctuation():
    assert one("Tổng là 58,5 tấn.", kind="must_mention", any_of=("58,5", "58.5")).passed
    assert not one("Tổng là 158,5 tấn.", kind="must_mention", any_of=("58,5",)).passed
    assert one("Hạn chót 20/1.", kind="must_mention", any_of=("20/1",)).passed


def test_must_not_mention():
    result = one("Tập trung lúc 7 giờ sáng thứ Bảy.", kind="must_not_mention", any_of=("thứ Bảy", "7 giờ"))
    assert not result.passed
    assert "“7 giờ”" in result.message and "“thứ Bảy”" in result.message
    assert len(result.spans) == 2
    assert one("Tập trung lúc 6 giờ sáng Chủ nhật.", kind="must_not_mention", any_of=("thứ Bảy", "7 giờ")).passed
    # "17 giờ" is not "7 giờ"
    assert one("Họp lúc 17 giờ.", kind="must_not_mention", any_of=("7 giờ",)).passed
    assert not one("chè này chua khoi benh", kind="must_not_mention", any_of=("chữa khỏi",)).passed


def test_find_phrase_returns_the_range_in_the_original_text():
    text = "Đường làng sạch đẹp"
    start, end = find_phrase(text, "duong lang")
    assert text[start:end] == "Đường làng"
    assert find_phrase(text, "") is None


# --- personal data -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, kind, found", [
    ("Gọi 0912 345 678 nhé", "phone", "0912 345 678"),
    ("sđt: 0912.345.678", "phone", "0912.345.678"),
    ("số 091-234-5678", "phone", "091-234-5678"),
    ("Liên hệ 0987654321.", "phone", "0987654321"),
    ("+84 912 345 678", "phone", "+84 912 345 678"),
    ("(+84) 912345678", "phone", "(+84) 912345678"),
    ("84912345678", "phone", "84912345678"),
    ("Máy bàn 024 3826 1234", "phone", "024 3826 1234"),
    ("năm 2024 0912345678", "phone", "0912345678"),
    ("Số căn cước 001089012345", "citizen_id", "001089012345"),
    ("CCCD: 001 089 012 345", "citizen_id", "001 089 012 345"),
    ("cmnd 123456789", "citizen_id", "123456789"),
    ("STK 1903 4567 8912 34 Techcombank", "bank_account", "1903 4567 8912 34"),
    ("tài khoản: 0071000123456", "bank_account", "0071000123456"),
    ("so tai khoan 123456789", "bank_account", "123456789"),
    ("email an.nguyen@gmail.com", "email", "an.nguyen@gmail.com"),
    ("Gửi về HTX.Che-Tan_Cuong@yahoo.com.vn nhé", "email", "HTX.Che-Tan_Cuong@yahoo.com.vn"),
    ("mã OTP là 483920", "secret_code", "483920"),
    ("mat khau: hoa1990", "secret_code", "hoa1990"),
])
def test_personal_data_is_found(text, kind, found):
    hits = find_personal_data(text)
    assert [(h.kind, h.text) for h in hits] == [(kind, found)]
    assert text[hits[0].start:hits[0].end] == found


@pytest.mark.parametrize("text", [
    "Năm 2026, vụ đông năm 2025.",
    "Giá 60.000 đồng, hộp 1.500.000đ, lãi 120.000.000 đồng.",
    "Ngày 20/1/2026 lúc 7:30, tên tệp 2026-03-15_bien-ban.docx",
    "Tổng 272 trẻ, 58,5 tấn, 12,5 tấn, 45 hộ, 380 tấn rau.",
    "Bảng: 05 10 15 20 25",
    "Tài khoản còn 120.000.000 đồng.",
    "Chuyển 5000000 vào tài khoản.",
    "Gọi 113 khi cần công an, 115 khi cấp cứu, 114 khi cháy.",
    "Tổng đài 1900 1234 và 1800 5678.",
    "Không bao giờ đưa mã OTP lên AI. Mã OTP 6 số.",
    "Để trống [số điện thoại], 09xx xxx xxx.",
    "Mã sản phẩm 12345678901 (11 chữ số, không phải điện thoại).",
])
def test_numbers_that_are_not_personal_data(text):
    assert find_personal_data(text) == []


def test_no_personal_data_check():
    result = one("Cần gì cứ gọi chị Lan 0987 654 321 hoặc gửi lan@gmail.com.", kind="no_personal_data")
    assert not result.passed
    assert "số điện thoại “0987 654 321”" in result.message and "địa chỉ e-mail “lan@gmail.com”" in result.message
    assert len(result.spans) == 2
    clean = one("Họp lúc 19 giờ ngày 20/1/2026, mỗi hộ góp 50.000 đồng.", kind="no_personal_data")
    assert clean.passed and clean.message.startswith("Câu trả lời không có thông tin cá nhân")


# --- odd input ------------------------------------------------------------------------------------------


def test_unknown_kind_and_missing_numbers_are_skipped_not_failed():
    [unknown] = run_checks("Câu trả lời.", [PracticeCheck("rhymes")])
    assert unknown.passed and not unknown.checked
    [no_value] = run_checks("Câu trả lời.", [PracticeCheck("max_words")])
    assert not no_value.checked and "bỏ qua" in no_value.message
    [no_phrases] = run_checks("Câu trả lời.", [PracticeCheck("must_mention", any_of=("  ",))])
    assert not no_phrases.checked


def test_an_empty_answer_fails_what_it_must_contain():
    results = run_checks("", [PracticeCheck("max_words", value=10), PracticeCheck("must_mention", any_of=("lúa",)),
                              PracticeCheck("bullets", min=1, max=3)])
    assert [r.passed for r in results] == [True, False, False]


def test_decomposed_unicode_input_is_normalised():
    decomposed = "Nho\u031b\u0301 mang a\u0301o mu\u031ba"  # "Nhớ mang áo mưa" in NFD
    result = one(decomposed, kind="must_mention", any_of=("áo mưa",))
    assert result.passed and result.message == "Câu trả lời có nhắc “áo mưa”."
