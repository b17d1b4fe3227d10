"""`outbound people list|show|export|set|merge`: the people register from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli import words
from desktop.cli.common import add_vault_argument, open_workspace, print_json
from desktop.cli.terminal import safe
from forms.errors import OutboundError

VIEWS = ("tier1", "access_stale", "open_matter", "restricted_period", "key_unreviewed")


class PeopleArgumentError(OutboundError):
    pass


def register(sub: Any) -> None:
    people = sub.add_parser("people", help="the people register: who carries the knowledge")
    psub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)

    lst = psub.add_parser("list", help="list the people of the register")
    add_vault_argument(lst)
    lst.add_argument("--tier", default=None, metavar="N", help="only people now at tier N (1-3)")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(handler=_list)

    show = psub.add_parser("show", help="a person's record: facts, tier history, access, matters")
    add_vault_argument(show)
    show.add_argument("person", metavar="PERSON", help="id, employee number or exact name")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)

    export = psub.add_parser("export", help="write a register view as CSV or a printed PDF")
    add_vault_argument(export)
    export.add_argument("--view", required=True, metavar="NAME",
                        help=f"one of {', '.join(VIEWS)}")
    out = export.add_mutually_exclusive_group(required=True)
    out.add_argument("--csv", metavar="FILE", help="write CSV (UTF-8) to FILE")
    out.add_argument("--pdf", metavar="FILE", help="write a printed PDF register to FILE")
    export.add_argument("--language", choices=("en", "zh"), default="en",
                        help="the printed register's language (default: en)")
    export.set_defaults(handler=_export)

    set_ = psub.add_parser(
        "set", help="set or clear a person's Chinese name and employee number (audited)",
        description="Only the options given change; an empty TEXT clears that identifier. An "
        "employee number already another person's is refused.")
    add_vault_argument(set_)
    set_.add_argument("person", metavar="PERSON", help="id, employee number or exact name")
    set_.add_argument("--name-zh", default=None, metavar="TEXT", help="the Chinese name")
    set_.add_argument("--employee-number", default=None, metavar="TEXT",
                      help="the employee number")
    set_.set_defaults(handler=_set)

    merge = psub.add_parser(
        "merge", help="join two register entries that are the same person (audited)",
        description="KEEP stays; MERGE's matters and access confirmations move to it and MERGE "
        "leaves the register. Nothing is merged unless asked.")
    add_vault_argument(merge)
    merge.add_argument("keep", metavar="KEEP", help="the entry to keep: id or employee number")
    merge.add_argument("merge", metavar="MERGE", help="the entry to merge into it")
    merge.set_defaults(handler=_merge)


def _tier(value: str | None) -> int | None:
    if value is None:
        return None
    if value.strip() not in ("1", "2", "3"):
        raise PeopleArgumentError(f"--tier must be 1, 2 or 3, not '{value}'")
    return int(value)


def _yes_no(value: str | None) -> str:
    return {"yes": "Yes", "no": "No", "unknown": "Unknown"}.get(value or "", "-")


def _list(args: argparse.Namespace) -> int:
    tier = _tier(args.tier)
    with open_workspace(args) as workspace:
        rows = workspace.people_register(None, tier=tier)
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print("No one in the register." if tier is None else f"No one is at tier {tier}.")
        return 0
    header = ("NAME", "TIER", "KEY POSITION", "CONFIDENTIALITY ENDS", "NON-COMPETE ENDS",
              "MATTERS")
    table = [header] + [
        tuple(safe(c) for c in (
            r.name + (f" ({r.name_zh})" if r.name_zh and r.name_zh != r.name else ""),
            words.tier(r.tier), _yes_no(r.key_position), r.confidentiality_until or "-",
            r.noncompete_until or "-", " ".join(r.references) or "-",
        ))
        for r in rows
    ]
    widths = [max(_width(row[i]) for row in table) for i in range(len(header) - 1)]
    for row in table:
        print("  ".join(_pad(c, w) for c, w in zip(row[:-1], widths, strict=True)), row[-1])
    return 0


def _width(text: str) -> int:
    """Columns a terminal gives the text: CJK characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _show(args: argparse.Namespace) -> int:
    from casework.memo_words import format_answer

    with open_workspace(args) as workspace:
        record = workspace.person(args.person)
    if args.json:
        from dataclasses import asdict

        print_json(asdict(record))
        return 0
    lines = [
        ("Name", record.name + (f" ({record.name_zh})" if record.name_zh else "")),
        ("Employee number", record.employee_number or "-"),
        ("Role", format_answer("person.role", record.role) if record.role else "-"),
        ("Title", record.title or "-"),
        ("Department", record.department or "-"),
        ("Nationality", format_answer("person.nationality", record.nationality)
         if record.nationality else "-"),
        ("Other citizenships", format_answer("person.other_citizenships",
                                             record.other_citizenships)),
        ("Key position", _yes_no(record.key_position)),
        ("Current tier", words.tier(record.tier)),
        ("Secret-related level", format_answer("secrets.level", record.secrets_level)
         if record.secrets_level else "-"),
        ("Confidentiality period ends", record.confidentiality_until or "-"),
        ("Non-compete ends", record.noncompete_until or "-"),
        ("Employer holds travel documents", _yes_no(record.travel_documents_held)),
    ]
    for label, value in lines:
        print(f"{label + ':':<33}{safe(value)}")
    if record.travel_documents_authority:
        from casework.people import AUTHORITY_WORDS

        said = "; ".join(AUTHORITY_WORDS.get(a, a) for a in record.travel_documents_authority)
        print(f"{'  under:':<33}{safe(said)}")
    print("\nTier history:")
    for entry in record.tier_history:
        print(f"  {entry.on}  {safe(entry.reference)}  {words.kind(entry.kind)}  "
              f"{words.tier(entry.tier)}")
    print("\nAccess to core assets:")
    if record.access is None:
        print("  never confirmed")
    else:
        from casework.people import ASSET_WORDS

        for asset, value in record.access.assets.items():
            print(f"  {safe(ASSET_WORDS.get(asset, words.fact(asset))):<38}{_yes_no(value)}")
        how = ("from the intake of " + (record.access.reference or "a matter")
               if record.access.source == "intake" else "confirmed without a new matter")
        print(f"  confirmed {record.access.confirmed_at[:10]} by "
              f"{safe(record.access.confirmed_by)} ({safe(how)})")
    print("\nMatters:")
    for m in record.matters:
        print(f"  {safe(m.reference)}  {words.kind(m.kind)}  {words.status(m.status)}  "
              f"{words.tier(m.tier)}  {safe(m.title)}")
    return 0


