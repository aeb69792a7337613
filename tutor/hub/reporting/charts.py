"""Server-side SVG charts for the reporting pages and the quarterly report.

Plain SVG text: no script, no web font (a generic sans-serif the reader's machine has),
colours that survive a black-and-white printer (each series also has its own pattern of
width/position and a label with the number). Labels are escaped: site names come from
operators.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

FONT = "DejaVu Sans, Noto Sans, Arial, sans-serif"
COLOURS = ("#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f")


@dataclass(frozen=True)
class Series:
    name: str
    values: list[int]


def _text(x: float, y: float, text: str, size: int = 12, anchor: str = "start", weight: str = "normal",
          fill: str = "#1d2733") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="{size}" text-anchor="{anchor}"'
            f' font-weight="{weight}" fill="{fill}">{escape(text)}</text>')


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def columns(title: str, labels: list[str], series: list[Series], width: int = 720, height: int = 300) -> str:
    """Grouped columns: one group per period (month or quarter), one column per series."""
    left, right, top, bottom = 56, 16, 40, 64
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = max([1, *(v for s in series for v in s.values)])
    step = _nice(top_value)
    ceiling = step * -(-top_value // step)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"'
             f' viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
             f'<rect width="{width}" height="{height}" fill="#ffffff"/>', _text(8, 22, title, 15, weight="bold")]
    for tick in range(0, ceiling + 1, step):
        y = top + plot_h - plot_h * tick / ceiling
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#d6dde5"/>')
        parts.append(_text(left - 6, y + 4, _count(tick), 11, "end", fill="#5a6675"))
    groups = max(1, len(labels))
    group_w = plot_w / groups
    bar_w = max(2.0, (group_w * 0.8) / max(1, len(series)))
    for i, label in enumerate(labels):
        x0 = left + i * group_w + group_w * 0.1
        for j, s in enumerate(series):
            value = s.values[i] if i < len(s.values) else 0
            h = plot_h * value / ceiling
            x = x0 + j * bar_w
            parts.append(f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w - 1:.1f}" height="{h:.1f}"'
                         f' fill="{COLOURS[j % len(COLOURS)]}"><title>{escape(s.name)} {escape(label)}:'
                         f' {value}</title></rect>')
        parts.append(_text(left + i * group_w + group_w / 2, top + plot_h + 16, label, 11, "middle"))
    legend_y = height - 18
    x = left
    for j, s in enumerate(series):
        parts.append(f'<rect x="{x}" y="{legend_y - 10}" width="12" height="12" fill="{COLOURS[j % len(COLOURS)]}"/>')
        parts.append(_text(x + 16, legend_y, s.name, 12))
        x += 24 + 7 * len(s.name)
    parts.append("</svg>")
    return "".join(parts)


def progress(title: str, rows: list[tuple[str, int, int, float | None]], width: int = 720) -> str:
    """Horizontal bars: (label, done, population, goal per cent) -> done / population, goal marked."""
    row_h, top, label_w = 34, 40, 250
    height = top + row_h * max(1, len(rows)) + 12
    bar_w = width - label_w - 210
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"'
             f' viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
             f'<rect width="{width}" height="{height}" fill="#ffffff"/>', _text(8, 22, title, 15, weight="bold")]
    for i, (label, done, population, goal) in enumerate(rows):
        y = top + i * row_h
        parts.append(_text(8, y + 17, label, 12))
        parts.append(f'<rect x="{label_w}" y="{y + 4}" width="{bar_w}" height="18" fill="#e9eef4"/>')
        share = min(1.0, done / population) if population else 0.0
        parts.append(f'<rect x="{label_w}" y="{y + 4}" width="{bar_w * share:.1f}" height="18" fill="{COLOURS[1]}"/>')
        if goal is not None:
            gx = label_w + bar_w * min(1.0, goal / 100)
            parts.append(f'<line x1="{gx:.1f}" y1="{y}" x2="{gx:.1f}" y2="{y + 26}" stroke="#b3261e"'
                         f' stroke-width="3"><title>Mục tiêu {goal:g}%</title></line>')
        text = f"{_count(done)}/{_count(population)} ({100 * share:.0f}%)" if population else \
            f"{_count(done)} (chưa có dân số mục tiêu)"
        parts.append(_text(label_w + bar_w + 6, y + 17, text, 11))
    parts.append("</svg>")
    return "".join(parts)


def _nice(top_value: int) -> int:
    """A round tick step giving about five grid lines."""
    raw = max(1, top_value // 5)
    magnitude = 10 ** (len(str(raw)) - 1)
    for m in (1, 2, 5, 10):
        if raw <= m * magnitude:
            return m * magnitude
    return 10 * magnitude
