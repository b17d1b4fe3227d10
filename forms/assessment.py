"""The assessment: answers -> knowledge tier, triggered checklist items, recommendation.

Pure and deterministic for given answers and `today`. Items follow the policy table's order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from forms.answers import FactContext, missing_required, normalise_answers
from forms.definitions import FormDefinition, available_versions, load_definition
from forms.dues import UNKNOWN_DUE
from forms.expressions import Result
from forms.facts import display_value
from forms.localize import text_in
from forms.rules import ActionDef, Rule, RuleSet, TierCriterion, load_rule_set


@dataclass(frozen=True)
class Action:
    """An applicable action of a triggered item, with its due date computed for this matter."""

    number: int
    text: str
    owner: str
    due: date | str | None  # a date; UNKNOWN_DUE when the reference fact is unanswered; None
    due_rule: str | None  # the rule's due text, e.g. "45 working days before start_date"
    reference: str | None  # the date fact or named date the due rule counts from
    approximate: bool  # working-day arithmetic (public holidays not counted)
    overdue: bool  # the due date is already past on the assessment date

    def due_json(self) -> str | None:
        return self.due.isoformat() if isinstance(self.due, date) else self.due

    def to_contract_json(self) -> dict[str, Any]:
        return {"text": self.text, "owner": self.owner, "due": self.due_json()}

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.to_contract_json(),
            "number": self.number,
            "due_rule": self.due_rule,
            "reference": self.reference,
            "approximate": self.approximate,
            "overdue": self.overdue,
        }


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
    actions: tuple[Action, ...] = ()  # structured actions (policy v2 onwards)

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
            "actions": [action.to_dict() for action in self.actions],
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
    # The same reasons in Chinese for the Chinese window (issue 16); not stored, not in --json.
    tier_reasons_zh: tuple[str, ...] = field(default=(), compare=False)

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
            "policy_version": self.rule_set_version,
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
                    "actions": [action.to_contract_json() for action in item.actions],
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
        self.tier_hits: list[tuple[TierCriterion, Result]] = []

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
                    hits.append((criterion, result))
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
    policy_version: int | None = None,
) -> Assessment:
    """Assess a matter of `kind`; `answers` may be raw (they are validated and normalised).

    `policy_version` picks the shipped review policy (default: the latest). Without a
    `definition_version`, answers are read with the latest intake (so a file may carry facts of
    any version) and `missing` lists what the intake of the policy's version requires.
    """
    definition = load_definition(kind, definition_version)
    normalised = normalise_answers(kind, answers, version=definition.version)
    policy = rule_set or load_rule_set(version=policy_version)
    required_by = definition
    if definition_version is None and policy.version in available_versions(kind):
        required_by = load_definition(kind, policy.version)
    day = today or date.today()
    context = _RuleContext(policy, definition, normalised, day)
    tier_result = context.name("tier")
    tier = int(str(tier_result.value))
    items = tuple(
        _finding(rule, result, context)
        for rule in policy.rules
        if (result := context.rule(rule.id)).true
        # Policy 2: a blocking conclusion never rests on an `unknown` (or unanswered) answer.
        and not (policy.blocking_never_on_unknown and rule.blocking and result.unknown)
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
        tier_reasons_zh=_tier_reasons(context, normalised, definition, "zh"),
        tier_facts=tuple(sorted(tier_result.facts)),
        items=items,
        recommendation=_recommend(policy, tier, items),
        missing=tuple(missing_required(required_by, normalised)),
        cited=tuple(sorted({basis for item in items for basis in item.basis})),
    )


def _finding(rule: Rule, result: Result, context: _RuleContext) -> Finding:
    basis = tuple(
        basis_id for basis_id in rule.basis
        if basis_id not in rule.basis_when or rule.basis_when[basis_id].evaluate(context).true
    )
    actions = tuple(
        _action(action, context)
        for action in rule.actions
        if action.when is None or action.when.evaluate(context).true
    )
    return Finding(
        rule=rule.id,
        version=rule.version,
        area=rule.area,
        title=rule.title,
        severity=rule.severity,
        blocking=rule.blocking,
        basis=basis,
        required_actions=tuple(a.text for a in actions) if rule.actions else rule.required_actions,
        evidence=rule.evidence,
        memo=rule.memo,
        to_confirm=tuple(sorted(result.unknown)),
        facts=tuple(sorted(result.facts)),
        actions=actions,
    )


def _action(action: ActionDef, context: _RuleContext) -> Action:
    due: date | str | None = None
    rule = action.due
    if rule is not None:
        if "." in rule.reference:
            reference = context.fact(rule.reference)
        else:
            reference = context.name(rule.reference).value
        due = rule.compute(reference) if isinstance(reference, date) else UNKNOWN_DUE
    return Action(
        number=action.number,
        text=action.text,
        owner=action.owner,
        due=due,
        due_rule=rule.text if rule else None,
        reference=rule.reference if rule else None,
        approximate=bool(rule and rule.approximate),
        overdue=isinstance(due, date) and due < context.today(),
    )


def _tier_reasons(
    context: _RuleContext,
    answers: Mapping[str, Any],
    definition: FormDefinition,
    language: str = "en",
) -> tuple[str, ...]:
    level = context.tier_level
    label = text_in(level, "label", language)
    if language == "zh":
        tier = _TIER_ZH.get(level.tier, f"{level.tier}级")
        if not context.tier_hits:
            return (f"{tier}（{label}）：较高层级的标准均不满足。",)
    elif not context.tier_hits:
        return (f"Tier {level.tier} ({label}): none of the higher tiers' criteria holds.",)
    reasons = []
    for criterion, result in context.tier_hits:
        reason = text_in(criterion, "reason", language)
        shown = ("；" if language == "zh" else "; ").join(
            _answered(definition, fact, answers[fact], language)
            for fact in sorted(result.facts)
            if fact in answers
        )
        if language == "zh":
            reasons.append(f"{tier}（{label}）：{reason}（{shown}）。")
        else:
            reasons.append(f"Tier {level.tier} ({label}): {reason} ({shown}).")
    return tuple(reasons)


_TIER_ZH = {1: "一级", 2: "二级", 3: "三级"}
_ANSWER_WORDS = {
    "en": {True: "Yes", False: "No", "yes": "Yes", "no": "No", "unknown": "Unknown"},
    "zh": {True: "是", False: "否", "yes": "是", "no": "否", "unknown": "不详"},
}


def _answered(definition: FormDefinition, fact: str, value: Any, language: str = "en") -> str:
    """“Question?” answer, in the form's own words (the reader never sees a fact id)."""
    if not definition.has_field(fact):
        return f"{fact}: {display_value(value)}"
    asked = definition.field(fact)
    values = value if isinstance(value, list) else [value]
    if language == "zh":
        words = "、".join(_answer_word(asked.option_label, v, language) for v in values)
        return f"“{text_in(asked, 'label', language)}” {words or '无'}"
    words = ", ".join(_answer_word(asked.option_label, v) for v in values)
    return f"“{asked.label}” {words or 'none'}"


def _answer_word(option_label: Any, value: Any, language: str = "en") -> str:
    if isinstance(value, bool) or value in ("yes", "no", "unknown"):
        return _ANSWER_WORDS[language][value]
    return str(option_label(value, language)) if isinstance(value, str) else display_value(value)


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
