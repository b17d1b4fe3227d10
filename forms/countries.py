"""ISO 3166-1 alpha-2 country codes with English and Simplified-Chinese names (shipped data)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from forms.loading import read_resource_text


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    en: str
    zh: str


@cache
def load_countries() -> dict[str, Country]:
    """Every ISO 3166-1 alpha-2 code, keyed by code (`CN` is mainland China)."""
    raw = json.loads(read_resource_text("data/countries.json"))
    return {row["code"]: Country(row["code"], row["en"], row["zh"]) for row in raw["countries"]}


def is_country_code(value: object) -> bool:
    return isinstance(value, str) and value in load_countries()
