"""The one place the services call the review engine in `forms`, as plain dicts."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from forms.answers import normalise_answers
from forms.assessment import assess as engine_assess
from forms.definitions import load_definition


def normalise(
    kind: str, answers: Mapping[str, Any], *, version: int | None = None
) -> dict[str, Any]:
    return dict(normalise_answers(kind, answers, version=version))


def form_identity(kind: str, version: int | None = None) -> tuple[str, int]:
    """The definition a matter's intake is taken with: the latest for a new matter, then the
    version it was first taken with, so a matter stays readable when definitions change."""
    definition = load_definition(kind, version)
    return definition.id, int(definition.version)


def assess(
    kind: str,
    answers: Mapping[str, Any],
    *,
    today: date | None = None,
    version: int | None = None,
    policy_version: int | None = None,
) -> dict[str, Any]:
    """{tier, tier_reasons, recommendation, missing, cited, rule_set, items: [{rule,
    rule_version, area, title, severity, blocking, basis, actions, action_items, evidence,
    wording, to_confirm}]}; `policy_version` None is the latest review policy."""
    result = engine_assess(
        kind, dict(answers), today=today, definition_version=version,
        policy_version=policy_version,
    ).to_dict()
    result["items"] = [
        {
            "rule": f["rule"],
            "rule_version": f["version"],
            "area": f["area"],
            "title": f["title"],
            "severity": f["severity"],
            "blocking": f["blocking"],
            "basis": f["basis"],
            "actions": f["required_actions"],
            "action_items": f["actions"],
            "evidence": f["evidence"],
            "wording": f["memo"],
            "to_confirm": f["to_confirm"],
        }
        for f in result["items"]
    ]
    return result
