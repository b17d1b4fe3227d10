"""The JSON schemas shipped with the package (bundles/schemas/*.json), loaded once."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

MATTER = "matter"
INTAKE = "intake"
CHECKLIST = "checklist"
TASKS = "tasks"
MEMO_VERSION = "memo-version"
ATTACHMENTS_INDEX = "attachments-index"
AUDIT_EVENT = "audit-event"


@functools.cache
def validator(name: str) -> Draft202012Validator:
    text = resources.files("bundles").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")
    schema = json.loads(text)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def problems(name: str, value: Any, *, where: str) -> list[str]:
    """Schema violations of `value`, each naming the file and the JSON path; at most five."""
    found = []
    for error in sorted(validator(name).iter_errors(value), key=lambda e: list(e.path))[:5]:
        pointer = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        found.append(f"{where} at {pointer}: {error.message}")
    return found
