"""Lesson pictures in the reader: drawn at a width that follows the text size.

A lesson's SVG pictures are rendered for the width they will be shown at, so
they stay sharp and grow with the learner's text size (a bigger font means a
bigger picture, up to the reader's width). Bitmaps are scaled the same way.
Read-aloud speaks each picture's alt text in its place (spoken_text).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from tutor.lessons.markdown import plain_text

# A picture is about as wide as this many lines of text are tall: 30 lines of a
# 12 pt font give about 540 px, of a 20 pt font about 900 px (at most the reader width).
WIDTH_IN_LINE_HEIGHTS = 30
MARGIN_PX = 24


def picture_width(font_metrics: QFontMetrics, available_px: int) -> int:
    wanted = font_metrics.height() * WIDTH_IN_LINE_HEIGHTS
    return max(120, min(wanted, available_px - MARGIN_PX))


def render_picture(name: str, data: bytes, width: int) -> QImage:
    """The picture drawn width pixels wide (height kept in proportion); a null image if unreadable."""
    if name.lower().endswith(".svg"):
        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            return QImage()
        size = renderer.defaultSize()
        if size.isEmpty():
            size = QSize(4, 3)
        height = max(1, round(width * size.height() / size.width()))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
        return image
    image = QImage.fromData(QByteArray(data))
    if image.isNull():
        return image
    return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


def install_pictures(document: QTextDocument, media: dict[str, bytes], width: int) -> None:
    """Register every picture as an image resource of the document, at the given width.

    Call after setting the document's text (setMarkdown drops resources); the
    document is then laid out again so the pictures take their place.
    """
    for name, data in media.items():
        image = render_picture(name, data, width)
        if not image.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.markContentsDirty(0, document.characterCount())


def spoken_text(markdown: str) -> str:
    """What read-aloud says for a step: its text, each picture replaced by its alt text."""
    return plain_text(markdown).strip()
