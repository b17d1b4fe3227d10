"""Words for the codes the assessment and checklist use, as printed in a memo."""

from __future__ import annotations

from forms.countries import load_countries
from forms.definitions import KIND_NAMES

RECOMMENDATIONS = {
    "proceed": "Proceed",
    "proceed_with_conditions": "Proceed with conditions",
    "hold_pending_approval": "Hold pending approval",
    "do_not_proceed": "Do not proceed",
}

TIERS = {
    1: "Tier 1 — critical knowledge carrier",
    2: "Tier 2 — sensitive access",
    3: "Tier 3 — general staff",
}

SEVERITIES = {"info": "Info", "caution": "Caution", "high": "High", "critical": "Critical"}
SEVERITY_ORDER = {"critical": 0, "high": 1, "caution": 2, "info": 3}

STATUSES = {
    "open": "Open",
    "done": "Done",
    "not_applicable": "Not applicable",
    "escalated": "Escalated",
}

CAPACITIES = {"prepared": "Prepared by", "reviewed": "Reviewed by", "approved": "Approved by"}

KINDS = dict(KIND_NAMES)

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
