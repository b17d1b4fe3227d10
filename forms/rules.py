"""The review policy as data (`data/rules/v<N>.yaml`): named definitions, tiers, rules and the
recommendation order. Loading checks structure, every condition, every basis id, and that no
condition depends on itself through definitions or `rule(...)` references."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from forms import vocabulary
from forms.bilingual import BilingualReader
from forms.definitions import fact_catalogue
from forms.dues import DueRule, DueRuleError, parse_due
from forms.errors import DefinitionError, ExpressionError
from forms.expressions import Expression, Scope, compile_expression
from forms.legal import LegalBasis, load_legal_bases
from forms.loading import read_yaml_mapping, resource_path
from forms.schema import check_document

RULES_DIR = "data/rules"
POLICY_VERSIONS = (1, 2)
LATEST_POLICY = POLICY_VERSIONS[-1]
OWNERS = ("legal", "hr", "security", "it", "management", "the_person")
SEVERITIES = tuple(vocabulary.SEVERITIES)
RECOMMENDATIONS = tuple(vocabulary.RECOMMENDATIONS)
# Names every rule condition may use besides the file's own definitions.
BUILTIN_NAMES = frozenset({"kind", "tier"})


@dataclass(frozen=True)
class NamedDefinition:
    name: str
    when: Expression
    meaning: str
    zh: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # forms.localize


@dataclass(frozen=True)
class TierCriterion:
    when: Expression
    reason: str
    zh: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # forms.localize


@dataclass(frozen=True)
class TierLevel:
    tier: int
    label: str
    criteria: tuple[TierCriterion, ...]  # empty for the fallback (last) tier
    zh: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # forms.localize


@dataclass(frozen=True)
class RecommendationStep:
    """Matches when some item is blocking / has `severity` (if given) and the tier is in `tiers`."""

    recommendation: str
    blocking: bool = False
    severity: str | None = None
    tiers: tuple[int, ...] = ()


@dataclass(frozen=True)
class ActionDef:
    """One row of the policy's "Required actions" table."""

    number: int
    text: str
    owner: str
    due: DueRule | None  # None: no due rule ("—")
    when: Expression | None = None  # the "only when" condition
    zh: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # forms.localize


@dataclass(frozen=True)
class Rule:
    id: str
    version: int
    area: str
    title: str
    when: Expression
    severity: str
    blocking: bool
    basis: tuple[str, ...]  # every basis the rule may cite, in the table's order
    required_actions: tuple[str, ...]
    evidence: tuple[str, ...]
    memo: str
    basis_when: Mapping[str, Expression] = field(default_factory=dict)  # "X *if* P"
    actions: tuple[ActionDef, ...] = ()  # structured actions (policy v2 onwards)
    zh: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # forms.localize


@dataclass(frozen=True)
class RuleSet:
    id: str
    version: int
    title: str
    definitions: Mapping[str, NamedDefinition]
    tiers: tuple[TierLevel, ...]
    recommendation: tuple[RecommendationStep, ...]
    rules: tuple[Rule, ...]  # in the policy table's order: the checklist's order
    source: str
    zh: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # forms.localize
    # Policy 2: a blocking rule never fires on an `unknown` (or unanswered) answer.
    blocking_never_on_unknown: bool = False

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(rule.id for rule in self.rules)


def load_rule_set(path: Path | None = None, *, version: int | None = None) -> RuleSet:
    """The shipped policy `version` (default: the latest), or the file at `path` (checked just
    as strictly)."""
    if path is None:
        return _shipped(LATEST_POLICY if version is None else version)
    return _load(path, path.name, shipped=False)


def check_policy_version(version: int) -> None:
    if version not in POLICY_VERSIONS:
        shipped = ", ".join(str(v) for v in POLICY_VERSIONS)
        raise DefinitionError(f"no review policy version {version} (shipped: {shipped})")


@cache
def _shipped(version: int) -> RuleSet:
    check_policy_version(version)
    relative = f"{RULES_DIR}/v{version}.yaml"
    rule_set = _load(resource_path(relative), relative, shipped=True)
    if rule_set.version != version:
        raise DefinitionError(f"{relative}: version inside the file ({rule_set.version}) differs")
    return rule_set


def _load(path: Path, name: str, *, shipped: bool) -> RuleSet:
    document = read_yaml_mapping(path)
    if not shipped:  # shipped files are schema-checked once, by the tests
        check_document(document, "rules", name)
    return _Builder(name, document, None if shipped else load_legal_bases()).build()


