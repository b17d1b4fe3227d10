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
