"""Words for the codes the assessment and checklist use, as printed in a memo."""

from __future__ import annotations

from forms import vocabulary
from forms.countries import load_countries

RECOMMENDATIONS = vocabulary.RECOMMENDATIONS
TIERS = vocabulary.TIERS
SEVERITIES = vocabulary.SEVERITIES
SEVERITY_ORDER = vocabulary.SEVERITY_ORDER
STATUSES = vocabulary.ITEM_STATUSES
# The sign-off block's wording for each capacity.
CAPACITIES = {code: f"{word} by" for code, word in vocabulary.CAPACITIES.items()}
KINDS = vocabulary.KINDS

AREAS = {
    "export control": "Export control",
    "state secrets": "State secrets",
    "exit and entry": "Exit and entry",
    "data export": "Data export",
    "trade secrets": "Trade secrets",
    "employment": "Employment",
    "US export control": "US export control",
    "capital markets": "Capital markets",
}
AREA_ORDER = list(AREAS)

_WORDS = {
    "eda": "EDA",
    "us": "US",
    "ai": "AI",
    "npu": "NPU",
    "cii": "CII",
}

# House style where it differs from the ISO short names in forms/data/countries.json.
COUNTRY_NAMES = {
    "CN": "Mainland China",
    "TW": "Taiwan, China",
}


def humanise(code: str) -> str:
    """`ai_chip_architect` -> `AI chip architect`."""
    words = [_WORDS.get(w, w) for w in code.replace("-", "_").split("_") if w]
    if not words:
        return code
    first = words[0]
    words[0] = first if first.isupper() else first[:1].upper() + first[1:]
    return " ".join(words)


def country(code: str) -> str:
    """`DE` -> `Germany (DE)`, for every ISO 3166-1 code; an unknown code is printed as given."""
    upper = code.strip().upper()
    known = load_countries().get(upper)
    name = COUNTRY_NAMES.get(upper) or (known.en if known else "")
    return f"{name} ({upper})" if name else upper


def recommendation(code: str) -> str:
    return RECOMMENDATIONS.get(code, humanise(code))


def tier(level: int | None) -> str:
    if level is None:
        return "Not yet determined"
    return TIERS.get(level, f"Tier {level}")


def severity(code: str) -> str:
    return SEVERITIES.get(code, humanise(code))


def status(code: str) -> str:
    return STATUSES.get(code, humanise(code))


def area(code: str) -> str:
    return AREAS.get(code, humanise(code))


def sentence(text: str) -> str:
    """Text closed with a full stop, unless it already ends a sentence (`...catalogue?`)."""
    stripped = text.rstrip()
    return stripped if stripped[-1:] in (".", "?", "!", "…") else stripped + "."
