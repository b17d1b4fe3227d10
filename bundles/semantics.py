"""What a bundle's documents mean, checked after their schemas: a schema-valid document can still
be nonsense this app would choke on later (an answer of the wrong type, a form version that does
not exist, a memo whose fingerprint is not its content's). Each is refused here, with the reason,
before anything is written, instead of breaking `memo draft` after the import. What a memo
version means is the caller's to say (`memo_problems`, from `casework.bundle_semantics`): the
bundle format imports nothing of `memos`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from bundles.content import Content
from forms import limits
from forms.answers import normalise_answers
from forms.errors import OutboundError

MAX_PROBLEMS = 10
_REFERENCE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_LONG_NUMBER_RE = re.compile(rf"[0-9]{{{limits.REFERENCE_DIGITS + 1},}}")
MemoProblems = Callable[[dict[str, Any]], list[str]]


def content_problems(content: Content, memo_problems: MemoProblems) -> list[str]:
    problems = reference_problems(content.matter["reference"])
    problems += _intake_problems(content)
    problems += _task_problems(content.tasks or [])
    for memo in content.memos:
        problems += memo_problems(memo)
    if len(problems) > MAX_PROBLEMS:
        problems = [*problems[:MAX_PROBLEMS], f"and {len(problems) - MAX_PROBLEMS} more"]
    return problems


def reference_problems(reference: str) -> list[str]:
    """A reference this vault can hold and number after: letters, digits, '.', '_', '-', and
    no number longer than nine digits (SQLite integers overflow past nineteen)."""
    if not _REFERENCE_RE.fullmatch(reference):
        return [f"the matter reference {reference!r} has characters a reference never has"]
    if _LONG_NUMBER_RE.search(reference):
        return [f"the matter reference {reference!r} has a number longer than "
                f"{limits.REFERENCE_DIGITS} digits, which Outbound never writes"]
    return []


def _intake_problems(content: Content) -> list[str]:
    from forms.definitions import load_definition

    kind = content.matter["kind"]
    problems: list[str] = []
    for revision in content.intake:
        where = f"intake revision {revision['revision']}"
        try:
            definition = load_definition(kind, revision["form_version"])
        except OutboundError:
            problems.append(f"{where} was taken with version {revision['form_version']} of the "
                            f"{kind} intake, which this version of Outbound does not have")
            continue
        if revision["form_id"] != definition.id:
            problems.append(f"{where} was taken with the form {revision['form_id']!r}, but the "
                            f"matter is a {kind} matter (form {definition.id!r})")
            continue
        try:
            normalise_answers(kind, revision["answers"], version=revision["form_version"])
        except OutboundError as exc:
            problems.append(f"{where} has an answer Outbound cannot use: {exc.message}")
    return problems


def _task_problems(tasks: list[dict[str, Any]]) -> list[str]:
    """Dates that are dates, due rules this Outbound can compute, key dates that are not
    actions: what the due view, the calendar export and the next sync read back."""
    from forms.dues import UNKNOWN_DUE, DueRuleError, parse_due

    problems: list[str] = []
    for task in tasks:
        where = f"task {task['rule_id']} {task['action_number']}"
        if task["entry"] == "key_date" and (
            task["action_number"] != 0 or task["status"] != "open"
        ):
            problems.append(f"{where} is a key date, which has no action number and is never "
                            "done or not needed")
        if task["due_rule"] is not None:
            try:
                parse_due(task["due_rule"])
            except DueRuleError:
                problems.append(f"{where} has a due rule Outbound cannot compute: "
                                f"{task['due_rule']!r}")
        for name in ("due_on", "previous_due_on"):
            value = task[name]
            if value is None or (value == UNKNOWN_DUE and name == "previous_due_on"):
                continue
            try:
                date.fromisoformat(value)
            except ValueError:
                problems.append(f"{where} has {value!r} as a date, which is no calendar day")
    return problems
