"""The assessment: answers -> knowledge tier, triggered checklist items, recommendation.

Pure and deterministic for given answers and `today`. Items follow the policy table's order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from forms.answers import FactContext, missing_required, normalise_answers
from forms.definitions import FormDefinition, load_definition
from forms.expressions import Result
from forms.facts import display_value
from forms.rules import RuleSet, load_rule_set


@dataclass(frozen=True)
class Finding:
    """A triggered checklist item."""

    rule: str
    version: int
    area: str
    title: str
    severity: str
    blocking: bool
    basis: tuple[str, ...]
    required_actions: tuple[str, ...]
    evidence: tuple[str, ...]
    memo: str
    to_confirm: tuple[str, ...]  # facts answered `unknown` the conclusion rests on
    facts: tuple[str, ...]  # facts the conclusion rests on

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "version": self.version,
            "area": self.area,
            "title": self.title,
            "severity": self.severity,
            "blocking": self.blocking,
            "basis": list(self.basis),
            "required_actions": list(self.required_actions),
            "evidence": list(self.evidence),
            "memo": self.memo,
            "to_confirm": list(self.to_confirm),
            "facts": list(self.facts),
        }


@dataclass(frozen=True)
class Assessment:
    kind: str
    definition_version: int
    rule_set_id: str
    rule_set_version: int
    today: date
    tier: int
    tier_label: str
    tier_reasons: tuple[str, ...]  # human-readable, naming the deciding fact ids and values
    tier_facts: tuple[str, ...]
    items: tuple[Finding, ...]
    recommendation: str
    missing: tuple[str, ...]
    cited: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """False while a required fact is unanswered: the outcome is then provisional."""
        return not self.missing

    @property
    def to_confirm(self) -> tuple[str, ...]:
        return tuple(sorted({fact for item in self.items for fact in item.to_confirm}))

    def to_contract_json(self) -> dict[str, Any]:
        """Exactly the object `outbound assess FILE --json` prints (intake-facts.md)."""
        return {
            "tier": self.tier,
            "recommendation": self.recommendation,
            "cited": list(self.cited),
            "checklist": [
                {
                    "rule": item.rule,
                    "area": item.area,
                    "severity": item.severity,
                    "basis": list(item.basis),
                    "title": item.title,
                }
                for item in self.items
            ],
            "missing": list(self.missing),
            "complete": self.complete,
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything, JSON-ready, for storage with the matter."""
        return {
            "kind": self.kind,
            "definition_version": self.definition_version,
            "rule_set": {"id": self.rule_set_id, "version": self.rule_set_version},
            "today": self.today.isoformat(),
            "tier": self.tier,
            "tier_label": self.tier_label,
            "tier_reasons": list(self.tier_reasons),
            "tier_facts": list(self.tier_facts),
            "items": [item.to_dict() for item in self.items],
            "recommendation": self.recommendation,
            "missing": list(self.missing),
            "complete": self.complete,
            "cited": list(self.cited),
            "to_confirm": list(self.to_confirm),
        }


