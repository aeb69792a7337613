"""The prompt rubric: which taught parts a learner's prompt has, and why we think so.

Small local models are poor graders, so feedback on a prompt never comes from the
model. Each part of a prompt the lessons teach (vai trò, bối cảnh, nhiệm vụ...)
has a few cue patterns, written on folded text (no accents, đ -> d) so a prompt
typed without accents is read the same. Every finding quotes the words that
matched, every missing part comes with a suggestion quoted from the task's good
prompt, and the star rule is stated in the report.

Folding makes some words collide ("giọng" voice / "giống" seed, "hãy" / "hay",
"bảng" table / "bằng" by). A cue may therefore guard such a word: when the
learner typed it WITH accents, the accents must be the intended ones; typed
without accents, it is given the benefit of the doubt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from tutor.lessons.model import PROMPT_ELEMENTS, PracticeTask
from tutor.lessons.textnorm import fold, fold_with_offsets, nfc, words
from tutor.local_llm.checks import PersonalDataHit, describe_personal_data, find_personal_data
from tutor.messages import render

# The order a prompt is usually written in (Ai – Chuyện gì – Làm gì – Ra sao – ...).
ELEMENT_ORDER = ("vai_tro", "boi_canh", "nhiem_vu", "dinh_dang", "do_dai", "giong_van", "vi_du", "gioi_han")

# What each part is, said the way the lessons say it; used in suggestions and the scaffold.
ELEMENT_HINTS = {key: render(f"hint.{key}") for key in ELEMENT_ORDER}

# Used when a task's good prompt does not show a part (it should; the tests check it).
GENERIC_EXAMPLES = {
    "vai_tro": "Bạn là cán bộ khuyến nông ở xã",
    "boi_canh": "Người đọc là bà con trong thôn, nhiều người lớn tuổi",
    "nhiem_vu": "Hãy viết thông báo họp thôn",
    "dinh_dang": "Trình bày thành 4 gạch đầu dòng",
    "do_dai": "dưới 100 chữ",
    "giong_van": "giọng gần gũi, dễ hiểu",
    "vi_du": "Ví dụ: “Mời bà con đến họp lúc 19 giờ”",
    "gioi_han": "Không thêm thông tin nào khác",
}


@dataclass(frozen=True)
class _Cue:
    pattern: re.Pattern[str]
    guards: Mapping[str, frozenset[str]]  # folded word -> the accented spellings it may have


def _cue(regex: str, **guards: str) -> _Cue:
    # cues match whole words only; they are matched on text whose spaces are collapsed
    return _Cue(re.compile(rf"(?<![^\W_])(?:{regex})(?![^\W_])"),
                {k: frozenset(v.split("|")) for k, v in guards.items()})


_N = r"(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi)"  # numbers people type for a length
# "một" is left out of _N: "mỗi việc một dòng" says how to lay out, not how long.
_TASK_VERBS = (
    r"(?<!tieng )viet|soan|tom tat|liet ke|giai thich|dich|goi y|chi ra|tra loi|huong dan|nhan xet"
    r"|sap xep|xep|so sanh|danh gia|de xuat|phan loai|gan nhan|mo ta|rut gon|rut ngan|them dau"
    r"|kiem tra|ke ra|ke lai|lap (?:bang|ke hoach|danh sach|mot)|tinh (?:tong|trung binh|toan|giup|xem)"
    r"|sua (?:lai|loi|giup|cho|thanh|chinh ta|bai)|dat (?:cau hoi|ten|tieu de)|cho (?:toi |minh )?biet"
    r"|chuyen(?: [^\W_]+){0,4} (?:thanh|sang)|lam (?:mot|giup|cho toi|mau)|tao (?:mot|ra)|giup (?:toi|minh|em)"
    r"|nho (?:ban|ai)|doc (?:giup|lai)"
)
_AUDIENCE = (
    r"ba con|nguoi|me|bo|ong|ba|cu|cac cu|phu huynh|hoc sinh|tre|tre em|chi em|xa vien|khach"
    r"|nong dan|hang xom|can bo|con|chau|lanh dao|ubnd|hoi vien|dan"
)

_CUES: dict[str, tuple[_Cue, ...]] = {
    "vai_tro": (
        _cue(r"ban (?:hay )?la", ban="bạn", la="là", hay="hãy"),
        _cue(r"(?:hay )?dong vai", dong="đóng", hay="hãy"),
        _cue(r"trong vai|voi vai tro|vai tro (?:la|cua)|voi tu cach"),
        _cue(r"(?:gia su|tuong tuong) ban la", ban="bạn"),
        _cue(r"hay (?:la|lam) (?:nhu )?mot", hay="hãy"),
    ),
    "boi_canh": (
        _cue(r"toi (?:la|lam|dang|muon|can|co|se|vua|o|chu nhiem|phu trach|day|nuoi|trong|ban|phan van"
             r"|nhan duoc|quan ly|mo)", toi="tôi"),
        _cue(r"minh (?:la|lam|dang|muon|can)", minh="mình"),
        _cue(r"cua (?:toi|minh)"),
        _cue(r"(?:bo|me|ong|ba|con|chau|vo|chong|nha|lop|thon|xa|xom|lang|to|nhom|truong|tram) toi"),
        _cue(r"nguoi (?:doc|nghe|nhan|xem)"),
        _cue(rf"(?:viet|noi|doc|gui|danh|dang|nhan) cho (?:cac |nhung |moi )?(?:{_AUDIENCE})"),
        _cue(r"\d+ tuoi|(?:lon|cao|nhieu) tuoi|nguoi gia|phan lon|mat kem"),
        _cue(r"(?:it|chua) (?:quen|dung|biet|doc)"),
        _cue(r"o (?:mot )?(?:xa|thon|ban|lang|xom|huyen|tinh|vung|mien|nong thon|tram|truong|hop tac xa|ubnd|uy ban)"),
        _cue(r"(?:mot )?khach (?:hang )?(?:nhan|hoi|phan nan|binh luan|che|mua|dat|muon)"),
        _cue(r"duoi day la|se (?:duoc )?(?:doc|dung|gui|dan|dang|phat|in) (?:o|cho|tren|len|trong)"),
        _cue(r"boi canh|hoan canh|doi tuong"),
    ),
    "nhiem_vu": (
        _cue(r"hay (?!la\b|khong\b|chua\b|dong vai\b)[^\W_]+", hay="hãy"),
        _cue(_TASK_VERBS, viet="viết", soan="soạn", dich="dịch", xep="xếp", tinh="tính", sua="sửa",
             dat="đặt", tao="tạo", nho="nhờ", doc="đọc", ke="kể|kê", chi="chỉ", lap="lập"),
    ),
    "dinh_dang": (
        _cue(r"gach dau dong|gach dau|danh sach|danh so|tieu de|trinh bay|duoi dang|ngoac vuong"),
        _cue(r"(?:lam|mot|theo) mau (?:tin nhan|thu|don|thong bao|bao cao|bang)", mau="mẫu"),
        _cue(r"(?:thanh|lap|ke|mot|ve|tao|dang) bang", bang="bảng"),
        _cue(rf"bang (?:[^\W_]+ )?{_N} cot|{_N} cot|co cot|cac cot", bang="bảng"),
        _cue(r"(?:la|mot|buc|thanh) thu(?! ky)|thu (?:ngan|xin|moi|cam on|gui)", thu="thư"),
        _cue(rf"(?:thanh|mot|{_N}) doan(?: van)?", doan="đoạn"),
        _cue(rf"(?:mot|{_N}) phan|chia (?:thanh|theo)|moi [^\W_]+(?: [^\W_]+){0,2} (?:la )?mot (?:dong|gach)",
             phan="phần"),
    ),
    "do_dai": (
        _cue(r"(?:duoi|khong qua|toi da|it hon|nhieu nhat|chua den|gioi han|khoang) \d+"),
        _cue(rf"{_N} (?:chu|tu|cau|dong|y|doan|trang|phut|giay|gach dau dong|gach|muc|buoc|dieu|viec"
             r"|nhan xet|loi mo ta)",
             chu="chữ", tu="từ", cau="câu", dong="dòng", y="ý", doan="đoạn", giay="giây", dieu="điều",
             nam="năm", bay="bảy", sau="sáu"),
        _cue(r"(?:nua|mot) trang|vua mot tin nhan|(?:trong|chi|vua|dung|khoang|gom|thanh) mot (?:cau|doan|phut)",
             cau="câu", doan="đoạn"),
    ),
    "giong_van": (
        _cue(r"giong (?:van|dieu|than|le|nhe|vui|trang|gan|lich|am|moc|de|an|nghiem|chan|kinh|tu"
             r"|hai|thang|diu|ngot|khiem)", giong="giọng"),
        _cue(r"than mat|than thien|trang trong|le phep|gan gui|nhe nhang|vui ve|an can|moc mac|chan thanh"
             r"|chan that|am ap|nghiem tuc|ton trong|de hieu|de nghe|de doc|thang than|hai huoc|khiem ton"
             r"|loi le|loi van|cach noi|nhu noi chuyen|khong trach"),
        _cue(r"van phong", phong="phong"),
        _cue(r"lich su", su="sự"),
    ),
    "vi_du": (
        _cue(r"vi du|chang han|vi nhu|tham khao"),
        _cue(r"(?:nhu|theo|giong) (?:nhu )?mau|mau (?:sau|nay|duoi)|theo (?:kieu|cach|giong) (?:nay|sau|duoi day)",
             mau="mẫu"),
    ),
    "gioi_han": (
        _cue(r"khong (?:duoc|them|dua|ghi|bia|tu|noi|chep|dung|viet|so sanh|khang dinh|hua|neu|nhac|trach"
             r"|doan|giai thich|thay doi|bot|sua|can|lap lai|dang|gui|ke|lo|hoi|khuyen|do loi|chen"
             r"|phong dai|tiet lo|cong khai)"),
        _cue(r"dung (?:dua|them|ghi|bia|noi|viet|chep|dung|hua|nhac|ke|gui|lam|doan|tu|so sanh|khang dinh)",
             dung="đừng"),
        _cue(r"(?<!kieu )(?<!buc )(?<!ve )(?<!canh )tranh(?! (?:anh|luan|cai|ve|mau|dong|chap)\b)", tranh="tránh"),
        _cue(r"cam (?:dung|dua|ghi|noi|viet|them|bia)|tuyet doi (?:khong|dung|cam)", cam="cấm"),
        _cue(r"chi (?:dung|dua vao|dua tren|dua|lay|ghi|tra loi|viet|noi|danh dau|su dung|giu|trong)",
             chi="chỉ"),
        _cue(r"giu (?:nguyen|dung)|de (?:cho )?trong", trong="trống"),
    ),
}

# "ngắn gọn", "ngắn thôi": the lessons teach that such words are too vague for a length.
_VAGUE_LENGTH = _cue(r"ngan(?: gon| thoi| ngan)?|vua phai|vua vua|dung dai", ngan="ngắn")

_CLAUSE_BREAK = re.compile(r"[,;:\n]")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+|\n+")
_MAX_QUOTE_WORDS = 20
_ACCENTED_SHARE = 1 / 3


@dataclass(frozen=True)
class CueMatch:
    start: int  # range in the prompt as typed
    end: int
    words: str  # the matched words as typed, e.g. "Bạn là"
    excerpt: str  # the clause around them, e.g. "Bạn là cán bộ khuyến nông ở xã"


@dataclass(frozen=True)
class ElementFinding:
    key: str
    label: str  # "vai trò"
    expected: bool  # the task asks for it
    present: bool
    matches: tuple[CueMatch, ...]
    reason: str  # Vietnamese: why we say present or missing


@dataclass(frozen=True)
class Suggestion:
    key: str
    label: str
    message: str  # Vietnamese, tailored to the task
    example: str  # a phrase from the task's good prompt (or a generic one)


@dataclass(frozen=True)
class PromptReport:
    prompt: str
    elements: tuple[ElementFinding, ...]  # all eight parts, in ELEMENT_ORDER
    suggestions: tuple[Suggestion, ...]  # one per expected part that is missing
    personal_data: tuple[PersonalDataHit, ...]
    warnings: tuple[str, ...]
    expected_count: int
    present_count: int  # expected parts that are present
    stars: int  # 1..3
    star_rule: str  # Vietnamese: how the stars were decided
    summary: str  # Vietnamese: one or two short sentences for the top of the feedback

    def finding(self, key: str) -> ElementFinding:
        return next(f for f in self.elements if f.key == key)

    @property
    def present_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.elements if f.present)

    @property
    def missing_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.elements if f.expected and not f.present)


def label(key: str) -> str:
    return PROMPT_ELEMENTS[key]


def find_element(text: str, key: str, ignore: tuple[tuple[int, int], ...] = ()) -> list[CueMatch]:
    """Every place in ``text`` where a cue of the part ``key`` matches, in text order;
    matches that start inside an ``ignore`` range are left out."""
    return _find(text, _CUES[key], ignore)


def pasted_source_ranges(prompt: str, source: str) -> tuple[tuple[int, int], ...]:
    """Where the prompt repeats sentences of the task's source text. Learners paste the
    notes they work from; "khoảng 15 phút" inside the notes is not a length they asked
    for, so cues found there do not count."""
    prompt = nfc(prompt or "")
    folded, offsets = _searchable(prompt)
    ranges: list[tuple[int, int]] = []
    for piece in re.split(r"(?<=[.!?…])\s+|\n+", fold(nfc(source or ""))):
        piece_words = words(piece)
        if len(piece_words) < 4:
            continue  # too short to tell a copy from the learner's own words
        pattern = r"(?<![^\W_])" + r"[^\w]+".join(re.escape(w) for w in piece_words) + r"(?![^\W_])"
        for match in re.finditer(pattern, folded):
            ranges.append((offsets[match.start()], offsets[match.end() - 1] + 1))
    return tuple(sorted(ranges))


def analyse_prompt(prompt_text: str, task: PracticeTask) -> PromptReport:
    prompt = nfc(prompt_text or "").strip()
    expected = [k for k in ELEMENT_ORDER if k in task.prompt_elements]
    if not words(prompt):
        return _empty_report(prompt, expected, task)

    pasted = pasted_source_ranges(prompt, task.source)
    findings = []
    for key in ELEMENT_ORDER:
        matches = tuple(find_element(prompt, key, pasted))
        findings.append(ElementFinding(key, label(key), key in expected, bool(matches), matches,
                                       _reason(key, matches)))
    present = sum(1 for f in findings if f.expected and f.present)
    suggestions = tuple(_suggest(f.key, prompt, task) for f in findings if f.expected and not f.present)

    personal = tuple(find_personal_data(prompt))
    warnings = (_personal_data_warning(personal),) if personal else ()
    stars, rule = _stars(present, len(expected), bool(personal))
    return PromptReport(prompt, tuple(findings), suggestions, personal, warnings, len(expected), present,
                        stars, rule, _summary(findings, present, len(expected), bool(personal)))


def example_for(task: PracticeTask, key: str) -> str:
    """The phrase of the task's good prompt that best shows part ``key``; a generic one
    when the good prompt does not show it. The most typical wording wins, and outside the
    role sentence where possible ("Bạn là người giỏi viết thông báo ở thôn" holds a verb
    and a place, but it shows the role, not the task or the setting)."""
    text = nfc(task.good_prompt or "")
    ranked = _ranked_matches(text, _CUES[key])
    if not ranked:
        return GENERIC_EXAMPLES[key]
    role_sentences = set()
    if key != "vai_tro":
        role_sentences = {_bounds(text, m.start, m.end, _SENTENCE_BREAK) for m in find_element(text, "vai_tro")}

    def preference(item: tuple[int, CueMatch]) -> tuple[bool, int, int]:
        index, match = item
        in_role = _bounds(text, match.start, match.end, _SENTENCE_BREAK) in role_sentences
        return in_role, index, match.start

    return min(ranked, key=preference)[1].excerpt


# --- matching -------------------------------------------------------------------------------


def _find(text: str, cues: tuple[_Cue, ...], ignore: tuple[tuple[int, int], ...] = ()) -> list[CueMatch]:
    return [m for _, m in _ranked_matches(text, cues, ignore)]


def _ranked_matches(text: str, cues: tuple[_Cue, ...],
                    ignore: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, CueMatch]]:
    """(cue index, match) in text order; the cue index says how typical the wording is
    (cues are listed most typical first)."""
    text = nfc(text or "")
    folded, offsets = _searchable(text)
    accented = _typed_with_accents(text)
    candidates: list[tuple[int, int, int]] = []  # start, end, cue index
    for index, cue in enumerate(cues):
        for match in cue.pattern.finditer(folded):
            if match.end() == match.start():
                continue
            start, end = offsets[match.start()], offsets[match.end() - 1] + 1
            if any(low <= start < high for low, high in ignore):
                continue
            if _guards_allow(text[start:end], cue.guards, accented):
                candidates.append((start, end, index))
    # Overlapping matches join into one ("dưới 80" and "80 chữ" -> "dưới 80 chữ"), which
    # keeps the most typical cue's rank.
    spans: list[list[int]] = []  # [start, end, cue index]
    for start, end, index in sorted(candidates):
        if spans and start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
            spans[-1][2] = min(spans[-1][2], index)
        else:
            spans.append([start, end, index])
    return [(index, CueMatch(start, end, text[start:end], _excerpt(text, start, end)))
            for start, end, index in spans]


def _searchable(text: str) -> tuple[str, list[int]]:
    """Folded text with every run of white space made one space (cues are written with
    single spaces), and for each of its characters the index in ``text``."""
    folded, offsets = fold_with_offsets(text)
    out: list[str] = []
    kept: list[int] = []
    for ch, index in zip(folded, offsets):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        kept.append(index)
    return "".join(out), kept


def _guards_allow(typed: str, guards: Mapping[str, frozenset[str]], accented_text: bool) -> bool:
    """False when a guarded word was typed with accents other than the intended ones
    ("giống" is not "giọng"). A word typed without accents may be either, unless the
    rest of the text has accents: then "hay" really is "hay" (often), not "hãy".
    Only a guarded word's first appearance in the match is checked."""
    if not guards:
        return True
    seen: set[str] = set()
    for word in words(typed):
        lower = word.lower()
        bare = fold(word)
        if bare not in guards or bare in seen:
            continue  # only the first of a guarded word: "đừng dùng" guards "đừng", not "dùng"
        seen.add(bare)
        if lower in guards[bare]:
            continue
        if lower != bare or accented_text:
            return False
    return True


