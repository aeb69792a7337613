"""Figures shared by the benchmarks (run as `python benchmarks/x.py`, so this folder is on
sys.path and they import it as `_stats`)."""

from __future__ import annotations


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0 <= q <= 1) of values: the nearest-rank value, never interpolated."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
