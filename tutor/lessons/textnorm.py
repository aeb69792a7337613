"""Vietnamese text helpers shared by the loader, the checker and search.

Search folds text because people often type without accents, and SQLite's
unicode61 tokenizer removes vowel marks but leaves đ alone (Unicode gives đ no
decomposition), so the folding is done here for both the index and the query.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# unicode61 splits on everything that is not a letter, a digit or a private-use
# character; the same rule here keeps our query tokens equal to the index tokens.
_TOKEN = re.compile(r"[^\W_]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def fold(text: str) -> str:
    """Lowercase, without diacritics, đ/Đ -> d: "Đường Lạc" -> "duong lac"."""
    lowered = nfc(text).lower()
    if not _NOT_LATIN.search(lowered):
        # Every Vietnamese letter is in the Latin blocks: one table lookup per character
        # (search folds whole lessons when it builds its index).
        return lowered.translate(_LATIN_FOLDS)
    return _fold_slowly(lowered)


def _fold_slowly(lowered: str) -> str:
    decomposed = unicodedata.normalize("NFD", lowered)
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", bare.replace("đ", "d"))


# Latin letters (folded by the table) and punctuation, symbols and arrows (which fold to
# themselves: none decomposes into a base and marks); anything else takes the slow path.
_NOT_LATIN = re.compile(r"[^\x00-\x7f\u00a0-\u00bf\u00c0-\u024f\u1e00-\u1eff\u2002-\u206f\u20a0-\u20cf"
                        r"\u2500-\u27bf]")
_LATIN_FOLDS = {code: _fold_slowly(chr(code)) for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
                if _fold_slowly(chr(code)) != chr(code)}
assert all(len(v) == 1 for v in _LATIN_FOLDS.values())  # fold_with_offsets relies on it


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, its index in ``text``.

    Lets search find words in folded text and cut the snippet from the
    original, accented text.
    """
    lowered = text.lower()
    if len(lowered) == len(text) and not _NOT_LATIN.search(lowered):
        # Vietnamese text: every character folds to exactly one character.
        return lowered.translate(_LATIN_FOLDS), list(range(len(text)))
    out: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(out), offsets


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    # Snippets fold whole sections character by character; the alphabet is small.
    return fold(ch)


def words(text: str) -> list[str]:
    """Words as a reader counts them: runs of letters or digits."""
    return _TOKEN.findall(text)
