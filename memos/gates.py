"""When a memo version may be signed, and in which capacity (issue 14: signing that means
something). Pure: works on the stored content and the signatures already on the version.

- A final signature (reviewed, approved) needs counsel's summary written, every required fact
  answered or listed by counsel as an assumption, and every critical or blocking item decided.
  Until then only a "prepared" signature is allowed, and the PDF stays marked DRAFT.
- The order is prepared -> reviewed -> approved.
- The preparer may not review or approve the same version, unless the vault waives it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from memos.errors import MemoError

ORDER = ("prepared", "reviewed", "approved")
DECIDED = ("done", "not_applicable", "escalated")


class SigningGateError(MemoError):
    """A signature the gates refuse; the message names what is missing (exit 2)."""


@dataclass(frozen=True)
class PriorSignature:
    signer: str  # the counsel's id (or name, for an imported sign-off)
    capacity: str


# What keeps a version from final signatures: a code and its data, worded by each consumer
# (the command line in English below, the window in its own language).
NO_SUMMARY = "no_summary"
OPEN_FACTS = "open_facts"
UNDECIDED = "undecided"


@dataclass(frozen=True)
class Blocker:
    kind: str  # NO_SUMMARY | OPEN_FACTS | UNDECIDED
    count: int = 0  # OPEN_FACTS: how many required facts are open; UNDECIDED: how many items
    names: tuple[str, ...] = ()  # UNDECIDED: the titles of the items without a decision


def final_blockers(content: Mapping[str, Any]) -> list[Blocker]:
    """What keeps this version from final signatures; empty when it may be final."""
    missing: list[Blocker] = []
    if not str(content.get("summary") or "").strip():
        missing.append(Blocker(NO_SUMMARY))
    open_facts = _open_facts(content)
    if open_facts:
        missing.append(Blocker(OPEN_FACTS, count=len(open_facts)))
    undecided = tuple(
        str(item.get("title", ""))
        for area in content.get("analysis", [])
        for item in area.get("items", [])
        if (item.get("severity") == "critical" or item.get("blocking"))
        and item.get("status") not in DECIDED
    )
    if undecided:
        missing.append(Blocker(UNDECIDED, count=len(undecided), names=undecided))
    return missing


def in_english(blocker: Blocker) -> str:
    """One blocker in the command line's words."""
    if blocker.kind == NO_SUMMARY:
        return "counsel's summary is not written"
    if blocker.kind == OPEN_FACTS:
        plural = "s" if blocker.count != 1 else ""
        return (
            f"{blocker.count} required fact{plural} neither answered nor listed as an assumption"
        )
    if blocker.kind == UNDECIDED:
        return "no decision on " + "; ".join(f"“{t}”" for t in blocker.names)
    raise ValueError(f"unknown signing gate {blocker.kind!r}")


def _open_facts(content: Mapping[str, Any]) -> list[str]:
    if "missing_facts" not in content:  # the first layout: its open items name them
        return [
            str(i.get("reference", ""))
            for i in content.get("open_items", [])
            if i.get("kind") == "missing_fact"
        ]
    adopted = {str(a.get("fact")) for a in content.get("assumptions", []) if a.get("adopted")}
    wanted = [*content.get("missing_facts", []), *content.get("unknown_facts", [])]
    return [str(f) for f in dict.fromkeys(wanted) if str(f) not in adopted]


def check_signature(
    content: Mapping[str, Any],
    prior: Sequence[PriorSignature],
    *,
    signer: str,
    signer_name: str,
    capacity: str,
    waiver: bool,
) -> None:
    """Raise SigningGateError naming what is missing when this signature is not allowed."""
    if capacity not in ORDER:
        raise SigningGateError(f"unknown capacity '{capacity}'; use {', '.join(ORDER)}")
    if capacity != "prepared":
        blockers = final_blockers(content)
        if blockers:
            hint = (
                " ('memo draft --assume-missing' lists the open facts as assumptions)"
                if _open_facts(content)
                else ""
            )
            raise SigningGateError(
                f"cannot sign as {capacity}: " + "; ".join(in_english(b) for b in blockers)
                + f". Only a 'prepared' (draft) signature is allowed until then{hint}"
            )
        before = ORDER[ORDER.index(capacity) - 1]
        if not any(p.capacity == before for p in prior):
            raise SigningGateError(
                f"cannot sign as {capacity}: the version has no '{before}' signature yet "
                "(order: prepared, reviewed, approved)"
            )
        preparers = {p.signer for p in prior if p.capacity == "prepared"}
        if signer in preparers and not waiver:
            raise SigningGateError(
                f"{signer_name} prepared this version and may not also sign it as {capacity}; "
                "another counsel must, or turn on the one-person waiver in Settings"
            )
    if any(p.signer == signer and p.capacity == capacity for p in prior):
        raise SigningGateError(f"{signer_name} already signed this version as {capacity}")
    if capacity == "prepared" and any(p.capacity == "prepared" for p in prior):
        raise SigningGateError("this version already has its 'prepared' signature")


def is_final(content: Mapping[str, Any]) -> bool:
    return not final_blockers(content)
