"""The practice task's output checks, run by the program on the AI's answer.

Every result says in plain Vietnamese what was counted or found, with the
numbers, so the learner can see why a check passed or failed. Text matching
ignores case and diacritics (people type without accents, small models drop
them). The personal-data detector lives here and is shared with the prompt
rubric: the lessons teach never to paste phone numbers, citizen ids, bank
accounts or e-mail addresses into an AI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from tutor.lessons.model import PracticeCheck
from tutor.lessons.textnorm import fold, fold_with_offsets, nfc, words
from tutor.messages import render

# --- personal data -------------------------------------------------------------------

PERSONAL_DATA_LABELS = {kind: render(f"pii.{kind}")
                        for kind in ("phone", "citizen_id", "bank_account", "email", "secret_code")}


@dataclass(frozen=True)
class PersonalDataHit:
    kind: str  # a key of PERSONAL_DATA_LABELS
    start: int  # character range in the text that was searched
    end: int
    text: str

    @property
    def label(self) -> str:
        return PERSONAL_DATA_LABELS[self.kind]


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}(?![\w-])")

# A run of digits that may be a phone, id or account number: an optional +84 / (+84)
# prefix, then digit groups joined by at most one space, dot or dash. Slashes, commas
# and colons never join groups, so dates (20/1/2026), decimals (58,5) and times (7:30)
# stay apart.
_NUMBER_RUN = re.compile(
    r"(?<![\w+])(?P<prefix>\(\+?84\)\s?|\+84[\s.\-]?)?(?P<body>\d+(?:[ .\-]\d+)*)(?![\w])"
)

# Vietnamese numbers: mobiles are 0 + 9 digits with the second digit 3, 5, 7, 8 or 9;
# landlines are 02 + 9 digits; +84 replaces the leading 0.
_MOBILE = re.compile(r"0[35789]\d{8}")
_LANDLINE = re.compile(r"02\d{9}")

# A bank account number only counts when a word for "account" stands just before it:
# a bare 10-digit number may be many things, and flagging every one would teach people
# to ignore the warning.
_ACCOUNT_WORDS = re.compile(r"(?<![^\W_])(?:so tai khoan|tai khoan|so tk|stk|tk|account|the atm|ngan hang)(?![^\W_])")
_ACCOUNT_WINDOW = 40  # folded characters between the account word and the number

_ID_WORDS = re.compile(r"(?<![^\W_])(?:can cuoc|cccd|cmnd|chung minh)(?![^\W_])")

# "mã OTP 483920", "mật khẩu: hoa1990" – a code that opens an account.
_SECRET = re.compile(
    r"(?<![^\W_])(?:ma otp|otp|mat khau|password|ma pin)(?:\s+(?:la|cua toi la|moi))?\s*[:=]?\s*"
    r"(?P<code>(?=[^\s,.;]{4})[^\s,.;]*\d[^\s,.;]*)"
)
_CURRENCY_AFTER = re.compile(r"\s*(?:d|dong|vnd|vnđ|k|nghin|ngan|trieu|ty)(?![^\W_])")
_PRICE_GROUPS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")  # 1.500.000: written like a price


def find_personal_data(text: str) -> list[PersonalDataHit]:
    """Phone numbers, 12-digit citizen ids, bank account numbers (next to a word for
    "account"), e-mail addresses, and OTP codes or passwords, in text order.

    Years, prices, dates, times and quantities are left alone: a number needs the shape
    of a Vietnamese phone or id, or an "account" word in front of it.
    """
    text = nfc(text or "")
    folded, offsets = fold_with_offsets(text)

    def original(start: int, end: int) -> tuple[int, int]:
        # the folded text is as long as the original for Vietnamese; offsets make sure
        return offsets[start], offsets[end - 1] + 1

    hits: list[PersonalDataHit] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, start: int, end: int) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        hits.append(PersonalDataHit(kind, start, end, text[start:end]))

    for match in _EMAIL.finditer(text):
        add("email", match.start(), match.end())

    for match in _SECRET.finditer(folded):
        add("secret_code", *original(match.start("code"), match.end("code")))

    for match in _NUMBER_RUN.finditer(folded):
        for kind, start, end in _numbers_in_run(folded, match):
            add(kind, *original(start, end))

    hits.sort(key=lambda h: h.start)
    return hits


def _numbers_in_run(folded: str, match: re.Match[str]) -> list[tuple[str, int, int]]:
    """The personal numbers inside one run of digit groups. A run may join unrelated
    numbers ("năm 2024 0912345678"), so every stretch of neighbouring groups is tried,
    longest first, and a stretch that is a phone, id or account is taken whole."""
    groups = [(g.start() + match.start("body"), g.end() + match.start("body"))
              for g in re.finditer(r"\d+", match.group("body"))]
    found: list[tuple[str, int, int]] = []
    i = 0
    while i < len(groups):
        for j in range(len(groups), i, -1):
            start, end = groups[i][0], groups[j - 1][1]
            prefixed = i == 0 and match.group("prefix") is not None
            kind = _classify_number(folded, start, end, prefixed)
            if kind:
                found.append((kind, match.start() if prefixed else start, end))
                i = j
                break
        else:
            i += 1
    return found


def _classify_number(folded: str, start: int, end: int, prefixed: bool) -> str | None:
    body = folded[start:end]
    digits = re.sub(r"\D", "", body)
    groups = re.split(r"[ .\-]", body)
    before = folded[max(0, start - _ACCOUNT_WINDOW):start]
    after = folded[end:end + 12]
    looks_like_price = bool(_PRICE_GROUPS.fullmatch(body)) or bool(_CURRENCY_AFTER.match(after))

    if prefixed:
        # +84 912 345 678: the country code replaces the leading zero
        return "phone" if re.fullmatch(r"[35789]\d{8}|2\d{9}", digits) else None
    if re.fullmatch(r"84[35789]\d{8}", digits) and len(groups) == 1:
        return "phone"  # 84912345678 typed without the plus

    near_account = bool(_ACCOUNT_WORDS.search(before)) and not looks_like_price
    if near_account and 9 <= len(digits) <= 14:
        return "bank_account"

    # People group phone numbers as 0912 345 678 or 091 234 5678: the first group holds
    # the whole network prefix. "05 10 15 20 25" in a table is not a phone number.
    grouped_ok = len(groups) == 1 or len(groups[0]) >= 3
    if grouped_ok and (_MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits)):
        return "phone"
    # Căn cước: 12 digits, starting with a province code 001..096.
    if grouped_ok and len(digits) == 12 and digits.startswith("0"):
        return "citizen_id"
    if _ID_WORDS.search(before[-25:]) and len(digits) in (9, 12) and not looks_like_price:
        return "citizen_id"  # the old 9-digit CMND, or an id not starting with 0
    return None


def describe_personal_data(hits: Iterable[PersonalDataHit]) -> str:
    """"số điện thoại “0912 345 678” và e-mail “…”" for messages."""
    parts = [f"{hit.label} “{hit.text}”" for hit in hits]
    return _join_vi(parts)


# --- counting ---------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-–—*•·+]|\d{1,3}[.)])\s+\S")
_LIST_MARKER = re.compile(r"^\s*(?:[-–—*•·+]|\d{1,3}[.)]|#{1,6})\s+")
# A sentence ends at . ! ? … followed by a space or the end; "58.5" and "v.v." inside a
# line do not end one. Line breaks end one too: list items rarely carry a full stop.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+|\n+")


def count_words(text: str) -> int:
    """Words as the lessons count them ("dưới 80 chữ"): each syllable or number is one."""
    return len(words(text or ""))


def bullet_lines(text: str) -> list[str]:
    """Lines that start with -, *, •, or a number like "1." or "1)", followed by text."""
    return [line for line in (text or "").splitlines() if _BULLET.match(line)]


def sentences(text: str) -> list[str]:
    found = []
    for line in (text or "").splitlines():
        line = _LIST_MARKER.sub("", line)
        for part in _SENTENCE_END.split(line):
            if words(part):
                found.append(part.strip())
    return found


def find_phrase(text: str, phrase: str) -> tuple[int, int] | None:
    """Where ``phrase`` first occurs in ``text`` as whole words, ignoring case, accents
    and spacing; the range is in the original text."""
    phrase_words = fold(phrase).split()
    if not phrase_words:
        return None
    folded, offsets = fold_with_offsets(nfc(text or ""))
    pattern = r"(?<![^\W_])" + r"\s+".join(re.escape(w) for w in phrase_words) + r"(?![^\W_])"
    match = re.search(pattern, folded)
    if not match:
        return None
    return offsets[match.start()], offsets[match.end() - 1] + 1


# --- the checks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckResult:
    kind: str
    passed: bool
    message: str  # Vietnamese, with the numbers
    spans: tuple[tuple[int, int], ...] = ()  # what to highlight in the answer
    checked: bool = True  # False: the program could not run this check (it is not counted)


def run_checks(answer_text: str, checks: Iterable[PracticeCheck]) -> list[CheckResult]:
    """One result per check, in the task's order."""
    answer = nfc(answer_text or "")
    return [_run_one(answer, check) for check in checks]


