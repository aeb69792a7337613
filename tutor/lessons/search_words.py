"""The word data search and "Hỏi gia sư" share: stopwords and synonym groups.

Kept as data (search_words.yaml) so a teacher or content author can add the words
villagers use without touching code. Loaded once, NFC, folded where search needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from tutor.lessons.textnorm import fold, nfc, words

WORDS_FILE = Path(__file__).with_name("search_words.yaml")


@dataclass(frozen=True)
class SearchWords:
    stopwords: frozenset[str]  # accented, lowercase NFC
    plain_stopwords: frozenset[str]  # folded
    # folded phrase (tuple of words) -> every phrase of its group, folded, the phrase itself first
    synonyms: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    longest_phrase: int

    def is_stopword(self, typed_word: str) -> bool:
        """``typed_word`` lowercase NFC as typed: accents, when typed, decide."""
        bare = fold(typed_word)
        return typed_word in self.stopwords if typed_word != bare else bare in self.plain_stopwords


@lru_cache(maxsize=1)
def search_words() -> SearchWords:
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    stop = frozenset(nfc(w) for w in data["stopwords"].split())
    plain = frozenset(data["plain_stopwords"].split())
    synonyms: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for group in data["synonyms"]:
        phrases = [tuple(words(fold(str(p)))) for p in group]
        phrases = list(dict.fromkeys(p for p in phrases if p))
        for phrase in phrases:
            others = [p for p in phrases if p != phrase]
            known = synonyms.get(phrase, (phrase,))
            synonyms[phrase] = tuple(dict.fromkeys(known + tuple(others)))
    longest = max((len(p) for p in synonyms), default=1)
    return SearchWords(stop, plain, synonyms, longest)
