"""Pairwise, interleaved timing: ours, floor, ours, floor … after a warm-up; medians compared.

The machine is shared and noisy, so both sides of a comparison always run in the same stretch
of time, alternating, and each figure is the median of its runs.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Pair:
    ours: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    repetitions: tuple[int, int] = (1, 1)
    ours_cpu: list[float] = field(default_factory=list)
    floor_cpu: list[float] = field(default_factory=list)

    @property
    def cpu_ratio(self) -> float | None:
        """The same comparison in this process's CPU time: immune to being descheduled by other
        work on the machine (meaningful only for in-process, single-threaded work)."""
        if not self.ours_cpu or not self.floor_cpu:
            return None
        floor = statistics.median(self.floor_cpu)
        return statistics.median(self.ours_cpu) / floor if floor > 0 else None

    @property
    def ours_s(self) -> float:
        return statistics.median(self.ours)

    @property
    def floor_s(self) -> float:
        return statistics.median(self.floor)

    @property
    def ratio(self) -> float:
        return self.ours_s / self.floor_s if self.floor_s > 0 else float("inf")


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def pairwise(
    ours: Callable[[], Any],
    floor: Callable[[], Any],
    *,
    runs: int = 7,
    warmup: int = 1,
    setup: Callable[[], Any] | None = None,
    measure: Callable[[Callable[[], Any]], float] = timed,
    min_sample_s: float = 0.0,
) -> Pair:
    """Median of `runs` alternating runs of each side after `warmup` of each. `setup`, when
    given, runs untimed before every single run (fresh files and the like). `measure` may
    replace plain wall-clock timing (e.g. a child process that reports its own figure).
    `min_sample_s`: short calls are repeated back to back so one sample lasts at least this
    long (calibrated per side in the first warm-up); the sample is the per-call mean."""
    pair = Pair()
    reps = {id(ours): 1, id(floor): 1}
    for i in range(warmup + runs):
        # Alternate which side goes first, so neither always runs on a warmer cache.
        order = ((ours, pair.ours, pair.ours_cpu), (floor, pair.floor, pair.floor_cpu))
        if i % 2:
            order = order[::-1]
        for fn, sink, cpu_sink in order:
            if setup is not None:
                setup()
            k = reps[id(fn)]
            cpu0 = time.process_time()
            if k == 1:
                elapsed = measure(fn)
            else:  # a short operation: one sample is k back-to-back calls, per-call time kept
                elapsed = measure(lambda fn=fn, k=k: [fn() for _ in range(k)]) / k
            if i == 0 and min_sample_s and setup is None and elapsed < min_sample_s:
                # Calibrate on the first warm-up: a sample of a sub-millisecond call would be
                # all scheduler noise on a shared 2-core machine.
                reps[id(fn)] = min(1000, max(1, math.ceil(min_sample_s / max(elapsed, 1e-6))))
            cpu = (time.process_time() - cpu0) / k
            if i >= warmup:
                sink.append(elapsed)
                cpu_sink.append(cpu)
    pair.repetitions = (reps[id(ours)], reps[id(floor)])
    return pair


def median_of(fn: Callable[[], Any], *, runs: int = 5, warmup: int = 1) -> float:
    samples = []
    for i in range(warmup + runs):
        elapsed = timed(fn)
        if i >= warmup:
            samples.append(elapsed)
    return statistics.median(samples)
