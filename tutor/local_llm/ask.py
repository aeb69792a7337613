"""Ask the tutor: decide whether the lessons cover a question, and build what to show.

The caller searches the pack's full-text index with ``search_query(question)``
(ContentService.search_passages, about 8 passages) and hands the passages here.
Full-text search always finds *something* when any word matches ("cách sửa xe
máy" finds "sửa lỗi chính tả"), so the decision whether the lessons really cover
the question is made here, by a rule a person can check: the passage must hold
most of the question's content words, and, when the question has several, some
of them side by side as in the question (Vietnamese words are often two
syllables: "xe máy" is not "xe" and "máy"). A word counts as held also when
search found it under a sure other name (the synonym table, Telex keys: "cccd"
in a passage on "căn cước"), never under a guessed respelling; and only passages
search ranked near the best covering one are used.

When the lessons cover it, the plan holds a prompt for the local model with the
lesson passages first and the question last (a follow-up question about the
same passages reuses the model's KV cache), the sources to show as links, and a
no-model answer made of the passages themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from tutor.lessons.search import Passage
from tutor.lessons.search_words import search_words
from tutor.lessons.textnorm import fold, nfc, words

DEFAULT_MAX_CHARS = 2400  # passages in the model prompt: about 800 tokens of Vietnamese
MAX_QUESTION_CHARS = 500
NO_MODEL_PASSAGES = 3  # shown on screen when there is no model; more is too much to read

# A passage covers the question when it holds at least this share of the question's
# content words, and enough of its two-word terms side by side (see _relevance).
MIN_WORD_SHARE = 0.75
# Search's own score must be positive: a passage FTS ranked at nothing is not evidence.
MIN_SEARCH_SCORE = 0.0

# A passage is used only when search ranked it well: at least this share of the best
# passage's score. Full-text search ranks everything that shares a word; the tail of the
# list ("đảo" in a lesson about islands of data) is not material for an answer.
MIN_SHARE_OF_BEST = 0.35

# Words that carry no topic (question words, pronouns, particles, and "AI" itself: every
# lesson is about AI) are shared with search: tutor/lessons/search_words.yaml.
STOPWORDS = search_words().stopwords
PLAIN_STOPWORDS = search_words().plain_stopwords

NOT_COVERED_MESSAGE = (
    "Các bài học chưa nói về điều này. Bạn thử hỏi cách khác, hoặc hỏi thầy cô, cán bộ xã."
)
EMPTY_QUESTION_MESSAGE = "Bạn chưa gõ câu hỏi. Hãy gõ điều bạn muốn hỏi, có dấu hay không dấu đều được."
NO_MODEL_INTRO = "Máy chưa có AI để trả lời, nhưng bài học có nói về điều này:"

SYSTEM_INSTRUCTION = (
    "Bạn là gia sư của lớp Bình dân học AI. Chỉ trả lời dựa vào các đoạn bài học được đưa. "
    "Trả lời bằng tiếng Việt, ngắn gọn, dễ hiểu, câu ngắn, không quá 120 chữ. "
    "Nếu các đoạn bài học không có câu trả lời, hãy nói: “Bài học chưa nói về điều này.” "
    "Không bịa thêm. Ghi số đoạn đã dùng trong ngoặc vuông, ví dụ [1]."
)


@dataclass(frozen=True)
class Source:
    lesson_id: str
    title: str
    section_index: int  # -1: the lesson's takeaways ("Điều cần nhớ")
    heading: str

    @property
    def href(self) -> str:
        """A link the reader understands: lesson:<id>#<section>."""
        return f"lesson:{self.lesson_id}#{self.section_index}"

    @property
    def label(self) -> str:
        return f"{self.title} – {self.heading}" if self.heading else self.title


@dataclass(frozen=True)
class PassageRelevance:
    passage: Passage
    score: float  # 0..1, see _relevance
    matched_words: tuple[str, ...]  # folded question words found in the passage
    matched_pairs: tuple[str, ...]  # neighbouring question words found side by side
    relevant: bool


@dataclass(frozen=True)
class AskPlan:
    question: str
    covered: bool
    message: str  # Vietnamese; for people when not covered, an intro otherwise
    reason: str  # English, for logs: why covered or not
    content_words: tuple[str, ...]  # folded question words that carry the topic
    relevance: tuple[PassageRelevance, ...]  # every passage given, best first
    passages: tuple[Passage, ...]  # the ones used, best first
    sources: tuple[Source, ...]  # one per passage used, for links
    system: str  # instruction for the model (constant: a cacheable prefix)
    user: str  # lesson passages first, the question last
    no_model_answer: str  # the passages formatted for display, with their sources

    @property
    def prompt(self) -> str:
        """System and user parts as one text, for back-ends without chat roles."""
        return f"{self.system}\n\n{self.user}" if self.covered else ""

    @property
    def messages(self) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.system}, {"role": "user", "content": self.user}] \
            if self.covered else []


