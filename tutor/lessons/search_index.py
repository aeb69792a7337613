"""The field-weighted index search ranks with, built once per installed pack.

Every passage (a lesson's section, or its takeaways) is one document whose fields
are the lesson's level, module and title, its objectives and takeaways, the
section's heading and its text. Each field weighs what it tells about the topic
(a word in the lesson title says more than the same word in a paragraph): BM25F,
the field-weighted form of BM25. Terms are folded words (no accents, đ -> d) and
folded word pairs ("lua dao"), so "lừa đảo" side by side outranks "lúa" here and
"đảo" there. Postings hold ready-made term scores in compact arrays: a query only
adds numbers, it never fetches or re-reads text.

The index lives in memory beside the database connection's data and is rebuilt
when another pack is installed (the key changes with every import).
"""

from __future__ import annotations

import json
import math
import sqlite3
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass

import numpy as np

from tutor.lessons.nearwords import Vocabulary
from tutor.lessons.textnorm import fold, nfc, words

# Field weights: how much a word in this field says about what the passage is about.
# Three groups, each BM25F-scored on its own and added up, so that a word in a name is
# not drowned by the same word said often in the text (BM25 saturates per document):
# the names (level, module, lesson title) once per lesson, the lesson's summaries,
# objectives and takeaways once per lesson, the passage's heading and text per passage.
NAME_FIELDS: dict[str, float] = {
    "level": 1.0,
    "module": 2.0,
    "title": 4.0,
}
NAMES_BOOST = 1.5  # the names group counts this much more than the others
LESSON_FIELDS: dict[str, float] = {
    "level_summary": 0.4,
    "module_summary": 0.8,
    "objectives": 1.2,
    "takeaways": 1.2,
    "practice": 0.6,  # the practice task's situation: a concrete case the lesson is for
}
PASSAGE_FIELDS: dict[str, float] = {
    "heading": 2.0,
    "body": 1.0,
}
K1 = 1.2
B = 0.75


@dataclass(frozen=True)
class Doc:
    lesson_id: str
    lesson_index: int
    section_index: int  # -1: the takeaways
    heading: str
    title: str  # the lesson title, accented
    text: str  # the passage as plain text, accented


Postings = dict[str, tuple[np.ndarray, np.ndarray]]  # folded term -> (ids, scores)


@dataclass
class SearchIndex:
    docs: list[Doc]  # passages, grouped by lesson in lesson order
    doc_lesson: np.ndarray  # passage -> its lesson index
    lesson_starts: np.ndarray  # lesson -> its first passage (passages are grouped by lesson)
    name_postings: Postings  # per lesson, NAMES_BOOST included
    lesson_postings: Postings
    passage_postings: Postings
    exact_lessons: dict[str, np.ndarray]  # accented word -> lessons whose own fields hold it
    exact_passages: dict[str, np.ndarray]  # accented word -> passages whose text holds it
    vocabulary: Vocabulary

    @property
    def lesson_count(self) -> int:
        return len(self.lesson_starts)

    def term_scores(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        """Every passage's score for one folded term (word or "a b" pair), with its lesson's
        fields and without them (the passage's own text); None when no passage has it."""
        name = self.name_postings.get(term)
        lesson = self.lesson_postings.get(term)
        passage = self.passage_postings.get(term)
        if name is None and lesson is None and passage is None:
            return None
        own = np.zeros(len(self.docs), dtype=np.float32)
        if passage is not None:
            own[passage[0]] = passage[1]
        if name is None and lesson is None:
            return own, own
        per_lesson = np.zeros(self.lesson_count, dtype=np.float32)
        for found in (name, lesson):
            if found is not None:
                per_lesson[found[0]] += found[1]
        return per_lesson[self.doc_lesson] + own, own

    def passage_has(self, term: str, doc_id: int) -> bool:
        """Whether a passage's own heading or text holds a folded term."""
        found = self.passage_postings.get(term)
        if found is None:
            return False
        at = int(np.searchsorted(found[0], doc_id))  # ids are sorted
        return at < len(found[0]) and int(found[0][at]) == doc_id

    def exact_mask(self, word: str) -> np.ndarray:
        mask = np.zeros(len(self.docs), dtype=bool)
        lessons = self.exact_lessons.get(word)
        if lessons is not None:
            per_lesson = np.zeros(self.lesson_count, dtype=bool)
            per_lesson[lessons] = True
            mask |= per_lesson[self.doc_lesson]
        passages = self.exact_passages.get(word)
        if passages is not None:
            mask[passages] = True
        return mask


def _fields_of(title: str, objectives, takeaways, level: tuple[str, str], module: tuple[str, str],
               practice: str = "") -> dict[str, str]:
    return {"level": level[0], "level_summary": level[1], "module": module[0], "module_summary": module[1],
            "title": title, "objectives": "\n".join(objectives), "takeaways": "\n".join(takeaways),
            "practice": practice}


def _terms(text: str) -> tuple[int, Counter]:
    """Length in words and the counts of its folded words and word pairs."""
    tokens = words(fold(text))
    counts = Counter(tokens)
    counts.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:]))
    return len(tokens), counts


