"""Every worked scenario gives exactly its `expect` under the default policy (v2) and its
`expect_v1` under policy 1, through `assess()` and through the CLI, including each action's text,
owner and due date."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from forms.assessment import assess
from forms.rules import load_rule_set

SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.yaml"))
REPO = Path(__file__).resolve().parent.parent
POLICY_MD = REPO.parent / "shared" / "review-policy.md"


def _load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _policy_action_texts() -> dict[str, list[str]]:
    """Action texts of the policy's "Required actions" table, by rule, in order (all rows)."""
    texts: dict[str, list[str]] = {}
    if not POLICY_MD.is_file():  # a clone without ../shared: the rules file is the reference
        return {r.id: [a.text for a in r.actions] for r in load_rule_set(version=2).rules}
    table = POLICY_MD.read_text(encoding="utf-8").split("| rule | # | only when |", 1)[1]
    for line in table.splitlines()[2:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip()[1:-1].split("|")]
        texts.setdefault(cells[0], []).append(cells[3])
    return texts


def _outcome(result: Any) -> dict[str, Any]:
    return {
        "tier": result.tier,
        "recommendation": result.recommendation,
        "rules": sorted(item.rule for item in result.items),
        "cited": list(result.cited),
    }


def test_scenarios_present() -> None:
    assert len(SCENARIOS) == 14


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario_through_assess(path: Path) -> None:
    scenario = _load(path)
    result = assess(scenario["kind"], scenario["answers"], today=date(2026, 11, 1))
    expect = scenario["expect"]
    assert result.rule_set_version == 2
    assert _outcome(result) == {k: expect[k] for k in ("tier", "recommendation", "rules", "cited")}
    texts = _policy_action_texts()
    actions = {
        item.rule: [{"owner": a.owner, "due": a.due_json()} for a in item.actions]
        for item in result.items
    }
    assert actions == expect["actions"]
    for item in result.items:
        assert item.actions, item.rule
        assert all(a.text in texts[item.rule] for a in item.actions)
        positions = [texts[item.rule].index(a.text) for a in item.actions]
        assert positions == sorted(positions)  # the policy's order


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario_under_policy_1(path: Path) -> None:
    scenario = _load(path)
    result = assess(scenario["kind"], scenario["answers"], policy_version=1)
    assert result.rule_set_version == 1
    assert _outcome(result) == scenario["expect_v1"]
    assert all(item.actions == () for item in result.items)


def _cli(path: Path, *extra: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "assess", str(path), "--json", *extra],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    out: dict[str, Any] = json.loads(proc.stdout)
    return out


def _cli_outcome(out: dict[str, Any]) -> dict[str, Any]:
    return {
        "tier": out["tier"],
        "recommendation": out["recommendation"],
        "rules": sorted(item["rule"] for item in out["checklist"]),
        "cited": out["cited"],
    }


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario_through_cli(path: Path) -> None:
    out = _cli(path)
    expect = _load(path)["expect"]
    assert set(out) == {
        "policy_version", "tier", "recommendation", "cited", "checklist", "missing", "complete",
    }
    assert out["policy_version"] == 2
    assert _cli_outcome(out) == {k: expect[k] for k in ("tier", "recommendation", "rules", "cited")}
    texts = _policy_action_texts()
    policy = load_rule_set(version=2)
    for item in out["checklist"]:
        assert set(item) == {"rule", "area", "severity", "basis", "title", "actions"}
        rule = policy.rule(item["rule"])
        assert (item["area"], item["title"]) == (rule.area, rule.title)
        assert [{"owner": a["owner"], "due": a["due"]} for a in item["actions"]] == (
            expect["actions"][item["rule"]]
        )
        for action in item["actions"]:
            assert set(action) == {"text", "owner", "due"}
            assert action["text"] in texts[item["rule"]]
    assert out["missing"] == sorted(out["missing"])
    assert out["complete"] is (not out["missing"])


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario_through_cli_policy_1(path: Path) -> None:
    out = _cli(path, "--policy", "1")
    assert out["policy_version"] == 1
    assert _cli_outcome(out) == _load(path)["expect_v1"]
    assert all(item["actions"] == [] for item in out["checklist"])


def test_policy_1_missing_lists_only_version_1_facts() -> None:
    scenario = _load(REPO / "tests/scenarios/02-training-lead-joins-us-lab.yaml")
    v1 = assess(scenario["kind"], scenario["answers"], policy_version=1)
    v2 = assess(scenario["kind"], scenario["answers"])
    assert "person.us_person" in v2.missing and "company.us_lists" in v2.missing
    assert not any(re.match(r"(exit|data)\.|person\.us_person|company\.us_lists", f)
                   for f in v1.missing)


def test_checklist_follows_policy_table_order() -> None:
    for version in (1, 2):
        order = load_rule_set(version=version).rule_ids
        for path in SCENARIOS:
            scenario = _load(path)
            items = assess(scenario["kind"], scenario["answers"], policy_version=version).items
            rules = [i.rule for i in items]
            assert rules == sorted(rules, key=order.index)


def test_to_confirm_names_unknown_facts() -> None:
    scenario = _load(REPO / "tests/scenarios/02-training-lead-joins-us-lab.yaml")
    result = assess(scenario["kind"], scenario["answers"])
    by_rule = {item.rule: item for item in result.items}
    assert by_rule["EC-CLASSIFY"].to_confirm == ("tech.listed_technology",)
    assert by_rule["EXIT-REVIEW"].to_confirm == ()
    # the reasons quote the form's question and answer, never fact ids or option codes
    assert any("Head of model training / training lead" in r for r in result.tier_reasons)
    assert not any("person.role" in r or "training_lead" in r for r in result.tier_reasons)
    stored = result.to_dict()
    json.dumps(stored)
    assert stored["to_confirm"] == ["tech.listed_technology"]
