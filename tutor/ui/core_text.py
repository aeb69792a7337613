"""Puts the core's fixed Vietnamese messages (tutor.progress.messages) into the UI language.

The core stays Qt-free and speaks Vietnamese; the edge maps each known message, or a
message built by joining several, through translate() here. The literals must stay
literal so that lupdate finds them; a test checks that every core message is listed."""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

NUMBERS = {"level", "correct", "total", "needed", "days"}

def _sources_and_translations() -> dict[str, str]:
    return {
        "Đúng rồi! Bạn làm tốt lắm.": QCoreApplication.translate("CoreMessages", "Đúng rồi! Bạn làm tốt lắm."),
        "Chính xác! Cứ thế mà tiếp tục nhé.": QCoreApplication.translate("CoreMessages", "Chính xác! Cứ thế mà tiếp tục nhé."),
        "Giỏi quá! Bạn đã nắm được ý này.": QCoreApplication.translate("CoreMessages", "Giỏi quá! Bạn đã nắm được ý này."),
        "Đúng vậy. Bạn hiểu bài rồi đấy.": QCoreApplication.translate("CoreMessages", "Đúng vậy. Bạn hiểu bài rồi đấy."),
        "Chưa đúng, không sao cả. Đọc lời giải thích rồi thử lại nhé.":
            QCoreApplication.translate("CoreMessages", "Chưa đúng, không sao cả. Đọc lời giải thích rồi thử lại nhé."),
        "Gần được rồi. Ai học cũng có lúc nhầm, mình xem lại một chút nhé.":
            QCoreApplication.translate("CoreMessages", "Gần được rồi. Ai học cũng có lúc nhầm, mình xem lại một chút nhé."),
        "Chưa đúng lần này. Lần sau bạn sẽ nhớ hơn.": QCoreApplication.translate("CoreMessages", "Chưa đúng lần này. Lần sau bạn sẽ nhớ hơn."),
        "Không sao đâu. Sai là một cách để học, bạn đọc giải thích nhé.":
            QCoreApplication.translate("CoreMessages", "Không sao đâu. Sai là một cách để học, bạn đọc giải thích nhé."),
        "Bạn đã làm tốt bài này! Vài ngày nữa mình ôn lại một chút cho nhớ lâu.":
            QCoreApplication.translate("CoreMessages", "Bạn đã làm tốt bài này! Vài ngày nữa mình ôn lại một chút cho nhớ lâu."),
        "Xong bài rồi! Hẹn bạn ôn lại sau ít hôm để thật thành thạo.":
            QCoreApplication.translate("CoreMessages", "Xong bài rồi! Hẹn bạn ôn lại sau ít hôm để thật thành thạo."),
        "Tuyệt vời! Bạn đã thành thạo bài này.": QCoreApplication.translate("CoreMessages", "Tuyệt vời! Bạn đã thành thạo bài này."),
        "Bạn nhớ bài rất chắc. Đã thành thạo!": QCoreApplication.translate("CoreMessages", "Bạn nhớ bài rất chắc. Đã thành thạo!"),
        "Chúc mừng bạn đã qua cấp độ {level}! Bạn nhận được huy hiệu và giấy chứng nhận.":
            QCoreApplication.translate("CoreMessages", "Chúc mừng bạn đã qua cấp độ {level}! Bạn nhận được huy hiệu và giấy chứng nhận."),
        "Bạn đã vượt qua cấp độ {level}. Thật đáng tự hào!":
            QCoreApplication.translate("CoreMessages", "Bạn đã vượt qua cấp độ {level}. Thật đáng tự hào!"),
        "Bạn đúng {correct} trên {total} câu. Cần {needed} câu đúng để qua. "
        "Ôn lại một chút rồi thử lần nữa nhé.":
            QCoreApplication.translate("CoreMessages", "Bạn đúng {correct} trên {total} câu. Cần {needed} câu đúng để qua. "
               "Ôn lại một chút rồi thử lần nữa nhé."),
        "Lần này bạn đúng {correct} trên {total} câu. Cần {needed} câu. Bạn có thể làm lại bất cứ lúc nào.":
            QCoreApplication.translate("CoreMessages", "Lần này bạn đúng {correct} trên {total} câu. Cần {needed} câu. "
               "Bạn có thể làm lại bất cứ lúc nào."),
        "Chào mừng bạn! Hôm nay ta bắt đầu từ bài đầu tiên nhé.":
            QCoreApplication.translate("CoreMessages", "Chào mừng bạn! Hôm nay ta bắt đầu từ bài đầu tiên nhé."),
        "Chào mừng bạn quay lại! Hôm nay học một chút là tốt rồi.":
            QCoreApplication.translate("CoreMessages", "Chào mừng bạn quay lại! Hôm nay học một chút là tốt rồi."),
        "Bạn đã học {days} ngày liền. Giỏi lắm!": QCoreApplication.translate("CoreMessages", "Bạn đã học {days} ngày liền. Giỏi lắm!"),
        "{days} ngày liền rồi! Mỗi ngày một chút là nhớ lâu.":
            QCoreApplication.translate("CoreMessages", "{days} ngày liền rồi! Mỗi ngày một chút là nhớ lâu."),
        # tutor.local_llm.ask: what Hỏi gia sư says without an answer from the model
        "Các bài học chưa nói về điều này. Bạn thử hỏi cách khác, hoặc hỏi thầy cô, cán bộ xã.":
            QCoreApplication.translate("CoreMessages", "Các bài học chưa nói về điều này. Bạn thử hỏi cách khác, "
                                       "hoặc hỏi thầy cô, cán bộ xã."),
        "Bạn chưa gõ câu hỏi. Hãy gõ điều bạn muốn hỏi, có dấu hay không dấu đều được.":
            QCoreApplication.translate("CoreMessages", "Bạn chưa gõ câu hỏi. Hãy gõ điều bạn muốn hỏi, "
                                       "có dấu hay không dấu đều được."),
        "Máy chưa có AI để trả lời, nhưng bài học có nói về điều này:":
            QCoreApplication.translate("CoreMessages", "Máy chưa có AI để trả lời, nhưng bài học có nói về điều này:"),
        "(Bài “{title}”, mục “{heading}”)": QCoreApplication.translate("CoreMessages", "(Bài “{title}”, mục “{heading}”)"),
        "Hôm nay không có gì cần ôn. Bạn có thể học bài mới.":
            QCoreApplication.translate("CoreMessages", "Hôm nay không có gì cần ôn. Bạn có thể học bài mới."),
    }


def known_sources() -> set[str]:
    return set(_sources_and_translations())


def _placeholder(match: re.Match[str]) -> str:
    """A count matches digits; a title (curriculum text, kept as it is) anything on one line."""
    name = match.group(1)
    return rf"(?P<{name}>\d+)" if name in NUMBERS else rf"(?P<{name}>[^\n]+?)"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Longest first, so a long message is never half-matched by a shorter one."""
    patterns = []
    for source in sorted(known_sources(), key=len, reverse=True):
        regex = re.sub(r"\\\{(\w+)\\\}", _placeholder, re.escape(source))
        patterns.append((re.compile(regex), source))
    return patterns


def translate(message: str) -> str:
    """The message in the UI language; unknown text (curriculum content) is left as it is."""
    if not message:
        return message
    translations = _sources_and_translations()  # looked up now: the language may have changed
    for pattern, source in _patterns():
        message = pattern.sub(lambda m, s=source: translations[s].format(**m.groupdict()), message)
    return message