def _typed_with_accents(text: str) -> bool:
    """Vietnamese typed with accents marks most words; typed without, none. A third is
    a safe line between the two (names and "AI" have none, a stray accent is not typing)."""
    all_words = words(text)
    if not all_words:
        return False
    marked = sum(1 for w in all_words if fold(w) != w.lower())
    return marked / len(all_words) >= _ACCENTED_SHARE


def _excerpt(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end], trimmed to a quotable length. A clause of a
    word or two ("giọng lễ phép") is fine; a very short one grows to its sentence."""
    sentence_start, sentence_end = _bounds(text, start, end, _SENTENCE_BREAK)
    clause_start, clause_end = _bounds(text, start, end, _CLAUSE_BREAK, sentence_start, sentence_end)
    clause = text[clause_start:clause_end]
    if len(words(clause)) < 3:
        clause_start, clause_end = sentence_start, sentence_end
    quote = text[clause_start:clause_end].strip(" \t\n.,;:!?")
    quote_words = quote.split()
    if len(quote_words) > _MAX_QUOTE_WORDS:
        # keep the matched words in view: start the quote a few words before them
        before = len(text[clause_start:start].split())
        first = 0 if before <= _MAX_QUOTE_WORDS - 6 else min(before - 3, len(quote_words) - _MAX_QUOTE_WORDS)
        quote = ("… " if first else "") + " ".join(quote_words[first:first + _MAX_QUOTE_WORDS]) + " …"
    if quote.count("“") > quote.count("”"):
        quote += "”"  # the clause ended inside a quotation: close it
    return quote


def _bounds(text: str, start: int, end: int, breaks: re.Pattern[str], low: int = 0,
            high: int | None = None) -> tuple[int, int]:
    high = len(text) if high is None else high
    left = low
    for m in breaks.finditer(text, low, start):
        left = m.end()
    m = breaks.search(text, end, high)
    right = m.start() if m else high
    return left, right


# --- messages -----------------------------------------------------------------------------------


def _reason(key: str, matches: tuple[CueMatch, ...]) -> str:
    name = label(key)
    if not matches:
        return render("rubric.missing_part", name=name)
    cue_words = ", ".join(f"“{m.words}”" for m in matches[:3])
    return render("rubric.found_part", name=name, cue_words=cue_words, excerpt=matches[0].excerpt)


def _suggest(key: str, prompt: str, task: PracticeTask) -> Suggestion:
    name = label(key)
    example = example_for(task, key)
    message = render("rubric.suggest", name=name, hint=ELEMENT_HINTS[key], example=example)
    if key == "do_dai":
        vague = _find(prompt, (_VAGUE_LENGTH,))
        if vague:
            message = render("rubric.vague_length", words=vague[0].words) + " " + message
    return Suggestion(key, name, message, example)


_PLACEHOLDERS = {kind: render(f"placeholder.{kind}")
                 for kind in ("phone", "citizen_id", "bank_account", "email", "secret_code")}


def _personal_data_warning(hits: tuple[PersonalDataHit, ...]) -> str:
    return render("rubric.personal_data", found_data=describe_personal_data(hits),
                  placeholder=_PLACEHOLDERS[hits[0].kind])


def _stars(present: int, expected: int, personal_data: bool) -> tuple[int, str]:
    if not expected:
        stars = 1 if personal_data else 3
        return stars, render("rubric.no_parts_needed", stars=stars)
    share = present / expected
    stars = 3 if share >= 1.0 else 2 if share >= 0.5 else 1
    rule = render("rubric.star_rule")
    if personal_data and stars > 1:
        return 1, rule + " " + render("rubric.stars_capped", present=present, expected=expected)
    return stars, rule + " " + render("rubric.stars", present=present, expected=expected, stars=stars)


def _summary(findings: list[ElementFinding], present: int, expected: int, personal_data: bool) -> str:
    caution = " " + render("rubric.caution") if personal_data else ""
    if present == expected:
        if not expected:
            return render("rubric.ready") + caution
        return render("rubric.complete", expected=expected) + caution
    have = [f.label for f in findings if f.expected and f.present]
    missing = [f.label for f in findings if f.expected and not f.present]
    start = render("rubric.has_parts", parts=", ".join(have)) if have else render("rubric.has_no_parts")
    return start + " " + render("rubric.missing_parts", parts=", ".join(missing)) + caution


def _empty_report(prompt: str, expected: list[str], task: PracticeTask) -> PromptReport:
    findings = tuple(ElementFinding(k, label(k), k in expected, False, (), _reason(k, ()))
                     for k in ELEMENT_ORDER)
    suggestions = tuple(_suggest(k, "", task) for k in expected)
    _, rule = _stars(0, len(expected), False)
    return PromptReport(prompt, findings, suggestions, (), (), len(expected), 0, 1, rule,
                        render("rubric.empty"))
