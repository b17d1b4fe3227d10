"""`outbound matter new|list|show`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import actor_name, add_vault_argument, print_json, unlock


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


def _new(args: argparse.Namespace) -> int:
    import yaml

    from desktop.cli.assess_cmd import read_scenario
    from models.services.matters import create_matter

    path = Path(args.scenario)
    kind, answers = read_scenario(path)  # validated: size, encoding, YAML, shape
    title = yaml.safe_load(path.read_text(encoding="utf-8")).get("title")
    from models.killpoints import kill_point

    vault = unlock(args)
    try:
        with vault.session() as session:
            matter = create_matter(
                session,
                kind=kind,
                title=title if isinstance(title, str) else "",
                answers=answers,
                actor=actor_name(),
            )
            reference = matter.reference
        # Printed only once committed: a reference the user has seen is never handed out again.
        print(reference, flush=True)
        kill_point("matter.new.printed")
    finally:
        vault.lock()
    return 0


def _list(args: argparse.Namespace) -> int:
    from models.services.listing import MatterFilter, list_matters

    vault = unlock(args)
    try:
        with vault.session() as session:
            rows = list_matters(
                session, MatterFilter(), sort="reference", descending=False, limit=1_000_000
            )
    finally:
        vault.lock()
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
        (
            r.reference,
            r.kind,
            r.status,
            str(r.tier or "-"),
            (r.recommendation or "-") + (" (overridden)" if r.overridden else ""),
            r.client,
            r.title,
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header) - 1)]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row[:-1], widths, strict=True)), row[-1])
    return 0


def matter_as_dict(session: Any, matter: Any) -> dict[str, Any]:
    from models.services.matters import latest_intake

    record = latest_intake(session, matter.id)
    return {
        "id": matter.id,
        "reference": matter.reference,
        "kind": matter.kind,
        "title": matter.title,
        "client": matter.client,
        "person": matter.person_name,
        "status": matter.status,
        "tier": matter.tier,
        "recommendation": matter.recommendation,
        "override": None
        if matter.override_recommendation is None
        else {
            "recommendation": matter.override_recommendation,
            "reason": matter.override_reason,
            "by": matter.override_by,
            "at": matter.override_at,
        },
        "created_at": matter.created_at,
        "updated_at": matter.updated_at,
        "intake": None
        if record is None
        else {
            "revision": record.revision,
            "form": record.form_id,
            "form_version": record.form_version,
            "answers": record.answers,
        },
        "checklist": [
            {
                "rule": i.rule_id,
                "rule_version": i.rule_version,
                "area": i.area,
                "title": i.title,
                "severity": i.severity,
                "blocking": i.blocking,
                "basis": i.basis_ids,
                "status": i.status,
                "note": i.note,
                "to_confirm": i.to_confirm,
                "new": i.is_new,
                "no_longer_applies": i.no_longer_applies,
            }
            for i in matter.checklist_items
        ],
    }


def _show(args: argparse.Namespace) -> int:
    from models.services.matters import get_matter

    vault = unlock(args)
    try:
        with vault.session() as session:
            data = matter_as_dict(session, get_matter(session, args.ref))
    finally:
        vault.lock()
    if args.json:
        print_json(data)
        return 0
    print(f"{data['reference']}  {data['title']}")
    print(f"  kind: {data['kind']}   status: {data['status']}   client: {data['client']}")
    print(f"  tier: {data['tier']}   recommendation: {data['recommendation']}")
    if data["override"]:
        o = data["override"]
        print(f"  overridden to {o['recommendation']} by {o['by']} on {o['at']}: {o['reason']}")
    if data["intake"]:
        print(f"\nAnswers (revision {data['intake']['revision']}):")
        for key, value in sorted(data["intake"]["answers"].items()):
            print(f"  {key}: {value}")
    print("\nChecklist:")
    for item in data["checklist"]:
        flag = " [no longer applies]" if item["no_longer_applies"] else ""
        print(f"  [{item['status']}] {item['rule']} ({item['severity']}) {item['title']}{flag}")
        if item["note"]:
            print(f"      note: {item['note']}")
    return 0
