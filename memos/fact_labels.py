"""Readable labels for the intake facts, taken from the intake definitions themselves
(id -> section title, type, label), so the memo and the form never disagree."""

from __future__ import annotations

from functools import cache

from forms.definitions import KINDS, load_definition


@cache
def _facts() -> dict[str, tuple[str, str, str]]:
    facts: dict[str, tuple[str, str, str]] = {}
    for kind in KINDS:
        for section in load_definition(kind).sections:
            for field in section.fields:
                facts.setdefault(field.id, (section.title, field.type, field.label))
    return facts


FACTS: dict[str, tuple[str, str, str]] = _facts()
