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
    decomposed = unicodedata.normalize("NFD", nfc(text).lower())
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", bare.replace("đ", "d"))


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, its index in ``text``.

    Lets search find words in folded text and cut the snippet from the
    original, accented text.
    """
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
