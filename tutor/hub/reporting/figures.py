"""What a dashboard page and a quarterly report show, assembled from one snapshot.

The dashboard and both report files call :func:`quarter_figures` with the same quarter and
sites, so their numbers are the same numbers. Learner names appear only when the reader may
see them (a commune operator or the site's teacher): higher levels get counts and
certificate numbers, never names.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from tutor.hub.reporting.aggregate import (
    BASIC_LEVEL,
    CERTIFICATES,
    LEVEL_PREFIX,
    PROFICIENT,
    REGISTERED,
    REPORT_TZ,
    TRAINED,
)
from tutor.learner_groups import GROUPS, UNKNOWN_GROUP, group_label

GROUP_ORDER = [*GROUPS, UNKNOWN_GROUP]
ALL = "all"
ACTIVE_DAYS = 30
_QUARTER = re.compile(r"^\s*(\d{4})\s*[Qq]\s*([1-4])\s*$")


class BadQuarter(ValueError):
    """A quarter that is not written like 2026Q4; ``user_message`` says so in Vietnamese."""

    def __init__(self, text: str):
        super().__init__(f"not a quarter: {text!r}")
        self.user_message = f"“{text}” không phải là một quý. Hãy viết năm rồi Q và số quý, ví dụ 2026Q4."


@dataclass(frozen=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        m = _QUARTER.match(text or "")
        if not m:
            raise BadQuarter(text)
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def containing(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def label(self) -> str:
        return f"Quý {self.number}/{self.year}"

    @property
    def months(self) -> list[str]:
        first = 3 * (self.number - 1) + 1
        return [f"{self.year}-{m:02d}" for m in range(first, first + 3)]

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * (self.number - 1) + 1, 1)

    @property
    def last_day(self) -> date:
        nxt = date(self.year + 1, 1, 1) if self.number == 4 else date(self.year, 3 * self.number + 1, 1)
        return nxt - timedelta(days=1)

    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)


@dataclass
class Cell:
    """One site (or a total) x one learner group."""
    registered: int = 0
    levels: dict[int, int] = field(default_factory=dict)   # level >= 2 -> learners who reached it
    trained: int = 0
    proficient: int = 0
    certificates: int = 0
    active_30d: int = 0
    population: int = 0
    # Trained learners of site-group cells that have a target population: the share's numerator,
    # so a total never sets learners of groups with no population against another group's figure.
    trained_of_population: int = 0

    def add(self, other: Cell) -> None:
        self.registered += other.registered
        self.trained += other.trained
        self.proficient += other.proficient
        self.certificates += other.certificates
        self.active_30d += other.active_30d
        self.population += other.population
        self.trained_of_population += other.trained_of_population
        for k, v in other.levels.items():
            self.levels[k] = self.levels.get(k, 0) + v

    @property
    def trained_pct(self) -> float | None:
        return 100.0 * self.trained_of_population / self.population if self.population else None

    @property
    def proficient_of_trained_pct(self) -> float | None:
        return 100.0 * self.proficient / self.trained if self.trained else None


@dataclass(frozen=True)
class CertificateLine:
    site_name: str
    number: str
    level: int
    level_title: str
    issued_on: str
    learner_name: str | None      # None where the reader sees counts only
    code: str | None              # the verification code, with the name (commune level)


@dataclass(frozen=True)
class Goal:
    trained_pct: float
    proficient_pct: float
    due_on: str


@dataclass
class QuarterFigures:
    quarter: Quarter
    as_of: date
    names_shown: bool
    site_names: dict[str, str]
    cells: dict[tuple[str, str], Cell]      # (site_id, group) -> cell; group ALL for the site's total
    totals: dict[str, Cell]                 # group (and ALL) -> cell over every site shown
    monthly: dict[str, dict[str, int]]      # month -> metric -> learners new that month
    certificates: list[CertificateLine]     # issued in the quarter
    goals: dict[str, Goal]
    max_level: int = 1

    def sites(self) -> list[tuple[str, str]]:
        return sorted(self.site_names.items(), key=lambda kv: (kv[1], kv[0]))

    def cumulative(self, metric: str) -> list[tuple[str, int]]:
        total, out = 0, []
        for month in sorted(self.monthly):
            total += self.monthly[month].get(metric, 0)
            out.append((month, total))
        return out

    def quarterly(self, metric: str) -> list[tuple[str, int]]:
        per: dict[str, int] = defaultdict(int)
        for month, metrics in self.monthly.items():
            y, m = int(month[:4]), int(month[5:7])
            per[f"{y}Q{(m - 1) // 3 + 1}"] += metrics.get(metric, 0)
        return sorted(per.items())

    def basic_confirmations(self) -> list[CertificateLine]:
        """The framework's basic level: certificates of the first level issued in the quarter."""
        return [c for c in self.certificates if c.level == BASIC_LEVEL]


