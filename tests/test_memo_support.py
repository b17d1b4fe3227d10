"""Test support for the memo tests: the shared scenarios turned into compose_memo's inputs with
the real review engine (forms.assessment, review policy 1 as the scenarios' `expect_v1`), the
real legal-basis table (forms.legal) and the real rules' titles and wording. Only counsel's part
is written here: a decision with a note, a dropped item, the narrative.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from forms.assessment import Assessment, assess
from forms.checklist import ReviewItem
from forms.legal import load_legal_bases
from forms.rules import load_rule_set
from memos.compose import compose_memo
from memos.content import MemoContent

SCENARIOS_DIR = Path(__file__).resolve().parent / "scenarios"
TODAY = date(2026, 11, 1)  # the scenarios' expectations are written for this date
POLICY = 1  # the scenarios' `expect_v1`


def legal_bases() -> dict[str, dict[str, Any]]:
    """The shipped legal-basis table as compose_memo reads it (as casework hands it over)."""
    out: dict[str, dict[str, Any]] = {}
    for basis_id, basis in load_legal_bases().items():
        row = dataclasses.asdict(basis)
        row["article"] = basis.article if basis.article_confirmed else None
        row["verified"] = basis.verified
        out[basis_id] = row
    return out


def scenario_paths() -> list[Path]:
    return sorted(SCENARIOS_DIR.glob("*.yaml"))


def load_scenario(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    answers = {}
    for key, value in data["answers"].items():
        answers[key] = ("yes" if value else "no") if isinstance(value, bool) else value
    data["answers"] = answers
    return data


def assessed(scenario: dict[str, Any]) -> Assessment:
    return assess(scenario["kind"], scenario["answers"], today=TODAY, policy_version=POLICY)


def checklist_for(scenario: dict[str, Any]) -> list[ReviewItem]:
    """The engine's checklist, with counsel's decision on TRADE-SECRET and, for a departure, a
    rule that no longer applies (as after an answer changed)."""
    rows = [ReviewItem.from_finding(f) for f in assessed(scenario).items]
    rows = [
        dataclasses.replace(
            r, status="done",
            note="Exit interview held; confidentiality undertaking re-signed.",
        )
        if r.rule == "TRADE-SECRET"
        else r
        for r in rows
    ]
    if scenario["kind"] == "departure" and all(r.rule != "NONCOMPETE-PAY" for r in rows):
        rule = load_rule_set(version=POLICY).rule("NONCOMPETE-PAY")
        rows.append(
            ReviewItem(
                rule=rule.id, rule_version=rule.version, area=rule.area, title=rule.title,
                severity=rule.severity, blocking=rule.blocking, basis=rule.basis,
                actions=rule.required_actions, evidence=rule.evidence, wording=rule.memo,
                status="done", note="Compensation confirmed by payroll.",
                no_longer_applies=True,
            )
        )
    return rows


def compose_inputs(path: Path, *, version: int = 1) -> dict[str, Any]:
    scenario = load_scenario(path)
    answers = scenario["answers"]
    number = path.name[:2]
    return {
        "matter": {
            "reference": f"OB-2026-{number.zfill(4)}",
            "kind": scenario["kind"],
            "title": scenario["title"],
            "client": answers.get("matter.client", ""),
            "status": "in_review",
            "created_at": "2026-11-02T09:00:00Z",
            "recommendation_override": None,
        },
        "answers": answers,
        "assessment": assessed(scenario).to_dict(),
        "checklist": checklist_for(scenario),
        "legal_bases": legal_bases(),
        "narrative": {
            "summary": (
                f"We were asked to review the proposed move described as “{scenario['title']}”. "
                "This memo sets out the facts as instructed, the knowledge tier, the legal "
                "analysis by area and the conditions on which the move may proceed."
            ),
            "conditions": "The move should not proceed until the open conditions below are met.",
            "area_notes": {"trade secrets": "Counsel met the employee on 20 November 2026."},
        },
        "organisation": "Hartwell & Lin LLP",
        "version": version,
        "date": "2026-12-01",
        "counsel_from": "Margaret Lin, Partner",
    }


def compose_scenario(path: Path, *, version: int = 1) -> MemoContent:
    return compose_memo(**compose_inputs(path, version=version))