class _RuleContext(FactContext):
    """Adds the rule set's named definitions, the tier and `rule(...)`, each evaluated once."""

    def __init__(self, rule_set: RuleSet, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rule_set = rule_set
        self._names: dict[str, Result] = {}
        self._rules: dict[str, Result] = {}
        self.tier_level = rule_set.tiers[-1]
        self.tier_hits: list[tuple[str, Result]] = []

    def name(self, name: str) -> Result:
        if name == "kind":
            return Result(self.kind)
        if name not in self._names:
            if name == "tier":
                self._names[name] = self._decide_tier()
            else:
                self._names[name] = self.rule_set.definitions[name].when.evaluate(self)
        return self._names[name]

    def rule(self, rule_id: str) -> Result:
        if rule_id not in self._rules:
            self._rules[rule_id] = self.rule_set.rule(rule_id).when.evaluate(self)
        return self._rules[rule_id]

    def _decide_tier(self) -> Result:
        considered: list[Result] = []
        for level in self.rule_set.tiers:
            hits = []
            for criterion in level.criteria:
                result = criterion.when.evaluate(self)
                considered.append(result)
                if result.true:
                    hits.append((criterion.reason, result))
            if hits or not level.criteria:
                self.tier_level, self.tier_hits = level, hits
                break
        if self.tier_hits:
            best = min((r for _, r in self.tier_hits), key=lambda r: (len(r.unknown), len(r.facts)))
            facts = frozenset().union(*(r.facts for _, r in self.tier_hits))
            return Result(self.tier_level.tier, facts, best.unknown)
        return Result(
            self.tier_level.tier,
            frozenset().union(*(r.facts for r in considered)),
            frozenset().union(*(r.unknown for r in considered)),
        )


def assess(
    kind: str,
    answers: Mapping[str, object],
    *,
    today: date | None = None,
    definition_version: int | None = None,
    rule_set: RuleSet | None = None,
) -> Assessment:
    """Assess a matter of `kind`; `answers` may be raw (they are validated and normalised)."""
    definition = load_definition(kind, definition_version)
    normalised = normalise_answers(kind, answers, version=definition.version)
    policy = rule_set or load_rule_set()
    day = today or date.today()
    context = _RuleContext(policy, definition, normalised, day)
    tier_result = context.name("tier")
    tier = int(str(tier_result.value))
    items = tuple(
        _finding(rule, result)
        for rule in policy.rules
        if (result := context.rule(rule.id)).true
    )
    return Assessment(
        kind=kind,
        definition_version=definition.version,
        rule_set_id=policy.id,
        rule_set_version=policy.version,
        today=day,
        tier=tier,
        tier_label=context.tier_level.label,
        tier_reasons=_tier_reasons(context, normalised, definition),
        tier_facts=tuple(sorted(tier_result.facts)),
        items=items,
        recommendation=_recommend(policy, tier, items),
        missing=tuple(missing_required(definition, normalised)),
        cited=tuple(sorted({basis for item in items for basis in item.basis})),
    )


def _finding(rule: Any, result: Result) -> Finding:
    return Finding(
        rule=rule.id,
        version=rule.version,
        area=rule.area,
        title=rule.title,
        severity=rule.severity,
        blocking=rule.blocking,
        basis=rule.basis,
        required_actions=rule.required_actions,
        evidence=rule.evidence,
        memo=rule.memo,
        to_confirm=tuple(sorted(result.unknown)),
        facts=tuple(sorted(result.facts)),
    )


def _tier_reasons(
    context: _RuleContext, answers: Mapping[str, Any], definition: FormDefinition
) -> tuple[str, ...]:
    level = context.tier_level
    if not context.tier_hits:
        return (f"Tier {level.tier} ({level.label}): none of the higher tiers' criteria holds.",)
    reasons = []
    for reason, result in context.tier_hits:
        shown = "; ".join(
            _answered(definition, fact, answers[fact])
            for fact in sorted(result.facts)
            if fact in answers
        )
        reasons.append(f"Tier {level.tier} ({level.label}): {reason} ({shown}).")
    return tuple(reasons)


def _answered(definition: FormDefinition, fact: str, value: Any) -> str:
    """“Question?” answer, in the form's own words (the reader never sees a fact id)."""
    if not definition.has_field(fact):
        return f"{fact}: {display_value(value)}"
    field = definition.field(fact)
    values = value if isinstance(value, list) else [value]
    words = ", ".join(_answer_word(field.option_label, v) for v in values)
    return f"“{field.label}” {words or 'none'}"


def _answer_word(option_label: Any, value: Any) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if value in ("yes", "no", "unknown"):
        return str(value).capitalize()
    return str(option_label(value)) if isinstance(value, str) else display_value(value)


def _recommend(policy: RuleSet, tier: int, items: tuple[Finding, ...]) -> str:
    for step in policy.recommendation:
        if step.tiers and tier not in step.tiers:
            continue
        if not (step.blocking or step.severity):
            return step.recommendation
        if any(
            (not step.blocking or item.blocking)
            and (step.severity is None or item.severity == step.severity)
            for item in items
        ):
            return step.recommendation
    return policy.recommendation[-1].recommendation
