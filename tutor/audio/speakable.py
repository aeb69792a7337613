"""Lesson Markdown and UI text turned into sentences espeak-ng reads well.

espeak-ng reads raw Markdown symbols, spells URLs letter by letter, names
emoji aloud ("mặt cười toét"), reads a phone number as one big number and
says English brand names with an English voice. This module fixes what a
learner would trip over and splits the result into sentences, so the first
one can play while the rest are synthesised.
"""

from __future__ import annotations

import re
import unicodedata

from tutor.audio.vi_numbers import speak_numbers
from tutor.lessons.markdown import plain_text, split_text_sentences

MAX_SENTENCE_CHARS = 300  # longer sentences are cut at a comma, else at a space

# Abbreviations a reader expands in speech (case-sensitive).
ABBREVIATIONS = {
    "UBND": "ủy ban nhân dân",
    "HĐND": "hội đồng nhân dân",
    "HTX": "hợp tác xã",
    "BHYT": "bảo hiểm y tế",
    "BHXH": "bảo hiểm xã hội",
    "CCCD": "căn cước công dân",
    "CMND": "chứng minh nhân dân",
    "THPT": "trung học phổ thông",
    "THCS": "trung học cơ sở",
    "TP.": "thành phố",
}

# How Vietnamese speakers say these words, spelt so the Vietnamese voice says
# them that way. All-capital keys match exactly ("AI" must not touch "ai",
# "who"); the others match in any case.
PRONUNCIATIONS = {
    "AI": "ây ai",
    "OTP": "ô tê pê",
    "ChatGPT": "chát giê pê tê",
    "GPT": "giê pê tê",
    "Zalo": "da lô",
    "Facebook": "phây búc",
    "Google": "gu gồ",
    "YouTube": "diu túp",
    "TikTok": "tích tốc",
    "Gemini": "dem mi nai",
    "Copilot": "cô pai lốt",
    "email": "i meo",
    "e-mail": "i meo",
    "online": "on lai",
    "video": "vi đê ô",
    "deepfake": "đíp phếch",
    "Wi-Fi": "oai phai",
    "wifi": "oai phai",
}

# Vietnamese letter names, for spelling out other all-capital abbreviations (OTP, USB).
LETTER_NAMES = {
    "A": "a", "B": "bê", "C": "xê", "D": "dê", "Đ": "đê", "E": "e", "F": "ép", "G": "giê",
    "H": "hát", "I": "i", "J": "gi", "K": "ca", "L": "e lờ", "M": "em mờ", "N": "en nờ",
    "O": "o", "P": "pê", "Q": "quy", "R": "e rờ", "S": "ét", "T": "tê", "U": "u", "V": "vê",
    "W": "vê kép", "X": "ích", "Y": "i dài", "Z": "dét",
}

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_SENTENCE_END = ".!?…:;"
_CLOSERS = "\"'”’»)]"

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"“”]+", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_DATE = re.compile(r"\b(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])/((?:19|20)\d\d)\b")
# A number that starts with 0 (phone numbers, PINs, account numbers) or runs to
# 9 digits and more without separators is read digit by digit, as people say them.
_PHONE = re.compile(r"(?<![\d.,])(?:0\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}|0\d+|\d{9,})(?![\d]|[.,]\d)")
_ALLCAPS = re.compile(r"\b[A-Z]{2,5}\b")
_SYMBOLS = {
    "°C": " độ C", "°F": " độ F", "°": " độ",
    "→": ", ", "⇒": ", ", "->": ", ", "=>": ", ", "←": ", ",
    "•": ", ", "◦": ", ", "▪": ", ", "‣": ", ", "·": ", ",
    "&": " và ", "…": "...", "\u00a0": " ",
}
# Unicode categories dropped: other symbols (emoji, dingbats, arrows not mapped
# above), modifier symbols (skin tones), enclosing marks (keycaps), format
# characters (zero-width joiners, variation selectors live in Mn: handled below),
# private use, surrogates, unassigned, control characters.
_DROP_CATEGORIES = {"So", "Sk", "Me", "Cf", "Co", "Cs", "Cn", "Cc"}
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def speech_sentences(text: str, max_chars: int = MAX_SENTENCE_CHARS) -> list[str]:
    """The sentences to speak for lesson Markdown or plain UI text, in order.

    Empty when nothing is left to say (empty text, emoji only, markup only).
    """
    sentences: list[str] = []
    for block in markdown_blocks(unicodedata.normalize("NFC", text or "")):
        for sentence in split_text_sentences(clean_for_speech(block)):
            sentence = sentence.strip(" ,")
            if _speakable(sentence):
                sentences.extend(_limit_length(sentence, max_chars))
    return sentences


