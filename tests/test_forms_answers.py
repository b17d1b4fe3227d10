"""Answer validation and normalisation, required facts with show_if, cross-field checks."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from forms.answers import missing_required, normalise_answers, validate_cross_field
from forms.definitions import load_definition
from forms.errors import AnswerError


@pytest.mark.parametrize(
    ("kind", "answers", "fact"),
    [
        ("travel", {"no.such.fact": 1}, "no.such.fact"),
        ("travel", {"collab.type": "publication"}, "collab.type"),
        ("travel", {"person.name": 42}, "person.name"),
        ("travel", {"person.role": "wizard"}, "person.role"),
        ("travel", {"access.model_weights": "perhaps"}, "access.model_weights"),
        ("travel", {"destination.country": "XX"}, "destination.country"),
        ("travel", {"destination.country": "China"}, "destination.country"),
        ("travel", {"travel.depart_on": "2026-02-30"}, "travel.depart_on"),
        ("travel", {"travel.depart_on": "next week"}, "travel.depart_on"),
        ("travel", {"travel.devices": "none"}, "travel.devices"),
        ("travel", {"travel.devices": ["none", "floppy"]}, "travel.devices"),
        ("collaboration", {"collab.personal_information_subjects": -1},
         "collab.personal_information_subjects"),
        ("collaboration", {"collab.personal_information_subjects": "many"},
         "collab.personal_information_subjects"),
        ("collaboration", {"collab.personal_information_subjects": True},
         "collab.personal_information_subjects"),
        ("departure", {"employment.noncompete_months": 2.5}, "employment.noncompete_months"),
        ("departure", {"matter.kind": "travel"}, "matter.kind"),
    ],
)
def test_errors_name_the_fact(kind: str, answers: dict, fact: str) -> None:
    with pytest.raises(AnswerError) as info:
        normalise_answers(kind, answers)
    assert info.value.fact_id == fact
    assert str(info.value).startswith(f"{fact}: ")


def test_normalisation() -> None:
    out = normalise_answers(
        "travel",
        {
            "access.model_weights": True,
            "access.training_data": False,
            "access.chip_design": "Unknown",
            "destination.country": "jp",
            "travel.depart_on": date(2026, 3, 2),
            "travel.return_on": datetime(2026, 3, 6, 12, 0),
            "travel.devices": ["source_code", "none", "source_code"],
            "person.department": None,
            "matter.summary": "  ",
        },
    )
    assert out == {
        "access.model_weights": "yes",
        "access.training_data": "no",
        "access.chip_design": "unknown",
        "destination.country": "JP",
        "travel.depart_on": "2026-03-02",
        "travel.return_on": "2026-03-06",
        "travel.devices": ["none", "source_code"],
    }
    assert normalise_answers("travel", out) == out  # idempotent


def test_missing_required_respects_show_if() -> None:
    definition = load_definition("departure")
    missing = missing_required(definition, {})
    assert "person.name" in missing and missing == sorted(missing)
    assert "employment.noncompete_months" not in missing
    assert "secrets.left_post_on" not in missing
    answers = normalise_answers("departure", {"employment.noncompete": "yes"})
    assert "employment.noncompete_months" in missing_required(definition, answers)
    assert "employment.noncompete_compensation" in missing_required(definition, answers)
    answers = normalise_answers("departure", {"employment.noncompete": "no"})
    assert "employment.noncompete_months" not in missing_required(definition, answers)
    collab = load_definition("collaboration")
    zero = normalise_answers("collaboration", {"collab.personal_information_subjects": 0})
    assert "collab.sensitive_personal_information_subjects" not in missing_required(collab, zero)


def test_cross_field_checks() -> None:
    travel = load_definition("travel")
    ok = normalise_answers("travel", {"travel.depart_on": "2026-03-02",
                                      "travel.return_on": "2026-03-02"})
    assert validate_cross_field(travel, ok) == []
    bad = normalise_answers("travel", {"travel.depart_on": "2026-03-02",
                                       "travel.return_on": "2026-03-01"})
    problems = validate_cross_field(travel, bad)
    assert [p.fact_id for p in problems] == ["travel.return_on"]
    assert "before" in problems[0].message
    assert validate_cross_field(travel, {"travel.depart_on": "2026-03-02"}) == []
    secondment = load_definition("secondment")
    bad = {"secondment.start": "2027-02-01", "secondment.end": "2027-01-31"}
    assert [p.fact_id for p in validate_cross_field(secondment, bad)] == ["secondment.end"]
    collab = load_definition("collaboration")
    bad = {"collab.personal_information_subjects": 10,
           "collab.sensitive_personal_information_subjects": 11}
    assert validate_cross_field(collab, bad)[0].fact_id == (
        "collab.sensitive_personal_information_subjects"
    )


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        (["us", "DE", "US"], ["US", "DE"]),  # upper case, each once, order kept
        ([], []),  # "none" is an answer, distinct from unanswered
        ("HK, mo", ["HK", "MO"]),
    ],
)
def test_countries_answers(raw: object, stored: list[str]) -> None:
    got = normalise_answers("travel", {"person.other_citizenships": raw})
    assert got["person.other_citizenships"] == stored


@pytest.mark.parametrize("raw", [["XX"], "US, Atlantis", 5, [["US"]]])
def test_countries_refused_with_the_fact(raw: object) -> None:
    with pytest.raises(AnswerError) as info:
        normalise_answers("travel", {"person.other_citizenships": raw})
    assert info.value.fact_id == "person.other_citizenships"


def test_version_2_intake_asks_the_new_facts_where_the_policy_says() -> None:
    every_kind = {"person.other_citizenships", "person.us_person", "exit.registered_personnel",
                  "exit.employer_holds_documents", "company.us_lists", "tech.subject_to_ear",
                  "employment.confidentiality_agreement"}
    for kind in ("departure", "secondment", "travel", "collaboration"):
        v1 = load_definition(kind, 1)
        v2 = load_definition(kind, 2)
        assert set(v1.fact_ids) < set(v2.fact_ids)  # nothing of version 1 dropped
        for fact in v1.fact_ids:  # ... or changed
            assert (v2.field(fact).type, v2.field(fact).options) == (
                v1.field(fact).type, v1.field(fact).options)
        missing = set(missing_required(v2, {}))
        assert every_kind <= missing, kind
        for fact in every_kind:
            assert v2.field(fact).bases, fact  # help names the bases it rests on
            assert all(b in v2.field(fact).help for b in v2.field(fact).bases), fact
    travel = load_definition("travel", 2)
    assert {"data.personal_information_subjects", "data.important_data",
            "exit.ban_notified"} <= set(missing_required(travel, {}))
    assert "collab.start_date" in missing_required(load_definition("collaboration", 2), {})
    assert "data.personal_information_subjects" not in load_definition("departure", 2).fact_ids


@pytest.mark.parametrize(
    ("kind", "answers", "fact", "asked"),
    [
        ("travel", {"tech.listed_technology": "no"}, "tech.prc_control_status", False),
        ("travel", {"tech.listed_technology": "unknown"}, "tech.prc_control_status", True),
        ("travel", {"destination.country": "CN"}, "exit.ban_notified", False),
        ("travel", {"destination.country": "HK"}, "exit.ban_notified", True),
        ("collaboration", {"collab.travel_abroad": "no", "destination.country": "US"},
         "exit.authority_instruction", False),
        ("departure", {"destination.country": "CN", "departure.next_step": "domestic_employer"},
         "exit.ban_notified", False),
        ("departure", {"departure.reason": "resignation"}, "departure.notice_given_on", True),
        ("departure", {"departure.reason": "retirement"}, "departure.notice_given_on", False),
        ("travel", {"secrets.level": "none"}, "company.ce_key_unit", False),
        ("travel", {"secrets.level": "general"}, "company.ce_key_unit", True),
        ("travel", {"company.overseas_listing": "no"}, "matter.listing_related", False),
        ("travel", {"company.overseas_listing": "unknown"}, "matter.listing_related", True),
        ("secondment", {"destination.country": "CN"}, "destination.foreign_body_in_china", True),
        ("secondment", {"destination.country": "DE"}, "destination.foreign_body_in_china", False),
        ("travel", {"data.personal_information_subjects": 0}, "data.pi_year_to_date", False),
        ("travel", {"data.personal_information_subjects": 1}, "data.pi_year_to_date", True),
        ("travel", {"travel.presenting": "yes"}, "travel.presentation_reviewed", True),
        ("travel", {"access.important_data": "unknown"}, "data.important_data_notified", True),
        ("travel", {"access.important_data": "no"}, "data.important_data_notified", False),
    ],
)
def test_version_2_conditions(kind: str, answers: dict, fact: str, asked: bool) -> None:
    assert (fact in missing_required(load_definition(kind, 2), answers)) is asked
