"""A matter as one plain JSON document, for `outbound matter show`."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from casework.matters import current_assessment, latest_intake
from models.entities import Matter


def matter_summary(session: Session, matter: Matter) -> dict[str, Any]:
    """The matter, its latest answers and its checklist as plain JSON values (codes, not
    words: `matter show --json` prints it; the text output says it in words)."""
    record = latest_intake(session, matter.id)
    assessment = current_assessment(session, matter)
    return {
        "id": matter.id,
        "reference": matter.reference,
        "kind": matter.kind,
        "title": matter.title,
        "client": matter.client,
        "person": matter.person_name,
        "status": matter.status,
        "policy_version": matter.policy_version,
        "tier": matter.tier,
        "recommendation": matter.recommendation,
        "complete": bool(assessment["complete"]),
        "missing": list(assessment["missing"]),
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
                "actions": [
                    {"text": a["text"], "owner": a["owner"], "due": a["due"]}
                    for a in (i.action_items or [])
                ],
                "new": i.is_new,
                "no_longer_applies": i.no_longer_applies,
            }
            for i in matter.checklist_items
        ],
    }