def window(quarter: Quarter, today: date) -> tuple[date, str, str, str, str, str]:
    """(as_of, through_month, active_from, active_to, cert_from, cert_to) for a quarter read on ``today``."""
    as_of = min(today, quarter.last_day)
    start = datetime.combine(quarter.first_day, time(), REPORT_TZ).astimezone(UTC)
    end = datetime.combine(quarter.last_day + timedelta(days=1), time(), REPORT_TZ).astimezone(UTC)
    return (as_of, as_of.strftime("%Y-%m"), (as_of - timedelta(days=ACTIVE_DAYS - 1)).isoformat(),
            as_of.isoformat(), start.isoformat(timespec="milliseconds"), end.isoformat(timespec="milliseconds"))


def quarter_figures(storage: Any, quarter: Quarter, today: date, sites: list[str] | None,
                    names_shown: bool) -> QuarterFigures:
    as_of, through, active_from, active_to, cert_from, cert_to = window(quarter, today)
    snap = storage.reporting.snapshot(sites, through, active_from, active_to, cert_from, cert_to)
    cells: dict[tuple[str, str], Cell] = defaultdict(Cell)
    max_level = 1
    for site_id, group, metric, n in snap["cells"]:
        cell = cells[(site_id, group)]
        if metric == REGISTERED:
            cell.registered += n
        elif metric == TRAINED:
            cell.trained += n
        elif metric == PROFICIENT:
            cell.proficient += n
        elif metric == CERTIFICATES:
            cell.certificates += n
        elif metric.startswith(LEVEL_PREFIX):
            level = int(metric[len(LEVEL_PREFIX):])
            cell.levels[level] = cell.levels.get(level, 0) + n
            max_level = max(max_level, level)
    for site_id, group, n in snap["active"]:
        cells[(site_id, group)].active_30d += n
    for site_id, group, population in snap["populations"]:
        cells[(site_id, group)].population += population
    for cell in cells.values():
        cell.trained_of_population = cell.trained if cell.population else 0
    site_names = dict(snap["site_names"])
    totals: dict[str, Cell] = defaultdict(Cell)
    for (site_id, group), cell in list(cells.items()):
        cells[(site_id, ALL)].add(cell)
        totals[group].add(cell)
        totals[ALL].add(cell)
    monthly: dict[str, dict[str, int]] = defaultdict(dict)
    for period, metric, n in snap["monthly"]:
        monthly[period][metric] = monthly[period].get(metric, 0) + n
    lines = []
    for site_id, _learner, _at, payload in snap["certificates"]:
        p = json.loads(payload) if isinstance(payload, str) else payload
        lines.append(CertificateLine(
            site_names.get(site_id, site_id), str(p.get("certificate_id", "")), int(p.get("level") or 0),
            str(p.get("level_title", "")), str(p.get("issued_on", "")),
            str(p.get("learner_name", "")) if names_shown else None,
            str(p.get("code", "")) if names_shown else None))
    goals = {g: Goal(*v) for g, v in snap["goals"].items()}
    return QuarterFigures(quarter, as_of, names_shown, site_names, dict(cells), dict(totals), dict(monthly),
                          lines, goals, max_level)


def group_name(code: str) -> str:
    return "Tất cả các nhóm" if code == ALL else group_label(code)