def _bm25f(units: list[dict[str, tuple[int, Counter]]], weights: dict[str, float],
           boost: float = 1.0) -> tuple[Postings, Counter]:
    """BM25F postings over ``units`` (each: field -> (length, term counts)), and each term's
    document frequency. The sums run in numpy: a 640-lesson curriculum has a million
    (term, passage) pairs."""
    n = max(1, len(units))
    average = {}
    for name in weights:
        total = sum(u[name][0] for u in units)
        average[name] = total / n if total else 1.0
    term_ids: dict[str, int] = {}
    term_col: list[int] = []
    unit_col: list[int] = []
    value_col: list[float] = []
    for unit_id, unit in enumerate(units):
        for name, weight in weights.items():
            length, counts = unit[name]
            if not counts:
                continue
            factor = weight / (1 - B + B * length / average[name])
            term_col.extend(term_ids.setdefault(t, len(term_ids)) for t in counts)
            value_col.extend(factor * tf for tf in counts.values())
            unit_col.extend([unit_id] * len(counts))
    if not term_ids:
        return {}, Counter()
    key = np.array(term_col, dtype=np.int64) * n + np.array(unit_col, dtype=np.int64)
    pairs, inverse = np.unique(key, return_inverse=True)  # sorted by term, then unit
    pseudo = np.bincount(inverse, weights=np.array(value_col, dtype=np.float64))
    pair_term, pair_unit = pairs // n, pairs % n
    df = np.bincount(pair_term, minlength=len(term_ids))
    idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
    score = (boost * idf[pair_term] * pseudo * (K1 + 1) / (K1 + pseudo)).astype(np.float32)
    bounds = np.searchsorted(pair_term, np.arange(len(term_ids) + 1))
    units_32 = pair_unit.astype(np.int32)
    names = list(term_ids)
    postings = {names[t]: (units_32[bounds[t]:bounds[t + 1]], score[bounds[t]:bounds[t + 1]])
                for t in range(len(names))}
    return postings, Counter(dict(zip(names, df.tolist())))


