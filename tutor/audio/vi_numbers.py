"""Numbers, money, times and percentages in words, the way Vietnamese speakers read them.

espeak-ng reads "150.000" as "một trăm năm mươi nghìn không trăm", knows
nothing of "7h30", "50.000đ" or "2,5" (Vietnamese decimal comma), and its
digit names sound less clear than its words. Spelling them out here lets the
voice read plain words: "bảy giờ ba mươi", "năm mươi nghìn đồng", "hai phẩy năm".
Runs after phone numbers (read digit by digit) and dates have been handled.
"""

from __future__ import annotations

import re

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
SCALES = ("", "nghìn", "triệu", "tỷ")


def _triple(n: int, full: bool) -> list[str]:
    """Words for 0..999; ``full``: a group after a higher one ("không trăm linh năm")."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if full or hundreds:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if words:
                words.append("linh")
            words.append(DIGITS[units])
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else DIGITS[units])
    else:
        words += [DIGITS[tens], "mươi"]
        if units:
            words.append({1: "mốt", 4: "tư", 5: "lăm"}.get(units, DIGITS[units]))
    return words


def number_words(n: int) -> str:
    """0 ≤ n < 10^15 in words: 2025 -> "hai nghìn không trăm hai mươi lăm"."""
    if n == 0:
        return DIGITS[0]
    if n >= 10**15:
        return " ".join(DIGITS[int(d)] for d in str(n))
    groups: list[int] = []
    while n:
        groups.append(n % 1000)
        n //= 1000
    words: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        value = groups[index]
        if value == 0:
            continue
        words += _triple(value, full=bool(words))
        scale = SCALES[index] if index < 4 else "nghìn tỷ"
        if scale:
            words.append(scale)
    return " ".join(words)


def _int(text: str) -> int:
    return int(text.replace(".", ""))


def decimal_words(text: str) -> str:
    """ "2,5" -> "hai phẩy năm"; "1.250.000" -> words of the whole number."""
    whole, _, fraction = text.partition(",")
    spoken = number_words(_int(whole))
    if fraction:
        fraction_words = number_words(int(fraction)) if not fraction.startswith("0") else \
            " ".join(DIGITS[int(d)] for d in fraction)
        spoken += " phẩy " + fraction_words
    return spoken


_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_MONEY = re.compile(rf"(?<![\w.,])({_NUMBER})\s*(?:đồng|đ|VNĐ|VND|vnđ)(?!\w)")
_THOUSAND_MONEY = re.compile(rf"(?<![\w.,])({_NUMBER})\s*k(?!\w)")
_TIME = re.compile(r"(?<![\w.,:])([01]?\d|2[0-3])\s*(?:h|giờ|:)\s*([0-5]\d)(?:\s*phút)?(?![\w:])")
_HOUR = re.compile(r"(?<![\w.,:])([01]?\d|2[0-3])h(?!\w)")
_PERCENT = re.compile(rf"(?<![\w.,])({_NUMBER})\s*%")
_PLAIN = re.compile(rf"(?<![\w.,])({_NUMBER})(?![\w]|[.,]\d)")


def speak_numbers(text: str) -> str:
    text = _MONEY.sub(lambda m: f"{decimal_words(m.group(1))} đồng", text)
    text = _THOUSAND_MONEY.sub(lambda m: f"{decimal_words(m.group(1))} nghìn đồng", text)
    text = _TIME.sub(lambda m: f"{number_words(int(m.group(1)))} giờ {number_words(int(m.group(2)))}"
                     + (" phút" if m.group(0).rstrip().endswith("phút") else ""), text)
    text = _HOUR.sub(lambda m: f"{number_words(int(m.group(1)))} giờ", text)
    text = _PERCENT.sub(lambda m: f"{decimal_words(m.group(1))} phần trăm", text)
    return _PLAIN.sub(lambda m: decimal_words(m.group(1)), text)
