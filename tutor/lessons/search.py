"""Search over lessons: field-weighted, tolerant of missing accents, typos and near words.

The lessons' passages are ranked with BM25F over their fields (level, module and
lesson titles, objectives and takeaways weigh more than body text; see
search_index), on folded words (no accents, đ -> d) and word pairs, so "lua dao"
finds "lừa đảo". Query words the lessons never use are matched to near words
(Telex keys left in, dialect spellings, typos), phrases to their synonyms
(search_words.yaml), and question words are set aside, so "làm sao biết tin nhắn
lừa đảo" works like its keywords (see search_query). Words typed WITH accents
rank passages that have them exactly first: "bán" puts "bán hàng" above "bạn bè".

The FTS5 table content_search keeps every passage's original text; the ranking
itself runs on an in-memory index built from it once per installed pack.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

import numpy as np

from tutor.lessons.markdown import plain_text
from tutor.lessons.model import Lesson
from tutor.lessons.search_index import index_for
from tutor.lessons.search_query import (MAX_QUERY_WORDS, MAX_WORD_CHARS, held_words_and_pairs, plan_query,
                                        score_docs, typed_words)
from tutor.lessons.textnorm import fold, fold_with_offsets, nfc, words

TAKEAWAYS_SECTION = -1
TAKEAWAYS_HEADING = "Điều cần nhớ"
_SNIPPET_CHARS = 160


@dataclass(frozen=True)
class SearchHit:
    lesson_id: str
    title: str
    section_index: int  # -1: the takeaways
    snippet: str  # original, accented text around the first match
    score: float  # higher is better


@dataclass(frozen=True)
class Passage:
    lesson_id: str
    title: str
    section_index: int
    heading: str
    text: str  # the whole section as plain text
    score: float
    coverage: float = 1.0  # share of the query's topics (or their near words) the passage holds
    # The query's folded words and neighbouring pairs the passage's own text holds, counting
    # synonyms and near words ("cccd" held by "căn cước"): see search_query.held_words_and_pairs.
    held_words: tuple[str, ...] = ()
    held_pairs: tuple[str, ...] = ()


def index_lesson(conn: sqlite3.Connection, lesson: Lesson) -> None:
    rows = [(i, s.heading, f"{s.heading}\n{plain_text(s.markdown)}") for i, s in enumerate(lesson.sections)]
    rows.append((TAKEAWAYS_SECTION, TAKEAWAYS_HEADING, "\n".join(lesson.takeaways)))
    conn.executemany(
        """INSERT INTO content_search (lesson_id, section_index, heading, title_folded, text_folded,
               title_original, text_original) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [(lesson.id, index, heading, fold(lesson.title), fold(text), lesson.title, text)
         for index, heading, text in rows],
    )


def query_words(query: str) -> list[str]:
    """The words of a query, NFC and lowercase, accents kept; bounded in number and length."""
    return typed_words(query)


def match_expression(query_words_: list[str], any_word: bool = False, prefix_last: bool = False) -> str:
    """A safe FTS5 MATCH string: every token double-quoted, so `OR`, `NEAR(`, `*`, `-`
    are plain words. Folded words contain only letters and digits, never a quote."""
    terms = [f'"{w}"' for w in (fold(x) for x in query_words_) if w and '"' not in w]
    if terms and prefix_last:
        terms[-1] += "*"
    return (" OR " if any_word else " ").join(terms)


def _score(conn: sqlite3.Connection, query: str):
    index = index_for(conn)
    plan = plan_query(query, index.vocabulary)
    return index, plan, (score_docs(index, plan) if plan is not None else None)


def search(conn: sqlite3.Connection, query: str, limit: int = 10) -> list[SearchHit]:
    """Best lesson first, one hit per lesson (its best passage)."""
    index, plan, scored = _score(conn, query)
    if scored is None:
        return []
    hits = []
    for lesson in scored.best_lessons(limit):
        first, last = _lesson_range(index, lesson)
        best = first + int(np.argmax(scored.doc_scores[first:last]))
        doc = index.docs[best]
        hits.append(SearchHit(doc.lesson_id, doc.title, doc.section_index, snippet(doc.text, plan.typed),
                              float(scored.lesson_scores[lesson])))
    return hits


def search_passages(conn: sqlite3.Connection, query: str, limit: int = 5) -> list[Passage]:
    """Best passages first, several per lesson allowed: material for answering a question."""
    index, plan, scored = _score(conn, query)
    if scored is None:
        return []
    found = []
    for i in scored.best_passages(limit):
        d = index.docs[i]
        held_words, held_pairs = held_words_and_pairs(index, plan, scored, i)
        found.append(Passage(d.lesson_id, d.title, d.section_index, d.heading, d.text,
                             float(scored.doc_scores[i]), float(scored.coverage[i]), held_words, held_pairs))
    return found


def _lesson_range(index, lesson: int) -> tuple[int, int]:
    first = int(index.lesson_starts[lesson])
    last = int(index.lesson_starts[lesson + 1]) if lesson + 1 < index.lesson_count else len(index.docs)
    return first, last


def snippet(text: str, wanted: list[str], width: int = _SNIPPET_CHARS) -> str:
    """A window of the original text around the first query word, matched without accents."""
    flat = re.sub(r"\s+", " ", text).strip()
    folded, offsets = fold_with_offsets(flat)
    first = None
    for word in (fold(w) for w in wanted):
        match = re.search(rf"(?<![^\W_]){re.escape(word)}", folded) if word else None
        if match and (first is None or match.start() < first):
            first = match.start()
    center = offsets[first] if first is not None and offsets else 0
    start = max(0, center - width // 3)
    end = min(len(flat), start + width)
    if start > 0:
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < center else start
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > center else end
    return ("…" if start > 0 else "") + flat[start:end].strip() + ("…" if end < len(flat) else "")
