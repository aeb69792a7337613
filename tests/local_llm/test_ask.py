"""Ask the tutor on the real curriculum pack: covered or not, the model prompt (lessons
first, question last), the sources for links, and the answer shown without a model."""

from __future__ import annotations

import pytest

from tutor.clock import FakeClock
from tutor.lessons.search import Passage
from tutor.local_llm.ask import (EMPTY_QUESTION_MESSAGE, NO_MODEL_INTRO, NOT_COVERED_MESSAGE, SYSTEM_INSTRUCTION,
                                 build_ask, compose_answer, content_words, search_query)
from tutor.workspace import BUNDLED_PACK, Workspace


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    assert BUNDLED_PACK.exists(), "build the pack first (make run / make test do)"
    ws = Workspace.open(tmp_path_factory.mktemp("ask"), clock=FakeClock(), bundled_pack=BUNDLED_PACK, backup=False)
    yield ws.content
    ws.close()


def ask(content, question: str, limit: int = 8, **kwargs):
    return build_ask(question, content.search_passages(search_query(question), limit), **kwargs)


# --- covered or not ---------------------------------------------------------------------------------

COVERED = [
    ("làm sao nhận biết cuộc gọi video giả", "l2.lua-dao-deepfake"),
    ("lam sao nhan biet cuoc goi video gia", "l2.lua-dao-deepfake"),
    ("có nên đưa số căn cước lên AI không", None),
    ("giọng văn là gì", "l1.do-dai-giong-van"),
    ("cach tom tat van ban", "l1.tom-tat-van-ban"),
    ("bật bộ gõ tiếng Việt", "l1.go-tieng-viet"),
    ("dat ten tep the nao cho de tim", "l4.luu-tru-tai-lieu"),
    ("bảo vệ dữ liệu cá nhân", "l4.bao-ve-du-lieu-ca-nhan"),
    ("ảnh do AI làm có dấu hiệu gì", "l2.anh-that-anh-gia"),
    ("khi nào không nên dùng AI", "l3.khi-nao-khong-dung-ai"),
    ("AI là gì", "l1.ai-la-gi"),
]

NOT_COVERED = ["cách sửa xe máy", "cach sua xe may", "nấu phở bò", "thời tiết ngày mai", "đặt vé máy bay",
               "cách làm bánh chưng", "mật khẩu wifi", "sửa tivi bị hỏng"]


@pytest.mark.parametrize("question, lesson_id", COVERED)
def test_questions_the_lessons_cover(content, question, lesson_id):
    plan = ask(content, question)
    assert plan.covered, plan.reason
    assert plan.sources and plan.passages
    if lesson_id:
        assert plan.sources[0].lesson_id == lesson_id, plan.reason
    assert plan.prompt and plan.messages


@pytest.mark.parametrize("question", NOT_COVERED)
def test_questions_the_lessons_do_not_cover(content, question):
    # full-text search still returns passages (any word matches), the rule says no
    passages = content.search_passages(search_query(question), 8)
    plan = build_ask(question, passages)
    assert not plan.covered, plan.reason
    assert plan.message == NOT_COVERED_MESSAGE
    assert plan.sources == () and plan.passages == ()
    assert plan.prompt == "" and plan.messages == []
    assert compose_answer(plan, "bất cứ gì").text == NOT_COVERED_MESSAGE


def test_the_rule_holds_whatever_query_the_caller_searched_with(content):
    for question in ("cách sửa xe máy", "cach sua xe may"):
        passages = content.search_passages(question, 8)
        assert passages, "search finds something for any word"
        assert not build_ask(question, passages).covered
    question = "làm sao nhận biết cuộc gọi video giả"
    assert build_ask(question, content.search_passages(question, 8)).covered


def test_the_decision_is_explained(content):
    covered = ask(content, "làm sao nhận biết cuộc gọi video giả")
    assert covered.content_words == ("nhan", "cuoc", "goi", "video", "gia")
    best = covered.relevance[0]
    assert best.relevant and set(best.matched_words) == set(covered.content_words)
    assert "cuoc goi" in best.matched_pairs
    assert "l2.lua-dao-deepfake" in covered.reason

    not_covered = ask(content, "cách sửa xe máy")
    assert not_covered.content_words == ("sua", "xe", "may")
    assert not any(r.relevant for r in not_covered.relevance)
    assert "words" in not_covered.reason and "pairs" in not_covered.reason


