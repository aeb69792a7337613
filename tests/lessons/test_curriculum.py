"""The shipped curriculum: the counts the programme promises, and search that finds
the lesson teaching an everyday phrase typed with or without accents."""

from collections import Counter

import pytest

from tests.conftest import ROOT
from tutor.lessons.checker import check_source, load_checked
from tutor.lessons.pack_build import build_pack
from tutor.lessons.service import ContentService
from tutor.lessons.textnorm import fold

CONTENT = ROOT / "content"
DEV_KEY = ROOT / "keys" / "dev" / "dev-signing.key"
LEVEL_TITLES = {
    1: "Xử lý văn bản cơ bản",
    2: "Đa phương tiện và truyền thông",
    3: "Mô hình tư duy chuyên nghiệp",
    4: "Quản trị dữ liệu và tri thức",
    5: "Sáng tạo và đổi mới",
}

EVERYDAY_PHRASES = [
 ("trí tuệ nhân tạo là gì", "l1.ai-la-gi"),
 ("gõ tiếng Việt có dấu", "l1.go-tieng-viet"),
 ("không đưa số căn cước lên AI", "l1.an-toan-dau-tien"),
 ("vai trò bối cảnh nhiệm vụ", "l1.cau-lenh-bon-phan"),
 ("giọng văn", "l1.do-dai-giong-van"),
 ("hỏi tiếp", "l1.hoi-tiep-sua-dan"),
 ("viết đơn xin", "l1.viet-don-thu"),
 ("báo cáo hợp tác xã", "l1.viet-bao-cao-ngan"),
 ("sửa lỗi chính tả", "l1.sua-loi-chinh-ta"),
 ("tóm tắt văn bản", "l1.tom-tat-van-ban"),
 ("hỏi nguồn", "l1.tim-thong-tin"),
 ("AI bịa", "l1.kiem-tra-cau-tra-loi"),
 ("tạo ảnh bằng lời", "l2.tao-anh-bang-loi"),
 ("ảnh sản phẩm", "l2.anh-san-pham"),
 ("ảnh giả", "l2.anh-that-anh-gia"),
 ("giọng nói thành chữ", "l2.giong-noi-va-chu"),
 ("kịch bản video", "l2.kich-ban-video-ngan"),
 ("lừa đảo cuộc gọi video", "l2.lua-dao-deepfake"),
 ("bài đăng bán nông sản", "l2.bai-dang-ban-hang"),
 ("bản quyền", "l2.chia-se-co-trach-nhiem"),
 ("chia nhỏ việc lớn", "l3.chia-nho-van-de"),
 ("tìm nguyên nhân", "l3.nam-lan-tai-sao"),
 ("so sánh lựa chọn", "l3.so-sanh-lua-chon"),
 ("giải thích từng bước", "l3.giai-thich-tung-buoc"),
 ("phản biện", "l3.ai-phan-bien"),
 ("lập kế hoạch", "l3.lap-ke-hoach"),
 ("mẫu câu lệnh", "l3.mau-cau-lenh"),
 ("khi nào không nên dùng AI", "l3.khi-nao-khong-dung-ai"),
 ("hàng và cột", "l4.ghi-chep-bang-bang"),
 ("gắn nhãn", "l4.phan-loai-gan-nhan"),
 ("dữ liệu trùng", "l4.lam-sach-du-lieu"),
 ("đọc biểu đồ", "l4.doc-so-lieu-bieu-do"),
 ("sao lưu tài liệu", "l4.luu-tru-tai-lieu"),
 ("sổ tay kinh nghiệm", "l4.so-tay-kinh-nghiem"),
 ("thử nghiệm nhỏ", "l5.thu-nghiem-nho"),
 ("đánh giá công cụ AI", "l5.danh-gia-cong-cu-ai"),
 ("kế hoạch kinh doanh", "l5.y-tuong-kinh-doanh"),
 ("bán hàng trực tuyến", "l5.ban-hang-truc-tuyen"),
 ("chăm sóc khách hàng", "l5.ban-hang-truc-tuyen"),
 ("hướng dẫn người khác", "l5.huong-dan-nguoi-khac"),
]


