"""Every worked scenario gives exactly its `expect`, through `assess()` and through the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from forms.assessment import assess

SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.yaml"))
REPO = Path(__file__).resolve().parent.parent


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_scenarios_present() -> None:
    assert len(SCENARIOS) >= 8


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario_through_assess(path: Path) -> None:
    scenario = _load(path)
    result = assess(scenario["kind"], scenario["answers"], today=date(2026, 11, 1))
    expect = scenario["expect_v1"]
    assert result.tier == expect["tier"]
    assert result.recommendation == expect["recommendation"]
    assert sorted(item.rule for item in result.items) == sorted(expect["rules"])
    assert list(result.cited) == expect["cited"]


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario_through_cli(path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "assess", str(path), "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    expect = _load(path)["expect_v1"]
    assert set(out) == {"tier", "recommendation", "cited", "checklist", "missing"}
    assert out["tier"] == expect["tier"]
    assert out["recommendation"] == expect["recommendation"]
    assert sorted(item["rule"] for item in out["checklist"]) == sorted(expect["rules"])
    assert out["cited"] == expect["cited"]
    for item in out["checklist"]:
        assert set(item) == {"rule", "area", "severity", "basis", "title"}
    assert out["missing"] == sorted(out["missing"])


def test_checklist_follows_policy_table_order() -> None:
    from forms.rules import load_rule_set

    order = load_rule_set().rule_ids
    for path in SCENARIOS:
        scenario = _load(path)
        rules = [i.rule for i in assess(scenario["kind"], scenario["answers"]).items]
        assert rules == sorted(rules, key=order.index)


def test_to_confirm_names_unknown_facts() -> None:
    scenario = _load(REPO / "tests/scenarios/02-training-lead-joins-us-lab.yaml")
    result = assess(scenario["kind"], scenario["answers"])
    by_rule = {item.rule: item for item in result.items}
    assert by_rule["EC-CLASSIFY"].to_confirm == ("tech.listed_technology",)
    assert by_rule["EXIT-REVIEW"].to_confirm == ()
    assert any("person.role = training_lead" in r for r in result.tier_reasons)
    stored = result.to_dict()
    json.dumps(stored)
    assert stored["to_confirm"] == ["tech.listed_technology"]