def build_index(conn: sqlite3.Connection) -> SearchIndex:
    """Read the current lessons once and score every term of every lesson and passage."""
    levels = {r["number"]: (r["title"], r["summary"])
              for r in conn.execute("SELECT number, title, summary FROM content_levels")}
    modules = {r["module_id"]: (r["title"], r["summary"])
               for r in conn.execute("SELECT module_id, title, summary FROM content_modules")}
    situations = {r["lesson_id"]: json.loads(r["practice_json"]).get("situation", "")
                  for r in conn.execute("SELECT lesson_id, practice_json FROM content_practice")}
    lesson_fields = {
        r["lesson_id"]: _fields_of(r["title"], json.loads(r["objectives"]), json.loads(r["takeaways"]),
                                   levels.get(r["level_number"], ("", "")), modules.get(r["module_id"], ("", "")),
                                   situations.get(r["lesson_id"], ""))
        for r in conn.execute("SELECT lesson_id, module_id, level_number, title, objectives, takeaways"
                              " FROM content_lessons WHERE retired = 0")
    }
    rows = conn.execute("SELECT lesson_id, section_index, heading, title_original, text_original"
                        " FROM content_search ORDER BY lesson_id, section_index < 0, section_index").fetchall()

    docs: list[Doc] = []
    lesson_index: dict[str, int] = {}
    starts: list[int] = []
    lesson_units: list[dict[str, tuple[int, Counter]]] = []
    passage_units: list[dict[str, tuple[int, Counter]]] = []
    exact_lessons: dict[str, list[int]] = {}
    exact_passages: dict[str, list[int]] = {}
    for row in rows:
        lesson_id = row["lesson_id"]
        if lesson_id not in lesson_index:
            fields = lesson_fields.get(lesson_id) or _fields_of(row["title_original"], (), (), ("", ""), ("", ""))
            lesson_index[lesson_id] = len(starts)
            starts.append(len(docs))
            lesson_units.append({name: _terms(text) for name, text in fields.items()})
            for word in _accented(" ".join(fields.values())):
                exact_lessons.setdefault(word, []).append(lesson_index[lesson_id])
        text, heading = row["text_original"], row["heading"]
        body = text[len(heading):] if text.startswith(heading) else text
        doc_id = len(docs)
        docs.append(Doc(lesson_id, lesson_index[lesson_id], int(row["section_index"]), heading,
                        row["title_original"], text))
        passage_units.append({"heading": _terms(heading), "body": _terms(body)})
        for word in _accented(text):
            exact_passages.setdefault(word, []).append(doc_id)

    name_postings, name_df = _bm25f(lesson_units, NAME_FIELDS, NAMES_BOOST)
    lesson_postings, lesson_df = _bm25f(lesson_units, LESSON_FIELDS)
    passage_postings, passage_df = _bm25f(passage_units, PASSAGE_FIELDS)
    df: Counter = Counter()
    for counts in (name_df, lesson_df, passage_df):
        df.update({t: c for t, c in counts.items() if " " not in t})
    pairs = {t for counts in (name_df, lesson_df, passage_df) for t in counts if " " in t}
    return SearchIndex(
        docs=docs,
        doc_lesson=np.array([d.lesson_index for d in docs], dtype=np.int32),
        lesson_starts=np.array(starts, dtype=np.int64),
        name_postings=name_postings,
        lesson_postings=lesson_postings,
        passage_postings=passage_postings,
        exact_lessons={w: np.array(v, dtype=np.int32) for w, v in exact_lessons.items()},
        exact_passages={w: np.array(v, dtype=np.int32) for w, v in exact_passages.items()},
        vocabulary=Vocabulary(dict(df), pairs),
    )


def _accented(text: str) -> set[str]:
    """The words of a text that carry accents, lowercase NFC: only those can match exactly."""
    return {w for w in set(words(nfc(text).lower())) if not w.isascii()}


# --- one index per installed pack --------------------------------------------------------------

_CACHE: OrderedDict[tuple, SearchIndex] = OrderedDict()
_CACHE_SIZE = 4
_LOCK = threading.Lock()


def index_for(conn: sqlite3.Connection) -> SearchIndex:
    """The index of what this database holds now; built on first use after each import."""
    pack = conn.execute("SELECT install_id, content_sha256 FROM content_packs"
                        " ORDER BY install_id DESC LIMIT 1").fetchone()
    last = conn.execute("SELECT max(rowid) FROM content_search").fetchone()[0]
    key = (pack[1] if pack else None, last)
    with _LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
            return found
    built = build_index(conn)
    with _LOCK:
        _CACHE[key] = built
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return built


def forget_indexes() -> None:
    """For tests and benchmarks that want a cold start."""
    with _LOCK:
        _CACHE.clear()
