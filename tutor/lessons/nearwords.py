"""Near words: what a query word may have meant when the lessons never use it.

Villagers type without accents, with Telex or VNI keys left in when the keyboard
tool is off ("luwaf" / "lu7a2" for "lừa"), with the spelling slips of their
dialect ("nừa đảo", "sử lý", "chanh chấp"), with a letter missed or doubled, or
with two words run together ("luadao"). Each rule below turns such a word into
words the lessons' vocabulary really has; search weighs them below exact words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

# Telex vowel keys (aw ă, aa â, ee ê, oo ô, ow ơ, uw ư, w alone ư) and tone keys at the end.
_TELEX_VOWELS = (("uow", "uo"), ("aw", "a"), ("aa", "a"), ("ee", "e"), ("oo", "o"), ("ow", "o"),
                 ("uw", "u"), ("w", "u"), ("dd", "d"))
_TELEX_TONE = re.compile(r"(?<=[a-z])[sfrxjz]$")

# Initial and final sounds that dialects merge in writing: keyed alike, found alike.
_INITIALS = (("ngh", "ng"), ("gh", "g"), ("gi", "d"), ("tr", "ch"), ("r", "d"), ("s", "x"),
             ("l", "n"), ("kh", "kh"), ("k", "c"), ("q", "c"), ("v", "d"))
_FINALS = (("nh", "n"), ("ng", "n"), ("ch", "t"), ("c", "t"), ("y", "i"))


def telex_plain(word: str) -> str:
    """"luwaf" -> "lua", "ddieenj" -> "dien": Telex keys left in, folded away."""
    bare = _TELEX_TONE.sub("", word)
    for keys, vowel in _TELEX_VOWELS:
        bare = bare.replace(keys, vowel)
    return bare


def vni_plain(word: str) -> str:
    """"lu7a2" -> "lua": VNI keys are digits inside a word."""
    return re.sub(r"\d", "", word) if re.search(r"[a-z]\d", word) else word


def sound_key(word: str) -> str:
    """One key for spellings dialects confuse: "nua" ~ "lua", "xu" ~ "su", "chanh" ~ "tranh"."""
    key = word
    for written, sound in _INITIALS:
        if key.startswith(written):
            key = sound + key[len(written):]
            break
    for written, sound in _FINALS:
        if key.endswith(written):
            key = key[: -len(written)] + sound
            break
    return key


@dataclass
class Vocabulary:
    """The folded words of the lessons, with how many passages hold each."""

    df: dict[str, int]
    known_pairs: set[str]  # "a b": two words that stand side by side somewhere
    _sorted: list[str] = field(init=False)
    _by_sound: dict[str, list[str]] = field(init=False)
    _fuzzy_choices: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self._sorted = sorted(self.df)
        self._by_sound = {}
        for word in self._sorted:
            self._by_sound.setdefault(sound_key(word), []).append(word)
        self._fuzzy_choices = [w for w in self._sorted if len(w) >= 2 and not w.isdigit()]

    def __contains__(self, word: str) -> bool:
        return word in self.df

    def completions(self, prefix: str, limit: int) -> list[str]:
        """Words that start with ``prefix`` (a word still being typed), most common first."""
        start = bisect_left(self._sorted, prefix)
        found = []
        for word in self._sorted[start:]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return sorted(found, key=lambda w: (-self.df[w], w))[:limit]

    def sound_alikes(self, word: str) -> list[str]:
        """Words of the lessons spelled the way a dialect may write ``word``."""
        return [w for w in self._by_sound.get(sound_key(word), ()) if w != word]

    def near(self, word: str) -> list[tuple[tuple[str, ...], float]]:
        """Words the lessons have that ``word`` (folded, not in the lessons) may mean, each
        with a weight below 1: keys left in first, then a run-together pair, then sound-alike
        spellings, then one or two letters off."""
        found: dict[tuple[str, ...], float] = {}

        def add(words_: tuple[str, ...], weight: float) -> None:
            if (all(len(w) > 1 and w in self.df for w in words_)
                    and found.get(words_, 0.0) < weight):
                found[words_] = weight

        for plain in (telex_plain(word), vni_plain(word)):
            if plain != word:
                add((plain,), 0.9)
        for cut in range(2, len(word) - 1):
            left, right = word[:cut], word[cut:]
            if f"{left} {right}" in self.known_pairs:
                add((left, right), 0.85)
        for other in self.sound_alikes(word):
            add((other,), 0.75)
        if len(word) >= 3 and not found:
            limit = 1 if len(word) <= 6 else 2
            hits = process.extract(word, self._fuzzy_choices, scorer=OSA.distance,
                                   score_cutoff=limit, limit=12)
            ranked = sorted(hits, key=lambda h: (h[1], -self.df[h[0]], h[0]))[:3]
            for other, distance, _ in ranked:
                add((other,), 0.7 if distance <= 1 else 0.5)
        return sorted(found.items(), key=lambda kv: -kv[1])[:4]
