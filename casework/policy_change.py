"""Re-assessing a matter under a later review policy (review-policy.md, last section).

A matter keeps the policy it was assessed under until counsel chooses to re-assess it. The
change is shown before it is applied (items new, changed, no longer applying; tier and
recommendation before and after), then merged as any re-assessment is: items still triggered
keep their status, note and evidence and take the new policy's actions; new items arrive open
and flagged new; items no longer triggered are kept, marked "no longer applies". Memo versions,
signed or not, are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casework import assessing
from casework.matters import get_matter, latest_intake, reassess, store_intake
from forms.checklist import ReviewItem
from forms.definitions import available_versions
from forms.errors import OutboundError
from forms.rules import LATEST_POLICY, check_policy_version
from models.audit import record_event
from models.entities import ChecklistItem, Matter


class PolicyChangeError(OutboundError):
    """The requested re-assessment cannot be made (message says why)."""


@dataclass(frozen=True)
class PolicyChange:
    reference: str
    from_version: int
    to_version: int
    form_version_before: int | None
    form_version_after: int | None
    tier_before: int | None
    tier_after: int
    recommendation_before: str | None
    recommendation_after: str
    new: list[str] = field(default_factory=list)  # triggered now, not applying before
    changed: list[str] = field(default_factory=list)  # applying before and now, with new terms
    unchanged: list[str] = field(default_factory=list)
    no_longer_applies: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # facts the new policy's intake asks
    titles: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "policy_version": {"before": self.from_version, "after": self.to_version},
            "form_version": {"before": self.form_version_before,
                             "after": self.form_version_after},
            "tier": {"before": self.tier_before, "after": self.tier_after},
            "recommendation": {"before": self.recommendation_before,
                               "after": self.recommendation_after},
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "no_longer_applies": self.no_longer_applies,
            "missing": self.missing,
        }


def _target(matter: Matter, policy_version: int | None) -> int:
    target = LATEST_POLICY if policy_version is None else policy_version
    try:
        check_policy_version(target)
    except OutboundError as exc:
        raise PolicyChangeError(exc.message) from None
    if target < matter.policy_version:
        raise PolicyChangeError(
            f"{matter.reference} is assessed under policy {matter.policy_version}; "
            f"a matter is never re-assessed under an older policy ({target})"
        )
    return target


def _form_version(matter: Matter, current: int | None, target_policy: int) -> int | None:
    """The intake version the new policy asks with (never older than the matter's own)."""
    shipped = available_versions(matter.kind)
    wanted = target_policy if target_policy in shipped else shipped[-1]
    return max(current or wanted, wanted)


def preview_policy_change(
    session: Session,
    matter_id: str,
    *,
    policy_version: int | None = None,
    today: date | None = None,
) -> PolicyChange:
    """What re-assessing under `policy_version` (default: the latest) would change; writes
    nothing."""
    matter = get_matter(session, matter_id)
    target = _target(matter, policy_version)
    record = latest_intake(session, matter.id)
    form_before = record.form_version if record else None
    form_after = _form_version(matter, form_before, target)
    result = assessing.assess(
        matter.kind,
        dict(record.answers) if record else {},
        today=today,
        version=form_after,
        policy_version=target,
    )
    applying = {
        item.rule_id: item
        for item in session.execute(
            select(ChecklistItem).where(ChecklistItem.matter_id == matter.id)
        ).scalars()
        if not item.no_longer_applies
    }
    after = {f.rule: f for f in result["items"]}
    change = PolicyChange(
        reference=matter.reference,
        from_version=matter.policy_version,
        to_version=target,
        form_version_before=form_before,
        form_version_after=form_after,
        tier_before=matter.tier,
        tier_after=int(result["tier"]),
        recommendation_before=matter.recommendation,
        recommendation_after=str(result["recommendation"]),
        missing=list(result["missing"]),
        titles={**{r: i.title for r, i in applying.items()},
                **{r: f.title for r, f in after.items()}},
    )
    for rule_id, finding in after.items():
        item = applying.get(rule_id)
        if item is None:
            change.new.append(rule_id)
        elif _terms(item) != _finding_terms(finding):
            change.changed.append(rule_id)
        else:
            change.unchanged.append(rule_id)
    change.no_longer_applies.extend(r for r in applying if r not in after)
    return change


def _terms(item: ChecklistItem) -> tuple[Any, ...]:
    return (item.rule_version, item.title, item.severity, item.blocking, list(item.basis_ids),
            list(item.actions))


def _finding_terms(finding: ReviewItem) -> tuple[Any, ...]:
    return (finding.rule_version, finding.title, finding.severity, finding.blocking,
            list(finding.basis), list(finding.actions))


def apply_policy_change(
    session: Session,
    matter_id: str,
    *,
    actor: str,
    policy_version: int | None = None,
    today: date | None = None,
) -> PolicyChange:
    """Re-assess under the new policy and merge; audited. Returns what changed."""
    change = preview_policy_change(session, matter_id, policy_version=policy_version, today=today)
    matter = get_matter(session, matter_id)
    if (change.to_version, change.form_version_after) == (
        matter.policy_version, change.form_version_before
    ):
        raise PolicyChangeError(
            f"{matter.reference} is already assessed under policy {change.to_version}"
        )
    record = latest_intake(session, matter.id)
    if change.form_version_after != change.form_version_before:
        # The same answers, taken on under the intake that asks the new policy's facts.
        store_intake(
            session, matter, dict(record.answers) if record else {}, actor,
            form_version=change.form_version_after,
        )
    matter.policy_version = change.to_version
    reassess(session, matter, actor=actor, today=today)
    record_event(
        session,
        actor=actor,
        action="matter.policy_change",
        entity="matter",
        entity_id=matter.id,
        matter_id=matter.id,
        details=change.as_dict(),
    )
    session.flush()
    return change
