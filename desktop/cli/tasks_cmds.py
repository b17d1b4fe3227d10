"""`outbound tasks list|done|ics`: the actions of every open matter with their owners and due
dates, closing one, and a calendar file of what is due (issue 15)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.common import add_vault_argument, open_workspace, print_json
from desktop.cli.terminal import safe
from forms.errors import OutboundError

OWNER_WORDS = {
    "legal": "Legal", "hr": "HR", "security": "Security", "it": "IT",
    "management": "Management", "the_person": "The person",
}
STATUS_WORDS = {"open": "Open", "done": "Done", "not_needed": "Not needed"}
MAX_DAYS = 3_660


def register(sub: Any) -> None:
    tasks = sub.add_parser("tasks", help="the actions of open matters: list, close, calendar")
    tsub = tasks.add_subparsers(dest="tasks_command", metavar="ACTION", required=True)

    lst = tsub.add_parser(
        "list", help="list the open tasks of every open matter, earliest due first",
        description="Each task with its matter reference, checklist item, action, owner, "
        "assignee, due date (or 'unknown' while the date fact is unanswered), status and id.",
    )
    add_vault_argument(lst)
    lst.add_argument("--due-within", metavar="DAYS", default=None,
                     help="only tasks due within DAYS days from today (overdue included)")
    lst.add_argument("--all", action="store_true", help="include done and not-needed tasks")
    lst.add_argument("--json", action="store_true", help="print JSON (codes, not words)")
    lst.set_defaults(handler=_list)

    done = tsub.add_parser("done", help="mark a task done, with a note (audited)")
    add_vault_argument(done)
    done.add_argument("ref", metavar="REF", help="matter reference, e.g. OB-2026-0001")
    done.add_argument("task", metavar="TASK", help="task id, or its first 6 or more characters")
    done.add_argument("--note", required=True, metavar="TEXT", help="what was done")
    done.set_defaults(handler=_done)

    ics = tsub.add_parser(
        "ics", help="write the open tasks and key dates as a calendar file (.ics)",
        description="One all-day event per task with a known due date and per key date, with "
        "stable identifiers: importing a later export updates the events.",
    )
    add_vault_argument(ics)
    ics.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write")
    ics.add_argument("--due-within", metavar="DAYS", default=None,
                     help="only what falls within DAYS days from today (overdue included)")
    ics.set_defaults(handler=_ics)


def _days(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        days = int(value)
    except ValueError:
        days = -1
    if not 0 <= days <= MAX_DAYS:
        raise OutboundError(f"--due-within takes a number of days from 0 to {MAX_DAYS}, "
                            f"not '{value}'")
    return days


def _due_json(row: Any) -> str | None:
    if row.due_on:
        return str(row.due_on)
    return "unknown" if row.has_due_rule else None


def _list(args: argparse.Namespace) -> int:
    days = _days(args.due_within)
    with open_workspace(args) as workspace:
        rows = workspace.task_list(within_days=days, include_closed=args.all)
    if args.json:
        print_json([
            {
                "reference": r.reference, "rule": r.rule_id, "number": r.number,
                "action": r.text, "owner": r.owner_role, "assignee": r.assignee or None,
                "due": _due_json(r), "approximate": r.approximate,
                "changed_from": r.previous_due_on, "status": r.status, "task": r.task_id,
            }
            for r in rows
        ])
        return 0
    if not rows:
        print("No open tasks." if days is None else f"No open tasks due within {days} days.")
        return 0
    today = date.today().isoformat()
    for r in rows:
        due = _due_json(r) or "no due date"
        if r.approximate and r.due_on:
            due += " (approx.)"
        if r.due_on and r.due_on < today and r.status == "open":
            due += " — overdue"
        if r.previous_due_on:
            due += f", changed from {r.previous_due_on}"
        print(f"{safe(r.reference)}  {safe(r.task_id[:8])}  due {safe(due)}  "
              f"[{STATUS_WORDS.get(r.status, r.status)}]  "
              f"{OWNER_WORDS.get(r.owner_role, r.owner_role)}"
              f"{'  → ' + safe(r.assignee) if r.assignee else ''}")
        print(f"    {safe(r.item_title)}, action {r.number}: {safe(r.text)}")
    return 0


def _done(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        task = workspace.find_task(args.ref, args.task)
        done = workspace.complete_task(task.id, note=args.note).value
    print(f"{safe(args.ref)}  {done.id[:8]}  Done: {safe(done.text)}")
    return 0


def _ics(args: argparse.Namespace) -> int:
    from casework.calendar_export import build_calendar

    days = _days(args.due_within)
    out = Path(args.out)
    if not out.parent.is_dir():
        raise OutboundError(f"cannot write {out}: the folder {out.parent} does not exist")
    with open_workspace(args) as workspace:
        rows = workspace.due_list(within_days=days)
    data = build_calendar(rows)
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise OutboundError(f"cannot write {out}: {exc.strerror}") from None
    events = sum(1 for r in rows if r.due_on)
    print(f"{events} event(s) written to {out}", file=sys.stdout)
    return 0
