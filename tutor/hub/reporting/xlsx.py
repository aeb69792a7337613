"""The quarterly report as a spreadsheet (XlsxWriter), one sheet per table, numbers as numbers.

XlsxWriter in constant-memory mode streams each row to its sheet as it is written and each
cell is written by its own type (no per-cell XML tree, no shared-string table): a province's
tens of thousands of certificate rows cost a fraction of what openpyxl's write-only mode
spent on them (benchmarks/reporting.py --province keeps that writer as its baseline).
Both libraries are pure Python (no lxml); openpyxl stays the reader the tests check with.

The confirmation list for the basic level is the quarter's certificates of level 1, so the
certificate rows are written once: the sheet "Xác nhận cơ bản" gives the list's title, note
and count and points to those rows, and the certificate sheet has a filter on its header
(Cấp độ = 1 shows the list). The page and the PDF show both tables as before.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import xlsxwriter

from tutor.hub.reporting.aggregate import BASIC_LEVEL
from tutor.hub.reporting.figures import QuarterFigures
from tutor.hub.reporting.tables import Table, headline, report_tables

SHEET_NAMES = {"groups": "Theo nhóm", "sites": "Theo điểm học", "months": "Theo tháng", "quarters": "Theo quý",
               "certificates": "Chứng nhận trong quý", "basic": "Xác nhận cơ bản"}
_HEADER_FILL = "#E9EEF4"
LEVEL_COLUMN = "Cấp độ"   # the certificate table's column a reader filters the basic list by


def basic_list_note(count: int) -> str:
    certificates = SHEET_NAMES["certificates"]
    return (f"{count:,} chứng nhận cấp độ {BASIC_LEVEL} (trình độ cơ bản) trong quý. Danh sách là các dòng có "
            f"“{LEVEL_COLUMN}” bằng {BASIC_LEVEL} ở trang “{certificates}”: bấm nút lọc ở ô “{LEVEL_COLUMN}” "
            f"của trang đó và chỉ chọn {BASIC_LEVEL}.").replace(",", ".")


def _row(ws: Any, r: int, values: Sequence[Any], fmt: Any = None) -> None:
    for c, value in enumerate(values):
        if value is None:
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            ws.write_number(r, c, value, fmt)
        else:   # text as text: a certificate number such as 00012345 must not turn into a number
            ws.write_string(r, c, str(value), fmt)


def write_xlsx(fig: QuarterFigures, hub_name: str, path: Path, tables: list[Table] | None = None) -> Path:
    """``tables``: the report's tables when the caller already built them (the PDF uses the same)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_numbers": False,
                                         "strings_to_formulas": False, "strings_to_urls": False})
    try:
        title = wb.add_format({"bold": True, "font_size": 14})
        subtitle = wb.add_format({"bold": True, "font_size": 12})
        header = wb.add_format({"bold": True, "bg_color": _HEADER_FILL, "pattern": 1})
        summary = wb.add_worksheet("Tổng hợp")
        summary.set_column(0, 0, 36)
        summary.set_column(1, 1, 20)
        _row(summary, 0, [f"Báo cáo kết quả phong trào Bình dân học AI - {fig.quarter.label}"], title)
        _row(summary, 1, [hub_name])
        _row(summary, 2, ["Số liệu tính đến hết ngày", fig.as_of.strftime("%d/%m/%Y")])
        _row(summary, 3, ["Số điểm học", len(fig.site_names)])
        for r, (label, value) in enumerate(headline(fig), start=4):
            _row(summary, r, [label, value])
        for table in tables if tables is not None else report_tables(fig):
            ws = wb.add_worksheet(SHEET_NAMES.get(table.key, table.key)[:31])
            ws.set_column(0, 0, 30)
            ws.set_column(1, 13, 18)
            _row(ws, 0, [table.title], subtitle)
            r = 1
            if table.note:
                _row(ws, r, [table.note])
                r += 1
            if table.key == "basic":   # the same rows as the certificate sheet's level-1 ones: not twice
                _row(ws, r, [basic_list_note(len(table.rows))])
                continue
            _row(ws, r, table.header, header)
            header_row = r
            for r, values in enumerate(table.rows, start=r + 1):
                _row(ws, r, values)
            if table.key == "certificates" and table.rows:
                ws.autofilter(header_row, 0, r, len(table.header) - 1)
        wb.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)
    return path