def markdown_blocks(markdown: str) -> list[str]:
    """Paragraphs, headings, list items and table rows as plain text, each ending
    in punctuation so espeak pauses between them as a reader would."""
    blocks: list[str] = []
    paragraph: list[str] = []
    lines = markdown.split("\n")

    def flush() -> None:
        if paragraph:
            blocks.append(" ".join(paragraph))
            paragraph.clear()

    index = 0
    in_code = False
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        index += 1
        if _FENCE.match(line):
            flush()
            in_code = not in_code
        elif in_code:
            if stripped:
                blocks.append(stripped)
        elif not stripped:
            flush()
        elif stripped.startswith("|"):
            flush()
            rows = [stripped]
            while index < len(lines) and lines[index].strip().startswith("|"):
                rows.append(lines[index].strip())
                index += 1
            blocks.extend(_table_sentences(rows))
        elif _HEADING.match(line) or _LIST_ITEM.match(line):
            flush()
            if _HEADING.match(line):
                blocks.append(line)
            else:
                paragraph.append(line)
        else:
            paragraph.append(line)
    flush()
    out = []
    for block in blocks:
        plain = " ".join(plain_text(block).split())
        if plain:
            ends_sentence = plain.rstrip(_CLOSERS)[-1:] in tuple(_SENTENCE_END)
            out.append(plain if ends_sentence else plain + ".")
    return out


def _table_sentences(rows: list[str]) -> list[str]:
    """A table read row by row: "Vốn bỏ ra: Ngô vừa, Lạc vừa, Rau ít."

    Each cell is said with its column heading, since a listener cannot glance
    back up at the header row.
    """
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows]
    has_header = len(rows) >= 2 and _TABLE_RULE.match(rows[1]) is not None
    if not has_header:
        return [", ".join(c for c in row if c) for row in cells if any(row)]
    header = cells[0]
    out = [", ".join(h for h in header if h)] if any(header) else []
    for row in cells[2:]:
        if not any(row):
            continue
        parts = []
        for column, cell in enumerate(row[1:], start=1):
            if not cell:
                continue
            heading = header[column] if column < len(header) else ""
            parts.append(f"{heading} {cell}".strip())
        first = row[0]
        out.append(f"{first}: {', '.join(parts)}" if first and parts else first or ", ".join(parts))
    return out


def clean_for_speech(text: str) -> str:
    """One piece of plain text with URLs, numbers, abbreviations and symbols made speakable."""
    text = unicodedata.normalize("NFC", text)
    text = _URL.sub(_speak_url, text)
    text = _EMAIL.sub(_speak_email, text)
    text = _DATE.sub(lambda m: f"{int(m.group(1))} tháng {int(m.group(2))} năm {m.group(3)}", text)
    text = _PHONE.sub(lambda m: " ".join(ch for ch in m.group(0) if ch.isdigit()), text)
    text = speak_numbers(text)
    for symbol, spoken in _SYMBOLS.items():
        text = text.replace(symbol, spoken)
    text = _replace_words(text)
    text = _VARIATION_SELECTORS.sub("", text)
    text = "".join(
        " " if unicodedata.category(ch) in _DROP_CATEGORIES and ch not in "\n\t" else ch
        for ch in text
    )
    text = re.sub(r"\s+([,.!?;:])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    return " ".join(text.split())


def _replace_words(text: str) -> str:
    for word, spoken in ABBREVIATIONS.items():
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", spoken, text)
    for word, spoken in PRONUNCIATIONS.items():
        flags = 0 if word.isupper() else re.IGNORECASE
        text = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", spoken, text, flags=flags)
    return _ALLCAPS.sub(lambda m: " ".join(LETTER_NAMES[ch] for ch in m.group(0)), text)


def _speak_url(match: re.Match) -> str:
    url = match.group(0)
    trailing = ""
    while url and url[-1] in ".,;:!?)]}'’":
        trailing = url[-1] + trailing
        url = url[:-1]
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE).split("/")[0].split(":")[0]
    labels = [label for label in host.split(".") if label]
    spoken = " chấm ".join(labels) if labels else "đường dẫn"
    return f"trang {spoken}{trailing}"


def _speak_email(match: re.Match) -> str:
    user, _, domain = match.group(0).partition("@")
    return f"{user} a còng {' chấm '.join(domain.split('.'))}"


def _speakable(sentence: str) -> bool:
    return any(ch.isalnum() for ch in sentence)


def _limit_length(sentence: str, max_chars: int) -> list[str]:
    """Cut an over-long sentence at clause punctuation, else at spaces, else anywhere."""
    pieces: list[str] = []
    rest = sentence
    while len(rest) > max_chars:
        window = rest[:max_chars]
        cut = max(window.rfind(", "), window.rfind("; "), window.rfind(": "))
        if cut < max_chars // 3:
            cut = window.rfind(" ")
        if cut < max_chars // 3:
            cut = max_chars - 1
        pieces.append(rest[:cut + 1].strip())
        rest = rest[cut + 1:].strip()
    if rest:
        pieces.append(rest)
    return [p for p in pieces if _speakable(p)]
