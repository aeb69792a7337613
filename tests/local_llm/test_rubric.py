"""The prompt rubric on real curriculum tasks: which taught parts a prompt has, why,
what to add, the stars, and the personal-data warning; with and without accents."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tutor.lessons.checker import load_checked
from tutor.lessons.model import PracticeTask
from tutor.lessons.textnorm import fold
from tutor.local_llm.rubric import ELEMENT_ORDER, analyse_prompt, example_for, find_element


@pytest.fixture(scope="module")
def curriculum():
    found, _ = load_checked(ROOT / "content")
    return found


@pytest.fixture(scope="module")
def tasks(curriculum) -> dict[str, PracticeTask]:
    return {lesson.id: lesson.practice for lesson in curriculum.lessons}


def test_the_tasks_used_below_expect_what_these_cases_assume(tasks):
    # If an author changes a task's expected parts, the cases below must be revisited.
    assert tasks["l1.cau-lenh-bon-phan"].prompt_elements == ("vai_tro", "boi_canh", "nhiem_vu", "dinh_dang")
    assert set(tasks["l1.do-dai-giong-van"].prompt_elements) == {"vai_tro", "boi_canh", "nhiem_vu", "do_dai",
                                                                 "giong_van"}
    assert set(tasks["l1.ai-la-gi"].prompt_elements) == {"vai_tro", "boi_canh", "nhiem_vu", "do_dai", "giong_van"}
    assert set(tasks["l1.go-tieng-viet"].prompt_elements) == {"vai_tro", "nhiem_vu", "gioi_han", "dinh_dang"}
    assert set(tasks["l1.hoi-tiep-sua-dan"].prompt_elements) == {"nhiem_vu", "do_dai", "giong_van", "gioi_han"}
    assert set(tasks["l2.bai-dang-ban-hang"].prompt_elements) == {"vai_tro", "boi_canh", "nhiem_vu", "do_dai",
                                                                  "giong_van", "gioi_han"}
    assert set(tasks["l4.luu-tru-tai-lieu"].prompt_elements) == {"vai_tro", "boi_canh", "nhiem_vu", "dinh_dang",
                                                                 "vi_du"}
    assert set(tasks["l4.ghi-chep-bang-bang"].prompt_elements) == {"vai_tro", "nhiem_vu", "dinh_dang", "gioi_han"}
    assert set(tasks["l3.so-sanh-lua-chon"].prompt_elements) == {"vai_tro", "boi_canh", "nhiem_vu", "dinh_dang",
                                                                 "do_dai", "gioi_han"}
    assert len(tasks["l1.tom-tat-van-ban"].prompt_elements) == 7
    assert set(tasks["l5.ban-hang-truc-tuyen"].prompt_elements) == {"vai_tro", "boi_canh", "nhiem_vu", "do_dai",
                                                                    "giong_van", "gioi_han"}
    assert set(tasks["l4.bao-ve-du-lieu-ca-nhan"].prompt_elements) == {"vai_tro", "nhiem_vu", "do_dai",
                                                                       "giong_van", "gioi_han"}


# (task, prompt as a learner might type it, the expected parts it lacks, stars, personal data kinds)
CASES = [
    # --- Câu lệnh bốn phần: vai trò, bối cảnh, nhiệm vụ, định dạng
    ("l1.cau-lenh-bon-phan", "Viết thông báo khám sức khỏe.",
     {"vai_tro", "boi_canh", "dinh_dang"}, 1, []),
    ("l1.cau-lenh-bon-phan", "viet thong bao kham suc khoe cho nguoi gia",
     {"vai_tro", "dinh_dang"}, 2, []),
    ("l1.cau-lenh-bon-phan", "Ban la nhan vien tram y te xa. Nguoi doc la nguoi cao tuoi. Hay viet thong bao "
                             "lich kham suc khoe, trinh bay thanh 5 gach dau dong.",
     set(), 3, []),
    ("l1.cau-lenh-bon-phan", "Bạn là y tá. Viết thông báo khám sức khỏe, ngắn gọn thôi.",
     {"boi_canh", "dinh_dang"}, 2, []),
    ("l1.cau-lenh-bon-phan", "Bạn là cán bộ y tế. Viết thông báo cho bà con lớn tuổi, trình bày thành bảng hai cột.",
     set(), 3, []),
    # "bằng" (by) is not "bảng" (table) when typed with accents
    ("l1.cau-lenh-bon-phan", "Viết thông báo bằng giọng thân mật.",
     {"vai_tro", "boi_canh", "dinh_dang"}, 1, []),
    ("l1.cau-lenh-bon-phan", "Bạn là cán bộ y tế xã, ở xã tôi nhiều người già. Hãy viết thông báo khám sức khỏe "
                             "thành danh sách.",
     set(), 3, []),
    # typed with accents, "hay" is "often", not "hãy": no task here
    ("l1.cau-lenh-bon-phan", "Bà con hay quên lịch khám.",
     {"vai_tro", "boi_canh", "nhiem_vu", "dinh_dang"}, 1, []),
    # typed without accents, "hay" may be "hãy": the learner gets the benefit of the doubt
    ("l1.cau-lenh-bon-phan", "ba con hay quen lich kham",
     {"vai_tro", "boi_canh", "dinh_dang"}, 1, []),
    # --- Độ dài và giọng văn
    ("l1.do-dai-giong-van", "Viết tin nhắn cho phụ huynh về mùa mưa, ngắn gọn, giọng lễ phép.",
     {"vai_tro", "do_dai"}, 2, []),
    ("l1.do-dai-giong-van", "Bạn là giáo viên. Hãy viết tin nhắn nhắc phụ huynh mang áo mưa cho con. Dưới 80 chữ.",
     {"boi_canh", "giong_van"}, 2, []),
    ("l1.do-dai-giong-van", "Tôi là cô giáo lớp 4B, phụ huynh đọc trên điện thoại. Hãy viết tin nhắn về mùa mưa, "
                            "3 câu, giọng nhẹ nhàng.",
     {"vai_tro"}, 2, []),
    ("l1.do-dai-giong-van", "Ban la giao vien chu nhiem lop 4B. Phu huynh lop toi phan lon lam nuong. Hay viet tin "
                            "nhan nhac di hoc mua mua, duoi 80 chu, giong le phep.",
     set(), 3, []),
    # "giống lúa" (seed rice) is not "giọng" (tone)
    ("l1.do-dai-giong-van", "Bạn là giáo viên. Phụ huynh lớp tôi đọc trên điện thoại. Hãy viết tin nhắn về giống "
                            "lúa mới, dưới 60 chữ.",
     {"giong_van"}, 2, []),
    # --- AI là gì
    ("l1.ai-la-gi", "AI là gì?",
     {"vai_tro", "boi_canh", "nhiem_vu", "do_dai", "giong_van"}, 1, []),
    ("l1.ai-la-gi", "Giải thích AI là gì cho bố tôi 72 tuổi nghe, giọng gần gũi, khoảng 5 câu.",
     {"vai_tro"}, 2, []),
    ("l1.ai-la-gi", "ban hay dong vai can bo khuyen nong. bo toi 72 tuoi, chua dung AI. hay giai thich AI la gi "
                    "trong 5 cau ngan, giong gan gui.",
     set(), 3, []),
    ("l1.ai-la-gi", "Bạn là cán bộ văn hoá xã. Mẹ tôi 70 tuổi, chưa dùng máy tính. Hãy giải thích AI là gì trong "
                    "5 câu ngắn, giọng thân mật, dễ hiểu.",
     set(), 3, []),
    # --- Gõ tiếng Việt
    ("l1.go-tieng-viet", "Them dau cho tin nhan nay",
     {"vai_tro", "dinh_dang", "gioi_han"}, 1, []),
    ("l1.go-tieng-viet", "Bạn là người sửa chính tả. Hãy thêm dấu cho tin nhắn dưới đây, giữ nguyên ý, chỉ trả lại "
                         "một đoạn tin nhắn.",
     set(), 3, []),
    ("l1.go-tieng-viet", "Bạn là người sửa chính tả tiếng Việt. Sửa giúp tôi.",
     {"dinh_dang", "gioi_han"}, 2, []),
    # "tiếng Việt" holds "Việt", not the verb "viết"
    ("l1.go-tieng-viet", "Bạn là người giỏi tiếng Việt.",
     {"nhiem_vu", "dinh_dang", "gioi_han"}, 1, []),
    ("l1.go-tieng-viet", "ban la nguoi gioi tieng viet",
     {"nhiem_vu", "dinh_dang", "gioi_han"}, 1, []),
    # --- Hỏi tiếp để sửa dần
    ("l1.hoi-tiep-sua-dan", "Sai rồi, sửa lại đi",
     {"do_dai", "giong_van", "gioi_han"}, 1, []),
    ("l1.hoi-tiep-sua-dan", "Bai tren dai qua va sai gio. Hay viet lai, 6 gio sang Chu nhat, duoi 80 chu, giong gan "
                            "gui. Chi dung thong tin trong ghi chep.",
     set(), 3, []),
    ("l1.hoi-tiep-sua-dan", "Viết lại ngắn hơn, giọng vui vẻ. Đừng thêm điều gì khác.",
     {"do_dai"}, 2, []),
    # --- Bài đăng bán hàng: personal data in the prompt
    ("l2.bai-dang-ban-hang", "Viết bài bán gạo nếp, số điện thoại 0912 345 678.",
     {"vai_tro", "boi_canh", "do_dai", "giong_van", "gioi_han"}, 1, ["phone"]),
    ("l2.bai-dang-ban-hang", "Bạn là người bán hàng. Tôi bán gạo nếp nương. Hãy viết bài đăng dưới 100 chữ, giọng "
                             "vui vẻ. Không nói quá. Chuyển khoản STK 190345678912 Techcombank.",
     set(), 1, ["bank_account"]),
    ("l2.bai-dang-ban-hang", "Bạn là người bán hàng. Tôi bán gạo nếp nương. Hãy viết bài đăng dưới 100 chữ, giọng "
                             "vui vẻ. Không nói quá.",
     set(), 3, []),
    ("l2.bai-dang-ban-hang", "ban la nguoi ban nong san. toi la xa vien HTX. hay viet bai dang ban gao nep duoi "
                             "120 chu, giong gan gui, khong noi qua. de trong cho [so dien thoai].",
     set(), 3, []),
    ("l2.bai-dang-ban-hang", "Bạn là người bán hàng. Tôi bán gạo, năm 2025 bán được 1.500.000 đồng, giá 12.000 đồng "
                             "một cân, hàng về ngày 20/1/2026 lúc 7:30. Hãy viết bài đăng dưới 100 chữ.",
     {"giong_van", "gioi_han"}, 2, []),
    # --- Lưu trữ tài liệu: ví dụ
    ("l4.luu-tru-tai-lieu", "Đặt lại tên các tệp giúp tôi.",
     {"vai_tro", "boi_canh", "dinh_dang", "vi_du"}, 1, []),
    ("l4.luu-tru-tai-lieu", "Ban la nguoi sap xep ho so gioi. Toi lam van phong HTX. Hay goi y ten moi cho cac tep "
                            "theo mau nam-thang-ngay, vi du 2026-03-15_bien-ban.docx. Trinh bay thanh danh sach.",
     set(), 3, []),
    ("l4.luu-tru-tai-lieu", "Bạn là người sắp xếp hồ sơ. Tôi làm văn phòng hợp tác xã. Hãy gợi ý tên mới cho các "
                            "tệp, trình bày thành danh sách.",
     {"vi_du"}, 2, []),
    # --- Ghi chép thành bảng: giới hạn
    ("l4.ghi-chep-bang-bang", "Bạn là kế toán. Hãy chuyển ghi chép thành bảng 5 cột. Không thêm số liệu.",
     set(), 3, []),
    ("l4.ghi-chep-bang-bang", "Chuyển ghi chép này thành bảng.",
     {"vai_tro", "gioi_han"}, 2, []),
    ("l4.ghi-chep-bang-bang", "lap bang tu ghi chep nay",
     {"vai_tro", "gioi_han"}, 2, []),
    # --- So sánh lựa chọn: "không quá 250 chữ" is a length, not a limit on content
    ("l3.so-sanh-lua-chon", "Nên bán chè cho thương lái hay bán qua mạng?",
     {"vai_tro", "boi_canh", "nhiem_vu", "dinh_dang", "do_dai", "gioi_han"}, 1, []),
    ("l3.so-sanh-lua-chon", "Bạn là cán bộ khuyến nông. Tôi trồng chè, nhà có hai người làm. Hãy lập bảng so sánh "
                            "ba cách bán chè. Không quá 250 chữ.",
     {"gioi_han"}, 2, []),
    # --- Tóm tắt văn bản (seven parts)
    ("l1.tom-tat-van-ban", "Tóm tắt bằng tiếng Việt giúp tôi thông báo này",
     {"vai_tro", "boi_canh", "dinh_dang", "do_dai", "giong_van", "gioi_han"}, 1, []),
    ("l1.tom-tat-van-ban", "Bạn là cán bộ hội phụ nữ. Tôi sẽ đọc cho chị em trong thôn nghe. Hãy tóm tắt thông báo "
                           "dưới đây thành 4 ý gạch đầu dòng, dưới 80 chữ, giọng dễ hiểu. Giữ nguyên ngày tháng.",
     set(), 3, []),
    # --- Bán hàng trực tuyến
    ("l5.ban-hang-truc-tuyen", "Viết lời xin lỗi khách.",
     {"vai_tro", "boi_canh", "do_dai", "giong_van", "gioi_han"}, 1, []),
    ("l5.ban-hang-truc-tuyen", "Bạn là người chăm sóc khách hàng. Khách nhận hũ mật ong bị nứt. Hãy viết lời trả lời "
                               "dưới 100 chữ, giọng lễ phép, không hứa thêm gì.",
     set(), 3, []),
    # --- Bảo vệ dữ liệu cá nhân
    ("l4.bao-ve-du-lieu-ca-nhan", "Bạn là y sĩ. Hãy viết tin nhắn nhắc tiêm cho chị Lan, số 0987654321, căn cước "
                                  "001089012345.",
     {"do_dai", "giong_van", "gioi_han"}, 1, ["phone", "citizen_id"]),
    ("l4.bao-ve-du-lieu-ca-nhan", "Bạn là y sĩ trạm y tế. Hãy viết mẫu tin nhắn nhắc đưa trẻ đi tiêm, để chỗ trống "
                                  "[Tên bé]. Dưới 60 từ, giọng thân thiện. Không bịa số điện thoại.",
     set(), 3, []),
    ("l4.bao-ve-du-lieu-ca-nhan", "Bạn là y sĩ. Hãy viết tin nhắn, gửi về lan.yte@gmail.com giúp tôi.",
     {"do_dai", "giong_van", "gioi_han"}, 1, ["email"]),
]


def test_there_are_enough_cases_with_and_without_accents():
    assert len(CASES) >= 40
    plain = [c for c in CASES if c[1] == fold(c[1]) or c[1].lower() == fold(c[1])]
    assert len(plain) >= 8
    assert len({c[0] for c in CASES}) >= 10


@pytest.mark.parametrize("lesson_id, prompt, missing, stars, personal", CASES,
                         ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_prompt_findings(tasks, lesson_id, prompt, missing, stars, personal):
    task = tasks[lesson_id]
    report = analyse_prompt(prompt, task)

    assert set(report.missing_keys) == missing
    expected_present = set(task.prompt_elements) - missing
    assert {k for k in report.present_keys if k in task.prompt_elements} == expected_present
    assert [s.key for s in report.suggestions] == [k for k in ELEMENT_ORDER if k in missing]
    assert report.present_count == len(expected_present)
    assert report.expected_count == len(task.prompt_elements)
    assert report.stars == stars
    assert [h.kind for h in report.personal_data] == personal
    assert bool(report.warnings) == bool(personal)


def test_accents_do_not_change_what_is_found(tasks):
    task = tasks["l1.do-dai-giong-van"]
    accented = ("Bạn là giáo viên chủ nhiệm. Phụ huynh lớp tôi đọc trên điện thoại. Hãy viết tin nhắn nhắc "
                "mang áo mưa, dưới 80 chữ, giọng lễ phép.")
    with_accents = analyse_prompt(accented, task)
    without = analyse_prompt(fold(accented), task)
    upper = analyse_prompt(fold(accented).upper(), task)
    assert with_accents.present_keys == without.present_keys == upper.present_keys
    assert with_accents.stars == without.stars == upper.stars == 3


@pytest.mark.parametrize("prompt, present", [
    ("Liệt kê các việc cần làm.", {"nhiem_vu"}),  # "kê" in "liệt kê" is not "kể", but it is a task
    ("Đừng dùng từ khó.", {"gioi_han"}),
    ("Cấm dùng từ khó.", {"gioi_han"}),
    ("Dùng thêm từ khó.", set()),  # "dùng" is not "đừng"
    ("dung dung tu kho", {"gioi_han"}),  # without accents: may be "đừng dùng"
    ("Vẽ theo kiểu tranh màu nước.", set()),  # "tranh" (picture) is not "tránh"
    ("Tránh nói quá.", {"gioi_han"}),
    ("Lịch sử xã tôi.", {"boi_canh"}),  # "lịch sử" (history) is not "lịch sự" (polite)
    ("Giọng lịch sự.", {"giong_van"}),
    ("Văn phòng xã.", set()),  # "văn phòng" (office) is not "văn phong" (style)
    ("Bạn là thư ký.", {"vai_tro"}),  # "là thư ký" is a role, not a letter
    ("Viết một lá thư ngắn.", {"nhiem_vu", "dinh_dang"}),
])
def test_ambiguous_words_follow_the_typed_accents(prompt, present):
    task = PracticeTask("", "", tuple(ELEMENT_ORDER), "", ())
    assert set(analyse_prompt(prompt, task).present_keys) == present


def test_a_finding_says_why_with_the_words_as_typed(tasks):
    report = analyse_prompt("Bạn là cán bộ khuyến nông ở xã. Hãy viết lịch bón phân dưới 100 chữ.",
                            tasks["l1.ai-la-gi"])
    role = report.finding("vai_tro")
    assert role.present and role.matches[0].words == "Bạn là"
    assert role.matches[0].excerpt == "Bạn là cán bộ khuyến nông ở xã"
    assert "“Bạn là”" in role.reason and "vai trò" in role.reason
    length = report.finding("do_dai")
    assert length.matches[0].words == "dưới 100 chữ"
    assert report.finding("giong_van").reason == "Chưa thấy giọng văn."


def test_typed_without_accents_the_reason_quotes_the_plain_words(tasks):
    report = analyse_prompt("ban la can bo khuyen nong. hay viet 3 cau", tasks["l1.ai-la-gi"])
    assert report.finding("vai_tro").matches[0].words == "ban la"
    assert report.finding("do_dai").matches[0].words == "3 cau"


def test_suggestions_quote_the_tasks_good_prompt(tasks):
    task = tasks["l1.cau-lenh-bon-phan"]
    report = analyse_prompt("Viết thông báo khám sức khỏe.", task)
    by_key = {s.key: s for s in report.suggestions}
    assert by_key["vai_tro"].example == "Bạn là nhân viên trạm y tế xã"
    assert by_key["boi_canh"].example == "Người đọc là người cao tuổi và con cháu họ"
    assert by_key["dinh_dang"].example.startswith("Trình bày thành")
    for suggestion in report.suggestions:
        assert f"“{suggestion.example}”" in suggestion.message
        assert suggestion.message.startswith(f"Thêm {suggestion.label}:")


def test_a_vague_length_is_named_in_the_suggestion(tasks):
    report = analyse_prompt("Viết tin nhắn cho phụ huynh về mùa mưa, ngắn gọn, giọng lễ phép.",
                            tasks["l1.do-dai-giong-van"])
    [length] = [s for s in report.suggestions if s.key == "do_dai"]
    assert "“ngắn gọn”" in length.message and "con số" in length.message
    assert "“Viết dưới 80 chữ”" in length.message


def test_examples_come_from_outside_the_role_sentence(tasks):
    # "Bạn là người giỏi viết thông báo ở thôn" holds a verb and a place, but it shows the role
    task = tasks["l1.viet-don-thu"]
    assert example_for(task, "boi_canh") == "Tôi là trưởng thôn"
    assert example_for(task, "nhiem_vu").startswith("Hãy viết thông báo họp thôn")


def test_pasted_source_text_does_not_count_as_the_learners_own_parts(tasks):
    task = tasks["l1.do-dai-giong-van"]
    # the notes alone hold "khoảng 15 phút" (a length cue) and "không trách" (a tone cue)
    assert find_element(task.source, "do_dai") and find_element(task.source, "giong_van")
    prompt = "Bạn là giáo viên. Hãy viết tin nhắn cho phụ huynh dựa vào ghi chú:\n" + task.source
    report = analyse_prompt(prompt, task)
    assert set(report.missing_keys) == {"do_dai", "giong_van"}
    assert report.stars == 2

    task = tasks["l1.cau-lenh-bon-phan"]
    assert find_element(task.source, "boi_canh")  # "người từ 60 tuổi trở lên"
    report = analyse_prompt("Hãy viết thông báo từ ghi chú này:\n" + task.source, task)
    assert set(report.missing_keys) == {"vai_tro", "boi_canh", "dinh_dang"}


def test_star_rule_is_stated_with_the_learners_numbers(tasks):
    report = analyse_prompt("Bạn là y tá. Viết thông báo khám sức khỏe.", tasks["l1.cau-lenh-bon-phan"])
    assert report.stars == 2
    assert "2/4 phần" in report.star_rule and "2 sao" in report.star_rule
    assert "3 sao" in report.star_rule and "1 sao" in report.star_rule
    assert report.summary == "Câu lệnh đã có vai trò, nhiệm vụ. Còn thiếu bối cảnh, định dạng."


def test_personal_data_costs_the_stars_and_says_what_to_do(tasks):
    report = analyse_prompt("Bạn là người bán hàng. Tôi bán gạo nếp nương. Hãy viết bài đăng dưới 100 chữ, giọng vui "
                            "vẻ. Không nói quá. Gọi 0912 345 678.", tasks["l2.bai-dang-ban-hang"])
    assert report.present_count == report.expected_count
    assert report.stars == 1
    assert "thông tin cá nhân" in report.star_rule
    [warning] = report.warnings
    assert "“0912 345 678”" in warning and "[số điện thoại]" in warning
    assert "thông tin cá nhân" in report.summary


@pytest.mark.parametrize("prompt", ["", "   ", "\n\t", "?!…"])
def test_an_empty_prompt_gets_a_plain_message_and_one_star(tasks, prompt):
    report = analyse_prompt(prompt, tasks["l1.ai-la-gi"])
    assert report.stars == 1
    assert report.summary.startswith("Bạn chưa gõ câu lệnh")
    assert report.present_keys == ()
    assert len(report.suggestions) == 5


def test_every_good_prompt_in_the_curriculum_earns_three_stars(curriculum):
    for lesson in curriculum.lessons:
        task = lesson.practice
        for prompt in (task.good_prompt, fold(task.good_prompt), task.good_prompt + "\n\n" + task.source):
            report = analyse_prompt(prompt, task)
            assert report.missing_keys == (), (lesson.id, report.missing_keys, prompt)
            assert report.stars == 3, lesson.id
            assert report.personal_data == (), lesson.id


def test_every_suggestion_example_is_a_phrase_of_the_good_prompt(curriculum):
    for lesson in curriculum.lessons:
        task = lesson.practice
        for key in task.prompt_elements:
            example = example_for(task, key).replace("… ", "").replace(" …", "").rstrip("”")
            assert example and example in task.good_prompt, (lesson.id, key, example)
