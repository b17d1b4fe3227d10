"""Figure 8: `outbound assess FILE --json` as a whole process (spawn to exit), against a bare
`python -c pass`. Both run with the package's bytecode compiled, as an installed wheel has it
(the shared environment sets PYTHONDONTWRITEBYTECODE, so it is compiled here first)."""

from __future__ import annotations

import compileall
import os
import resource
import subprocess
import sys
from pathlib import Path

from bench.generate import REPO
from bench.report import Result
from bench.timing import pairwise

SCENARIO = REPO / "tests" / "scenarios" / "02-training-lead-joins-us-lab.yaml"
GOAL_S = 0.15


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(args: list[str], env: dict[str, str], cpu: list[float]) -> None:
    before = _children_cpu()
    proc = subprocess.run([sys.executable, *args], cwd=REPO, env=env, capture_output=True,
                          timeout=60)
    cpu.append(_children_cpu() - before)
    if proc.returncode != 0:
        raise RuntimeError(f"{args} failed ({proc.returncode}): {proc.stderr[-2000:]!r}")


def run(*, runs: int = 9) -> list[Result]:
    for package in ("forms", "desktop"):
        compileall.compile_dir(str(Path(REPO) / package), quiet=1)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    ours_cpu: list[float] = []
    floor_cpu: list[float] = []
    pair = pairwise(
        lambda: _run(["-m", "desktop", "assess", str(SCENARIO), "--json"], env, ours_cpu),
        lambda: _run(["-c", "pass"], env, floor_cpu),
        runs=runs,
        warmup=1,
    )
    ours_cpu_s = sorted(ours_cpu[1:])[len(ours_cpu[1:]) // 2]
    floor_cpu_s = sorted(floor_cpu[1:])[len(floor_cpu[1:]) // 2]
    return [Result(
        figure="8 assess",
        case="outbound assess FILE --json, whole process (scenario 02, policy v2)",
        ours_s=pair.ours_s,
        floor_s=pair.floor_s,
        ratio=pair.ratio,
        n=None,
        goal=f"≤{GOAL_S:.2f} s",
        met=pair.ours_s <= GOAL_S,
        note=(
            f"child CPU (user+sys, medians): ours {ours_cpu_s * 1000:.0f} ms, bare interpreter "
            f"{floor_cpu_s * 1000:.0f} ms; loads one intake definition and one rules file with "
            "libyaml's C parser, no schema pass (shipped data is checked by the tests)"
        ),
    )]


if __name__ == "__main__":
    from bench.report import table

    print(table(run()))
