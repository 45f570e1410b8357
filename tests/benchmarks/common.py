"""Small helpers shared by the benchmark scripts: statistics, RSS, the result table, machine load.

Benchmarks measure and report; they never assert on timings. Every script prints its figures
with `report()`: one row per figure with the measured value, the budget and the ratio figure/budget
(≤ 1.00 means within budget; for "at least" budgets the ratio is budget/figure, so ≤ 1.00 is still good).
"""

from __future__ import annotations

import math
import os
import statistics
from dataclasses import dataclass

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux /proc; falls back to the peak from resource)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * PAGE_SIZE / 2**20
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (0 < fraction ≤ 1) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(fraction * len(ordered))))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)


def slope(times: list[float], values: list[float]) -> float:
    """Least-squares slope of values over times (units of values per unit of time)."""
    n = len(times)
    if n < 2:
        return 0.0
    mt, mv = sum(times) / n, sum(values) / n
    den = sum((t - mt) ** 2 for t in times)
    return sum((t - mt) * (v - mv) for t, v in zip(times, values, strict=True)) / den if den else 0.0


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    budget: float
    at_least: bool = False  # the budget is a floor (events/s), not a ceiling

    @property
    def ratio(self) -> float:
        if self.at_least:
            return self.budget / self.value if self.value else float("inf")
        return self.value / self.budget if self.budget else float("inf")

    @property
    def ok(self) -> bool:
        return self.ratio <= 1.0


def report(title: str, figures: list[Figure], notes: list[str] = ()) -> None:  # type: ignore[assignment]
    """Print the figures as a table: figure, value, budget, ratio, verdict."""
    print()
    print(title)
    width = max(len(f.name) for f in figures) + 2
    print(f"  {'figure':<{width}}{'value':>14}  {'budget':>16}  {'ratio':>7}  verdict")
    for f in figures:
        budget = f"{'≥' if f.at_least else '≤'} {f.budget:.4g} {f.unit}"
        print(f"  {f.name:<{width}}{f.value:>10.2f} {f.unit:<3}  {budget:>16}  {f.ratio:>7.2f}  "
              f"{'within budget' if f.ok else 'OVER BUDGET'}")
    for note in notes:
        print(f"  note: {note}")
    print(f"  load: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores (noisy machine: compare ratios)")
