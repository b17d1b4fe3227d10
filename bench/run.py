"""`make bench` / `make bench-quick`: every figure, ours beside the floor, ratios and goals.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.run [--quick] [--only 3,4] [--seed 7]

--quick runs the 1,000 and 10,000 sizes only (and 20/50 MB bundles, fewer repetitions).
The table is printed and written to bench/results.json; a goal missed shows as MISSED.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench import generate
from bench.report import RESULTS, Result, table, write


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Outbound benchmarks")
    parser.add_argument("--quick", action="store_true", help="1k and 10k only, smaller bundles")
    parser.add_argument("--only", default="", help="comma-separated figure numbers (1-11)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default=str(RESULTS), help="results file (JSON)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    only = {int(x) for x in args.only.split(",") if x.strip()}
    quick = args.quick
    sizes = (1_000, 10_000) if quick else (1_000, 10_000, 100_000)
    bundle_mb = (20, 50) if quick else (100, 300)
    started = time.perf_counter()

    _log(f"Outbound bench ({'quick' if quick else 'full'}): vaults of "
         f"{', '.join(f'{n:,}' for n in sizes)} matters, seed {args.seed}, schema "
         f"{generate.head_revision()}")
    vaults: dict[int, generate.BuiltVault] = {}
    for n in sizes:
        t0 = time.perf_counter()
        vaults[n] = generate.cached_vault(n, args.seed, log=_log)
        meta = vaults[n].meta
        _log(f"  {n:>7,} matters: {meta['method']}; {meta['per_matter_ms']} ms per matter "
             f"through the services; cache {'hit' if time.perf_counter() - t0 < 5 else 'built'}")
    big = vaults[10_000]
    results: list[Result] = []
    timings: dict[str, float] = {}

    def figure(number: int, name: str, fn: Callable[[], list[Result]]) -> None:
        if only and number not in only:
            return
        t0 = time.perf_counter()
        _log(f"figure {number}: {name} …")
        try:
            rows = fn()
        except Exception as exc:
            traceback.print_exc()
            rows = [Result(f"{number} {name}", "error", None, None, None, None, "", None,
                           note=f"pending: the figure failed: {type(exc).__name__}: {exc}"[:400])]
        results.extend(rows)
        timings[f"{number} {name}"] = round(time.perf_counter() - t0, 1)
        _log(f"  … {time.perf_counter() - t0:.0f} s")

    from bench import (
        fig_assess,
        fig_bundle,
        fig_due,
        fig_listing,
        fig_memo,
        fig_people,
        fig_reports,
        fig_stalls,
        fig_startup,
        fig_unlock,
        fig_workload,
    )

    figure(1, "cold start", lambda: fig_startup.run(big, runs=3 if quick else 7))
    figure(2, "unlock", lambda: fig_unlock.run(big, runs=5 if quick else 9))
    figure(3, "matter list", lambda: [r for n in sizes for r in fig_listing.run(
        vaults[n], runs=5 if quick else 9)])
    figure(4, "SQLCipher vs SQLite", lambda: fig_workload.run(vaults[1_000],
                                                              runs=3 if quick else 5))
    figure(5, "memo render", lambda: fig_memo.run(runs=3 if quick else 7))
    figure(6, "bundle", lambda: fig_bundle.run(bundle_mb, runs=3 if quick else 5))
    figure(7, "UI stalls", lambda: fig_stalls.run(big, attach_mb=bundle_mb[-1],
                                                  runs=3 if quick else 5))
    figure(8, "assess", lambda: fig_assess.run(runs=5 if quick else 9))
    figure(11, "reports", lambda: [r for n in sizes for r in fig_reports.run(
        vaults[n], runs=5 if quick else 9)])
    figure(9, "people register", lambda: fig_people.run(vaults[sizes[-1]],
                                                        runs=3 if quick else 7))
    figure(10, "due view", lambda: fig_due.figure(sizes[-1], runs=5 if quick else 7, log=_log))

    total = time.perf_counter() - started
    print(table(results))
    print()
    methods = "; ".join(f"{n:,}: {v.meta['method']}" for n, v in vaults.items())
    print(f"Vaults: {methods}.")
    cold = ", ".join(f"{n:,}: {v.meta['build_seconds']:.0f} s ({v.meta['per_matter_ms']} ms per "
                     "matter through the services)" for n, v in vaults.items())
    print(f"A cold cache costs the builds: {cold} (bench/cache/, key: N + seed + schema head).")
    missed = [r for r in results if r.met is False]
    pending = [r for r in results if r.met is None and r.note.startswith("pending")]
    print(f"{len(results)} rows: {len(missed)} MISSED, {len(pending)} pending; "
          f"run took {total:.0f} s. Results in {args.out}.")
    write(results, out=Path(args.out), meta={
        "mode": "quick" if quick else "full",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "seed": args.seed,
        "schema_head": generate.head_revision(),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "vaults": {str(n): v.meta for n, v in vaults.items()},
        "figure_seconds": timings,
        "total_seconds": round(total, 1),
        "method": "medians of interleaved ours/floor runs after a warm-up; calls shorter than "
                  "50 ms are repeated back to back within one sample (per-call mean)",
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
