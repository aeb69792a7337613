"""The search ranking before issue 16 (FTS5 bm25 re-scored in Python), kept as the same-run
baseline of benchmarks/retrieval.py. Not used by the app.

Original docstring: full-text search over lessons, tolerant of missing Vietnamese accents.

The index holds folded text (no accents, đ -> d), so "lua dao" finds "lừa
đảo". Among the hits, those whose original text has the query words with the
exact accents typed come first, so "bán" ranks "bán hàng" above "bạn bè".
User input never reaches FTS5 syntax: each word is quoted.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from tutor.lessons.markdown import plain_text
from tutor.lessons.model import Lesson
from tutor.lessons.textnorm import fold, fold_with_offsets, nfc, words

# Section texts never change between imports of the same pack, and the same few
# hundred sections come back query after query: tokenising them once keeps p95 low.
_word_cache: dict[str, tuple[frozenset[str], frozenset[tuple[str, str]]]] = {}
_exact_cache: dict[str, frozenset[str]] = {}
_CACHE_LIMIT = 4096


def _folded_words(folded_text: str) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    hit = _word_cache.get(folded_text)
    if hit is None:
        tokens = words(folded_text)
        hit = (frozenset(tokens), frozenset(zip(tokens, tokens[1:])))
        if len(_word_cache) >= _CACHE_LIMIT:
            _word_cache.clear()
        _word_cache[folded_text] = hit
    return hit


def _exact_words(original_text: str) -> frozenset[str]:
    hit = _exact_cache.get(original_text)
    if hit is None:
        hit = frozenset(words(original_text.lower()))
        if len(_exact_cache) >= _CACHE_LIMIT:
            _exact_cache.clear()
        _exact_cache[original_text] = hit
    return hit

TAKEAWAYS_SECTION = -1
TAKEAWAYS_HEADING = "Điều cần nhớ"
MAX_QUERY_WORDS = 12
MAX_WORD_CHARS = 40
_CANDIDATES = 300  # FTS rows ranked by us; plenty for a curriculum of ~100 lessons
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
    """The words of a query, NFC and lowercase, accents kept; bounded in number and length.
    One-letter words are dropped when longer ones exist: folded, they match almost anything."""
    found = [w for w in words(nfc(query).lower()) if len(w) <= MAX_WORD_CHARS]
    longer = [w for w in found if len(w) > 1]
    return (longer or found)[:MAX_QUERY_WORDS]


def match_expression(query_words_: list[str], any_word: bool = False, prefix_last: bool = False) -> str:
    """A safe FTS5 MATCH string: every token double-quoted, so `OR`, `NEAR(`, `*`, `-`
    are plain words. Folded words contain only letters and digits, never a quote."""
    terms = [f'"{w}"' for w in (fold(x) for x in query_words_) if w and '"' not in w]
    if terms and prefix_last:
        terms[-1] += "*"
    return (" OR " if any_word else " ").join(terms)


@dataclass(frozen=True)
class _Row:
    lesson_id: str
    section_index: int
    heading: str
    title: str
    text: str
    score: float


def _ranked_rows(conn: sqlite3.Connection, query: str) -> tuple[list[_Row], list[str]]:
    """FTS rows best first. Tries all words, then the last word as a prefix (still
    being typed), then any word; stops at the first that finds something."""
    wanted = query_words(query)
    if not wanted:
        return [], []
    attempts = [(False, False), (False, True)] + ([(True, True)] if len(wanted) > 1 else [])
    rows: list[sqlite3.Row] = []
    prefix = False
    for any_word, prefix in attempts:
        rows = _fts(conn, match_expression(wanted, any_word, prefix))
        if rows:
            break
    folded = [fold(w) for w in wanted]
    accented = [w for w in wanted if w != fold(w)]
    ranked = []
    for row in rows:
        relevance = -row["rank"]  # bm25: more negative is better
        relevance = relevance / (1.0 + relevance) if relevance > 0 else 0.0  # into [0, 1)
        title, text = row["title_original"], row["text_original"]
        title_words, title_pairs = _folded_words(row["title_folded"])
        text_words, text_pairs = _folded_words(row["text_folded"])
        # Exact accents decide first (whole points); then words in the title, in this passage,
        # words side by side as typed ("anh gia" = ảnh giả, not "anh" here and "giá" there), bm25.
        # Only words typed WITH accents say anything about accents: "bien" typed plain must not
        # favour a passage that happens to spell a file name "bien-ban" without accents.
        exact_hits = 0
        if accented:
            exact = _exact_words(title) | _exact_words(text)
            exact_hits = sum(1 for w in accented if w in exact)
        score = (exact_hits
                 + 0.4 * _fraction_present(folded, title_words, prefix)
                 + 0.3 * _fraction_present(folded, text_words, prefix)
                 + 0.5 * _fraction_adjacent(folded, title_pairs)
                 + 0.4 * _fraction_adjacent(folded, text_pairs)
                 + 0.3 * relevance)
        ranked.append(_Row(row["lesson_id"], int(row["section_index"]), row["heading"], title, text, score))
    ranked.sort(key=lambda r: (-r.score, r.lesson_id, r.section_index))
    return ranked, wanted


def _fts(conn: sqlite3.Connection, expression: str) -> list[sqlite3.Row]:
    if not expression:
        return []
    try:
        return conn.execute(
            """SELECT lesson_id, section_index, heading, title_original, text_original,
                      title_folded, text_folded,
                      bm25(content_search, 0, 0, 0, 4.0, 1.0, 0, 0) AS rank
               FROM content_search WHERE content_search MATCH ? ORDER BY rank LIMIT ?""",
            (expression, _CANDIDATES),
        ).fetchall()
    except sqlite3.OperationalError:
        # Quoting makes this unreachable for any typed text; a search box must never crash anyway.
        return []


def _fraction_present(wanted: list[str], present: frozenset[str], prefix_last: bool) -> float:
    hits = 0
    for i, word in enumerate(wanted):
        if word in present or (prefix_last and i == len(wanted) - 1
                               and any(p.startswith(word) for p in present)):
            hits += 1
    return hits / len(wanted) if wanted else 0.0


def _fraction_adjacent(wanted: list[str], present_pairs: frozenset[tuple[str, str]]) -> float:
    """Share of the query's neighbouring word pairs that stand side by side in the text."""
    pairs = list(zip(wanted, wanted[1:]))
    if not pairs:
        return 0.0
    return sum(1 for pair in pairs if pair in present_pairs) / len(pairs)


def search(conn: sqlite3.Connection, query: str, limit: int = 10) -> list[SearchHit]:
    """Best lesson first, one hit per lesson (its best section)."""
    rows, wanted = _ranked_rows(conn, query)
    hits: list[SearchHit] = []
    seen: set[str] = set()
    for row in rows:
        if row.lesson_id in seen:
            continue
        seen.add(row.lesson_id)
        hits.append(SearchHit(row.lesson_id, row.title, row.section_index, snippet(row.text, wanted), row.score))
        if len(hits) >= limit:
            break
    return hits


def search_passages(conn: sqlite3.Connection, query: str, limit: int = 5) -> list[Passage]:
    """Best sections first, several per lesson allowed: material for answering a question."""
    rows, _ = _ranked_rows(conn, query)
    return [Passage(r.lesson_id, r.title, r.section_index, r.heading, r.text, r.score) for r in rows[:limit]]


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