@dataclass(frozen=True)
class AskAnswer:
    text: str
    sources: tuple[Source, ...]
    from_model: bool


def content_words(question: str) -> list[str]:
    """The folded words of a question that carry its topic, in order, without repeats."""
    found: list[str] = []
    for word, is_content in _tokens(question):
        if is_content and word not in found:
            found.append(word)
    return found


def search_query(question: str) -> str:
    """What to give ContentService.search_passages: the question's topic words as typed
    (accents kept, so exact accents still rank first). Search wants every word it is
    given, so "ảnh do AI làm có dấu hiệu gì" would only find passages that also hold
    "do", "làm" and "gì"; "ảnh dấu hiệu" finds the lesson on fake pictures."""
    text = nfc(question or "")
    typed = words(text.lower())
    kept = list(dict.fromkeys(w for w, (_, is_content) in zip(typed, _tokens(text)) if is_content))
    if len(kept) < 2:
        # one topic word says little alone: "khi nào không nên dùng AI" is best found whole
        return " ".join(text.split())
    return " ".join(kept)


def _tokens(question: str) -> list[tuple[str, bool]]:
    """Each word of the question, folded, with whether it carries topic."""
    tokens = []
    for word in words(nfc(question).lower()):
        bare = fold(word)
        if word != bare:
            is_stop = word in STOPWORDS
        else:
            is_stop = bare in PLAIN_STOPWORDS
        tokens.append((bare, not is_stop and (len(bare) > 1 or bare.isdigit())))
    return tokens


def build_ask(question: str, passages: Sequence[Passage], max_chars: int = DEFAULT_MAX_CHARS) -> AskPlan:
    text = " ".join(nfc(question or "").split())[:MAX_QUESTION_CHARS]
    if not words(text):
        return _not_covered(text, (), (), EMPTY_QUESTION_MESSAGE, "empty question")

    wanted = content_words(text)
    if not wanted:
        # Only "AI" or question words ("AI là gì?"): fall back to every word but the
        # pure question words, so "AI" itself is the topic.
        wanted = [w for w in dict.fromkeys(words(fold(text))) if len(w) > 1 and w not in _QUESTION_ONLY]
    pairs = _neighbour_pairs(text, wanted)
    judged = sorted((_relevance(p, wanted, pairs) for p in passages),
                    key=lambda r: (-r.score, -r.passage.score))
    judged = _ranked_well(judged)
    if not wanted:
        return _not_covered(text, (), tuple(judged), NOT_COVERED_MESSAGE, "question has no content words")

    relevant = [r for r in judged if r.relevant]
    if not relevant:
        best = judged[0] if judged else None
        reason = ("no passage found" if best is None else
                  f"best passage {best.passage.lesson_id}#{best.passage.section_index} scored "
                  f"{best.score:.2f}: words {list(best.matched_words)} of {wanted}, "
                  f"pairs {list(best.matched_pairs)} of {[' '.join(p) for p in pairs]}")
        return _not_covered(text, tuple(wanted), tuple(judged), NOT_COVERED_MESSAGE, reason)

    used = _fit(relevant, max_chars)
    sources = tuple(Source(p.lesson_id, p.title, p.section_index, p.heading) for p, _ in used)
    blocks = [f"[{i}] {p.title} – {p.heading}\n{body}" for i, (p, body) in enumerate(used, 1)]
    user = "Các đoạn bài học:\n\n" + "\n\n".join(blocks) + f"\n\nCâu hỏi: {text}\nTrả lời:"
    best = relevant[0]
    reason = (f"{len(relevant)} relevant passage(s); best {best.passage.lesson_id}#{best.passage.section_index} "
              f"scored {best.score:.2f} (words {list(best.matched_words)}, pairs {list(best.matched_pairs)})")
    return AskPlan(
        question=text, covered=True, message="Bài học có nói về điều này.", reason=reason,
        content_words=tuple(wanted), relevance=tuple(judged), passages=tuple(p for p, _ in used),
        sources=sources, system=SYSTEM_INSTRUCTION, user=user,
        no_model_answer=_no_model_answer(used, sources),
    )


def compose_answer(plan: AskPlan, model_text: str | None) -> AskAnswer:
    """What to show: the model's answer with the plan's sources, or, when there is no
    model (or it said nothing), the passages themselves."""
    if not plan.covered:
        return AskAnswer(plan.message, (), False)
    answer = nfc(model_text or "").strip()
    if not words(answer):
        return AskAnswer(plan.no_model_answer, plan.sources, False)
    return AskAnswer(answer, plan.sources, True)


# --- relevance --------------------------------------------------------------------------------

_QUESTION_ONLY = frozenset("la gi sao nao the lam cach khong co duoc".split())


def _neighbour_pairs(question: str, wanted: list[str]) -> list[tuple[str, str]]:
    """Side-by-side words of the question of which at least one carries topic:
    "xe máy" -> ("xe", "may"), "chụp ảnh" -> ("chup", "anh")."""
    tokens = [w for w, _ in _tokens(question)]
    topic = set(wanted)
    return [(a, b) for a, b in zip(tokens, tokens[1:]) if a in topic or b in topic]


