"""From what a person typed to ranked passages.

A query becomes a few topics ("concepts"): each topic word, or a phrase of the
synonym table ("video giả"), with the alternatives that count for it: its
synonyms, the near words of a word the lessons never use, the completions of a
last word still being typed. Question words and particles ("làm sao", "có ...
không") are set aside as topics but still count in word pairs, so a query that
repeats a title word for word finds that title first.

A passage's score: for each topic, its best alternative's BM25F score (weighted:
an exact word counts fully, a synonym or a typo's correction less), plus the
query's word pairs found side by side, times the square of the share of topics
the passage holds (a passage that answers the whole question beats one that
repeats a single word), times a bonus for words typed with accents found with
those accents. A lesson scores as its best passage, with the topics held anywhere
in the lesson.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tutor.lessons.nearwords import Vocabulary
from tutor.lessons.search_index import SearchIndex
from tutor.lessons.search_words import search_words
from tutor.lessons.textnorm import fold, nfc, words

MAX_QUERY_WORDS = 12
MAX_WORD_CHARS = 40
SYNONYM_WEIGHT = 0.7
COMPLETION_WEIGHT = 0.7
COMPLETIONS = 6
PAIR_WEIGHT = 0.6  # a pair of query words found side by side, on top of the words themselves
SURE_NEAR_WEIGHT = 0.85  # Telex/VNI keys (0.9) and two words run together (0.85) surely mean the word
DOUBTFUL_WEIGHT = 0.6  # a typed word that a respelling makes fit its neighbour, as in a lesson
ACCENT_BONUS = 2.0
# Hits must hold at least this share of the topics the best hit holds (of 2 topics, both
# when one passage has both; of 3, two).
COVERAGE_FLOOR = 0.6
LESSON_COVERAGE_FLOOR = 0.4  # score x (1 + bonus x share of accented words found exactly)


@dataclass(frozen=True)
class Concept:
    alternatives: tuple[tuple[tuple[str, ...], float], ...]  # (folded words, weight)
    # The alternatives that surely mean what was typed: the words themselves, the synonym
    # table, Telex/VNI keys, two words run together; not sound-alike or typo guesses.
    trusted: frozenset[tuple[str, ...]] = frozenset()


@dataclass(frozen=True)
class QueryPlan:
    typed: list[str]  # the query's words as typed (lowercase NFC), for snippets
    concepts: tuple[Concept, ...]
    pairs: tuple[str, ...]  # folded neighbouring words, "a b"
    accented: tuple[str, ...]  # words typed with accents
    folded: tuple[str, ...] = ()  # the typed words folded
    positions: tuple[tuple[int, ...], ...] = ()  # per concept, the typed words it stands for


@dataclass(frozen=True)
class Scored:
    doc_scores: np.ndarray  # passage -> score, 0 where nothing matched
    coverage: np.ndarray  # passage -> share of the query's topics it holds
    lesson_scores: np.ndarray  # lesson index -> score
    lesson_coverage: np.ndarray  # lesson index -> share of the topics held anywhere in it
    held: tuple[np.ndarray, ...] = ()  # per topic: which passages' own text holds it (or a near word)

    def best_passages(self, limit: int) -> list[int]:
        """Passages that hold nearly as many of the query's topics as the best one does:
        for "số căn cước", passages that only say "số" are not material for an answer."""
        return _top(_floored(self.doc_scores, self.coverage, COVERAGE_FLOOR), limit)

    def best_lessons(self, limit: int) -> list[int]:
        """Lessons are kept down to a lower share: a word the learner added ("học làm sạch
        dữ liệu") must not hide the lesson that has all the others."""
        return _top(_floored(self.lesson_scores, self.lesson_coverage, LESSON_COVERAGE_FLOOR), limit)


def _floored(scores: np.ndarray, coverage: np.ndarray, share: float) -> np.ndarray:
    if not len(scores):
        return scores
    floor = share * float(coverage[scores > 0].max(initial=0.0))
    return np.where(coverage >= floor, scores, 0.0)


def _top(scores: np.ndarray, limit: int) -> list[int]:
    """Indexes of the ``limit`` highest positive scores, best first, ties by index."""
    found = np.flatnonzero(scores > 0)
    if len(found) > limit:
        found = found[np.argpartition(-scores[found], limit - 1)[:limit]]
    return sorted(found.tolist(), key=lambda i: (-float(scores[i]), i))


_NOTHING = Scored(*(np.zeros(0, dtype=np.float32) for _ in range(4)))


def typed_words(query: str) -> list[str]:
    """The words of a query, NFC and lowercase, accents kept; bounded in number and length.
    One-letter words are dropped when longer ones exist: folded, they match almost anything."""
    found = [w for w in words(nfc(query).lower()) if len(w) <= MAX_WORD_CHARS]
    longer = [w for w in found if len(w) > 1 or w.isdigit()]  # "hỏi 5 lần": digits count
    return (longer or found)[:MAX_QUERY_WORDS]


def plan_query(query: str, vocabulary: Vocabulary) -> QueryPlan | None:
    typed = typed_words(query or "")
    if not typed:
        return None
    table = search_words()
    folded = [fold(w) for w in typed]
    topical = [not table.is_stopword(w) for w in typed]
    if not any(topical):
        topical = [True] * len(typed)  # "AI là gì": the question words are all there is
    still_typing = bool(query) and not query[-1].isspace() and query.rstrip()[-1:].isalnum()
    concepts: list[list[tuple[tuple[str, ...], float]]] = []
    owner: dict[int, int] = {}  # position of a one-word topic -> its concept
    positions: list[tuple[int, ...]] = []
    trusted: list[set[tuple[str, ...]]] = []
    i = 0
    while i < len(folded):
        phrase = _synonym_phrase(folded, i, table.longest_phrase, table.synonyms)
        # A phrase of the synonym table counts even when made of question words: "tại sao".
        if phrase is not None and (len(phrase) > 1 or topical[i]):
            group = table.synonyms[phrase]
            concepts.append([(phrase, 1.0)] + [(p, SYNONYM_WEIGHT) for p in group if p != phrase])
            positions.append(tuple(range(i, i + len(phrase))))
            trusted.append({alt for alt, _ in concepts[-1]})
            i += len(phrase)
            continue
        if topical[i]:
            last = i == len(folded) - 1 and still_typing
            owner[i] = len(concepts)
            alternatives, sure = _word_alternatives(folded[i], vocabulary, last, typed[i] != folded[i])
            concepts.append(alternatives)
            positions.append((i,))
            trusted.append(sure)
        i += 1
    pairs = list(dict.fromkeys(f"{a} {b}" for a, b in zip(folded, folded[1:])))
    for i, repaired in _repaired_pairs(folded, vocabulary, typed):
        pairs.append(" ".join(repaired))
        for offset, word in enumerate(repaired):
            concept = owner.get(i + offset)
            if concept is not None and word != folded[i + offset] and \
                    all(alt != (word,) for alt, _ in concepts[concept]):
                # The word as typed never stands beside its neighbour in any lesson: it is
                # more likely a slip than meant, so the respelled word leads.
                concepts[concept] = [(alt, min(w, DOUBTFUL_WEIGHT)) for alt, w in concepts[concept]]
                concepts[concept].insert(0, ((word,), 1.0))
    accented = tuple(w for w in typed if w != fold(w))
    kept = [k for k, c in enumerate(concepts) if c]
    return QueryPlan(typed, tuple(Concept(tuple(concepts[k]), frozenset(trusted[k])) for k in kept),
                     tuple(dict.fromkeys(pairs)),
                     accented, tuple(folded), tuple(positions[k] for k in kept))


def _repaired_pairs(folded: list[str], vocabulary: Vocabulary, typed: list[str]) -> list[tuple[int, tuple[str, str]]]:
    """Two typed words that never stand together in the lessons, but do when one of them is
    spelled as a dialect may write it: "nua dao" -> "lua dao" (n/l), "su ly" -> "xu ly" (s/x).
    A word typed with accents is taken as meant ("bánh chưng" is not "bằng chứng")."""
    found = []

    def spellings(i: int) -> list[str]:
        word = folded[i]
        return [word] if typed[i] != word else [word, *vocabulary.sound_alikes(word)]

    for i, (a, b) in enumerate(zip(folded, folded[1:])):
        if f"{a} {b}" in vocabulary.known_pairs:
            continue
        options = [(x, y) for x in spellings(i) for y in spellings(i + 1)
                   if (x, y) != (a, b) and f"{x} {y}" in vocabulary.known_pairs]
        if 0 < len(options) <= 2:
            found += [(i, option) for option in options]
    return found


def _synonym_phrase(folded: list[str], start: int, longest: int,
                    synonyms: dict[tuple[str, ...], tuple]) -> tuple[str, ...] | None:
    for size in range(min(longest, len(folded) - start), 0, -1):
        phrase = tuple(folded[start:start + size])
        if phrase in synonyms:
            return phrase
    return None


def _word_alternatives(word: str, vocabulary: Vocabulary, still_typing: bool,
                       accented: bool) -> tuple[list[tuple[tuple[str, ...], float]], set[tuple[str, ...]]]:
    """The alternatives of one typed word, and those of them that are sure (see Concept)."""
    known = word in vocabulary
    found: dict[tuple[str, ...], float] = {}
    sure: set[tuple[str, ...]] = {(word,)}
    if known:
        found[(word,)] = 1.0
    table = search_words()
    if (word,) in table.synonyms:
        for phrase in table.synonyms[(word,)][1:]:
            found.setdefault(phrase, SYNONYM_WEIGHT)
            sure.add(phrase)
    completed = False
    if still_typing and len(word) >= 2:
        for completion in vocabulary.completions(word, COMPLETIONS):
            found.setdefault((completion,), 1.0 if completion == word else COMPLETION_WEIGHT)
            completed = True
    if not known and not completed and not accented:
        # Typed with accents, a word the lessons lack is meant as typed: no respelling.
        for near, weight in vocabulary.near(word):
            found.setdefault(near, weight)
            if weight >= SURE_NEAR_WEIGHT:
                sure.add(near)
    return sorted(found.items(), key=lambda kv: -kv[1]), sure


def score_docs(index: SearchIndex, plan: QueryPlan) -> Scored:
    n_docs, n_concepts = len(index.docs), len(plan.concepts)
    if not n_docs or not n_concepts:
        return _NOTHING
    raw = np.zeros(n_docs, dtype=np.float32)
    held_by_concept: list[np.ndarray] = []
    held = np.zeros(n_docs, dtype=np.float32)  # sum over topics of the share the passage's own text holds
    lesson_held = np.zeros(index.lesson_count, dtype=np.float32)  # the same, anywhere in the lesson
    for concept in plan.concepts:
        best_score = np.zeros(n_docs, dtype=np.float32)
        best_share = np.zeros(n_docs, dtype=np.float32)
        best_lesson_share = np.zeros(n_docs, dtype=np.float32)
        trusted_held = np.zeros(n_docs, dtype=bool)
        typed_size = len(concept.alternatives[0][0])
        for alt_words, weight in concept.alternatives:
            alt_score = np.zeros(n_docs, dtype=np.float32)
            alt_count = np.zeros(n_docs, dtype=np.float32)
            own_count = np.zeros(n_docs, dtype=np.float32)
            for word in alt_words:
                parts = index.term_scores(word)
                if parts is not None:
                    alt_score += parts[0]
                    alt_count += parts[0] > 0
                    own_count += parts[1] > 0
            if not alt_count.any():
                continue
            together = np.zeros(n_docs, dtype=np.float32)
            for a, b in zip(alt_words, alt_words[1:]):  # a phrase holds together
                parts = index.term_scores(f"{a} {b}")
                if parts is not None:
                    alt_score += parts[0]
                    together += parts[0] > 0
            factor = weight ** 0.5 / len(alt_words)
            if alt_words in concept.trusted:
                np.maximum(trusted_held, own_count > 0, out=trusted_held)
            if len(alt_words) > 1:
                # A phrase counts when whole ("ngân hàng" is not "hằng" in a title), and a
                # synonym as long as the words typed ("nguồn" -> "nguồn đáng tin" is not
                # three words' worth).
                whole = (alt_count / len(alt_words)) ** 2 * (0.3 + 0.7 * together / (len(alt_words) - 1))
                alt_score *= typed_size / len(alt_words) * whole
            np.maximum(best_score, weight * alt_score, out=best_score)
            np.maximum(best_share, factor * own_count, out=best_share)
            np.maximum(best_lesson_share, factor * alt_count, out=best_lesson_share)
        raw += best_score
        held += best_share
        held_by_concept.append(trusted_held)
        lesson_held += np.maximum.reduceat(best_lesson_share, index.lesson_starts)
    matched = raw > 0
    if not matched.any():
        return _NOTHING
    for pair in plan.pairs:
        parts = index.term_scores(pair)
        if parts is not None:
            raw += PAIR_WEIGHT * parts[0] * matched
    bonus = np.ones(n_docs, dtype=np.float32)
    # Only accented words some lesson has count: "tượ" (still typing "tượng") says nothing.
    accented = [w for w in plan.accented if w in index.exact_lessons or w in index.exact_passages]
    if accented:
        exact = np.zeros(n_docs, dtype=np.float32)
        for word in accented:
            exact += index.exact_mask(word)
        bonus += ACCENT_BONUS * exact / len(accented)
    coverage = held / n_concepts
    doc_scores = raw * coverage * coverage * bonus
    lesson_coverage = lesson_held / n_concepts
    lesson_scores = np.maximum.reduceat(raw * bonus, index.lesson_starts) * lesson_coverage * lesson_coverage
    return Scored(doc_scores, coverage, lesson_scores, lesson_coverage, tuple(held_by_concept))


def held_words_and_pairs(index: SearchIndex, plan: QueryPlan, scored: Scored,
                         doc_id: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What of the query a passage's own text holds, as the folded typed words and neighbouring
    pairs ("a b"), counting near words and synonyms: "cccd" is held by a passage that says
    "căn cước", "tom tac" by one that says "tóm tắt". Hỏi gia sư judges coverage with it."""
    concept_at: dict[int, int] = {}
    for c, positions in enumerate(plan.positions):
        for p in positions:
            concept_at[p] = c
    words = tuple(dict.fromkeys(plan.folded[p] for c, positions in enumerate(plan.positions)
                                if scored.held[c][doc_id] for p in positions))
    pairs = []
    for p in range(len(plan.folded) - 1):
        a, b = plan.folded[p], plan.folded[p + 1]
        ca, cb = concept_at.get(p), concept_at.get(p + 1)
        if index.passage_has(f"{a} {b}", doc_id):
            pairs.append(f"{a} {b}")
        elif ca is not None and ca == cb and scored.held[ca][doc_id]:
            pairs.append(f"{a} {b}")  # one phrase of the synonym table, held as a whole
        elif ca is not None and cb is not None and ca != cb and \
                _alternatives_side_by_side(index, plan.concepts[ca], plan.concepts[cb], doc_id):
            pairs.append(f"{a} {b}")
    return words, tuple(dict.fromkeys(pairs))


def _alternatives_side_by_side(index: SearchIndex, left: Concept, right: Concept, doc_id: int) -> bool:
    for left_words in left.trusted:
        for right_words in right.trusted:
            if index.passage_has(f"{left_words[-1]} {right_words[0]}", doc_id):
                return True
    return False
