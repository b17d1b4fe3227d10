"""Ours against plain SQLite on the very same statements: the scaffolding the query figures share
(3 matter list, 9 people register, 10 due view, 11 reports).

The statements `ours` sends are recorded at the casework module's bare-cursor seam (its
`_driver`), replayed on a plaintext copy as the floor, and the two timed pairwise; the plain
copy's query plans say why a figure misses its goal.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from bench.generate import BuiltVault, plain_copy
from bench.report import Result
from bench.timing import Pair, pairwise

Statements = list[tuple[str, Any]]


@contextlib.contextmanager
def vault_and_plain(built: BuiltVault) -> Iterator[tuple[Any, sqlite3.Connection]]:
    """The built vault unlocked, and its plaintext copy open beside it; both closed after."""
    plain = sqlite3.connect(str(plain_copy(built)), check_same_thread=False)
    try:
        vault = built.unlock()
        try:
            yield vault, plain
        finally:
            vault.lock()
    finally:
        plain.close()


def capture(
    module: Any,  # a casework module with a `_driver(session)` cursor seam
    ours: Callable[[], Any],
    *,
    keep: Callable[[str], bool] = lambda _sql: True,
    params: Callable[[Any], Any] = lambda given: given,
) -> Statements:
    """The SQL (those `keep` accepts) and parameters (as `params` copies them) that `ours` sends
    through `module._driver`, which is put back afterwards."""
    captured: Statements = []
    real = module._driver

    class _Recorder:
        def __init__(self, driver: Any) -> None:
            self.driver = driver

        def execute(self, sql: str, given: Any = ()) -> Any:
            if keep(sql):
                captured.append((sql, params(given)))
            return self.driver.execute(sql, given)

    module._driver = lambda session: _Recorder(real(session))
    try:
        ours()
    finally:
        module._driver = real
    return captured


def plan(conn: sqlite3.Connection, sql: str, params: Any) -> str:
    rows = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return "; ".join(str(r[-1]) for r in rows)


@dataclass
class Measured:
    statements: Statements
    pair: Pair
    plans: str  # every statement's plan, " | " between statements

    def meets(
        self, max_ratio: float, *, n: int, limit_100k_s: float | None = None, small_s: float = 0.0
    ) -> bool:
        """Within `max_ratio` of plain (or no longer than `small_s`: a session's fixed cost), and
        from 100,000 matters on within `limit_100k_s`."""
        ratio_ok = self.pair.ratio <= max_ratio or self.pair.ours_s <= small_s
        abs_ok = limit_100k_s is None or n < 100_000 or self.pair.ours_s <= limit_100k_s
        return ratio_ok and abs_ok

    def last_rows(self, plain: sqlite3.Connection) -> int:
        """How many rows the last statement returns (the page shown)."""
        sql, given = self.statements[-1]
        return len(plain.execute(sql, given).fetchall())

    def result(
        self,
        *,
        figure: str,
        case: str,
        n: int,
        goal: str,
        met: bool,
        note: str | None = None,
        plan: str | None = None,
        **extra: Any,
    ) -> Result:
        """The figure's row: the plan shown (`plan`, else every statement's) and, when the goal
        is missed, said in the note unless `note` says otherwise."""
        shown = self.plans if plan is None else plan
        return Result(
            figure=figure,
            case=case,
            ours_s=self.pair.ours_s,
            floor_s=self.pair.floor_s,
            ratio=self.pair.ratio,
            n=n,
            goal=goal,
            met=met,
            note=note if note is not None else "" if met else f"query plan: {shown}",
            extra={"plan": shown, **extra, "cpu_ratio": self.pair.cpu_ratio,
                   "repetitions": self.pair.repetitions},
        )


def against_plain(
    module: Any,  # a casework module with a `_driver(session)` cursor seam
    ours: Callable[[], Any],
    plain: sqlite3.Connection,
    *,
    runs: int,
    keep: Callable[[str], bool] = lambda _sql: True,
    params: Callable[[Any], Any] = lambda given: given,
) -> Measured:
    """`ours` timed against replaying its captured statements on `plain`."""
    statements = capture(module, ours, keep=keep, params=params)

    def floor() -> None:
        for sql, given in statements:
            plain.execute(sql, given).fetchall()

    pair = pairwise(ours, floor, runs=runs, warmup=2, min_sample_s=0.05)
    plans = " | ".join(plan(plain, sql, given) for sql, given in statements)
    return Measured(statements, pair, plans)
