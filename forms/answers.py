"""Intake answers: validation and normalisation, required facts, and cross-field checks.

Answers are a mapping from fact id to value. Absent means "not yet answered", never `no`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from forms.definitions import FieldDef, FormDefinition, load_definition
from forms.errors import AnswerError
from forms.expressions import ABSENT, Expression, Result, Value
from forms.facts import ValueProblem, normalise_value, runtime_value


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """A cross-field problem for the form to show beside `fact_id` (and the other `fields`)."""

    fact_id: str
    message: str
    fields: tuple[str, ...]
    check_id: str


def normalise_answers(
    kind: str, raw: Mapping[str, object], *, version: int | None = None
) -> dict[str, Any]:
    """Validate `raw` against the `kind` definition and return canonical answers.

    Unanswered entries (None or empty text) are dropped. Raises AnswerError naming the fact.
    """
    definition = load_definition(kind, version)
    if not isinstance(raw, Mapping):
        raise AnswerError("answers", "expected a mapping from fact ids to values")
    by_id = {field.id: field for field in definition.fields}
    normalised: dict[str, Any] = {}
    for key, value in raw.items():
        fact_id = str(key)
        field = by_id.get(fact_id)
        if field is None:
            raise AnswerError(
                fact_id[:100],
                f"not a question of the {kind} intake (version {definition.version})",
            )
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        try:
            normalised[fact_id] = normalise_value(
                field.type,
                value,
                options=field.options,
                minimum=field.minimum,
                maximum=field.maximum,
                max_length=field.max_length,
            )
        except ValueProblem as exc:
            raise AnswerError(fact_id, str(exc)) from None
    if normalised.get("matter.kind", kind) != kind:
        raise AnswerError("matter.kind", f"{normalised['matter.kind']!r} does not match {kind!r}")
    order = {fact_id: index for index, fact_id in enumerate(by_id)}
    return dict(sorted(normalised.items(), key=lambda item: order[item[0]]))


class FactContext:
    """Evaluation context over one matter's answers (used by forms and rules alike)."""

    def __init__(
        self, definition: FormDefinition, answers: Mapping[str, object], today: date | None = None
    ) -> None:
        self.kind = definition.kind
        self._today = today
        self.values: dict[str, Value] = {}
        for field in definition.fields:
            if field.id in answers and answers[field.id] is not None:
                self.values[field.id] = _runtime(field, answers[field.id])

    def fact(self, fact_id: str) -> Value:
        return self.values.get(fact_id, ABSENT)

    def name(self, name: str) -> Result:
        if name == "kind":
            return Result(self.kind)
        raise KeyError(name)  # names are checked at load; nothing else reaches here

    def rule(self, rule_id: str) -> Result:
        raise KeyError(rule_id)

    def today(self) -> date:
        return self._today or date.today()


def _runtime(field: FieldDef, value: object) -> Value:
    try:
        return runtime_value(field.type, value)
    except ValueError:
        return ABSENT  # an unparsable stored date counts as unanswered


def is_visible(field: FieldDef, context: FactContext) -> bool:
    return field.show_if is None or field.show_if.evaluate(context).true


def visible_fields(definition: FormDefinition, answers: Mapping[str, object]) -> list[FieldDef]:
    """The fields the form shows for these answers, in order."""
    context = FactContext(definition, answers)
    return [field for field in definition.fields if is_visible(field, context)]


def missing_required(definition: FormDefinition, answers: Mapping[str, object]) -> list[str]:
    """Sorted ids of required, visible fields not yet answered (a hidden field is never missing)."""
    return sorted(
        field.id
        for field in visible_fields(definition, answers)
        if field.required and _unanswered(answers.get(field.id))
    )


def _unanswered(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def validate_cross_field(
    definition: FormDefinition, answers: Mapping[str, object]
) -> list[FieldProblem]:
    """Failed cross-field checks; a check is judged only once every fact it names is answered."""
    context = FactContext(definition, answers)
    problems: list[FieldProblem] = []
    for check in definition.checks:
        if any(context.fact(fact) is ABSENT for fact in _facts_of(check.check, check.fields)):
            continue
        if not check.check.evaluate(context).true:
            problems.append(FieldProblem(check.fields[0], check.message, check.fields, check.id))
    return problems


def _facts_of(expression: Expression, declared: tuple[str, ...]) -> set[str]:
    return set(expression.facts) | set(declared)