@pytest.fixture(scope="module")
def curriculum():
    curriculum, _warnings = load_checked(CONTENT)
    return curriculum


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    from tutor.store.db import open_db

    tmp = tmp_path_factory.mktemp("curriculum")
    built = build_pack(CONTENT, DEV_KEY, tmp / "curriculum.bdpack")
    conn = open_db(tmp / "tutor.sqlite3")
    service = ContentService(conn)
    service.import_pack_file(built.path)
    yield service
    conn.close()


def test_check_passes_without_errors():
    errors = [str(p) for p in check_source(CONTENT) if p.is_error]
    assert errors == []


def test_five_levels_with_the_programme_titles(curriculum):
    assert {lv.number: lv.title for lv in curriculum.levels} == LEVEL_TITLES


def test_modules_and_lessons_per_the_programme(curriculum):
    assert len(curriculum.lessons) >= 45
    for level in curriculum.levels:
        assert 3 <= len(level.module_ids) <= 5, level.number
        for module_id in level.module_ids:
            assert 3 <= len(curriculum.module(module_id).lesson_ids) <= 4, module_id
    starter = curriculum.module(curriculum.level(1).module_ids[0])
    assert starter.title == "Làm quen"


def test_every_lesson_has_what_the_programme_requires(curriculum):
    for lesson in curriculum.lessons:
        assert 5 <= lesson.minutes <= 20, lesson.id
        assert len(lesson.quiz) >= 5, lesson.id
        assert len({q.kind for q in lesson.quiz}) >= 3, lesson.id
        assert lesson.competences and lesson.objectives and lesson.takeaways, lesson.id
        assert lesson.practice.prompt_elements and lesson.practice.checks, lesson.id
        assert "|---" in lesson.body or "![" in lesson.body, f"{lesson.id} has no table or image"


def test_safety_runs_through_every_level(curriculum):
    topics = {
        "personal data": ("căn cước", "số tài khoản", "dữ liệu cá nhân", "thông tin cá nhân"),
        "scams": ("lừa đảo", "kẻ gian", "mạo danh"),
        "checking AI": ("kiểm tra", "bịa"),
    }
    for level in curriculum.levels:
        text = fold(" ".join(ls.body for ls in curriculum.lessons_in_order(level.number)))
        for topic, words in topics.items():
            assert any(fold(w) in text for w in words), f"level {level.number} never mentions {topic}"


def test_level_tests_have_at_least_15_questions(content):
    for level in content.levels():
        assert len(content.level_test_questions(level.number)) >= 15


def test_deepfake_scams_and_calling_back_are_taught(curriculum):
    lesson = curriculum.lesson("l2.lua-dao-deepfake")
    body = fold(lesson.body)
    assert "goi lai" in body and "otp" in body


def test_every_lesson_has_a_stable_unique_id(curriculum):
    ids = Counter(ls.id for ls in curriculum.lessons)
    assert all(n == 1 for n in ids.values())
    assert all(ls.id.startswith(f"l{ls.level}.") for ls in curriculum.lessons)


@pytest.mark.parametrize("phrase,lesson_id", EVERYDAY_PHRASES)
def test_everyday_phrase_finds_its_lesson_with_and_without_accents(content, phrase, lesson_id):
    for query in (phrase, fold(phrase)):
        hits = content.search(query, limit=5)
        assert hits and hits[0].lesson_id == lesson_id, (query, [h.lesson_id for h in hits])


def test_competences_cover_ai_understanding_and_every_lesson_states_its_level(curriculum):
    """Issue 15: a 6.x code in every lesson, 6.1 (hiểu biết về AI) taught in at least 10 lessons."""
    lessons = curriculum.lessons_in_order()
    assert all(any(c.startswith("6.") for c in lesson.competences) for lesson in lessons)
    assert sum("6.1" in lesson.competences for lesson in lessons) >= 10
    import yaml
    for path in sorted((CONTENT / "levels").glob("*/*/*.md")):
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("\n---\n")[0].removeprefix("---\n"))
        assert front.get("proficiency") and front.get("setting"), path.name