def _export(args: argparse.Namespace) -> int:
    if args.view not in VIEWS:
        raise PeopleArgumentError(f"unknown view '{args.view}'; choose one of {', '.join(VIEWS)}")
    target = Path(args.csv or args.pdf)
    if not target.parent.is_dir():
        raise PeopleArgumentError(f"{target.parent} is not a folder; choose where to write")
    with open_workspace(args) as workspace:
        workspace.export_register(
            args.view, target, fmt="csv" if args.csv else "pdf",
            language="zh_CN" if args.language == "zh" else "en",
        )
    print(target)
    return 0


def _set(args: argparse.Namespace) -> int:
    if args.name_zh is None and args.employee_number is None:
        raise PeopleArgumentError(
            "nothing to set; give --name-zh TEXT and/or --employee-number TEXT ('' clears it)"
        )
    with open_workspace(args) as workspace:
        record = workspace.person(args.person)
        name_zh = record.name_zh if args.name_zh is None else args.name_zh
        number = (record.employee_number if args.employee_number is None
                  else args.employee_number)
        workspace.set_person_identifiers(record.id, name_zh=name_zh, employee_number=number)
        now = workspace.person(record.id)
    print(safe(f"{now.name}: Chinese name {now.name_zh or '-'}, "
               f"employee number {now.employee_number or '-'}"))
    return 0


def _merge(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        keep, gone = workspace.person(args.keep), workspace.person(args.merge)
        workspace.merge_people(keep.id, gone.id)
        merged = workspace.person(keep.id)
    print(safe(f"{gone.name} merged into {merged.name}: "
               f"{' '.join(m.reference for m in merged.matters)}"))
    return 0