# --- the model prompt ------------------------------------------------------------------------------


def test_prompt_puts_the_lessons_first_and_the_question_last(content):
    question = "làm sao nhận biết cuộc gọi video giả"
    plan = ask(content, question)
    assert plan.system == SYSTEM_INSTRUCTION
    assert "Chỉ trả lời dựa vào các đoạn bài học" in plan.system
    assert "Bài học chưa nói về điều này" in plan.system
    assert plan.user.endswith(f"Câu hỏi: {question}\nTrả lời:")
    question_at = plan.user.index("Câu hỏi:")
    for number, passage in enumerate(plan.passages, 1):
        block = plan.user.index(f"[{number}] {passage.title} – {passage.heading}\n")
        assert block < question_at
    assert plan.prompt.startswith(plan.system) and plan.prompt.endswith(plan.user)
    assert plan.messages == [{"role": "system", "content": plan.system}, {"role": "user", "content": plan.user}]


def test_two_questions_share_the_instruction_prefix(content):
    first = ask(content, "giọng văn là gì")
    second = ask(content, "bảo vệ dữ liệu cá nhân")
    assert first.system == second.system
    assert first.prompt.startswith(SYSTEM_INSTRUCTION) and second.prompt.startswith(SYSTEM_INSTRUCTION)


def test_passages_fit_the_budget(content):
    question = "làm sao nhận biết cuộc gọi video giả"
    passages = content.search_passages(search_query(question), 8)
    roomy = build_ask(question, passages, max_chars=5000)
    tight = build_ask(question, passages, max_chars=900)
    assert len(tight.passages) < len(roomy.passages)
    body = tight.user.split("Câu hỏi:")[0]
    assert len(body) < 900 + 300  # passages within budget; titles and numbering on top

    tiny = build_ask(question, passages, max_chars=200)
    assert len(tiny.passages) == 1
    assert tiny.user.split("\n\nCâu hỏi:")[0].endswith("…")


def test_sources_match_the_passages_used_and_link_to_the_lesson(content):
    plan = ask(content, "làm sao nhận biết cuộc gọi video giả")
    assert len(plan.sources) == len(plan.passages)
    for source, passage in zip(plan.sources, plan.passages):
        assert (source.lesson_id, source.title, source.section_index, source.heading) == (
            passage.lesson_id, passage.title, passage.section_index, passage.heading)
        assert source.href == f"lesson:{passage.lesson_id}#{passage.section_index}"
        assert content.lesson(source.lesson_id) is not None
    assert len({(s.lesson_id, s.section_index) for s in plan.sources}) == len(plan.sources)


# --- answers -------------------------------------------------------------------------------------------


def test_without_a_model_the_passages_are_shown_with_their_sources(content):
    plan = ask(content, "giọng văn là gì")
    answer = compose_answer(plan, None)
    assert not answer.from_model
    assert answer.text.startswith(NO_MODEL_INTRO)
    first = plan.sources[0]
    assert f"(Bài “{first.title}”, mục “{first.heading}”)" in answer.text
    assert "Giọng văn là cách nói" in answer.text
    assert answer.sources == plan.sources
    assert compose_answer(plan, "  \n").text == answer.text  # a model that said nothing


def test_a_model_answer_is_shown_with_the_plans_sources(content):
    plan = ask(content, "giọng văn là gì")
    answer = compose_answer(plan, " Giọng văn là cách nói: trang trọng hay thân mật [1]. ")
    assert answer.from_model
    assert answer.text == "Giọng văn là cách nói: trang trọng hay thân mật [1]."
    assert answer.sources == plan.sources


@pytest.mark.parametrize("question", ["", "   ", "?!", None])
def test_an_empty_question_gets_a_plain_message(question):
    plan = build_ask(question, [])
    assert not plan.covered and plan.message == EMPTY_QUESTION_MESSAGE


# --- the rule on hand-made passages ----------------------------------------------------------------


def passage(text: str, score: float = 1.0, lesson_id: str = "l1.x", section: int = 0) -> Passage:
    return Passage(lesson_id, "Bài thử", section, "Mục thử", text, score)


