"""`outbound report VAULT --by DIMENSION [--from DATE] [--to DATE] [--json] [--csv F] [--pdf F]`:
counts of the matters opened in a date range by kind, tier, status, recommendation or client,
the matters behind each count, as text, JSON, CSV and PDF (casework/reports.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import add_vault_argument, open_workspace, print_json
from desktop.cli.terminal import safe

DIMENSION_NAMES = ("kind", "tier", "status", "recommendation", "client")


def register(sub: Any) -> None:
    report = sub.add_parser(
        "report",
        help="counts of matters by kind, tier, status, recommendation or client over a period",
        description="Count the matters opened in a date range (both dates included, read in this "
        "computer's time zone), grouped by one dimension, and list the matters behind each "
        "count. Matters whose intake is incomplete are provisional: by tier and by "
        "recommendation they count as provisional, not under their provisional tier.",
    )
    add_vault_argument(report)
    # Checked in the handler, not by argparse: a mistake is one line on stderr.
    report.add_argument("--by", metavar="|".join(DIMENSION_NAMES), default=None,
                        help="what to count by")
    report.add_argument("--from", dest="start", metavar="DATE", default=None,
                        help="first day opened, YYYY-MM-DD (default: no limit)")
    report.add_argument("--to", dest="end", metavar="DATE", default=None,
                        help="last day opened, YYYY-MM-DD (default: no limit)")
    report.add_argument("--json", action="store_true", help="print JSON (codes, not words)")
    report.add_argument("--csv", metavar="FILE", default=None,
                        help="also write one row per matter as CSV (UTF-8, opens in Excel)")
    report.add_argument("--pdf", metavar="FILE", default=None,
                        help="also write the printed report as PDF")
    report.set_defaults(handler=_report)


def _report(args: argparse.Namespace) -> int:
    from casework import reports
    from forms.errors import OutboundError

    if args.by is None:
        raise OutboundError(f"say what to count by: --by {'|'.join(DIMENSION_NAMES)}")
    dimension = reports.check_dimension(args.by)
    dates = reports.DateRange(
        reports.parse_day(args.start, "--from") if args.start else None,
        reports.parse_day(args.end, "--to") if args.end else None,
    )
    csv_path = Path(args.csv) if args.csv else None
    pdf_path = Path(args.pdf) if args.pdf else None
    for path in (csv_path, pdf_path):
        if path is not None:
            reports.check_writable(path)  # before the vault is even unlocked
    if csv_path is not None and csv_path == pdf_path:
        raise OutboundError("--csv and --pdf name the same file; give each its own")

    with open_workspace(args) as workspace:
        if csv_path or pdf_path:
            report = workspace.export_report(
                dimension, dates, csv_path=csv_path, pdf_path=pdf_path
            ).value
        else:
            report = workspace.report(dimension, dates)
        lists = {
            g.key: workspace.report_matters(dimension, dates, g.key) for g in report.groups
        }
    if args.json:
        data = report.as_dict()
        for group in data["groups"]:
            group["matters"] = [_matter_json(m, dates) for m in lists[group["key"]]]
        print_json(data)
    else:
        _print(report, lists)
    for what, path in (("CSV", csv_path), ("PDF", pdf_path)):
        if path is not None:
            print(f"{what} written to {safe(path)}")
    return 0


def _matter_json(matter: Any, dates: Any) -> dict[str, Any]:
    return {
        "reference": matter.reference,
        "title": matter.title,
        "person": matter.person,
        "client": matter.client,
        "kind": matter.kind,
        "tier": matter.tier,
        "status": matter.status,
        "recommendation": matter.recommendation,
        "overridden": matter.overridden,
        "provisional": matter.provisional,
        "created_at": matter.created_at,
        "opened_on": dates.local_day(matter.created_at),
    }


def _print(report: Any, lists: dict[str, list[Any]]) -> None:
    from casework import reports

    print(reports.report_title(report.dimension))
    print(f"{report.dates.words()}; days read in {reports.zone_words(report.dates)}.")
    print(reports.DATE_BASIS)
    print(reports.PROVISIONAL_NOTE)
    print()
    if not report.groups:
        print("No matter was opened in this period.")
        return
    width = max(len(safe(g.label)) for g in report.groups)
    for group in report.groups:
        shown = group.provisional and group.key != reports.PROVISIONAL
        note = f"   ({group.provisional} provisional)" if shown else ""
        print(f"{safe(group.label).ljust(width)}  {group.count:>6}{note}")
    print(f"{'Total'.ljust(width)}  {report.total:>6}")
    for group in report.groups:
        print()
        print(f"{safe(group.label)} — {group.count}")
        for matter in lists[group.key]:
            cells = reports.matter_cells(matter, report.dates)
            # reference, opened, kind, tier, status, recommendation, title (person)
            person = f" ({safe(cells[2])})" if cells[2] else ""
            print(f"  {safe(cells[0])}  {cells[9]}  {cells[4]}  {cells[5]}  {cells[6]}  "
                  f"{cells[7]}  {safe(cells[1])}{person}")
