"""The query figures' shared scaffolding (bench/measure.py): the statements are recorded at the
module's cursor seam and the seam put back, and a figure's row says a missed goal with its plan."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace
from typing import Any

import pytest

from bench.measure import Measured, capture
from bench.timing import Pair


def test_capture_records_what_is_kept_and_puts_the_seam_back() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE matter (id INTEGER)")
    real = lambda session: conn  # noqa: E731 - the module's cursor seam
    module = SimpleNamespace(_driver=real)

    def ours() -> None:
        module._driver(None).execute("SELECT id FROM matter WHERE id = ?", (1,))
        module._driver(None).execute("SELECT 1", ())

    assert capture(module, ours, keep=lambda sql: "FROM matter" in sql) == [
        ("SELECT id FROM matter WHERE id = ?", (1,))
    ]
    assert module._driver is real

    def broken() -> None:
        raise RuntimeError("the call failed")

    with pytest.raises(RuntimeError):
        capture(module, broken)
    assert module._driver is real


def _measured(ours_s: float, floor_s: float) -> Measured:
    return Measured([("SELECT 1", ())], Pair(ours=[ours_s], floor=[floor_s]), "SCAN matter")


@pytest.mark.parametrize(
    ("ours_s", "n", "small_s", "met"),
    [
        (0.012, 1_000, 0.0, True),  # 1.2× plain
        (0.014, 1_000, 0.0, False),  # 1.4× plain
        (0.014, 1_000, 0.015, True),  # slower than plain, but within the fixed cost
        (0.012, 100_000, 0.0, False),  # within the ratio, over the 100k limit (10 ms)
    ],
)
def test_a_goal_is_the_ratio_and_from_100k_matters_the_limit(
    ours_s: float, n: int, small_s: float, met: bool
) -> None:
    measured = _measured(ours_s, 0.010)
    assert measured.meets(1.3, n=n, limit_100k_s=0.010, small_s=small_s) is met


def test_a_missed_goal_says_the_query_plan() -> None:
    measured = _measured(0.020, 0.010)
    row: Any = measured.result(figure="3 matter list", case="first page", n=10, goal="≤1.3×",
                               met=False, rows=3)
    assert row.note == "query plan: SCAN matter" and row.ratio == 2.0
    assert row.extra["plan"] == "SCAN matter" and row.extra["rows"] == 3
    met = measured.result(figure="3", case="c", n=10, goal="g", met=True, plan="one plan")
    assert met.note == "" and met.extra["plan"] == "one plan"