def _run_one(answer: str, check: PracticeCheck) -> CheckResult:
    runner = _RUNNERS.get(check.kind)
    if runner is None:
        return CheckResult(check.kind, True, render("check.unknown_kind"), checked=False)
    try:
        return runner(answer, check)
    except _MissingField:
        return CheckResult(check.kind, True, render("check.missing_number"), checked=False)


class _MissingField(Exception):
    pass


def _need(value: int | None) -> int:
    if value is None:
        raise _MissingField
    return value


def _max_words(answer: str, check: PracticeCheck) -> CheckResult:
    limit, count = _need(check.value), count_words(answer)
    if count <= limit:
        return CheckResult(check.kind, True, render("check.words_within", count=count, limit=limit))
    return CheckResult(check.kind, False, render("check.words_over", count=count, limit=limit))


def _min_words(answer: str, check: PracticeCheck) -> CheckResult:
    least, count = _need(check.value), count_words(answer)
    if count >= least:
        return CheckResult(check.kind, True, render("check.words_enough", count=count, least=least))
    return CheckResult(check.kind, False, render("check.words_short", count=count, least=least))


def _max_sentences(answer: str, check: PracticeCheck) -> CheckResult:
    limit, count = _need(check.value), len(sentences(answer))
    if count <= limit:
        return CheckResult(check.kind, True, render("check.sentences_within", count=count, limit=limit))
    return CheckResult(check.kind, False, render("check.sentences_over", count=count, limit=limit))


