"""The printable certificate: an A4 landscape PDF drawn with QPdfWriter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen


CREATOR = "Gia sư Bình dân học AI"
RESOLUTION = 300
CERTIFICATE_MARGINS_MM = QMarginsF(12, 12, 12, 12)


def pdf_writer(path: Path, orientation: QPageLayout.Orientation, margins_mm: QMarginsF, title: str) -> QPdfWriter:
    """An A4 QPdfWriter at ``path`` (its folder made if needed), the app's resolution and creator."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, margins_mm,
                                     QPageLayout.Unit.Millimeter))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    return writer


def vietnamese_date(iso_day: str) -> str:
    day = date.fromisoformat(iso_day)
    return f"ngày {day.day} tháng {day.month} năm {day.year}"


def write_certificate_pdf(certificate, path: Path, pc_label: str) -> Path:
    """Draws one certificate; returns the path. Text is Vietnamese whatever the UI language:
    the certificate is an official-looking paper for the commune, not a screen."""
    fields = certificate.fields
    writer = pdf_writer(path, QPageLayout.Orientation.Landscape, CERTIFICATE_MARGINS_MM,
                        f"Giấy chứng nhận — {fields.learner_name} — Cấp {fields.level}")
    painter = QPainter(writer)
    try:
        paint_certificate(painter, QRectF(0, 0, writer.width(), writer.height()), certificate, pc_label)
    finally:
        painter.end()
    return path


def paint_certificate(painter: QPainter, page: QRectF, certificate, pc_label: str) -> None:
    """Draws one certificate filling ``page`` (device pixels of an A4 landscape page).
    Used for a learner's own PDF and for a whole class's certificates, one per page."""
    fields = certificate.fields
    unit = page.width() / 100.0
    painter.setPen(QPen(QColor("#1565C0"), unit * 0.5))
    painter.drawRect(page.adjusted(unit, unit, -unit, -unit))
    painter.setPen(QPen(QColor("#90CAF9"), unit * 0.2))
    painter.drawRect(page.adjusted(unit * 2, unit * 2, -unit * 2, -unit * 2))

    def line(text: str, top: float, size: float, bold: bool = False, colour: str = "#102027") -> None:
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(1, int(unit * size)))
        font.setBold(bold)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(QRectF(unit * 4, unit * top, page.width() - unit * 8, unit * size * 2.2),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), text)

    # Not a state document: no national motto, only the programme and the tutor.
    line("Gia sư Bình dân học AI", 6, 2.0, bold=True, colour="#1565C0")
    line("GIẤY CHỨNG NHẬN", 14, 5.0, bold=True, colour="#0D47A1")
    line("Chương trình Bình dân học AI", 22.5, 2.2)
    line("Chứng nhận", 28, 2.0)
    line(fields.learner_name, 31.5, 4.0, bold=True)
    line(f"đã hoàn thành Cấp {fields.level}: {fields.level_title}", 39.5, 2.6)
    line(f"Cấp {vietnamese_date(fields.issued_on)}, tại máy {pc_label}", 46, 1.9)
    line(f"Số giấy: {fields.certificate_id}", 52, 1.7, bold=True)
    line("Mã xác minh (kiểm tra tại trạm đồng bộ của xã):", 55.5, 1.5, colour="#37474F")
    code = certificate.code
    half = (len(code) + 1) // 2
    cut = code.rfind("-", 0, half) + 1 or half
    line(code[:cut].rstrip("-"), 58.5, 1.35, colour="#37474F")
    line(code[cut:], 61.5, 1.35, colour="#37474F")
    line(f"Khoá ký: {certificate.key_id}", 64.5, 1.2, colour="#607D8B")
