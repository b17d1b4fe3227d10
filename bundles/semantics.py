"""What a bundle's documents mean, checked after their schemas: a schema-valid document can still
be nonsense this app would choke on later (an answer of the wrong type, a form version that does
not exist, a memo whose fingerprint is not its content's). Each is refused here, with the reason,
before anything is written, instead of breaking `memo draft` after the import.
"""

from __future__ import annotations

import re
from typing import Any

from bundles.content import Content
from forms import limits
from forms.answers import normalise_answers
from forms.errors import OutboundError
from memos.canonical import fingerprint
from memos.content import MemoContent
from memos.errors import MemoError

MAX_PROBLEMS = 10
_REFERENCE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_LONG_NUMBER_RE = re.compile(rf"[0-9]{{{limits.REFERENCE_DIGITS + 1},}}")


def content_problems(content: Content) -> list[str]:
    problems = reference_problems(content.matter["reference"])
    problems += _intake_problems(content)
    for memo in content.memos:
        problems += _memo_problems(memo)
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


def _memo_problems(memo: dict[str, Any]) -> list[str]:
    where = f"memo version {memo['number']}"
    content = memo["content"]
    try:
        MemoContent.from_dict(content)
    except (MemoError, TypeError, ValueError, KeyError, AttributeError) as exc:
        return [f"{where} is not a memo Outbound can show ({exc})"]
    problems = []
    if fingerprint(content) != memo["sha256"]:
        problems.append(f"{where}: its fingerprint {memo['sha256'][:12]}… is not the fingerprint "
                        "of its content: the memo was changed after it was fingerprinted")
    for signature in memo["signatures"]:
        if signature["fingerprint"] != memo["sha256"]:
            problems.append(f"{where}: a signature is over a different fingerprint than the "
                            "version's")
            break
    for what, text in _narrative(content):
        if len(text) > limits.MEMO_NARRATIVE:
            problems.append(f"{where}: the {what} is {len(text):,} characters long; the limit "
                            f"is {limits.MEMO_NARRATIVE:,}")
    return problems


def _narrative(content: dict[str, Any]) -> list[tuple[str, str]]:
    """Counsel's free text in a memo's content (already known to fit the memo model)."""
    texts = [("summary", content.get("summary", ""))]
    conditions = content.get("conditions") or {}
    texts.append(("conditions", conditions.get("narrative", "")))
    texts += [("note on an area", a.get("counsel_note", "")) for a in content.get("analysis", [])]
    return [(what, text) for what, text in texts if isinstance(text, str)]