class _Builder:
    def __init__(
        self, name: str, doc: dict[str, Any], bases: Mapping[str, LegalBasis] | None
    ) -> None:
        """`bases` None: shipped data, whose cross-references the tests check once; the rest
        (conditions, due grammar, cycles) is checked on every load."""
        self.name = name
        self.doc = doc
        self.bases = bases
        self.checked = bases is not None
        self.texts = BilingualReader(name)  # every reader-facing text: {en, zh}

    def fail(self, where: str, message: str) -> DefinitionError:
        return DefinitionError(f"{self.name}: {where}: {message}")

    def build(self) -> RuleSet:
        raw_rules: list[dict[str, Any]] = self.doc["rules"]
        rule_ids: list[str] = []
        for index, raw in enumerate(raw_rules):
            if raw["id"] in rule_ids:
                raise self.fail(f"rules[{index}].id", f"duplicate rule id {raw['id']!r}")
            rule_ids.append(raw["id"])
        raw_defs: dict[str, dict[str, Any]] = self.doc["definitions"]
        clash = BUILTIN_NAMES & raw_defs.keys()
        if clash:
            raise self.fail("definitions", f"{sorted(clash)[0]!r} is a reserved name")
        self.scope = Scope(
            facts=frozenset(fact_catalogue()) if self.checked else frozenset(),
            names=BUILTIN_NAMES | frozenset(raw_defs),
            rules=frozenset(rule_ids),
            check_facts=self.checked,
        )
        definitions = {name: self._definition(name, raw) for name, raw in raw_defs.items()}
        tiers = self._tiers()
        steps = tuple(self._step(raw) for raw in self.doc["recommendation"])
        if steps[-1].blocking or steps[-1].severity or steps[-1].tiers:
            raise self.fail("recommendation", "the last step must match always (no conditions)")
        rules = tuple(self._rule(index, raw) for index, raw in enumerate(raw_rules))
        self._check_cycles(definitions, tiers, rules)
        title, title_zh = self.texts.text(self.doc["title"], "rule set", "title")
        return RuleSet(
            id=self.doc["id"],
            version=self.doc["version"],
            title=title,
            zh={"title": title_zh},
            definitions=definitions,
            tiers=tiers,
            recommendation=steps,
            rules=rules,
            source=self.name,
            blocking_never_on_unknown=bool(self.doc.get("blocking_never_on_unknown", False)),
        )

    def _definition(self, name: str, raw: dict[str, Any]) -> NamedDefinition:
        meaning, meaning_zh = self.texts.text(raw["meaning"], f"definition {name}", "meaning")
        when = self._expr(f"definitions.{name}.when", raw["when"])
        return NamedDefinition(name, when, meaning, zh={"meaning": meaning_zh})

    def _expr(self, where: str, source: str) -> Expression:
        try:
            return compile_expression(source, self.scope)
        except ExpressionError as exc:
            raise ExpressionError(f"{self.name}: {where}: {exc.message}") from None

    def _tiers(self) -> tuple[TierLevel, ...]:
        tiers: list[TierLevel] = []
        raw_tiers: list[dict[str, Any]] = self.doc["tiers"]
        for index, raw in enumerate(raw_tiers):
            if tiers and raw["tier"] <= tiers[-1].tier:
                raise self.fail(f"tiers[{index}].tier", "tiers must be listed in rising order")
            criteria = tuple(
                self._criterion(index, c, c_raw) for c, c_raw in enumerate(raw["any"])
            )
            last = index == len(raw_tiers) - 1
            if last == bool(criteria):
                raise self.fail(
                    f"tiers[{index}].any",
                    "only the last tier, the fallback, has no criteria" if not last
                    else "the last tier is the fallback and takes no criteria",
                )
            label, label_zh = self.texts.text(raw["label"], f"tier {raw['tier']}", "label")
            tiers.append(TierLevel(raw["tier"], label, criteria, zh={"label": label_zh}))
        return tuple(tiers)

    def _criterion(self, index: int, number: int, raw: dict[str, Any]) -> TierCriterion:
        where = f"tiers[{index}].any[{number}]"
        reason, reason_zh = self.texts.text(raw["reason"], where, "reason")
        when = self._expr(f"{where}.when", raw["when"])
        return TierCriterion(when, reason, zh={"reason": reason_zh})

    @staticmethod
    def _step(raw: dict[str, Any]) -> RecommendationStep:
        item = raw.get("any_item", {})
        return RecommendationStep(
            recommendation=raw["recommendation"],
            blocking=item.get("blocking", False),
            severity=item.get("severity"),
            tiers=tuple(raw.get("tiers", ())),
        )

    def _rule(self, index: int, raw: dict[str, Any]) -> Rule:
        where = f"rules[{index}]"
        basis_ids: list[str] = []
        basis_when: dict[str, Expression] = {}
        for b_index, entry in enumerate(raw["basis"]):
            basis = entry if isinstance(entry, str) else entry["id"]
            if self.bases is not None and basis not in self.bases:
                raise self.fail(
                    f"{where}.basis[{b_index}]",
                    f"rule {raw['id']} cites unknown legal basis {basis!r}",
                )
            if not isinstance(entry, str):
                basis_when[basis] = self._expr(f"{where}.basis[{b_index}].when", entry["when"])
            basis_ids.append(basis)
        if len(set(basis_ids)) != len(basis_ids):
            raise self.fail(f"{where}.basis", f"rule {raw['id']} cites a basis twice")
        actions = tuple(
            self._action(f"{where}.actions[{a_index}]", a_index + 1, a_raw, raw["id"])
            for a_index, a_raw in enumerate(raw.get("actions", []))
        )
        if not actions and not {"required_actions", "evidence", "memo"} <= raw.keys():
            raise self.fail(
                where, f"rule {raw['id']} needs actions, or required_actions, evidence and memo"
            )
        texts = self.texts
        named = f"rule {raw['id']}"
        title, title_zh = texts.text(raw["title"], named, "title")
        if raw.get("required_actions"):
            required, required_zh = texts.texts(raw["required_actions"], named, "required_actions")
        else:
            required = tuple(action.text for action in actions)
            required_zh = tuple(str(action.zh["text"]) for action in actions)
        evidence, evidence_zh = texts.texts(raw.get("evidence", ()), named, "evidence")
        memo, memo_zh = texts.optional(raw.get("memo"), named, "memo")
        return Rule(
            id=raw["id"],
            version=raw["version"],
            area=raw["area"],
            title=title,
            when=self._expr(f"{where}.when ({raw['id']})", raw["when"]),
            severity=raw["severity"],
            blocking=raw["blocking"],
            basis=tuple(basis_ids),
            required_actions=tuple(required),
            evidence=evidence,
            memo=memo,
            basis_when=basis_when,
            actions=actions,
            zh={"title": title_zh, "required_actions": required_zh, "evidence": evidence_zh,
                "memo": memo_zh},
        )

    def _action(self, where: str, number: int, raw: dict[str, Any], rule_id: str) -> ActionDef:
        text, text_zh = self.texts.text(
            raw["text"], f"rule {rule_id}", f"actions[{number - 1}].text"
        )
        due = None
        if raw["due"] is not None:
            try:
                due = parse_due(raw["due"])
            except DueRuleError as exc:
                raise self.fail(f"{where}.due", str(exc)) from None
            reference = due.reference
            if "." in reference:
                self._check_date_fact(f"{where}.due", reference)
            elif reference not in self.scope.names or reference in BUILTIN_NAMES:
                raise self.fail(f"{where}.due", f"unknown date reference {reference!r}")
        when = self._expr(f"{where}.when", raw["when"]) if "when" in raw else None
        return ActionDef(number, text, raw["owner"], due, when, zh={"text": text_zh})

    def _check_date_fact(self, where: str, fact_id: str) -> None:
        if not self.checked:
            return
        fact = fact_catalogue().get(fact_id)
        if fact is None:
            raise self.fail(where, f"unknown fact {fact_id!r}")
        if fact.type != "date":
            raise self.fail(where, f"{fact_id!r} is not a date fact")

    def _check_cycles(
        self,
        definitions: Mapping[str, NamedDefinition],
        tiers: tuple[TierLevel, ...],
        rules: tuple[Rule, ...],
    ) -> None:
        graph: dict[str, set[str]] = {}

        def deps(expression: Expression) -> set[str]:
            names = {f"definitions.{n}" for n in expression.names if n in definitions}
            if "tier" in expression.names:
                names.add("tiers")
            return names | {f"rule {r}" for r in expression.rules}

        for name, definition in definitions.items():
            graph[f"definitions.{name}"] = deps(definition.when)
        graph["tiers"] = set().union(*(deps(c.when) for t in tiers for c in t.criteria))
        for rule in rules:
            graph[f"rule {rule.id}"] = deps(rule.when)
        state: dict[str, int] = {}  # 1 = on the current path, 2 = done

        def visit(node: str, path: list[str]) -> None:
            if state.get(node) == 2:
                return
            if state.get(node) == 1:
                cycle = " -> ".join([*path[path.index(node):], node])
                raise self.fail(node, f"condition depends on itself: {cycle}")
            state[node] = 1
            for child in sorted(graph.get(node, ())):
                visit(child, [*path, node])
            state[node] = 2

        for node in sorted(graph):
            visit(node, [])


def find_rule(rule_id: str, rule_version: int, policy_version: int | None = None) -> Rule | None:
    """The shipped rule a stored checklist item came from (its id and version), looked up in
    the matter's review policy first; None for a rule no shipped policy holds."""
    order = [policy_version] if policy_version in POLICY_VERSIONS else []
    order += [v for v in reversed(POLICY_VERSIONS) if v not in order]
    for version in order:
        for rule in _shipped(version).rules:
            if rule.id == rule_id and rule.version == rule_version:
                return rule
    return None


def chinese_by_english(rule: Rule) -> dict[str, str]:
    """Every text of `rule` (title, wording, actions, evidence): English -> Chinese, for readers
    that hold the stored English of a checklist item."""
    pairs: dict[str, str] = {}
    for attr in ("title", "memo"):
        chinese = rule.zh.get(attr)
        if isinstance(chinese, str) and chinese:
            pairs[getattr(rule, attr)] = chinese
    for attr in ("required_actions", "evidence"):
        chinese_items = rule.zh.get(attr) or ()
        pairs.update(zip(getattr(rule, attr), chinese_items, strict=False))
    for action in rule.actions:
        if action.zh.get("text"):
            pairs[action.text] = str(action.zh["text"])
    return pairs
