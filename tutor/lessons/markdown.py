"""The little Markdown a lesson uses: front matter, `## ` sections, tables, images.

A line scanner is enough here and keeps line numbers exact; lessons are
rendered by the UI, this module only splits and measures them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.lessons.textnorm import words

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_LINK = re.compile(r"(?<!!)\[([^\]]*)\]\([^)]*\)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+")
_INLINE_MARKUP = re.compile(r"[*_`~]+")


class FrontMatterMissing(ValueError):
    pass


@dataclass(frozen=True)
class SplitLesson:
    front_matter: str
    front_matter_line: int  # file line of the first front-matter line
    body: str
    body_line: int  # file line of the first body line


def split_front_matter(text: str) -> SplitLesson:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise FrontMatterMissing("a lesson file must start with a '---' line opening the YAML front matter")
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return SplitLesson(
                front_matter="\n".join(lines[1:index]),
                front_matter_line=2,
                body="\n".join(lines[index + 1:]),
                body_line=index + 2,
            )
    raise FrontMatterMissing("the YAML front matter is never closed with a '---' line")


@dataclass(frozen=True)
class RawSection:
    heading: str
    markdown: str
    line: int  # body-relative line (1-based) of the heading


@dataclass(frozen=True)
class Block:
    """A paragraph or list item of prose, with the body line each of its lines came from."""

    lines: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class BodyScan:
    preamble: str
    preamble_line: int
    sections: tuple[RawSection, ...]
    other_headings: tuple[tuple[int, str], ...]  # (line, text) of '# ' headings: not section breaks
    has_table: bool
    images: tuple[tuple[int, str], ...]  # (line, target)
    prose: tuple[Block, ...]


def scan_body(body: str) -> BodyScan:
    lines = body.split("\n")
    in_code = False
    sections: list[tuple[str, int, list[str]]] = []
    preamble: list[str] = []
    preamble_line = 0
    other_headings: list[tuple[int, str]] = []
    images: list[tuple[int, str]] = []
    prose: list[Block] = []
    block: list[tuple[int, str]] = []
    has_table = False

    def close_block() -> None:
        if block:
            prose.append(Block(tuple(block)))
            block.clear()

    for index, line in enumerate(lines):
        number = index + 1
        target = sections[-1][2] if sections else preamble
        if _FENCE.match(line):
            in_code = not in_code
            close_block()
            target.append(line)
            continue
        if in_code:
            target.append(line)
            continue
        heading = _HEADING.match(line)
        if heading and len(heading.group(1)) == 2:
            close_block()
            sections.append((heading.group(2), number, []))
            continue
        if heading:
            close_block()
            if len(heading.group(1)) == 1:
                other_headings.append((number, heading.group(2)))
            target.append(line)
            continue
        target.append(line)
        if not sections and line.strip() and not preamble_line:
            preamble_line = number
        images.extend((number, m.group(2)) for m in _IMAGE.finditer(line))
        if _TABLE_RULE.match(line):
            has_table = True
        if not line.strip() or line.lstrip().startswith("|"):
            close_block()
            continue
        if _LIST_ITEM.match(line) or line.lstrip().startswith(">"):
            close_block()
        block.append((number, line))
    close_block()
    return BodyScan(
        preamble="\n".join(preamble).strip(),
        preamble_line=preamble_line or 1,
        sections=tuple(RawSection(h, "\n".join(body_lines).strip("\n"), ln) for h, ln, body_lines in sections),
        other_headings=tuple(other_headings),
        has_table=has_table,
        images=tuple(images),
        prose=tuple(prose),
    )


def plain_text(markdown: str) -> str:
    """Readable text without markup, for word counts, the search index and snippets."""
    out: list[str] = []
    for line in markdown.split("\n"):
        if _FENCE.match(line) or _TABLE_RULE.match(line):
            continue
        line = _IMAGE.sub(lambda m: m.group(1), line)
        line = _LINK.sub(lambda m: m.group(1), line)
        line = re.sub(r"^\s*#{1,6}\s+", "", line)
        line = re.sub(r"^\s*>\s?", "", line)
        line = _LIST_ITEM.sub("", line)
        line = line.replace("|", " ")
        line = _INLINE_MARKUP.sub("", line)
        out.append(re.sub(r"\s+", " ", line).strip())
    return "\n".join(x for x in out)


def word_count(markdown: str) -> int:
    return len(words(plain_text(markdown)))


@dataclass(frozen=True)
class Sentence:
    line: int  # body-relative
    text: str

    @property
    def word_count(self) -> int:
        return len(words(self.text))


def sentences(block: Block) -> list[Sentence]:
    """Split a prose block into sentences, each with the line where it starts."""
    text = ""
    starts: list[tuple[int, int]] = []  # (offset in text, line)
    for line_number, line in block.lines:
        line = line.strip()
        if not text:
            line = _LIST_ITEM.sub("", line, count=1)
        else:
            text += " "
        starts.append((len(text), line_number))
        text += line
    result: list[Sentence] = []
    for offset, sentence in _split_keep_offsets(text):
        line = max(ln for start, ln in starts if start <= offset)
        plain = plain_text(sentence)
        if words(plain):
            result.append(Sentence(line, plain))
    return result


def _split_keep_offsets(text: str) -> list[tuple[int, str]]:
    pieces: list[tuple[int, str]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        pieces.append((start, text[start:match.start()]))
        start = match.end()
    pieces.append((start, text[start:]))
    return [(o, s) for o, s in pieces if s.strip()]


def split_text_sentences(text: str) -> list[str]:
    """Sentences of a plain field (prompt, explanation): newlines also end a sentence."""
    result: list[str] = []
    for line in text.split("\n"):
        result.extend(s for _, s in _split_keep_offsets(line.strip()))
    return result


def image_alts(markdown: str) -> list[tuple[int, str, str]]:
    """Every image of a body as (body line, alt text, target), for the picture rule."""
    return [(number, " ".join(m.group(1).split()), m.group(2))
            for number, line in enumerate(markdown.split("\n"), start=1)
            for m in _IMAGE.finditer(line)]
