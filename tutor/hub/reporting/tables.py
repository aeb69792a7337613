"""The report's tables, once: the dashboard page, the PDF and the XLSX all render these rows,
so the three cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tutor.hub.reporting.aggregate import CERTIFICATES, PROFICIENT, REGISTERED, TRAINED
from tutor.hub.reporting.charts import Series, columns, progress
from tutor.hub.reporting.figures import ALL, GROUP_ORDER, Cell, QuarterFigures, group_name

TREND_MONTHS = 12
# A province's quarter can hold tens of thousands of certificates: the page and the PDF show
# the first ones and say so; the spreadsheet always holds every row.
SHOWN_ROWS = 200
NAMES_HIDDEN = "Họ tên chỉ hiện cho cán bộ xã và giáo viên của điểm học."


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    header: list[str]
    rows: list[list[Any]]     # ints stay ints (the spreadsheet sums them); text is Vietnamese
    note: str = ""

    def shown_rows(self) -> list[list[Any]]:
        return self.rows[:SHOWN_ROWS]

    @property
    def cut_note(self) -> str:
        if len(self.rows) <= SHOWN_ROWS:
            return ""
        return (f"Trang này và tệp PDF chỉ liệt kê {SHOWN_ROWS} dòng đầu trong {len(self.rows):,} dòng;"
                f" tệp bảng tính (XLSX) có đủ.").replace(",", ".")


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%".replace(".", ",")


_CELL_HEADER = ["Dân số mục tiêu", "Đã đăng ký học", "Đạt trình độ cơ bản", "Tỉ lệ đạt / dân số",
                "Thành thạo", "Tỉ lệ thành thạo / đạt", "Chứng nhận đã cấp", "Hoạt động 30 ngày qua"]


def _cell_row(cell: Cell) -> list[Any]:
    return [cell.population, cell.registered, cell.trained, percent(cell.trained_pct), cell.proficient,
            percent(cell.proficient_of_trained_pct), cell.certificates, cell.active_30d]


def _goal_text(fig: QuarterFigures, group: str) -> str:
    goal = fig.goals.get(group) or fig.goals.get(ALL)
    if goal is None:
        return "chưa đặt"
    return f"đạt {goal.trained_pct:g}%, thành thạo {goal.proficient_pct:g}% số đạt, trước {goal.due_on}"


def report_tables(fig: QuarterFigures) -> list[Table]:
    tables = []
    groups = [g for g in GROUP_ORDER if g in fig.totals or g in fig.goals]
    rows = [[group_name(g), *_cell_row(fig.totals.get(g, Cell())), _goal_text(fig, g)] for g in groups]
    rows.append([group_name(ALL), *_cell_row(fig.totals.get(ALL, Cell())), _goal_text(fig, ALL)])
    tables.append(Table("groups", "Theo nhóm người học", ["Nhóm", *_CELL_HEADER, "Mục tiêu của tỉnh"], rows))
    levels = list(range(2, fig.max_level + 1))
    site_rows = []
    for site_id, name in fig.sites():
        cell = fig.cells.get((site_id, ALL), Cell())
        site_rows.append([name, *_cell_row(cell), *(cell.levels.get(level, 0) for level in levels)])
    tables.append(Table("sites", "Theo điểm học", ["Điểm học", *_CELL_HEADER,
                                                    *(f"Lên cấp độ {level}" for level in levels)], site_rows))
    month_rows = []
    totals = {m: 0 for m in (REGISTERED, TRAINED, PROFICIENT, CERTIFICATES)}
    for month in sorted(fig.monthly):
        new = fig.monthly[month]
        for m in totals:
            totals[m] += new.get(m, 0)
        month_rows.append([f"{month[5:7]}/{month[:4]}", new.get(REGISTERED, 0), new.get(TRAINED, 0),
                           new.get(PROFICIENT, 0), new.get(CERTIFICATES, 0), totals[REGISTERED], totals[TRAINED],
                           totals[PROFICIENT]])
    tables.append(Table("months", "Theo tháng", ["Tháng", "Đăng ký mới", "Đạt cơ bản mới", "Thành thạo mới",
                                                 "Chứng nhận mới", "Cộng dồn đăng ký", "Cộng dồn đạt",
                                                 "Cộng dồn thành thạo"], month_rows[-TREND_MONTHS:]))
    quarters = {}
    for metric in (REGISTERED, TRAINED, PROFICIENT, CERTIFICATES):
        for q, n in fig.quarterly(metric):
            quarters.setdefault(q, {})[metric] = n
    tables.append(Table("quarters", "Theo quý", ["Quý", "Đăng ký mới", "Đạt cơ bản mới", "Thành thạo mới",
                                                 "Chứng nhận mới"],
                        [[f"Quý {q[-1]}/{q[:4]}", v.get(REGISTERED, 0), v.get(TRAINED, 0), v.get(PROFICIENT, 0),
                          v.get(CERTIFICATES, 0)] for q, v in sorted(quarters.items())]))
    cert_header = ["Điểm học", "Số chứng nhận", "Cấp độ", "Ngày cấp"]
    if fig.names_shown:
        cert_header += ["Họ tên", "Mã xác minh"]
    tables.append(Table("certificates", f"Chứng nhận cấp trong {fig.quarter.label.lower()}", cert_header,
                        [_cert_row(c, fig.names_shown) for c in fig.certificates],
                        "" if fig.names_shown else NAMES_HIDDEN))
    basic = fig.basic_confirmations()
    tables.append(Table(
        "basic", "Danh sách xác nhận đạt trình độ cơ bản", cert_header,
        [_cert_row(c, fig.names_shown) for c in basic],
        ("Kiểm tra một chứng nhận: mở trang /certificates của máy chủ, nhập số chứng nhận và họ tên "
         "(hoặc mã xác minh). " + ("" if fig.names_shown else NAMES_HIDDEN))))
    return tables


def _cert_row(c: Any, names: bool) -> list[Any]:
    row = [c.site_name, c.number, c.level, c.issued_on]
    if names:
        row += [c.learner_name or "", c.code or ""]
    return row


def headline(fig: QuarterFigures) -> list[tuple[str, str]]:
    total = fig.totals.get(ALL, Cell())
    return [("Đã đăng ký học", f"{total.registered:,}".replace(",", ".")),
            ("Đạt trình độ cơ bản", f"{total.trained:,}".replace(",", ".")),
            ("Tỉ lệ đạt / dân số mục tiêu", percent(total.trained_pct)),
            ("Thành thạo", f"{total.proficient:,}".replace(",", ".")),
            ("Chứng nhận đã cấp", f"{total.certificates:,}".replace(",", ".")),
            ("Hoạt động 30 ngày qua", f"{total.active_30d:,}".replace(",", "."))]


def report_charts(fig: QuarterFigures) -> list[tuple[str, str]]:
    """(title, svg) of the report's charts."""
    months = sorted(fig.monthly)[-TREND_MONTHS:]
    labels = [f"{m[5:7]}/{m[2:4]}" for m in months]
    monthly = columns("Học viên mới mỗi tháng", labels, [
        Series("Đăng ký", [fig.monthly[m].get(REGISTERED, 0) for m in months]),
        Series("Đạt cơ bản", [fig.monthly[m].get(TRAINED, 0) for m in months]),
        Series("Thành thạo", [fig.monthly[m].get(PROFICIENT, 0) for m in months])])
    qs = {}
    for metric in (REGISTERED, TRAINED, PROFICIENT):
        for q, n in fig.quarterly(metric):
            qs.setdefault(q, {})[metric] = n
    qkeys = sorted(qs)[-8:]
    quarterly = columns("Học viên mới mỗi quý", [f"Q{q[-1]}/{q[2:4]}" for q in qkeys], [
        Series("Đăng ký", [qs[q].get(REGISTERED, 0) for q in qkeys]),
        Series("Đạt cơ bản", [qs[q].get(TRAINED, 0) for q in qkeys]),
        Series("Thành thạo", [qs[q].get(PROFICIENT, 0) for q in qkeys])])
    rows = []
    for g in [*GROUP_ORDER, ALL]:
        cell = fig.totals.get(g)
        if cell is None or (not cell.population and not cell.trained):
            continue
        goal = fig.goals.get(g) or fig.goals.get(ALL)
        done = cell.trained_of_population if cell.population else cell.trained
        rows.append((group_name(g), done, cell.population, goal.trained_pct if goal else None))
    target = progress("Đạt trình độ cơ bản so với dân số mục tiêu (vạch đỏ: mục tiêu)", rows)
    return [("Tiến độ so với mục tiêu", target), ("Xu hướng theo tháng", monthly), ("Xu hướng theo quý", quarterly)]