def test_content_words_drop_question_words_and_keep_accented_meaning():
    assert content_words("Làm sao nhận biết cuộc gọi video giả?") == ["nhan", "cuoc", "goi", "video", "gia"]
    # typed with accents "tắt", "văn", "bản" are not "tất", "vẫn", "bạn"
    assert content_words("tóm tắt văn bản thế nào") == ["tom", "tat", "van", "ban"]
    assert content_words("vẫn là bạn thôi") == ["thoi"]
    assert content_words("AI là gì") == []


def test_search_query_keeps_topic_words_as_typed():
    assert search_query("ảnh do AI làm có dấu hiệu gì") == "ảnh dấu hiệu"
    assert search_query("khi nào không nên dùng AI") == "khi nào không nên dùng AI"  # one topic word: whole
    assert search_query("cach sua xe may") == "sua xe may"


def test_two_word_terms_must_stand_together():
    plan = build_ask("sửa xe máy", [passage("Sửa lỗi chính tả trên máy tính. Đi xe đạp ra chợ.")])
    assert not plan.covered
    plan = build_ask("sửa xe máy", [passage("Khi sửa xe máy, hãy hỏi thợ.")])
    assert plan.covered


def test_most_content_words_must_be_present():
    question = "nhận biết cuộc gọi video giả"  # five content words
    assert build_ask(question, [passage("Cuộc gọi video giả mạo rất nguy hiểm.")]).covered  # 4 of 5
    assert not build_ask(question, [passage("Cuộc gọi lạ rất nguy hiểm.")]).covered  # 2 of 5


def test_a_passage_search_did_not_rank_is_not_evidence():
    assert not build_ask("giọng văn", [passage("Giọng văn là cách nói.", score=0.0)]).covered
    assert build_ask("giọng văn", [passage("Giọng văn là cách nói.", score=0.4)]).covered


def test_only_relevant_passages_are_used_best_first():
    good = passage("Giọng văn là cách nói: trang trọng hay thân mật.", score=0.5, section=1)
    weak = passage("Văn bản này nói về giọng hát.", score=3.0, section=2)
    unrelated = passage("Bón phân cho lúa.", score=5.0, section=3)
    plan = build_ask("giọng văn", [unrelated, weak, good])
    assert [p.section_index for p in plan.passages] == [1]
    assert [r.passage.section_index for r in plan.relevance][0] == 1


def test_only_passages_that_search_ranked_well_are_used():
    # Both passages hold the words; the second is search's weak tail (a tenth of the best score):
    # the tutor answers from the first only.
    strong = passage("Gọi lại số quen khi thấy cuộc gọi video giả.", score=10.0, section=0)
    weak = passage("Cuộc gọi video giả cũng được nhắc ở đây.", score=1.0, lesson_id="l1.y", section=1)
    plan = build_ask("cuộc gọi video giả", [strong, weak])
    assert plan.covered
    assert [p.lesson_id for p in plan.passages] == ["l1.x"]
    assert [r.relevant for r in plan.relevance] == [True, False]


def test_a_question_ranked_nowhere_near_is_not_covered():
    plan = build_ask("cuộc gọi video giả", [passage("Cuộc gọi video giả.", score=0.0)])
    assert not plan.covered and plan.message == NOT_COVERED_MESSAGE


@pytest.mark.parametrize("question, lessons", [
    ("co nen dua cccd len ai khong", {"l1.an-toan-dau-tien", "l4.bao-ve-du-lieu-ca-nhan", "l3.khi-nao-khong-dung-ai"}),
    ("ban online the nao", {"l5.ban-hang-truc-tuyen", "l2.bai-dang-ban-hang"}),
    ("deepfake la gi", {"l2.lua-dao-deepfake"}),
])
def test_synonyms_search_understands_count_as_covered(content, question, lessons):
    # "cccd" is what people call the "căn cước" the lessons name; "bán online" is "bán hàng trực tuyến"
    plan = ask(content, question)
    assert plan.covered, plan.reason
    assert plan.sources[0].lesson_id in lessons


@pytest.mark.parametrize("question", ["cach lam banh chung", "cách làm bánh chưng", "sua tivi bi hong"])
def test_a_guessed_respelling_never_makes_a_question_covered(content, question):
    # "banh chung" respelled by sound would be "bằng chứng"; a guess is not evidence
    assert not ask(content, question).covered
