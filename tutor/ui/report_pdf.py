"""Printable class papers drawn with QPdfWriter: the class report (A4 portrait, tables that
break across pages with their header repeated, page numbers) and a whole class's
certificates in one file, one per A4 landscape page.

Drawing goes through a QPagedPaintDevice, so the same code paints a PDF or a printer.
Nothing here touches a widget: the PDF can be written on a worker thread. Text goes
through translate() like the rest of the UI (the source is Vietnamese); fonts that
carry Vietnamese come first in the family list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPagedPaintDevice, QPainter, QPen

from tutor.ui.certificate_pdf import CERTIFICATE_MARGINS_MM, CREATOR, RESOLUTION, paint_certificate, pdf_writer
from tutor.ui.screens.teacher.common import write_atomically
from tutor.ui.screens.teacher.format import date_text, datetime_text, time_spent_text, percent_text

FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Liberation Sans"]
REPORT_MARGINS_MM = QMarginsF(15, 15, 15, 12)
translate = QCoreApplication.translate   # lupdate reads translate("Context", "literal") calls


# --- a small flow layout: measure everything first, so "Trang 2/5" knows the 5 -------------


@dataclass
class _Placed:
    top: float
    height: float
    paint: Callable[[QPainter, float], None]


class _Flow:
    """Stacks blocks down the page body and starts a new page when one does not fit."""

    def __init__(self, body: QRectF):
        self.body = body
        self.pages: list[list[_Placed]] = [[]]
        self.y = 0.0

    def fits(self, height: float) -> bool:
        return self.y + height <= self.body.height() or self.y == 0.0

    def new_page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])
        self.y = 0.0

    def add(self, height: float, paint: Callable[[QPainter, float], None]) -> None:
        if not self.fits(height):
            self.new_page()
        self.pages[-1].append(_Placed(self.y, height, paint))
        self.y += height

    def space(self, height: float) -> None:
        if self.y > 0.0:
            self.y = min(self.body.height(), self.y + height)


class _Styles:
    def __init__(self, device: QPagedPaintDevice):
        self.device = device
        dpi = device.logicalDpiY() or RESOLUTION
        self.mm = dpi / 25.4

        def font(points: float, bold: bool = False) -> QFont:
            f = QFont()
            f.setFamilies(FONT_FAMILIES)
            f.setPixelSize(max(1, round(points * dpi / 72)))
            f.setBold(bold)
            return f

        self.small = font(8)
        self.text = font(10)
        self.bold = font(10, bold=True)
        self.heading = font(13, bold=True)
        self.title = font(18, bold=True)

    def height(self, font: QFont, text: str, width: float) -> float:
        metrics = QFontMetricsF(font, self.device)
        rect = metrics.boundingRect(QRectF(0, 0, width, 1e6),
                                    int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text)
        return rect.height()


def _paragraph(flow: _Flow, styles: _Styles, text: str, font: QFont, colour: str = "#102027",
               after: float = 1.5) -> None:
    width = flow.body.width()
    height = styles.height(font, text, width) + styles.mm * after

    def paint(painter: QPainter, top: float) -> None:
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(QRectF(flow.body.left(), top, width, height),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), text)

    flow.add(height, paint)


def _table(flow: _Flow, styles: _Styles, heading: str, columns: Sequence[tuple[str, float]],
           rows: Sequence[Sequence[str]], empty: str, align_right: frozenset[int] = frozenset()) -> None:
    """A titled table; the title stays with the header and the first row, and the header
    is repeated at the top of every page the table continues on."""
    width = flow.body.width()
    total = sum(weight for _name, weight in columns)
    widths = [width * weight / total for _name, weight in columns]
    pad = styles.mm * 1.2

    def row_height(cells: Sequence[str], font: QFont) -> float:
        return max(styles.height(font, text or " ", w - 2 * pad) for text, w in zip(cells, widths)) + 2 * pad

    def row_painter(cells: Sequence[str], font: QFont, fill: str | None, height: float):
        def paint(painter: QPainter, top: float) -> None:
            x = flow.body.left()
            if fill:
                painter.fillRect(QRectF(x, top, width, height), QColor(fill))
            painter.setPen(QPen(QColor("#90A4AE"), max(1.0, styles.mm * 0.2)))
            painter.drawLine(int(x), int(top + height), int(x + width), int(top + height))
            painter.setFont(font)
            painter.setPen(QColor("#102027"))
            for index, (text, w) in enumerate(zip(cells, widths)):
                horizontal = Qt.AlignmentFlag.AlignRight if index in align_right else Qt.AlignmentFlag.AlignLeft
                painter.drawText(QRectF(x + pad, top + pad, w - 2 * pad, height - 2 * pad),
                                 int(horizontal | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), text)
                x += w
        return paint

    header_cells = [name for name, _weight in columns]
    header_height = row_height(header_cells, styles.bold)
    header_paint = row_painter(header_cells, styles.bold, "#E3F2FD", header_height)
    title_height = styles.height(styles.heading, heading, width) + styles.mm * 2
    first = row_height(rows[0], styles.text) if rows else styles.height(styles.text, empty, width)
    if not flow.fits(title_height + header_height + first):
        flow.new_page()
    flow.space(styles.mm * 3)
    _paragraph(flow, styles, heading, styles.heading, colour="#0D47A1", after=2)
    if not rows:
        _paragraph(flow, styles, empty, styles.text)
        return
    flow.add(header_height, header_paint)
    for number, cells in enumerate(rows):
        height = row_height(cells, styles.text)
        if not flow.fits(height):
            flow.new_page()
            flow.add(header_height, header_paint)
        flow.add(height, row_painter(cells, styles.text, "#F5F7F8" if number % 2 else None, height))


# --- the class report --------------------------------------------------------------------


def _lesson_counts(report) -> list[tuple[object, dict[str, int]]]:
    counts = []
    for index, lesson in enumerate(report.grid.lessons):
        per_status = {"not_started": 0, "started": 0, "passed_quiz": 0, "mastered": 0}
        for row in report.grid.rows:
            per_status[row.cells[index].status] += 1
        counts.append((lesson, per_status))
    return counts


def _lay_out_report(flow: _Flow, styles: _Styles, report) -> None:
    info = report.class_info
    _paragraph(flow, styles, CREATOR, styles.bold, colour="#1565C0", after=1)
    _paragraph(flow, styles, translate("ClassReportPdf", "BÁO CÁO LỚP HỌC"), styles.title,
               colour="#0D47A1", after=2)
    facts = [
        translate("ClassReportPdf", "Lớp: %s") % info.name,
        translate("ClassReportPdf", "Giáo viên: %s") % report.teacher_name,
        translate("ClassReportPdf", "Ngày lập báo cáo: %s") % datetime_text(report.generated_at, "—"),
        translate("ClassReportPdf", "Số người học: %d") % len(report.grid.rows),
        translate("ClassReportPdf", "Số giấy chứng nhận đã cấp: %d") % len(report.certificates),
    ]
    for line in facts:
        _paragraph(flow, styles, line, styles.text, after=0.8)

    levels = []
    for level in report.levels:
        pairs = level.learners_total * level.lessons_total   # learner x lesson: what "all done" means
        levels.append((
            translate("ClassReportPdf", "Cấp %d") % level.level, level.title, str(level.learners_total),
            f"{level.learners_passed_test} ({percent_text(level.learners_passed_test, level.learners_total)})",
            f"{level.lessons_passed}/{pairs} ({percent_text(level.lessons_passed, pairs)})",
            str(level.lessons_mastered),
        ))
    _table(flow, styles, translate("ClassReportPdf", "1. Hoàn thành theo cấp"), [
        (translate("ClassReportPdf", "Cấp"), 1.1),
        (translate("ClassReportPdf", "Tên cấp"), 3.2),
        (translate("ClassReportPdf", "Người học"), 1.3),
        (translate("ClassReportPdf", "Qua bài kiểm tra"), 1.8),
        (translate("ClassReportPdf", "Lượt bài đã làm đạt"), 2.0),
        (translate("ClassReportPdf", "Lượt bài đã thuộc"), 1.6),
    ], levels, translate("ClassReportPdf", "Chưa có số liệu."), align_right=frozenset({2, 3, 4, 5}))

    lessons = [
        (lesson.short_title, lesson.title, str(c["not_started"]), str(c["started"]), str(c["passed_quiz"]),
         str(c["mastered"]))
        for lesson, c in _lesson_counts(report)
    ]
    _table(flow, styles, translate("ClassReportPdf", "2. Mức nắm bài theo từng bài (số người)"), [
        (translate("ClassReportPdf", "Bài"), 0.9),
        (translate("ClassReportPdf", "Tên bài"), 4.6),
        (translate("ClassReportPdf", "Chưa học"), 1.2),
        (translate("ClassReportPdf", "Đang học"), 1.2),
        (translate("ClassReportPdf", "Làm đạt"), 1.2),
        (translate("ClassReportPdf", "Đã thuộc"), 1.2),
    ], lessons, translate("ClassReportPdf", "Chưa có bài học nào."), align_right=frozenset({2, 3, 4, 5}))

    learners = [
        (learner.display_name, time_spent_text(learner.time_spent_s),
         f"{learner.correct}/{learner.attempts} ({percent_text(learner.correct, learner.attempts)})",
         f"{learner.lessons_passed} / {learner.lessons_mastered}", str(learner.certificates),
         datetime_text(learner.last_activity, "—"))
        for learner in report.learners
    ]
    _table(flow, styles, translate("ClassReportPdf", "3. Từng người học"), [
        (translate("ClassReportPdf", "Họ tên"), 3.0),
        (translate("ClassReportPdf", "Thời gian học"), 1.8),
        (translate("ClassReportPdf", "Câu đúng / đã trả lời"), 2.0),
        (translate("ClassReportPdf", "Bài đạt / thuộc"), 1.4),
        (translate("ClassReportPdf", "Chứng nhận"), 1.3),
        (translate("ClassReportPdf", "Lần học gần nhất"), 2.0),
    ], learners, translate("ClassReportPdf", "Lớp chưa có người học."), align_right=frozenset({2, 3, 4}))

    certificates = [
        (c.display_name, translate("ClassReportPdf", "Cấp %d: %s") % (c.level, c.level_title),
         date_text(c.issued_at) or "—", c.certificate_id)
        for c in report.certificates
    ]
    _table(flow, styles, translate("ClassReportPdf", "4. Giấy chứng nhận đã cấp"), [
        (translate("ClassReportPdf", "Họ tên"), 3.0),
        (translate("ClassReportPdf", "Cấp"), 4.0),
        (translate("ClassReportPdf", "Ngày cấp"), 1.6),
        (translate("ClassReportPdf", "Số giấy"), 1.6),
    ], certificates, translate("ClassReportPdf", "Lớp chưa có giấy chứng nhận nào."))


def paint_class_report(device: QPagedPaintDevice, report) -> int:
    """Paints the whole report on ``device`` (a QPdfWriter or a QPrinter); returns the page count."""
    styles = _Styles(device)
    mm = styles.mm
    page = QRectF(0, 0, device.width(), device.height())
    footer_height = mm * 8
    body = QRectF(page.left(), page.top(), page.width(), page.height() - footer_height)
    flow = _Flow(body)
    _lay_out_report(flow, styles, report)
    total = len(flow.pages)
    painter = QPainter(device)
    try:
        for number, placed in enumerate(flow.pages, start=1):
            if number > 1:
                device.newPage()
            for item in placed:
                item.paint(painter, body.top() + item.top)
            painter.setPen(QPen(QColor("#B0BEC5"), max(1.0, mm * 0.2)))
            painter.drawLine(int(page.left()), int(body.bottom() + mm * 2), int(page.right()),
                             int(body.bottom() + mm * 2))
            painter.setFont(styles.small)
            painter.setPen(QColor("#455A64"))
            footer = QRectF(page.left(), body.bottom() + mm * 3, page.width(), mm * 5)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             translate("ClassReportPdf", "Báo cáo lớp %s") % report.class_info.name)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             translate("ClassReportPdf", "Trang %d/%d") % (number, total))
    finally:
        painter.end()
    return total


def _write_pdf(path: Path, draw: Callable[[Path], None]) -> Path:
    """Draws into a temporary file and renames it, so a full disk or a pulled USB stick
    never leaves a half PDF under the real name."""

    def drawn(partial: Path) -> None:
        draw(partial)
        if not partial.exists() or partial.stat().st_size == 0:
            raise OSError(f"PDF writer produced nothing at {partial}")

    return write_atomically(path, drawn)


def write_class_report_pdf(report, path: Path | str) -> Path:
    def draw(target: Path) -> None:
        writer = pdf_writer(target, QPageLayout.Orientation.Portrait, REPORT_MARGINS_MM,
                            translate("ClassReportPdf", "Báo cáo lớp %s") % report.class_info.name)
        paint_class_report(writer, report)
        del writer  # flushes and closes the file

    return _write_pdf(Path(path), draw)


# --- a class's certificates ------------------------------------------------------------------


def paint_certificates(device: QPagedPaintDevice, certificates: Sequence) -> int:
    """One certificate per page, drawn exactly like a learner's own certificate."""
    painter = QPainter(device)
    try:
        for index, certificate in enumerate(certificates):
            if index:
                device.newPage()
            page = QRectF(0, 0, device.width(), device.height())
            paint_certificate(painter, page, certificate, certificate.fields.device_id[:8])
    finally:
        painter.end()
    return len(certificates)


def write_certificates_pdf(certificates: Sequence, path: Path | str, title: str = "") -> Path:
    if not certificates:
        raise ValueError("no certificates to write")

    def draw(target: Path) -> None:
        # The same page as tutor.ui.certificate_pdf: A4 landscape, 12 mm margins.
        writer = pdf_writer(target, QPageLayout.Orientation.Landscape, CERTIFICATE_MARGINS_MM,
                            title or translate("ClassReportPdf", "Giấy chứng nhận"))
        paint_certificates(writer, certificates)
        del writer

    return _write_pdf(Path(path), draw)
