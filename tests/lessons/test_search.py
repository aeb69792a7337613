"""Search with and without accents; exact accents first; user text never becomes FTS syntax."""

from __future__ import annotations

import pytest

from tutor.lessons.search import match_expression, query_words, search, search_passages, snippet
from tutor.lessons.service import ContentService


@pytest.fixture
def content(db, pack_file, trusted):
    ContentService(db).import_pack_file(pack_file, trusted)
    return db


def ids(conn, query, limit=10):
    return [h.lesson_id for h in search(conn, query, limit)]


@pytest.mark.parametrize("query", ["lừa đảo", "lua dao", "LỪA ĐẢO", "Lua Dao", "lừa dao", "video giả mạo"])
def test_found_with_and_without_accents(content, query):
    assert ids(content, query)[0] == "l1.lua-dao-video"


@pytest.mark.parametrize("query", ["đơn xin nghỉ phép", "don xin nghi phep", "ĐƠN", "don"])
def test_d_with_stroke_is_folded_both_ways(content, query):
    assert ids(content, query)[0] == "l1.don-xin-phep"


def test_exact_accents_rank_first(content):
    # "ban" folds "bán" (sell), "bạn" (friend) and "bản" (copy): what was typed decides the order
    assert ids(content, "bán")[0] == "l1.ban-hang"
    assert ids(content, "bạn")[0] == "l1.tinh-ban"
    assert ids(content, "bản")[0] == "l1.tom-tat"
    assert {"l1.ban-hang", "l1.tinh-ban", "l1.tom-tat"} <= set(ids(content, "ban"))


def test_one_hit_per_lesson_best_first_with_limit(content):
    hits = search(content, "kiểm tra")
    assert len({h.lesson_id for h in hits}) == len(hits) == 10
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len(search(content, "kiểm tra", limit=3)) == 3


def test_hit_carries_title_section_and_accented_snippet(content):
    hit = search(content, "lua dao tien")[0]
    assert hit.title == "Cuộc gọi video giả mạo để lừa đảo"
    assert hit.section_index == 0
    assert "lừa đảo tiền" in hit.snippet  # original accents, though the query had none


def test_takeaways_are_searchable(content):
    hits = search(content, "công an xã")
    assert hits[0].lesson_id == "l1.lua-dao-video" and hits[0].section_index == -1


def test_last_word_may_be_unfinished(content):
    assert ids(content, "thoi tie")[0] == "l1.thoi-tiet"
    assert ids(content, "khí tượ")[0] == "l1.thoi-tiet"


def test_any_word_when_no_lesson_has_all(content):
    assert ids(content, "lừa đảo khủng long")[0] == "l1.lua-dao-video"


@pytest.mark.parametrize("query", [
    '"', '""', "*", "-", "^", ":", "(", ")", "NEAR(", "NEAR(a b)", "OR", "AND", "NOT", "a OR b",
    '"lừa', 'lừa"', "lừa*", "-lừa", "title_folded:lua", "{title_folded}: lua", "lua AND NOT dao",
    "'; DROP TABLE content_lessons; --", "\x00", "🙂", "\u0301",
])
def test_fts_syntax_in_queries_is_harmless(content, query):
    hits = search(content, query)
    assert isinstance(hits, list)
    assert content.execute("SELECT count(*) FROM content_lessons").fetchone()[0] == 10


def test_operators_are_searched_as_words(content):
    assert ids(content, "OR") == [] and ids(content, "NEAR") == []  # words no lesson has, not operators
    assert ids(content, "NOT lừa đảo")[0] == "l1.lua-dao-video"
    assert ids(content, "-lừa đảo")[0] == "l1.lua-dao-video"  # '-' is a separator, not NOT
    assert ids(content, 'title_folded:"lừa"')[0] == "l1.lua-dao-video"


@pytest.mark.parametrize("query", ["", "   ", "!!!", "—", "?!*"])
def test_empty_or_garbage_query_gives_nothing(content, query):
    assert search(content, query) == []
    assert search_passages(content, query) == []


def test_match_expression_quotes_every_word():
    assert match_expression(query_words('lừa "OR" NEAR( đảo*')) == '"lua" "or" "near" "dao"'
    assert match_expression(["ab"], prefix_last=True) == '"ab"*'
    assert match_expression(["a", "b"], any_word=True) == '"a" OR "b"'


def test_query_words_are_bounded():
    assert len(query_words("từ " * 100)) == 12
    assert query_words("x" * 41 + " lúa") == ["lúa"]
    assert query_words("ở nhà") == ["nhà"]
    assert query_words("ở") == ["ở"]


def test_passages_for_the_tutor(content):
    passages = search_passages(content, "số căn cước", limit=4)
    assert 1 <= len(passages) <= 4
    assert all("căn cước" in p.text.lower() for p in passages)
    assert passages[0].heading and passages[0].title


def test_service_search(content):
    service = ContentService(content)
    assert service.search("lua dao")[0].lesson_id == "l1.lua-dao-video"
    assert service.search_passages("lua dao", 2)[0].lesson_id == "l1.lua-dao-video"


def test_snippet_keeps_accents_and_trims():
    text = "Mở đầu. " * 40 + "Kẻ gian dùng video giả để lừa đảo người già. " + "Kết thúc. " * 40
    cut = snippet(text, ["lua", "dao"])
    assert "lừa đảo" in cut and cut.startswith("…") and cut.endswith("…")
    assert len(cut) <= 170
