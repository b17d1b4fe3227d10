"""The one place casework calls the review engine in `forms`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from forms.answers import normalise_answers
from forms.assessment import assess as engine_assess
from forms.checklist import ReviewItem
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
    """{tier, tier_reasons, recommendation, missing, cited, rule_set, complete, items:
    [ReviewItem]}; `policy_version` None is the latest review policy."""
    assessment = engine_assess(
        kind, dict(answers), today=today, definition_version=version,
        policy_version=policy_version,
    )
    result = assessment.to_dict()
    result["items"] = [ReviewItem.from_finding(f) for f in assessment.items]
    result["tier_reasons_zh"] = list(assessment.tier_reasons_zh)  # the Chinese window's
    return result
