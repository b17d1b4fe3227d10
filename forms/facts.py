"""Field types and the normalisation of one answer value to its canonical stored form.

Canonical forms: text/org/longtext/choice/country -> str, tristate -> "yes"/"no"/"unknown",
bool -> bool, multi -> list of option values in the definition's order, date -> ISO string,
int -> int. `runtime_value` turns a stored value into what conditions compare (dates as dates).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from forms.countries import is_country_code

FIELD_TYPES = (
    "text", "longtext", "bool", "tristate", "choice", "multi", "date", "int", "country", "org",
    "countries",
)
MAX_COUNTRIES = 50
TRISTATE_VALUES = ("yes", "no", "unknown")
MAX_INT = 10**12
MAX_TEXT = {"text": 1_000, "org": 1_000, "longtext": 20_000}
_INT_RE = re.compile(r"-?\d{1,13}")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    label: str
    zh: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # forms.localize


class ValueProblem(ValueError):
    """The value does not fit the field; the message is completed with the fact id by callers."""


def normalise_value(
    type_: str,
    value: object,
    *,
    options: tuple[Option, ...] = (),
    minimum: int | None = None,
    maximum: int | None = None,
    max_length: int | None = None,
) -> Any:
    """Return the canonical form of `value` for a field of `type_`, or raise ValueProblem."""
    if type_ in MAX_TEXT:
        if not isinstance(value, str):
            raise ValueProblem(f"expected text, got {_describe(value)}")
        limit = max_length or MAX_TEXT[type_]
        if len(value) > limit:
            raise ValueProblem(f"text is longer than {limit:,} characters")
        return value
    if type_ == "tristate":
        if isinstance(value, bool):  # YAML's bare yes/no and true/false
            return "yes" if value else "no"
        if isinstance(value, str) and value.strip().lower() in TRISTATE_VALUES:
            return value.strip().lower()
        raise ValueProblem(f"expected yes, no or unknown, got {_describe(value)}")
    if type_ == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("yes", "no", "true", "false"):
            return value.strip().lower() in ("yes", "true")
        raise ValueProblem(f"expected yes or no, got {_describe(value)}")
    if type_ == "choice":
        return _option(value, options)
    if type_ == "multi":
        if not isinstance(value, list | tuple):
            raise ValueProblem(f"expected a list of choices, got {_describe(value)}")
        chosen = {_option(item, options) for item in value}
        return [option.value for option in options if option.value in chosen]
    if type_ == "date":
        return _date(value).isoformat()
    if type_ == "int":
        return _int(value, minimum, maximum)
    if type_ == "country":
        code = value.strip().upper() if isinstance(value, str) else value
        if not is_country_code(code):
            raise ValueProblem(f"{_describe(value)} is not an ISO 3166-1 alpha-2 country code")
        return code
    if type_ == "countries":
        return _countries(value)
    raise ValueProblem(f"unknown field type {type_!r}")


def _countries(value: object) -> list[str]:
    """Several ISO codes, upper case, each once, in the order given; `[]` means none."""
    if isinstance(value, str):  # "DE, US" as typed in a form
        value = [part for part in re.split(r"[\s,;]+", value) if part]
    if not isinstance(value, list | tuple):
        raise ValueProblem(f"expected a list of country codes, got {_describe(value)}")
    if len(value) > MAX_COUNTRIES:
        raise ValueProblem(f"more than {MAX_COUNTRIES} countries")
    codes: list[str] = []
    for item in value:
        code = item.strip().upper() if isinstance(item, str) else item
        if not is_country_code(code):
            raise ValueProblem(f"{_describe(item)} is not an ISO 3166-1 alpha-2 country code")
        assert isinstance(code, str)
        if code not in codes:
            codes.append(code)
    return codes


def runtime_value(type_: str, stored: object) -> object:
    """The value conditions see: ISO date strings become dates; everything else as stored."""
    if type_ == "date" and isinstance(stored, str):
        return date.fromisoformat(stored)
    return stored


def display_value(stored: object) -> str:
    if isinstance(stored, list):
        return ", ".join(str(item) for item in stored) or "(none)"
    if isinstance(stored, bool):
        return "yes" if stored else "no"
    return str(stored)


def _option(value: object, options: tuple[Option, ...]) -> str:
    allowed = [option.value for option in options]
    if not isinstance(value, str) or value not in allowed:
        raise ValueProblem(f"{_describe(value)} is not one of: {', '.join(allowed)}")
    return value


def _date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _DATE_RE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueProblem(f"{_describe(value)} is not a date (YYYY-MM-DD)")


def _int(value: object, minimum: int | None, maximum: int | None) -> int:
    if isinstance(value, bool):
        raise ValueProblem(f"expected a whole number, got {_describe(value)}")
    if isinstance(value, str) and _INT_RE.fullmatch(value.strip()):
        value = int(value.strip())
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int):
        raise ValueProblem(f"expected a whole number, got {_describe(value)}")
    if abs(value) > MAX_INT:
        raise ValueProblem(f"{value} is out of range")
    if minimum is not None and value < minimum:
        raise ValueProblem(
            f"{value} is negative" if minimum == 0 else f"{value} is less than {minimum}"
        )
    if maximum is not None and value > maximum:
        raise ValueProblem(f"{value} is more than {maximum}")
    return value


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
