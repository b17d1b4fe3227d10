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


# Why a signature is refused: a code and the data to word it, worded by each consumer (the
# command line in English by `refusal_in_english`, the window in its own language).
UNKNOWN_CAPACITY = "unknown_capacity"
NOT_FINAL = "not_final"  # blockers: what keeps the version from a final signature
OUT_OF_ORDER = "out_of_order"  # before: the capacity the version has no signature in yet
OWN_VERSION = "own_version"  # the preparer reviewing or approving, without the waiver
ALREADY_SIGNED = "already_signed"
PREPARED_TAKEN = "prepared_taken"
NO_CERTIFICATE = "no_certificate"
PASSPHRASE_NEEDED = "passphrase_needed"  # noqa: S105 - a code, not a secret
WRONG_PASSPHRASE = "wrong_passphrase"  # noqa: S105
NO_SIGNING_PASSPHRASE = "no_signing_passphrase"  # noqa: S105 - a key kept without one
IMPORT_NEEDS_PASSPHRASE = "import_needs_passphrase"  # noqa: S105
KEY_UNREADABLE = "key_unreadable"  # the stored key does not open with this vault's key


@dataclass(frozen=True)
class Refusal:
    kind: str
    signer: str = ""  # the counsel's name
    capacity: str = ""  # the capacity asked for
    before: str = ""  # OUT_OF_ORDER: the capacity still missing
    blockers: tuple[Blocker, ...] = ()  # NOT_FINAL


def refusal_in_english(refusal: Refusal) -> str:
    """A refusal in the command line's words (also every exception's message)."""
    kind, signer, capacity = refusal.kind, refusal.signer, refusal.capacity
    if kind == UNKNOWN_CAPACITY:
        return f"unknown capacity '{capacity}'; use {', '.join(ORDER)}"
    if kind == NOT_FINAL:
        hint = (
            " ('memo draft --assume-missing' lists the open facts as assumptions)"
            if any(b.kind == OPEN_FACTS for b in refusal.blockers)
            else ""
        )
        return (
            f"cannot sign as {capacity}: " + "; ".join(in_english(b) for b in refusal.blockers)
            + f". Only a 'prepared' (draft) signature is allowed until then{hint}"
        )
    if kind == OUT_OF_ORDER:
        return (
            f"cannot sign as {capacity}: the version has no '{refusal.before}' signature yet "
            "(order: prepared, reviewed, approved)"
        )
    if kind == OWN_VERSION:
        return (
            f"{signer} prepared this version and may not also sign it as {capacity}; "
            "another counsel must, or turn on the one-person waiver in Settings"
        )
    if kind == ALREADY_SIGNED:
        return f"{signer} already signed this version as {capacity}"
    if kind == PREPARED_TAKEN:
        return "this version already has its 'prepared' signature"
    if kind == NO_CERTIFICATE:
        return (
            f"{signer} has no signing certificate: add one with 'outbound counsel add "
            "--new-certificate' or sign with --p12"
        )
    if kind == PASSPHRASE_NEEDED:
        return f"{signer}'s signing passphrase is needed to sign"
    if kind == WRONG_PASSPHRASE:
        return f"the signing passphrase for {signer} is wrong; nothing was signed or changed"
    if kind == NO_SIGNING_PASSPHRASE:
        return (
            f"{signer}'s signing key has no signing passphrase of its own yet, so the vault "
            f"passphrase alone would sign as them; nothing was signed. Set {signer}'s signing "
            "passphrase first"
        )
    if kind == IMPORT_NEEDS_PASSPHRASE:
        return (
            f"{signer}'s signing passphrase is needed to keep the imported "
            "certificate under their own protection; nothing was signed"
        )
    if kind == KEY_UNREADABLE:
        return (
            f"the signing key of {signer} cannot be opened with this vault's key; "
            "import their certificate again"
        )
    raise ValueError(f"unknown signing refusal {kind!r}")


class SigningRefusedError(SigningGateError):
    """A gate's refusal, carrying its `Refusal` so the window words it in its own language."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal_in_english(refusal))
        self.refusal = refusal


def refusal_for(
    content: Mapping[str, Any],
    prior: Sequence[PriorSignature],
    *,
    signer: str,
    signer_name: str,
    capacity: str,
    waiver: bool,
) -> Refusal | None:
    """Why this signature is not allowed, or None when it is (no secret needed to know)."""
    if capacity not in ORDER:
        return Refusal(UNKNOWN_CAPACITY, capacity=capacity)
    if capacity != "prepared":
        blockers = final_blockers(content)
        if blockers:
            return Refusal(NOT_FINAL, capacity=capacity, blockers=tuple(blockers))
        before = ORDER[ORDER.index(capacity) - 1]
        if not any(p.capacity == before for p in prior):
            return Refusal(OUT_OF_ORDER, capacity=capacity, before=before)
        preparers = {p.signer for p in prior if p.capacity == "prepared"}
        if signer in preparers and not waiver:
            return Refusal(OWN_VERSION, signer=signer_name, capacity=capacity)
    if any(p.signer == signer and p.capacity == capacity for p in prior):
        return Refusal(ALREADY_SIGNED, signer=signer_name, capacity=capacity)
    if capacity == "prepared" and any(p.capacity == "prepared" for p in prior):
        return Refusal(PREPARED_TAKEN, capacity=capacity)
    return None


def check_signature(
    content: Mapping[str, Any],
    prior: Sequence[PriorSignature],
    *,
    signer: str,
    signer_name: str,
    capacity: str,
    waiver: bool,
) -> None:
    """Raise SigningRefusedError saying what is missing when this signature is not allowed."""
    refusal = refusal_for(
        content, prior, signer=signer, signer_name=signer_name, capacity=capacity, waiver=waiver
    )
    if refusal is not None:
        raise SigningRefusedError(refusal)


def is_final(content: Mapping[str, Any]) -> bool:
    return not final_blockers(content)
