"""Memo content: composition from plain inputs, dict round trip, fingerprint rules."""

from __future__ import annotations

import json

import pytest
from test_memo_support import compose_inputs, compose_scenario, scenario_paths

from memos.canonical import canonical_json, fingerprint
from memos.compose import REPORTED_BASIS, compose_memo
from memos.content import MemoContent, Signature
from memos.errors import MemoContentError, MemoError


def test_round_trip_through_json_for_every_scenario() -> None:
    for path in scenario_paths():
        content = compose_scenario(path)
        data = json.loads(canonical_json(content.to_dict()))
        assert MemoContent.from_dict(data) == content


def test_canonical_json_is_sorted_compact_utf8() -> None:
    assert canonical_json({"b": 1, "a": "陈"}) == '{"a":"陈","b":1}'.encode()


def test_fingerprint_ignores_signatures_and_follows_content() -> None:
    content = compose_scenario(scenario_paths()[1])
    base = fingerprint(content.to_dict())
    signed = content.with_signatures(
        [Signature("M. Lin", "Partner", "approved", "2026-12-02T10:00:00Z")]
    )
    assert fingerprint(signed.to_dict()) == base
    changed = MemoContent.from_dict({**content.to_dict(), "summary": content.summary + "."})
    assert fingerprint(changed.to_dict()) != base
    assert len(base) == 64


def test_dropped_items_only_in_appendix_and_reported_basis_flagged() -> None:
    content = compose_scenario(scenario_paths()[1])
    rules_in_analysis = {i.rule for a in content.analysis for i in a.items}
    assert "NONCOMPETE-PAY" not in rules_in_analysis
    row = next(r for r in content.appendix_checklist if r.rule == "NONCOMPETE-PAY")
    assert row.no_longer_applies
    exit_review = next(i for a in content.analysis for i in a.items if i.rule == "EXIT-REVIEW")
    assert "reported and unverified" in exit_review.reported_only
    report = next(r for r in content.legal_references if r.id == REPORTED_BASIS)
    assert report.article is None and not report.verified
    trade_secret = next(r for r in content.legal_references if r.id == "PRC-AUCL-TS")
    assert trade_secret.article is None  # to confirm: printed without the article


def test_unknown_answers_are_marked_to_confirm_and_missing_facts_listed() -> None:
    content = compose_scenario(scenario_paths()[1])
    kinds = {o.kind for o in content.open_items}
    assert {"checklist", "to_confirm", "missing_fact"} <= kinds
    facts = {r.label: r.value for r in content.fact_rows}
    assert facts["Last working day"] == "15 January 2027"
    assert facts["Nationality"] == "Mainland China (CN)"


def test_override_is_kept_beside_the_computed_recommendation() -> None:
    inputs = compose_inputs(scenario_paths()[0])
    inputs["matter"]["recommendation_override"] = {
        "recommendation": "proceed_with_conditions",
        "reason": "Client accepts a clean-device condition.",
        "author": "Margaret Lin",
        "at": "2026-12-01T10:00:00Z",
    }
    content = compose_memo(**inputs)
    assert content.recommendation == "proceed"
    assert content.effective_recommendation == "proceed_with_conditions"


def test_unknown_basis_and_bad_dict_raise_memo_errors() -> None:
    inputs = compose_inputs(scenario_paths()[1])
    inputs["legal_bases"] = {}
    with pytest.raises(MemoError):
        compose_memo(**inputs)
    with pytest.raises(MemoContentError):
        MemoContent.from_dict({"organisation": "x"})
