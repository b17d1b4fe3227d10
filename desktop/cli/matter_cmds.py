"""`outbound matter new|list|show|rename|status`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import words
from desktop.cli.common import add_vault_argument, open_workspace, print_json
from desktop.cli.terminal import safe


def register(sub: Any) -> None:
    matter = sub.add_parser("matter", help="create, list and show matters")
    msub = matter.add_subparsers(dest="matter_command", metavar="ACTION", required=True)

    new = msub.add_parser("new", help="create a matter from a scenario file")
    add_vault_argument(new)
    new.add_argument(
        "--scenario",
        required=True,
        metavar="FILE",
        help="YAML or JSON with kind, answers and optionally title",
    )
    new.set_defaults(handler=_new)

    lst = msub.add_parser("list", help="list the vault's matters")
    add_vault_argument(lst)
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(handler=_list)

    show = msub.add_parser("show", help="show a matter with its answers and checklist")
    add_vault_argument(show)
    show.add_argument("ref", metavar="REF", help="matter reference, e.g. OB-2026-0001")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)

    rename = msub.add_parser("rename", help="give a matter counsel's own title (audited)")
    add_vault_argument(rename)
    rename.add_argument("ref", metavar="REF", help="matter reference, e.g. OB-2026-0001")
    rename.add_argument("title", metavar="TITLE", help="the new title")
    rename.set_defaults(handler=_rename)

    status = msub.add_parser(
        "status",
        help="close, reopen, archive or unarchive a matter (audited)",
        description="Closed and archived matters are read-only until reopened or unarchived. "
        "close: a signed matter; reopen: a closed one (back to signed); archive: any; "
        "unarchive: back to the status it was archived from.",
    )
    add_vault_argument(status)
    status.add_argument("ref", metavar="REF", help="matter reference, e.g. OB-2026-0001")
    status.add_argument("action", choices=("close", "reopen", "archive", "unarchive"))
    status.set_defaults(handler=_status)

    again = msub.add_parser(
        "reassess",
        help="re-assess a matter under a later review policy (shows the changes; --apply)",
        description="Show what re-assessing the matter under the review policy would change "
        "(items new, changed, no longer applying; tier and recommendation before and after). "
        "With --apply, make the change: decisions and notes are kept, signed memos untouched.",
    )
    add_vault_argument(again)
    again.add_argument("ref", metavar="REF", help="matter reference, e.g. OB-2026-0001")
    again.add_argument("--policy", default=None, metavar="N",
                       help="review policy version (default: the latest)")
    again.add_argument("--apply", action="store_true", help="apply the re-assessment")
    again.add_argument("--json", action="store_true", help="print JSON")
    again.set_defaults(handler=_reassess)


def _new(args: argparse.Namespace) -> int:
    import yaml

    from casework.vaults import kill_point
    from desktop.cli.assess_cmd import read_scenario

    path = Path(args.scenario)
    kind, answers = read_scenario(path)  # validated: size, encoding, YAML, shape
    title = yaml.safe_load(path.read_text(encoding="utf-8")).get("title")

    with open_workspace(args) as workspace:
        done = workspace.create_matter(
            kind=kind, title=title if isinstance(title, str) else "", answers=answers
        )
        # Printed only once committed: a reference the user has seen is never handed out again.
        print(done.value.reference, flush=True)
        kill_point("matter.new.printed")
    return 0


def _list(args: argparse.Namespace) -> int:
    from casework.listing import MatterFilter

    with open_workspace(args) as workspace:
        rows = workspace.list_matters(
            MatterFilter(), sort="reference", descending=False, limit=1_000_000
        )
    if args.json:
        print_json(
            [
                {
                    "reference": r.reference,
                    "kind": r.kind,
                    "title": r.title,
                    "client": r.client,
                    "person": r.person,
                    "status": r.status,
                    "tier": r.tier,
                    "recommendation": r.recommendation,
                    "overridden": bool(r.overridden),
                    "complete": None if r.missing_required is None else r.missing_required == 0,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("No matters in this vault.")
        return 0
    header = ("REFERENCE", "KIND", "STATUS", "TIER", "RECOMMENDATION", "CLIENT", "TITLE")
    table = [header] + [
        tuple(
            safe(cell)
            for cell in (
                r.reference,
                words.kind(r.kind),
                words.status(r.status),
                words.tier(r.tier),
                words.incomplete(r.missing_required)
                if r.missing_required and not r.overridden
                else words.recommendation(r.recommendation, overridden=bool(r.overridden)),
                r.client,
                r.title,
            )
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header) - 1)]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row[:-1], widths, strict=True)), row[-1])
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        data = workspace.matter_summary(args.ref)
    if args.json:
        print_json(data)
        return 0
    _print_matter(data)
    return 0


def _print_matter(data: dict[str, Any]) -> None:
    from casework.memo_words import format_answer, labels

    # Every value from the vault goes through safe(): it may have come from a hostile bundle.
    print(f"{safe(data['reference'])}  {safe(data['title'])}")
    kind, status = words.kind(data["kind"]), words.status(data["status"])
    print(f"  kind: {kind}   status: {status}   client: {safe(data['client'])}")
    verdict = (
        words.incomplete(len(data["missing"]))
        if not data["complete"]
        else words.recommendation(data["recommendation"])
    )
    print(f"  tier: {labels.tier(data['tier'])}   recommendation: {verdict}"
          f"   review policy: version {data['policy_version']}")
    if data["override"]:
        o = data["override"]
        rec = words.recommendation(o["recommendation"])
        print(f"  overridden to {rec} by {safe(o['by'])} on {safe(o['at'])}: {safe(o['reason'])}")
    if data["intake"]:
        print(f"\nAnswers (revision {safe(data['intake']['revision'])}):")
        for key, value in data["intake"]["answers"].items():
            print(f"  {safe(words.fact(key))}: {safe(format_answer(key, value))}")
    if data["missing"]:
        print("\nRequired facts not yet answered:")
        for key in data["missing"]:
            print(f"  {safe(words.fact(key))}")
    print("\nChecklist:")
    for item in data["checklist"]:
        flag = " [no longer applies]" if item["no_longer_applies"] else ""
        state, severity = labels.status(item["status"]), labels.severity(item["severity"])
        print(f"  [{state}] {safe(item['title'])} ({severity}; {safe(item['rule'])}){flag}")
        if item["note"]:
            print(f"      note: {safe(item['note'])}")


def _rename(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        matter = workspace.rename_matter(args.ref, args.title).value
    print(f"{matter.reference}  {safe(matter.title)}")
    return 0


def _status(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        matter = workspace.change_status(args.ref, args.action).value
    print(f"{matter.reference}  {words.status(matter.status)}")
    return 0


def _reassess(args: argparse.Namespace) -> int:
    from desktop.cli.assess_cmd import policy_version_argument

    policy = policy_version_argument(args.policy)
    with open_workspace(args) as workspace:
        if args.apply:
            change = workspace.reassess(args.ref, policy_version=policy).value
        else:
            change = workspace.preview_reassessment(args.ref, policy_version=policy)
    if args.json:
        print_json({**change.as_dict(), "applied": bool(args.apply)})
        return 0
    print(f"{safe(change.reference)}: review policy version {change.from_version} → "
          f"version {change.to_version}")
    print(f"  tier: {words.tier(change.tier_before)} → {words.tier(change.tier_after)}")
    print(f"  recommendation: {words.recommendation(change.recommendation_before)} → "
          f"{words.recommendation(change.recommendation_after)}")
    for label, rules in (("new", change.new), ("changed", change.changed),
                         ("no longer applies", change.no_longer_applies),
                         ("unchanged", change.unchanged)):
        for rule in rules:
            print(f"  [{label}] {safe(change.titles.get(rule, ''))} ({safe(rule)})")
    if change.missing:
        print("  facts to answer: " + "; ".join(safe(words.fact(f)) for f in change.missing))
    print("Applied." if args.apply else "Nothing changed yet: run again with --apply to apply.")
    return 0
