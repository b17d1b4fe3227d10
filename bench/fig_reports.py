"""Figure 11: reports across matters (issue 15): the counts by kind over every matter, the counts
by client over one quarter, and the list behind the largest count (the first 2,000 matters, as
the window shows), against the same SQL on plain SQLite over a plaintext copy; and the CSV of
every matter, written as `outbound report --csv` writes it (informational).

Ours runs what the window runs, `casework.reports` through `vault.session()`. The statements
are captured at the module's cursor seam (`reports._driver`) and replayed on the plain copy.
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, date
from pathlib import Path
from typing import Any

from bench.generate import BuiltVault
from bench.measure import against_plain, vault_and_plain
from bench.report import Result

LIMIT_100K_S = 0.250  # a count the committee report waits for (it runs in a worker)
MAX_RATIO = 2.0  # a scan of the matter table: SQLCipher decrypts every page it reads


def run(built: BuiltVault, *, runs: int = 7) -> list[Result]:
    from casework import reports
    from casework.reports import DateRange

    n = int(built.meta["n"])
    everything = DateRange(None, None, UTC)
    with vault_and_plain(built) as (vault, plain):
        with vault.session() as session:
            newest = session.connection().exec_driver_sql(
                "SELECT max(created_at) FROM matter").scalar_one()
        last_day = date.fromisoformat(str(newest)[:10])
        quarter = DateRange(date(last_day.year, 3 * ((last_day.month - 1) // 3) + 1, 1), last_day,
                            UTC)
        with vault.session() as session:
            largest = reports.count_groups(session, "kind", everything)[0].key

        def counts(dimension: str, dates: DateRange) -> Any:
            def ours() -> None:
                with vault.session() as session:
                    reports.count_groups(session, dimension, dates)
            return ours

        def listing() -> None:
            with vault.session() as session:
                reports.group_matters(session, "kind", everything, largest, limit=2_000)

        cases = [
            ("counts by kind, every matter", counts("kind", everything)),
            ("counts by client, one quarter", counts("client", quarter)),
            ("matters behind the largest count (first 2,000)", listing),
        ]
        results = []
        for case, ours in cases:
            measured = against_plain(reports, ours, plain, runs=runs)
            results.append(measured.result(
                figure="11 reports",
                case=case,
                n=n,
                goal=f"≤{MAX_RATIO:g}× plain" + (", ≤250 ms" if n >= 100_000 else ""),
                met=measured.meets(MAX_RATIO, n=n, limit_100k_s=LIMIT_100K_S),
                rows=measured.last_rows(plain),
            ))
        results.append(_csv_export(vault, n, everything))
    return results


def _csv_export(vault: Any, n: int, dates: Any) -> Result:
    """Every matter to CSV through the Workspace (what `outbound report --csv` runs)."""
    from casework.workspace import Workspace

    workspace = Workspace(vault, "bench")
    with tempfile.TemporaryDirectory(prefix="outbound-bench-report-") as folder:
        out = Path(folder) / "report.csv"
        t0 = time.perf_counter()
        workspace.export_report("kind", dates, csv_path=out)
        elapsed = time.perf_counter() - t0
        size = out.stat().st_size
    return Result(
        figure="11 reports", case="CSV of every matter (export_report, streamed)", ours_s=elapsed,
        floor_s=None, ratio=None, n=n, goal="informational", met=None,
        extra={"bytes": size},
    )


def main(argv: list[str] | None = None) -> int:
    """`python -m bench.fig_reports [--n 100000]`: this figure alone, its rows merged into
    bench/results.json in place of earlier figure-11 rows (the other figures' rows are kept)."""
    import argparse
    import json

    from bench import generate
    from bench.report import RESULTS, table

    parser = argparse.ArgumentParser(prog="python -m bench.fig_reports")
    parser.add_argument("--n", type=int, action="append", help="vault size(s), default 100000")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    rows = [r for n in (args.n or [100_000])
            for r in run(generate.cached_vault(n, args.seed), runs=args.runs)]
    print(table(rows))
    data = json.loads(RESULTS.read_text(encoding="utf-8"))
    data["results"] = [r for r in data["results"] if not r["figure"].startswith("11 ")]
    data["results"] += [r.as_json() for r in rows]
    data["meta"].setdefault("figure_seconds", {})["11 reports"] = round(
        time.perf_counter() - t0, 1)
    for n in args.n or [100_000]:
        built = generate.cached_vault(n, args.seed)
        data["meta"].setdefault("vaults", {}).setdefault(str(n), built.meta)
    RESULTS.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
