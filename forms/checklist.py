"""One checklist item in one shape, from the engine through the vault to the memo.

`ReviewItem` is what `forms.assessment` finds (a `Finding`, renamed here once: a finding's
`required_actions` are the item's `actions`, its `memo` text the item's `wording`), what casework
stores and reads back with counsel's decision (status, note, no longer applying), and what
`memos.compose` drafts the memo from: no dict re-keying, no casts along the way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from forms.assessment import Finding


@dataclass(frozen=True)
class ReviewItem:
    rule: str
    rule_version: int
    area: str
    title: str
    severity: str
    blocking: bool
    basis: tuple[str, ...]  # legal basis ids
    actions: tuple[str, ...]  # required actions, as text
    evidence: tuple[str, ...]  # evidence to collect
    wording: str  # the rule's memo wording
    to_confirm: tuple[str, ...] = ()  # facts answered `unknown` the conclusion rests on
    action_items: tuple[Mapping[str, Any], ...] = ()  # structured actions (policy 2), as stored
    status: str = "open"  # counsel's decision: open, done, not_applicable, escalated
    note: str = ""
    no_longer_applies: bool = False

    @classmethod
    def from_finding(cls, finding: Finding) -> ReviewItem:
        """A newly triggered item: open, no note."""
        return cls(
            rule=finding.rule,
            rule_version=finding.version,
            area=finding.area,
            title=finding.title,
            severity=finding.severity,
            blocking=finding.blocking,
            basis=tuple(finding.basis),
            actions=tuple(finding.required_actions),
            evidence=tuple(finding.evidence),
            wording=finding.memo,
            to_confirm=tuple(finding.to_confirm),
            action_items=tuple(action.to_dict() for action in finding.actions),
        )
