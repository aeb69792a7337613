"""Shaped decoding for a base model: the prompt's bullet count and word limit
shape the answer, so it has the form the prompt asked for.

A small base model does not count. Asked for "4 đến 6 gạch đầu dòng, dưới 80
chữ" it writes a paragraph, or twelve bullets, or 300 words. The learner should
see that asking for a format and a length works, so for base models the worker
reads those two parts from the prompt (accents optional, as people type),
starts a list answer with its first marker ("-" or "1.", which a base model
continues as a list), lets a list that is too short go on with its next marker,
and ends the answer when the shape is complete, at a line or sentence end. Content stays the model's own: only lines and words are counted.

A llama.cpp GBNF grammar for the same shape was measured first: it held the
shape, but on Gemma's 262k-token vocabulary it slowed decoding to 0.22x
(MODELS.md); a logits processor that forced the next marker cost 0.63x (every
token copies the 262k scores); this guard between pieces costs almost nothing.

Only what the prompt states is enforced: no count, no shaping. A prompt that
drops its length limit gets a longer answer, which is the lesson.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.lessons.textnorm import fold

NUMBER_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7,
                "tam": 8, "chin": 9, "muoi": 10}
_NUM = r"(\d+|" + "|".join(NUMBER_WORDS) + r")"
_BULLET_WORDS = r"(?:gach dau dong|gach dong|dau gach|y chinh|dong|y|dieu|buoc|cau hoi|nhan xet)"
_RANGE = re.compile(_NUM + r"\s*(?:den|toi|-|–)\s*" + _NUM + r"\s+(?:y\s+|dong\s+)?" + _BULLET_WORDS)
_COUNT = re.compile(_NUM + r"\s+(?:y\s+|dong\s+)?(?:gach dau dong|y chinh|dieu nhac|nhan xet)")
_NUMBERED = re.compile(r"danh so")
_LIMIT = re.compile(r"(?:duoi|khong qua|toi da|it hon|chua toi|khong dai qua)\s*" + _NUM + r"\s*(?:chu|tu)\b")
_ABOUT = re.compile(r"khoang\s*" + _NUM + r"\s*(?:chu|tu)\b")
_TABLE = re.compile(r"\bbang\b.*\bcot\b|\bcot\b.*\bbang\b")

DEFAULT_LIST = (3, 8)          # "thành gạch đầu dòng" without a number
MAX_ITEMS = 12
WORD_SHARE = 0.9               # our words are space-separated; the checks count a bit more


@dataclass(frozen=True)
class Shape:
    items: tuple[int, int] | None = None   # bullet lines wanted, (min, max)
    numbered: bool = False
    max_words: int | None = None

    @property
    def constrained(self) -> bool:
        return self.items is not None or self.max_words is not None


def _number(token: str) -> int:
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


def instruction_part(message: str) -> str:
    """The request itself: the first paragraph. What follows a blank line is
    material (notes to summarise, lesson passages) whose words ask nothing."""
    return re.split(r"\n\s*\n", message.strip(), maxsplit=1)[0]


def read_shape(prompt: str) -> Shape:
    """The format and length a prompt asks for (only what it says plainly, in
    its first paragraph: the notes or lesson passages after it do not count)."""
    text = fold(instruction_part(prompt))
    if _TABLE.search(text):
        items = None   # a table is not a list; only its length is kept
    elif match := _RANGE.search(text):
        low, high = sorted((_number(match.group(1)), _number(match.group(2))))
        items = (max(1, low), min(MAX_ITEMS, high))
    elif (match := _COUNT.search(text)) and _number(match.group(1)) > 1:
        n = min(MAX_ITEMS, _number(match.group(1)))
        items = (n, n)   # "mỗi lời là một gạch đầu dòng" is not a count: n > 1
    elif re.search(r"gach dau dong|danh sach danh so|dong co danh so|mot dong co danh so", text):
        items = DEFAULT_LIST
    else:
        items = None
    limit = None
    if match := _LIMIT.search(text):
        limit = _number(match.group(1))
    elif match := _ABOUT.search(text):
        limit = int(_number(match.group(1)) * 1.1)
    return Shape(items, bool(items and _NUMBERED.search(text)), limit)


_BULLET_START = re.compile(r"\s*(?:[-*•]|\d+[.)])\s")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s*$")
WORDS_BEFORE_CLEAN_STOP = 0.8   # past this share of the limit, the next sentence end finishes


def prefill(shape: Shape) -> str:
    """What the answer starts with: a base model continues a list it sees begun."""
    if shape.items is None:
        return ""
    return "1." if shape.numbered else "-"   # the model brings the space with its next word


class ShapeGuard:
    """Ends an answer once it has the shape its prompt asked for.

    Fed the streamed pieces in order; ``accept`` returns the part of a piece to
    keep and whether to stop here. A list is complete after its largest count
    of items, or at the first line that is not an item once the smallest count
    is there; a word limit ends the answer at the first sentence end past 80 %
    of it, and at the limit itself.

    A list that is still too short when the model ends it, or starts a line that
    is not an item, is not complete: ``next_item()`` gives the marker the worker
    appends before it lets the model go on (the prompt and the answer so far
    are in the KV cache, so going on costs no re-reading).
    """

    def __init__(self, shape: Shape, start: str = ""):
        self.shape = shape
        self.text = start
        self.done = False        # the shape is complete
        self.wants_item = False  # stopped before a line that should have been an item
        self.limit = int(shape.max_words * WORD_SHARE) if shape.max_words else None

    def accept(self, piece: str) -> tuple[str, bool]:
        kept = []
        for part in re.split(r"(?<=\n)", piece):
            if not part or self.done or self.wants_item:
                continue
            if self._complete_before(part):
                self.done = True
                break
            if self._too_short_for(part):
                self.wants_item = True
                break
            kept.append(part)
            self.text += part
        return "".join(kept), self.done or self.wants_item

    def items(self) -> int:
        return sum(1 for line in self.text.splitlines() if _BULLET_START.match(line + " "))

    def too_short(self) -> bool:
        return self.shape.items is not None and self.items() < self.shape.items[0]

    def next_item(self) -> str:
        """The marker that starts the next item, on a line of its own."""
        self.wants_item = False
        number = self.items() + 1
        marker = f"{number}." if self.shape.numbered else "-"
        prefix = "" if self.text.endswith("\n") or not self.text else "\n"
        self.text += prefix + marker
        return prefix + marker

    def _too_short_for(self, part: str) -> bool:
        at_line_start = self.text.endswith("\n") or not self.text
        return at_line_start and self.too_short() and bool(part.strip()) \
            and not _BULLET_START.match(part + " ")

    def _complete_before(self, part: str) -> bool:
        from tutor.lessons.textnorm import words

        at_line_start = self.text.endswith("\n") or not self.text
        if self.shape.items is not None and at_line_start:
            low, high = self.shape.items
            items = self.items()
            if items >= high:
                return True
            if items >= low and part.strip() and not _BULLET_START.match(part + " "):
                return True   # the list is long enough and something else begins
        if self.limit is not None:
            count = len(words(self.text))
            if count + len(words(part)) > self.limit:
                return True
            if count >= WORDS_BEFORE_CLEAN_STOP * self.limit and _SENTENCE_END.search(self.text):
                return True
        return False

