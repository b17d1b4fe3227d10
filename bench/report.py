"""Result rows, the printed table, and bench/results.json."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results.json"


@dataclass
class Result:
    figure: str
    case: str
    ours_s: float | None
    floor_s: float | None
    ratio: float | None
    n: int | None
    goal: str
    met: bool | None  # None: pending or informational
    note: str = ""
    extra: dict[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("ours_s", "floor_s", "ratio"):
            if out[key] is not None:
                out[key] = round(out[key], 6) if math.isfinite(out[key]) else None
        if not out["extra"]:
            out.pop("extra")
        return out


def _num(value: float | None, unit: str = "s") -> str:
    if value is None:
        return "—"
    if unit == "x":
        return f"{value:.2f}×"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def status(r: Result) -> str:
    if r.met is None:
        return "PENDING" if r.note.startswith("pending") else "info"
    return "ok" if r.met else "MISSED"


def table(results: list[Result]) -> str:
    rows = [("figure", "case", "n", "ours", "floor", "ratio", "goal", "status")]
    for r in results:
        rows.append((
            r.figure,
            r.case,
            f"{r.n:,}" if r.n else "",
            _num(r.ours_s),
            _num(r.floor_s),
            _num(r.ratio, "x"),
            r.goal,
            status(r),
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for k, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    notes = [f"  [{r.figure} / {r.case}] {r.note}" for r in results if r.note]
    if notes:
        lines += ["", "Notes:", *notes]
    return "\n".join(lines)


def write(results: list[Result], *, meta: dict[str, Any], out: Path = RESULTS) -> None:
    payload = {"meta": meta, "results": [r.as_json() for r in results]}
    out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
