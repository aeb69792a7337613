"""Shaped decoding for a base model: the prompt's bullet count and word limit
shape the answer, so it has the form the prompt asked for.

A small base model does not count. Asked for "4 đến 6 gạch đầu dòng, dưới 80
chữ" it writes a paragraph, or twelve bullets, or 300 words. The learner should
see that asking for a format and a length works, so for base models the worker
reads those two parts from the prompt (accents optional, as people type),
starts a list answer with its first marker ("- " or "1. ", which a base model
continues as a list) and ends the answer when the shape is complete, at a line
or sentence end. Content stays the model's own: only lines and words are counted.

A llama.cpp GBNF grammar for the same shape was measured first: it held the
shape, but on Gemma's 262k-token vocabulary it slowed decoding to 0.22x
(MODELS.md), so the shape is kept by this guard between tokens instead.

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
    keep and whether the answer is complete. A list is complete after its
    largest count of items, or at the first line that is not an item once the
    smallest count is there; a word limit ends the answer at the first sentence
    end past 80 % of it, and at the limit itself.
    """

    def __init__(self, shape: Shape, start: str = ""):
        self.shape = shape
        self.text = start
        self.done = False
        self.limit = int(shape.max_words * WORD_SHARE) if shape.max_words else None

    def accept(self, piece: str) -> tuple[str, bool]:
        kept = []
        for part in re.split(r"(?<=\n)", piece):
            if not part or self.done:
                continue
            if self._complete_before(part):
                self.done = True
                break
            kept.append(part)
            self.text += part
        return "".join(kept), self.done

    def _complete_before(self, part: str) -> bool:
        from tutor.lessons.textnorm import words

        at_line_start = self.text.endswith("\n") or not self.text
        if self.shape.items is not None and at_line_start:
            low, high = self.shape.items
            items = sum(1 for line in self.text.splitlines() if _BULLET_START.match(line + " "))
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


class ShapeSteer:
    """A llama.cpp logits processor that keeps a list going until it has its
    smallest count of items: while too few items are written, the answer may
    not end, and a new line must start with the next item's marker.

    Cheap where a grammar is not: it touches the scores only at a line start
    and for the end-of-text token, instead of checking every token of the
    vocabulary against a grammar at every step.
    """

    def __init__(self, shape: Shape, start: str, prompt_tokens: int, detokenize, eos: int,
                 marker_token: int | None, digit_tokens: dict[int, int]):
        self.shape = shape
        self.start = start
        self.prompt_tokens = prompt_tokens
        self.detokenize = detokenize
        self.eos = eos
        self.marker_token = marker_token
        self.digit_tokens = digit_tokens

    def __call__(self, input_ids, scores):
        if self.shape.items is None:
            return scores
        generated = [int(t) for t in input_ids[self.prompt_tokens:]]
        text = self.start + self.detokenize(generated).decode("utf-8", "ignore")
        items = sum(1 for line in text.splitlines() if _BULLET_START.match(line + " "))
        if items >= self.shape.items[0]:
            return scores
        scores[self.eos] = -float("inf")
        if text.endswith("\n"):
            wanted = self.digit_tokens.get(items + 1) if self.shape.numbered else self.marker_token
            if wanted is not None:
                best = float(scores.max())
                scores[wanted] = best + 100.0   # the next item's marker, whatever the model preferred
        return scores
