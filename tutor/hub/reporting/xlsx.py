"""The quarterly report as a spreadsheet (openpyxl), one sheet per table, numbers as numbers.

Written in openpyxl's write-only mode: rows stream to the file, so a province's tens of
thousands of certificate rows cost neither the memory nor the time of a loaded workbook.
"""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from tutor.hub.reporting.figures import QuarterFigures
from tutor.hub.reporting.tables import headline, report_tables

SHEET_NAMES = {"groups": "Theo nhóm", "sites": "Theo điểm học", "months": "Theo tháng", "quarters": "Theo quý",
               "certificates": "Chứng nhận trong quý", "basic": "Xác nhận cơ bản"}
_HEADER_FILL = PatternFill("solid", fgColor="E9EEF4")


def _styled(ws, values: list, bold: bool = False, size: int | None = None, fill: bool = False) -> list:
    cells = []
    for value in values:
        cell = WriteOnlyCell(ws, value=value)
        cell.font = Font(bold=bold, size=size) if size else Font(bold=bold)
        if fill:
            cell.fill = _HEADER_FILL
        cells.append(cell)
    return cells


def write_xlsx(fig: QuarterFigures, hub_name: str, path: Path) -> Path:
    wb = Workbook(write_only=True)
    summary = wb.create_sheet("Tổng hợp")
    summary.column_dimensions["A"].width = 36
    summary.column_dimensions["B"].width = 20
    summary.append(_styled(summary, [f"Báo cáo kết quả phong trào Bình dân học AI - {fig.quarter.label}"],
                           bold=True, size=14))
    summary.append([hub_name])
    summary.append(["Số liệu tính đến hết ngày", fig.as_of.strftime("%d/%m/%Y")])
    summary.append(["Số điểm học", len(fig.site_names)])
    for label, value in headline(fig):
        summary.append([label, value])
    for table in report_tables(fig):
        ws = wb.create_sheet(SHEET_NAMES.get(table.key, table.key)[:31])
        ws.column_dimensions["A"].width = 30
        for letter in "BCDEFGHIJKLMN":
            ws.column_dimensions[letter].width = 18
        ws.append(_styled(ws, [table.title], bold=True, size=12))
        if table.note:
            ws.append([table.note])
        ws.append(_styled(ws, list(table.header), bold=True, fill=True))
        for row in table.rows:
            ws.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    wb.save(tmp)
    os.replace(tmp, path)
    return path
