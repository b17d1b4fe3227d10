"""Policy v1 (kept exactly for `--policy 1`): thresholds are strict `>`; dates compare by day;
exclusions between rules hold. Policy v2's boundaries are in test_forms_policy_v2.py."""

from __future__ import annotations

from datetime import date

import pytest

from forms.assessment import assess

COLLAB = {
    "destination.country": "US",
    "collab.type": "joint_research",
    "person.role": "algorithm_engineer",
}


def rules_for(kind: str, answers: dict, **kw) -> set[str]:
    kw.setdefault("policy_version", 1)
    return {item.rule for item in assess(kind, answers, **kw).items}


@pytest.mark.parametrize(
    ("subjects", "sensitive", "cii", "expected"),
    [
        (100_000, 0, "no", "DATA-PI-NOTICE"),
        (100_001, 0, "no", "DATA-PI-CONTRACT"),
        (1_000_000, 0, "no", "DATA-PI-CONTRACT"),
        (1_000_001, 0, "no", "DATA-PI-ASSESS"),
        (20_000, 10_000, "no", "DATA-PI-CONTRACT"),
        (20_000, 10_001, "no", "DATA-PI-ASSESS"),
        (50, 0, "no", "DATA-PI-NOTICE"),
        (50, 1, "no", "DATA-PI-CONTRACT"),
        (1, 0, "yes", "DATA-PI-ASSESS"),
        (0, 0, "yes", None),
        (0, 0, "no", None),
    ],
)
def test_personal_information_thresholds(
    subjects: int, sensitive: int, cii: str, expected: str | None
) -> None:
    answers = {
        **COLLAB,
        "collab.personal_information_subjects": subjects,
        "collab.sensitive_personal_information_subjects": sensitive,
        "company.cii_operator": cii,
    }
    data_rules = {r for r in rules_for("collaboration", answers) if r.startswith("DATA-PI")}
    assert data_rules == ({expected} if expected else set())


def test_personal_information_not_abroad() -> None:
    answers = {**COLLAB, "destination.country": "CN",
               "collab.personal_information_subjects": 2_000_000}
    assert not {r for r in rules_for("collaboration", answers) if r.startswith("DATA")}


SECRETS = {"secrets.level": "general", "destination.country": "CN"}


@pytest.mark.parametrize(
    ("declass", "last_day", "today", "fires"),
    [
        ("2027-01-15", "2027-01-15", None, False),
        ("2027-01-16", "2027-01-15", None, True),
        (None, "2027-01-15", None, True),
        ("2027-01-16", None, date(2027, 1, 16), False),
        ("2027-01-17", None, date(2027, 1, 16), True),
    ],
)
def test_declass_period(declass, last_day, today, fires: bool) -> None:
    answers = dict(SECRETS)
    if declass:
        answers["secrets.declass_until"] = declass
    if last_day:
        answers["departure.last_day"] = last_day
    got = "SECRETS-DECLASS" in rules_for("departure", answers, today=today or date(2026, 1, 1))
    assert got is fires


def test_declass_not_for_non_secret_staff() -> None:
    assert "SECRETS-DECLASS" not in rules_for("departure", {"secrets.level": "none"})
    assert "SECRETS-DECLASS" not in rules_for("departure", {})


@pytest.mark.parametrize(("months", "fires"), [(24, False), (25, True), (0, False)])
def test_noncompete_length(months: int, fires: bool) -> None:
    answers = {"employment.noncompete": "yes", "employment.noncompete_months": months,
               "employment.noncompete_compensation": "yes"}
    assert ("NONCOMPETE-LENGTH" in rules_for("departure", answers)) is fires


def test_noncompete_pay_and_none() -> None:
    assert "NONCOMPETE-PAY" in rules_for(
        "departure", {"employment.noncompete": "yes",
                      "employment.noncompete_compensation": "unknown"})
    carrier = {"person.role": "training_lead", "access.model_weights": "yes",
               "employment.noncompete": "no", "departure.overlapping_work": "unknown"}
    result = assess("departure", carrier)
    none = next(i for i in result.items if i.rule == "NONCOMPETE-NONE")
    assert none.to_confirm == ("departure.overlapping_work",)


def test_travel_devices_us_depends_on_travel_devices() -> None:
    base = {"tech.us_origin_controlled": "unknown", "destination.country": "JP"}
    assert "TRAVEL-DEVICES-US" not in rules_for("travel", {**base, "travel.devices": ["none"]})
    got = rules_for("travel", {**base, "travel.devices": ["model_weights"]})
    assert {"TRAVEL-DEVICES", "TRAVEL-DEVICES-US"} <= got


def test_foreign_person_uses_nationality() -> None:
    answers = {"person.nationality": "DE", "destination.country": "CN",
               "access.core_source_code": "yes", "tech.listed_technology": "unknown"}
    assert "EC-FOREIGN-PERSON" in rules_for("departure", answers)
    assert "EC-FOREIGN-PERSON" not in rules_for(
        "departure", {**answers, "person.nationality": "CN"})
    assert "EC-FOREIGN-PERSON" not in rules_for(
        "departure", {k: v for k, v in answers.items() if k != "person.nationality"})


def test_abroad_via_overseas_employer() -> None:
    answers = {"departure.next_step": "overseas_employer", "secrets.level": "core"}
    assert {"SECRETS-EXIT", "EXIT-REVIEW"} <= rules_for("departure", answers)
    assert "SECRETS-EXIT" not in rules_for(
        "departure", {**answers, "departure.next_step": "domestic_employer"})


def test_collaboration_exits_only_with_travel() -> None:
    answers = {"destination.country": "US", "secrets.level": "general"}
    assert "SECRETS-EXIT" not in rules_for("collaboration", answers)
    assert "SECRETS-EXIT" in rules_for(
        "collaboration", {**answers, "collab.travel_abroad": "unknown"})


@pytest.mark.parametrize(
    ("answers", "tier"),
    [
        ({}, 3),
        ({"person.role": "application_developer", "access.core_source_code": "no"}, 3),
        ({"person.role": "training_lead"}, 2),
        ({"person.role": "training_lead", "access.chip_design": "unknown"}, 1),
        ({"person.role": "data_engineer", "projects.national_key": "unknown"}, 2),
        ({"person.role": "technical_executive", "projects.national_key": "yes"}, 1),
        ({"secrets.level": "core"}, 1),
        ({"secrets.level": "general"}, 2),
        ({"person.key_position": "unknown"}, 3),
        ({"person.key_position": "yes"}, 2),
    ],
)
def test_tiers(answers: dict, tier: int) -> None:
    assert assess("travel", answers).tier == tier
