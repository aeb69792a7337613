"""One quarterly report for a hub: the figures once, written as PDF and XLSX."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tutor.hub.reporting.figures import Quarter, QuarterFigures, quarter_figures
from tutor.hub.reporting.pdf import write_pdf
from tutor.hub.reporting.tables import report_tables
from tutor.hub.reporting.xlsx import write_xlsx


@dataclass(frozen=True)
class ReportFiles:
    """One quarter's report as written: its figures and the two files that carry them."""

    figures: QuarterFigures
    pdf: Path
    xlsx: Path


def write_report(storage: Any, quarter: Quarter, today: date, out_dir: Path, hub_name: str,
                 sites: list[str] | None = None, names_shown: bool = False) -> ReportFiles:
    """``names_shown`` only for a commune's own report (the terminal at the province leaves it off)."""
    fig = quarter_figures(storage, quarter, today, sites, names_shown)
    return write_report_from_figures(fig, out_dir, hub_name)


def write_report_from_figures(fig: QuarterFigures, out_dir: Path, hub_name: str) -> ReportFiles:
    stem = file_stem(fig.quarter)
    tables = report_tables(fig)   # built once: both files write the same rows
    return ReportFiles(fig, write_pdf(fig, hub_name, out_dir / f"{stem}.pdf", tables),
                       write_xlsx(fig, hub_name, out_dir / f"{stem}.xlsx", tables))


def file_stem(quarter: Quarter) -> str:
    """The files' shared name, e.g. bao-cao-2026-quy-4 (.pdf, .xlsx)."""
    return f"bao-cao-{quarter.year}-quy-{quarter.number}"
