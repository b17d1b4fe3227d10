"""The due-view benchmark (bench/fig_due.py) at a tiny size: it builds on the real schema, times
both sides on the same statements, and every statement walks an index (no temporary b-tree sort
of the whole task table). The 100,000-matter figure is `python -m bench.fig_due --write`."""

from __future__ import annotations

from pathlib import Path

from bench import fig_due


def test_the_due_bench_runs_and_its_queries_walk_indexes(tmp_path: Path) -> None:
    vault = fig_due.build(tmp_path, 60, log=lambda _text: None)
    try:
        rows = fig_due.run(vault, fig_due.plain_copy(vault, tmp_path), 60, runs=1)
    finally:
        vault.lock()
    assert [r.case for r in rows] == [
        "first page (counts + overdue page of 100)",
        "first page, owner HR",
        "matter list: next due of 100 matters",
    ]
    for row in rows:
        assert row.ours_s and row.floor_s and row.extra
        plan = row.extra["plan"]
        assert "TEMP B-TREE" not in plan and "SCAN t " not in plan, plan
        assert "ix_task_" in plan