def _pairs_needed(wanted: list[str], pairs: list[tuple[str, str]]) -> int:
    """About one two-word term per two content words (six content words name about three
    things), never more than the question has."""
    if len(wanted) < 2 or not pairs:
        return 0
    return min(len(pairs), max(1, len(wanted) // 2))


def _relevance(passage: Passage, wanted: list[str], pairs: list[tuple[str, str]]) -> PassageRelevance:
    """A passage covers the question when:
    - it holds at least MIN_WORD_SHARE of the question's content words (so at least one),
    - it holds enough of the question's neighbouring words side by side (_pairs_needed):
      "cách sửa xe máy" needs "xe máy" together AND "sửa", and a lesson that says "đi xe
      máy ra chợ" but never "sửa" does not cover it,
    - search ranked it above MIN_SEARCH_SCORE (and, see _ranked_well, near the best).
    The score (0..1: half the word share, half the share of needed pairs found) orders
    the passages and is logged; reaching 1.0 on pairs and 0.75 on words is what counts.
    """
    tokens = words(fold(f"{passage.title}\n{passage.heading}\n{passage.text}"))
    present = set(tokens)
    adjacent = set(zip(tokens, tokens[1:]))
    # Search says which words it found through a synonym or a near word ("cccd" in a passage
    # on "căn cước", "tom tac" in one on "tóm tắt"): those count as present too.
    held, held_pairs = set(passage.held_words), set(passage.held_pairs)
    matched = tuple(w for w in wanted if w in present or w in held)
    matched_pairs = tuple(dict.fromkeys(f"{a} {b}" for a, b in pairs
                                        if (a, b) in adjacent or f"{a} {b}" in held_pairs))
    word_share = len(matched) / len(wanted) if wanted else 0.0
    needed = _pairs_needed(wanted, pairs)
    pair_share = min(1.0, len(matched_pairs) / needed) if needed else 1.0
    score = 0.5 * word_share + 0.5 * pair_share if matched else 0.0
    relevant = (bool(matched) and word_share >= MIN_WORD_SHARE and pair_share >= 1.0
                and passage.score > MIN_SEARCH_SCORE)
    return PassageRelevance(passage, round(score, 3), matched, matched_pairs, relevant)


def _ranked_well(judged: list[PassageRelevance]) -> list[PassageRelevance]:
    """Of the passages that cover the question, only those search scored at least
    MIN_SHARE_OF_BEST of the best of them: a lesson's passing mention is not an answer."""
    best = max((r.passage.score for r in judged if r.relevant), default=0.0)
    floor = MIN_SHARE_OF_BEST * best
    return [r if not r.relevant or r.passage.score >= floor else replace(r, relevant=False) for r in judged]


# --- formatting -------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def _fit(relevant: Iterable[PassageRelevance], max_chars: int) -> list[tuple[Passage, str]]:
    """Passages best first while they fit in ``max_chars``; the first one is cut at a
    sentence end if it alone is too long (the model must get something)."""
    used: list[tuple[Passage, str]] = []
    budget = max(200, max_chars)
    seen: set[tuple[str, int]] = set()
    for item in relevant:
        p = item.passage
        if (p.lesson_id, p.section_index) in seen:
            continue
        body = _body(p)
        if len(body) > budget:
            if used:
                continue
            body = _cut(body, budget)
        used.append((p, body))
        seen.add((p.lesson_id, p.section_index))
        budget -= len(body)
        if budget < 80:
            break
    return used


def _body(passage: Passage) -> str:
    """The section text without its heading line (the heading is shown beside it)."""
    text = passage.text.strip()
    first, _, rest = text.partition("\n")
    if first.strip() == passage.heading.strip() and rest.strip():
        text = rest.strip()
    return re.sub(r"\n{3,}", "\n\n", text)


def _cut(text: str, limit: int) -> str:
    head = text[:limit]
    ends = [m.start() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] > limit // 3:
        return head[:ends[-1]].rstrip() + " …"
    space = head.rfind(" ")
    return (head[:space] if space > 0 else head).rstrip() + " …"


def _no_model_answer(used: list[tuple[Passage, str]], sources: tuple[Source, ...]) -> str:
    """The best passages to read on screen; the links to all sources are shown beside."""
    parts = [NO_MODEL_INTRO]
    for (_, body), source in list(zip(used, sources))[:NO_MODEL_PASSAGES]:
        parts.append(f"{body}\n(Bài “{source.title}”, mục “{source.heading}”)")
    return "\n\n".join(parts)


def _not_covered(question: str, wanted: tuple[str, ...], judged: tuple[PassageRelevance, ...],
                 message: str, reason: str) -> AskPlan:
    return AskPlan(question=question, covered=False, message=message, reason=reason,
                   content_words=wanted, relevance=judged, passages=(), sources=(), system="", user="",
                   no_model_answer=message)
