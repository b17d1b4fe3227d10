"""Structural validation of definition, rule and legal-basis files against shipped JSON schemas."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any

from forms.errors import DefinitionError
from forms.loading import read_resource_text


def format_path(parts: Iterable[object]) -> str:
    """`['sections', 2, 'fields', 4, 'show_if']` -> `sections[2].fields[4].show_if`."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


@cache
def _validator(schema_name: str) -> Any:
    import jsonschema  # only when a file is checked: shipped data is checked by the tests

    schema = json.loads(read_resource_text(f"schemas/{schema_name}.schema.json"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def check_document(document: object, schema_name: str, filename: str) -> None:
    """Raise DefinitionError `file: path: problem` for the most relevant schema violation."""
    from jsonschema.exceptions import best_match

    errors = list(_validator(schema_name).iter_errors(document))
    if not errors:
        return
    error = best_match(errors)
    raise DefinitionError(f"{filename}: {format_path(error.absolute_path)}: {error.message}")