def _bullets(answer: str, check: PracticeCheck) -> CheckResult:
    low, high = check.min, check.max
    if low is None and high is None:
        raise _MissingField
    count = len(bullet_lines(answer))
    wanted = (render("check.range_between", low=low, high=high) if low is not None and high is not None
              else render("check.range_least", low=low) if low is not None
              else render("check.range_most", high=high))
    if low is not None and count < low:
        code = "check.bullets_none" if count == 0 else "check.bullets_few"
        return CheckResult(check.kind, False, render(code, count=count, wanted=wanted))
    if high is not None and count > high:
        return CheckResult(check.kind, False, render("check.bullets_many", count=count, wanted=wanted))
    return CheckResult(check.kind, True, render("check.bullets_ok", count=count, wanted=wanted))


def _must_mention(answer: str, check: PracticeCheck) -> CheckResult:
    phrases = [p for p in check.any_of if p.strip()]
    if not phrases:
        raise _MissingField
    for phrase in phrases:
        span = find_phrase(answer, phrase)
        if span:
            return CheckResult(check.kind, True, render("check.mentions", said=answer[span[0]:span[1]]), (span,))
    return CheckResult(check.kind, False, render("check.mentions_missing", phrases=_quoted_or(phrases)))


def _must_not_mention(answer: str, check: PracticeCheck) -> CheckResult:
    phrases = [p for p in check.any_of if p.strip()]
    if not phrases:
        raise _MissingField
    spans = [(p, s) for p in phrases if (s := find_phrase(answer, p))]
    if not spans:
        return CheckResult(check.kind, True, render("check.avoids", phrases=_quoted_or(phrases)))
    said = _join_vi([f"“{answer[s[0]:s[1]]}”" for _, s in spans])
    return CheckResult(check.kind, False, render("check.avoids_failed", said=said),
                       tuple(s for _, s in spans))


def _no_personal_data(answer: str, check: PracticeCheck) -> CheckResult:
    hits = find_personal_data(answer)
    if not hits:
        return CheckResult(check.kind, True, render("check.no_personal_data"))
    return CheckResult(check.kind, False, render("check.personal_data", found_data=describe_personal_data(hits)),
                       tuple((h.start, h.end) for h in hits))


_RUNNERS = {
    "max_words": _max_words,
    "min_words": _min_words,
    "max_sentences": _max_sentences,
    "bullets": _bullets,
    "must_mention": _must_mention,
    "must_not_mention": _must_not_mention,
    "no_personal_data": _no_personal_data,
}


def _quoted_or(phrases: list[str]) -> str:
    quoted = [f"“{p}”" for p in phrases]
    return quoted[0] if len(quoted) == 1 else render("check.list_or", head=", ".join(quoted[:-1]), last=phrases[-1])


def _join_vi(parts: list[str]) -> str:
    """Each part ends with a closing quote (the catalogued join says so)."""
    if not parts:
        return ""
    return parts[0] if len(parts) == 1 else render("check.list_and", head=", ".join(parts[:-1]), last=parts[-1][:-1])
