"""Timing shared by the benchmarks: runs of a piece of work, their median and spread."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    """Milliseconds of each run."""

    times: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    def ratio(self, reference: Timing) -> float:
        """This median over the reference's, measured in the same run."""
        return self.median / (reference.median or 1e-9)

    def __str__(self) -> str:
        return f"{self.median:8.1f} ms ({min(self.times):.1f}–{max(self.times):.1f})"


def timed(runs: int, work: Callable[[], object]) -> Timing:
    """``work`` run ``runs`` times, each timed on its own."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return Timing(tuple(times))
