"""Lesson pictures in the reader: shown, drawn for the text size, and spoken by read-aloud (issue 15)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QTextDocument

from tutor.ui.screens.lesson import LessonScreen, LessonView
from tutor.ui.widgets.lesson_pictures import picture_width, render_picture

ROOT = Path(__file__).resolve().parents[2]
PICTURE = "media/pictures/l1.ai-la-gi.svg"
ALT = "Điện thoại mở một ứng dụng trò chuyện với AI"


def view(media: dict[str, bytes]) -> LessonView:
    return LessonView(
        lesson_id="l1.ai-la-gi", title="AI là gì", minutes=8, level=1, objectives=["Biết AI là gì."],
        sections=[("AI là gì?", f"AI là chương trình máy tính.\n\n![{ALT}]({PICTURE})\n\nNó có thể sai.")],
        takeaways=["AI có thể sai."], focus_section=0, media=media)


def shown_picture_width(screen: LessonScreen) -> int:
    image = screen.text.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(PICTURE))
    assert image is not None and not image.isNull()
    return image.width()


def test_the_lesson_picture_is_shown_and_grows_with_the_text_size(qtbot):
    screen = LessonScreen()
    qtbot.addWidget(screen)
    screen.resize(1400, 900)
    screen.show()
    screen.show_lesson(view({PICTURE: (ROOT / "content" / PICTURE).read_bytes()}))
    small = shown_picture_width(screen)
    assert small == picture_width(screen.text.fontMetrics(), screen.text.viewport().width())
    bigger = QFont(screen.text.font())
    bigger.setPointSizeF(screen.text.font().pointSizeF() * 1.6)
    screen.text.setFont(bigger)
    screen.next_step()
    screen.previous_step()
    assert shown_picture_width(screen) > small


def test_read_aloud_speaks_the_alt_text_of_the_picture(qtbot):
    screen = LessonScreen()
    qtbot.addWidget(screen)
    screen.show_lesson(view({PICTURE: (ROOT / "content" / PICTURE).read_bytes()}))
    with qtbot.waitSignal(screen.speak_requested) as spoken:
        screen._speak()
    said = spoken.args[0]
    assert ALT in said and "media/" not in said and "AI là chương trình máy tính." in said


def test_an_unreadable_picture_is_left_out_without_breaking_the_lesson(qtbot):
    screen = LessonScreen()
    qtbot.addWidget(screen)
    screen.show_lesson(view({PICTURE: b"<svg not really"}))
    assert render_picture(PICTURE, b"<svg not really", 300).isNull()
    assert "AI là chương trình máy tính." in screen.text.toPlainText()


def test_every_shipped_picture_renders():
    for path in sorted((ROOT / "content" / "media" / "pictures").glob("*.svg")):
        image = render_picture(path.name, path.read_bytes(), 320)
        assert not image.isNull() and image.width() == 320, path.name
