"""The quarterly report as PDF (fpdf2: pure Python, so the hub needs no Qt), in Vietnamese.

fpdf2 needs a TrueType font that has Vietnamese letters: ``TUTOR_HUB_FONT`` if set, else
Roboto from the font-roboto package (a dependency), else one the machine has (DejaVu Sans,
Noto Sans, Arial). Charts are
the same SVG the dashboard shows, drawn by fpdf2's SVG renderer.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from fpdf import FPDF

from tutor.hub.reporting.figures import QuarterFigures
from tutor.hub.reporting.tables import Table, headline, report_charts, report_tables

FAMILY = "DejaVu Sans"   # the name the SVG charts ask for; the file may be another Vietnamese font
_FONT_CANDIDATES = [
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    ("/Library/Fonts/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf"),
]


class NoFont(RuntimeError):
    user_message = ("Máy chủ không có phông chữ tiếng Việt để viết tệp PDF. Hãy cài gói fonts-dejavu-core "
                    "hoặc đặt biến TUTOR_HUB_FONT trỏ tới một tệp .ttf có dấu tiếng Việt.")


def _bundled_fonts() -> tuple[str, str] | None:
    """Roboto from the font-roboto package (Apache-2.0; every Vietnamese letter): the same
    report on every hub, with no system font to install."""
    try:
        import font_roboto
    except ImportError:
        return None
    regular, bold = font_roboto.font_files.get("Roboto"), font_roboto.font_files.get("RobotoBold")
    if regular and Path(regular).is_file():
        return regular, bold if bold and Path(bold).is_file() else regular
    return None


def _fonts() -> tuple[str, str]:
    chosen = os.environ.get("TUTOR_HUB_FONT")
    if chosen and Path(chosen).is_file():
        return chosen, chosen
    bundled = _bundled_fonts()
    if bundled is not None:
        return bundled
    for regular, bold in _FONT_CANDIDATES:
        if Path(regular).is_file():
            return regular, bold if Path(bold).is_file() else regular
    raise NoFont("no TrueType font with Vietnamese letters found")


def write_pdf(fig: QuarterFigures, hub_name: str, path: Path, tables: list[Table] | None = None) -> Path:
    """``tables``: the report's tables when the caller already built them (the XLSX uses the same)."""
    regular, bold = _fonts()
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_title(f"Báo cáo {fig.quarter.label} - {hub_name}")
    pdf.set_creator("tutor-hub (Gia sư Bình dân học AI)")
    pdf.add_font(FAMILY, style="", fname=regular)
    pdf.add_font(FAMILY, style="B", fname=bold)
    pdf.set_auto_page_break(True, margin=14)
    pdf.alias_nb_pages()

    def footer() -> None:
        pdf.set_y(-10)
        pdf.set_font(FAMILY, size=8)
        pdf.cell(0, 5, f"{hub_name} · Báo cáo {fig.quarter.label} · Trang {pdf.page_no()}/{{nb}}", align="C")

    pdf.footer = footer  # type: ignore[method-assign]
    pdf.add_page()
    pdf.set_font(FAMILY, "B", 16)
    pdf.multi_cell(0, 8, f"Báo cáo kết quả phong trào Bình dân học AI - {fig.quarter.label}",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, size=10)
    pdf.multi_cell(0, 6, f"{hub_name}. Số liệu tính đến hết ngày {fig.as_of.strftime('%d/%m/%Y')}; "
                         f"{len(fig.site_names)} điểm học.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(FAMILY, size=11)
    for label, value in headline(fig):
        pdf.cell(70, 6, label)
        pdf.set_font(FAMILY, "B", 11)
        pdf.cell(40, 6, value, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FAMILY, size=11)
    for title, svg in report_charts(fig):
        if pdf.get_y() > 120:
            pdf.add_page()
        pdf.ln(3)
        pdf.image(io.BytesIO(svg.encode("utf-8")), w=200)
        pdf.set_x(pdf.l_margin)
    for table in tables if tables is not None else report_tables(fig):
        pdf.add_page() if pdf.get_y() > 150 else pdf.ln(4)
        pdf.set_font(FAMILY, "B", 12)
        pdf.multi_cell(0, 7, table.title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FAMILY, size=8)
        for note in (table.note, table.cut_note):
            if note:
                pdf.multi_cell(0, 5, note, new_x="LMARGIN", new_y="NEXT")
        if not table.rows:
            pdf.multi_cell(0, 6, "Không có.", new_x="LMARGIN", new_y="NEXT")
            continue
        _grid(pdf, [str(h) for h in table.header], [[_cell(v) for v in row] for row in table.shown_rows()])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    pdf.output(str(tmp))
    os.replace(tmp, path)
    return path


LINE_H = 5
_HEADER_FILL = (233, 238, 244)


def _grid(pdf: FPDF, header: list[str], rows: list[list[str]]) -> None:
    """A table in equal columns, its header repeated on every page. Drawn with plain cells: fpdf2's
    table helper lays out every cell twice (a dry run for the row's height, then the text), which
    cost a province's report most of its PDF time; here a cell is measured only when its text is
    wider than its column, and only such rows wrap onto more lines."""
    width = pdf.epw / len(header)
    room = width - 2 * pdf.c_margin

    def lines(text: str) -> int:
        if pdf.get_string_width(text) <= room:
            return 1
        return max(1, len(pdf.multi_cell(width, LINE_H, text, dry_run=True, output="LINES")))

    def draw(texts: list[str], heights: list[int], fill: bool) -> None:
        x, y = pdf.l_margin, pdf.get_y()
        h = max(heights) * LINE_H
        if max(heights) == 1 and not fill:
            for text in texts:
                pdf.cell(width, h, text, border=1)
        else:
            for i, text in enumerate(texts):
                pdf.rect(x + i * width, y, width, h, style="DF" if fill else "D")
                pdf.set_xy(x + i * width, y)
                pdf.multi_cell(width, LINE_H, text, align="L")
        pdf.set_xy(x, y + h)

    def draw_header() -> None:
        pdf.set_font(style="B")
        draw(header, header_lines, fill=True)
        pdf.set_font(style="")

    pdf.set_font(style="B")
    header_lines = [lines(h) for h in header]
    pdf.set_font(style="")
    pdf.set_fill_color(*_HEADER_FILL)
    if pdf.get_y() + (max(header_lines) + 1) * LINE_H > pdf.page_break_trigger:
        pdf.add_page()
    draw_header()
    for row in rows:
        heights = [lines(text) for text in row]
        if pdf.get_y() + max(heights) * LINE_H > pdf.page_break_trigger:
            pdf.add_page()
            draw_header()
        draw(row, heights, fill=False)


def _cell(value: object) -> str:
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value)
