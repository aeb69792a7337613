"""The quarterly report as a spreadsheet (openpyxl), one sheet per table, numbers as numbers."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from tutor.hub.reporting.figures import QuarterFigures
from tutor.hub.reporting.tables import headline, report_tables

SHEET_NAMES = {"groups": "Theo nhóm", "sites": "Theo điểm học", "months": "Theo tháng", "quarters": "Theo quý",
               "certificates": "Chứng nhận trong quý", "basic": "Xác nhận cơ bản"}


def write_xlsx(fig: QuarterFigures, hub_name: str, path: Path) -> Path:
    wb = Workbook()
    summary = wb.active
    summary.title = "Tổng hợp"
    summary.append([f"Báo cáo kết quả phong trào Bình dân học AI - {fig.quarter.label}"])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append([hub_name])
    summary.append(["Số liệu tính đến hết ngày", fig.as_of.strftime("%d/%m/%Y")])
    summary.append(["Số điểm học", len(fig.site_names)])
    for label, value in headline(fig):
        summary.append([label, value])
    summary.column_dimensions["A"].width = 36
    summary.column_dimensions["B"].width = 20
    header_fill = PatternFill("solid", fgColor="E9EEF4")
    for table in report_tables(fig):
        ws = wb.create_sheet(SHEET_NAMES.get(table.key, table.key)[:31])
        ws.append([table.title])
        ws["A1"].font = Font(bold=True, size=12)
        if table.note:
            ws.append([table.note])
        ws.append(table.header)
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
            cell.fill = header_fill
        for row in table.rows:
            ws.append(row)
        for i, _ in enumerate(table.header, start=1):
            ws.column_dimensions[get_column_letter(i)].width = 18 if i > 1 else 30
        ws.freeze_panes = ws.cell(row=ws.max_row - len(table.rows) + 1, column=2)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    wb.save(tmp)
    os.replace(tmp, path)
    return path
