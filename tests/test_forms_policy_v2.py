"""Review policy v2 at its boundaries: thresholds (以上 includes the number), date comparisons,
due-date arithmetic, blocking rules against `unknown`, and load-time refusal of bad rule files."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from forms.assessment import assess
from forms.dues import DueRuleError, parse_due, shift_working_days
from forms.errors import DefinitionError
from forms.loading import resource_path
from forms.rules import load_rule_set

REPO = Path(__file__).resolve().parent.parent
COLLAB = {
    "destination.country": "US",
    "collab.type": "joint_research",
    "person.role": "algorithm_engineer",
    "collab.start_date": "2027-03-15",
}


def items(kind: str, answers: dict[str, Any], **kw: Any) -> dict[str, Any]:
    return {item.rule: item for item in assess(kind, answers, **kw).items}


# --- data-export thresholds ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subjects", "sensitive", "ytd", "spi_ytd", "expected"),
    [
        (99_999, 0, 0, 0, "DATA-PI-NOTICE"),
        (100_000, 0, 0, 0, "DATA-PI-CONTRACT"),
        (999_999, 0, 0, 0, "DATA-PI-CONTRACT"),
        (1_000_000, 0, 0, 0, "DATA-PI-ASSESS"),
        (50_000, 0, 49_999, 0, "DATA-PI-NOTICE"),
        (50_000, 0, 50_000, 0, "DATA-PI-CONTRACT"),
        (500_000, 0, 500_000, 0, "DATA-PI-ASSESS"),
        (20_000, 9_999, 0, 0, "DATA-PI-CONTRACT"),
        (20_000, 10_000, 0, 0, "DATA-PI-ASSESS"),
        (20_000, 1, 0, 9_998, "DATA-PI-CONTRACT"),
        (20_000, 1, 0, 9_999, "DATA-PI-ASSESS"),
        (20_000, 0, 0, 50_000, "DATA-PI-NOTICE"),  # no sensitive data in this move
        (1, 1, 0, 0, "DATA-PI-CONTRACT"),
        (0, 0, 0, 0, None),
    ],
)
def test_personal_information_thresholds_include_the_number(
    subjects: int, sensitive: int, ytd: int, spi_ytd: int, expected: str | None
) -> None:
    answers = {
        **COLLAB,
        "collab.personal_information_subjects": subjects,
        "collab.sensitive_personal_information_subjects": sensitive,
        "data.pi_year_to_date": ytd,
        "data.spi_year_to_date": spi_ytd,
        "company.cii_operator": "no",
    }
    got = {r for r in items("collaboration", answers) if r.startswith("DATA-PI")}
    assert got == ({expected} if expected else set())


def test_secondment_and_travel_counts_trigger_data_export() -> None:
    base = {"destination.country": "SG", "secondment.start": "2027-03-01",
            "data.personal_information_subjects": 1_000_000}
    assert "DATA-PI-ASSESS" in items("secondment", base)
    travel = {"destination.country": "JP", "travel.depart_on": "2027-03-01",
              "data.personal_information_subjects": 100_000}
    assert "DATA-PI-CONTRACT" in items("travel", travel)
    assert not {r for r in items("departure", {"destination.country": "US"})
                if r.startswith("DATA-PI")}


def test_unanswered_year_to_date_is_named_to_establish() -> None:
    answers = {**COLLAB, "collab.personal_information_subjects": 100,
               "collab.sensitive_personal_information_subjects": 0}
    notice = items("collaboration", answers)["DATA-PI-NOTICE"]
    assert "data.pi_year_to_date" in notice.to_confirm


def test_biometric_check_only_without_sensitive_count() -> None:
    answers = {**COLLAB, "tech.areas": ["speech_and_text"],
               "collab.personal_information_subjects": 100,
               "collab.sensitive_personal_information_subjects": 0}
    assert "DATA-BIOMETRIC" in items("collaboration", answers)
    answers["collab.sensitive_personal_information_subjects"] = 1
    assert "DATA-BIOMETRIC" not in items("collaboration", answers)


def test_important_data_notified_narrows_only_when_answered_no() -> None:
    base = {**COLLAB, "collab.important_data": "yes"}
    unanswered = items("collaboration", base)
    assert "DATA-IMPORTANT" in unanswered
    assert "data.important_data_notified" in unanswered["DATA-IMPORTANT"].to_confirm
    no = items("collaboration", {**base, "data.important_data_notified": "no"})
    assert "DATA-IMPORTANT" not in no and "DATA-IMPORTANT-UNNOTIFIED" in no
    secondment = {"destination.country": "DE", "access.important_data": "yes",
                  "secondment.remote_access": "yes", "data.important_data": "no"}
    assert "DATA-IMPORTANT" in items("secondment", secondment)  # remote access is caught


# --- date comparisons -------------------------------------------------------------------------

SECRET_TRIP = {"secrets.level": "general", "destination.country": "JP",
               "travel.depart_on": "2027-03-02"}


@pytest.mark.parametrize(
    ("declass_until", "fires"),
    [("2027-03-01", False), ("2027-03-02", True), ("2027-03-03", True), (None, True)],
)
def test_secrets_exit_against_the_exit_day(declass_until: str | None, fires: bool) -> None:
    answers = dict(SECRET_TRIP)
    if declass_until:
        answers["secrets.declass_until"] = declass_until
    assert ("SECRETS-EXIT" in items("travel", answers)) is fires


def test_secrets_exit_without_exit_date_compares_with_today_to_confirm() -> None:
    answers = {"secrets.level": "general", "destination.country": "JP",
               "secrets.declass_until": "2027-01-10"}
    assert "SECRETS-EXIT" not in items("travel", answers, today=date(2027, 1, 11))
    hit = items("travel", answers, today=date(2027, 1, 10))["SECRETS-EXIT"]
    assert "travel.depart_on" in hit.to_confirm
    assert all(a.due == "unknown" for a in hit.actions)  # never today


@pytest.mark.parametrize(
    ("declass_until", "fires"),
    [("2027-01-14", False), ("2027-01-15", False), ("2027-01-16", True)],
)
def test_secrets_declass_against_the_last_day(declass_until: str, fires: bool) -> None:
    answers = {"secrets.level": "general", "destination.country": "CN",
               "departure.last_day": "2027-01-15", "secrets.declass_until": declass_until}
    assert ("SECRETS-DECLASS" in items("departure", answers)) is fires


JOINS_ABROAD = {"secrets.level": "important", "destination.country": "US",
                "departure.next_step": "overseas_employer", "departure.last_day": "2027-01-15",
                "departure.new_role_start": "2027-02-01"}


@pytest.mark.parametrize(
    ("declass_until", "fires"),
    [("2027-01-31", False), ("2027-02-01", True), ("2027-02-02", True)],
)
def test_work_abroad_inside_the_declass_period_blocks(declass_until: str, fires: bool) -> None:
    result = assess("departure", {**JOINS_ABROAD, "secrets.declass_until": declass_until})
    hit = "SECRETS-DECLASS-FOREIGN" in {i.rule for i in result.items}
    assert hit is fires
    assert (result.recommendation == "do_not_proceed") is fires


def test_join_date_defaults_to_the_day_after_the_last_day() -> None:
    answers = {**JOINS_ABROAD, "secrets.declass_until": "2027-01-16"}
    del answers["departure.new_role_start"]
    assert "SECRETS-DECLASS-FOREIGN" in items("departure", answers)
    answers["secrets.declass_until"] = "2027-01-15"
    assert "SECRETS-DECLASS-FOREIGN" not in items("departure", answers)


def test_declass_foreign_when_the_period_starts_now() -> None:
    answers = dict(JOINS_ABROAD)  # no period set, still in the post
    assert "SECRETS-DECLASS-FOREIGN" in items("departure", answers)
    answers["secrets.left_post_on"] = "2020-01-01"
    assert "SECRETS-DECLASS-FOREIGN" not in items("departure", answers)


# --- blocking never fires on unknown ----------------------------------------------------------


def test_exit_ban_blocks_only_when_yes() -> None:
    trip = {"destination.country": "JP", "travel.depart_on": "2027-03-02"}
    yes = assess("travel", {**trip, "exit.ban_notified": "yes"})
    assert "EXIT-BAN" in {i.rule for i in yes.items}
    assert yes.recommendation == "do_not_proceed"
    unknown = items("travel", {**trip, "exit.ban_notified": "unknown"})
    assert "EXIT-BAN" not in unknown and "EXIT-BAN-CHECK" in unknown


def test_entity_block_never_on_unknown() -> None:
    base = {**COLLAB, "destination.restricted_party": "yes", "tech.subject_to_ear": "yes",
            "collab.shares_technical_data": "yes"}
    assert "US-ENTITY-BLOCK" in items("collaboration", base)
    for fact in ("destination.restricted_party", "tech.subject_to_ear",
                 "collab.shares_technical_data"):
        got = items("collaboration", {**base, fact: "unknown"})
        assert "US-ENTITY-BLOCK" not in got, fact
    unscreened = items("collaboration", {**base, "destination.restricted_party": "unknown"})
    assert "US-ENTITY" in unscreened


def test_prohibited_technology_blocks_only_on_known_facts() -> None:
    base = {**COLLAB, "tech.listed_technology": "yes", "tech.prc_control_status": "prohibited",
            "collab.shares_technical_data": "yes"}
    result = assess("collaboration", base)
    assert "EC-PROHIBITED" in {i.rule for i in result.items}
    assert result.recommendation == "do_not_proceed"
    got = items("collaboration", {**base, "collab.shares_technical_data": "unknown"})
    assert "EC-PROHIBITED" not in got
    unsettled = items("collaboration", {**base, "tech.prc_control_status": "unknown"})
    assert "EC-PROHIBITED" not in unsettled and "EC-LICENCE" in unsettled


# --- due dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "reference", "due"),
    [
        ("by D", date(2027, 1, 18), date(2027, 1, 18)),
        ("before D", date(2027, 1, 18), date(2027, 1, 17)),  # calendar: a Sunday
        ("30 days after D", date(2027, 1, 31), date(2027, 3, 2)),
        ("1 working days before D", date(2027, 1, 18), date(2027, 1, 15)),  # Monday -> Friday
        ("5 working days before D", date(2027, 1, 18), date(2027, 1, 11)),
        ("10 working days before D", date(2027, 1, 16), date(2027, 1, 4)),  # from a Saturday
        ("1 working days after D", date(2027, 1, 15), date(2027, 1, 18)),  # Friday -> Monday
        ("5 working days after D", date(2027, 1, 15), date(2027, 1, 22)),
    ],
)
def test_due_arithmetic(rule: str, reference: date, due: date) -> None:
    assert parse_due(rule).compute(reference) == due


def test_working_days_skip_weekends_only() -> None:
    assert shift_working_days(date(2027, 1, 15), -45) == date(2026, 11, 13)


@pytest.mark.parametrize("text", ["soon", "by", "45 weekdays before D", "0 days after D"])
def test_due_grammar_refuses_other_text(text: str) -> None:
    with pytest.raises(DueRuleError):
        parse_due(text)


def test_due_unknown_when_the_date_is_unanswered_and_overdue_when_past() -> None:
    answers = {"person.role": "training_lead", "access.model_weights": "yes",
               "destination.country": "US", "departure.next_step": "overseas_employer",
               "tech.listed_technology": "unknown"}
    undated = items("departure", answers)["EC-CLASSIFY"]
    assert [a.due_json() for a in undated.actions] == ["unknown", "unknown"]
    dated = items("departure", {**answers, "departure.last_day": "2027-01-15"},
                  today=date(2026, 12, 1))["EC-CLASSIFY"]
    assert dated.actions[0].due == date(2026, 11, 13)
    assert dated.actions[0].overdue and dated.actions[0].approximate
    on_time = items("departure", {**answers, "departure.last_day": "2027-01-15"},
                    today=date(2026, 11, 13))["EC-CLASSIFY"]
    assert not on_time.actions[0].overdue


def test_exit_date_of_a_departure_is_the_day_after_the_last_day() -> None:
    answers = {"person.role": "training_lead", "access.model_weights": "yes",
               "destination.country": "US", "departure.last_day": "2027-01-15"}
    review = items("departure", answers)["EXIT-REVIEW"]
    assert [a.due_json() for a in review.actions] == ["2027-01-04", "2027-01-04"]


def test_only_when_and_conditional_cites() -> None:
    domestic = items("departure", {"destination.country": "CN", "destination.org_type":
                                   "competitor", "access.training_data": "yes"})["TRADE-SECRET"]
    assert "PRC-CRIM-219-1" not in domestic.basis and len(domestic.actions) == 3
    foreign = items("departure", {"destination.country": "US", "destination.org_type":
                                  "competitor", "access.training_data": "yes"})["TRADE-SECRET"]
    assert "PRC-CRIM-219-1" in foreign.basis and len(foreign.actions) == 4


# --- load-time refusal ------------------------------------------------------------------------


def _v2() -> dict[str, Any]:
    return yaml.safe_load(resource_path("data/rules/v2.yaml").read_text("utf-8"))


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda d: d["rules"][0].update(when="abroad and tier_one(person.role)"),
         "rules.yaml: rules[0].when (EC-CLASSIFY): unknown function 'tier_one'"),
        (lambda d: d["rules"][0].update(when="abroad and exporting"),
         "rules.yaml: rules[0].when (EC-CLASSIFY): unknown name 'exporting'"),
        (lambda d: d["rules"][7]["basis"].append({"id": "PRC-NOPE-1", "when": "abroad"}),
         "rules.yaml: rules[7].basis[2]: rule TRAVEL-DEVICES cites unknown legal basis"),
        (lambda d: d["rules"][0]["actions"][1].pop("owner"),
         "rules.yaml: rules[0].actions[1]: 'owner' is a required property"),
        (lambda d: d["rules"][0]["actions"][0].update(owner="counsel"),
         "rules.yaml: rules[0].actions[0].owner"),
        (lambda d: d["rules"][0]["actions"][0].update(due="before secondment.begins"),
         "rules.yaml: rules[0].actions[0].due: unknown fact 'secondment.begins'"),
        (lambda d: d["rules"][0]["actions"][0].update(due="before person.name"),
         "rules.yaml: rules[0].actions[0].due: 'person.name' is not a date fact"),
        (lambda d: d["rules"][0]["actions"][0].update(due="45 working days before launch"),
         "rules.yaml: rules[0].actions[0].due: unknown date reference 'launch'"),
        (lambda d: d["rules"][1]["actions"][0].update(when="kind == 'departure' and bogus"),
         "rules.yaml: rules[1].actions[0].when: unknown name 'bogus'"),
    ],
)
def test_bad_rule_files_are_refused_with_file_and_path(
    tmp_path: Path, mutate: Any, needle: str
) -> None:
    doc = _v2()
    mutate(doc)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DefinitionError) as info:
        load_rule_set(path)
    assert needle in str(info.value)


def test_v2_file_is_the_policy_table() -> None:
    rules = load_rule_set(version=2)
    assert len(rules.rules) == 48
    assert sum(len(r.actions) for r in rules.rules) == 90
    assert {r.id for r in load_rule_set(version=1).rules} <= set(rules.rule_ids)
    blocking = {r.id for r in rules.rules if r.blocking}
    assert blocking == {"EC-PROHIBITED", "SECRETS-DECLASS-FOREIGN", "EXIT-BAN", "US-ENTITY-BLOCK"}
    assert rules.rule("LISTING-CYBER").severity == "high"


def test_v2_wording_is_for_readers() -> None:
    """Every rule has memo wording and action text with no fact ids or rule ids in them."""
    import re

    rules = load_rule_set(version=2)
    ids = set(rules.rule_ids)
    for rule in rules.rules:
        for text in (rule.memo, *(a.text for a in rule.actions)):
            assert text, rule.id
            assert not re.search(r"\b[a-z]+\.[a-z_]+\b", text), (rule.id, text)
            assert not any(rule_id in text for rule_id in ids), (rule.id, text)
    reported = [r for r in rules.rules if any(b.startswith("REPORT-") for b in r.basis)]
    assert reported and all("unverified" in r.memo for r in reported)
    us = [r for r in rules.rules if r.area == "US export control"]
    assert all("US-qualified counsel" in r.memo for r in us)


def test_cli_refuses_unknown_policy_version(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text("kind: travel\nanswers: {}\n", encoding="utf-8")
    for bad in ("3", "two", "0"):
        proc = subprocess.run(
            [sys.executable, "-m", "desktop", "assess", str(path), "--json", "--policy", bad],
            capture_output=True, text=True, cwd=REPO, timeout=60,
        )
        assert proc.returncode == 2 and proc.stdout == ""
        assert "--policy" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_file_today_is_the_assessment_date(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(
        "kind: travel\ntoday: 2027-01-11\nanswers:\n  secrets.level: general\n"
        "  destination.country: JP\n  secrets.declass_until: '2027-01-10'\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "assess", str(path), "--json"],
        capture_output=True, text=True, cwd=REPO, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "SECRETS-EXIT" not in proc.stdout  # the period ended before the file's today




def test_policy_1_keeps_its_blocking_on_a_maybe() -> None:
    """Policy 1 is reproduced exactly: its US-ENTITY-BLOCK fires on shares_tech resting on an
    `unknown`; only policy 2 says a blocking rule never does."""
    answers = {**COLLAB, "destination.restricted_party": "yes", "tech.us_origin_controlled": "yes",
               "tech.subject_to_ear": "yes", "collab.shares_technical_data": "unknown"}
    v1 = assess("collaboration", answers, policy_version=1)
    assert "US-ENTITY-BLOCK" in {i.rule for i in v1.items}
    assert v1.recommendation == "do_not_proceed"
    v2 = assess("collaboration", answers)
    assert "US-ENTITY-BLOCK" not in {i.rule for i in v2.items}
