"""Words for the codes the assessment and checklist use, as printed in a memo."""

from __future__ import annotations

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

KINDS = {
    "departure": "Departure",
    "secondment": "Secondment",
    "travel": "Business travel",
    "collaboration": "Collaboration",
}

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

COUNTRIES = {
    "AE": "United Arab Emirates",
    "AU": "Australia",
    "CA": "Canada",
    "CH": "Switzerland",
    "CN": "Mainland China",
    "DE": "Germany",
    "FR": "France",
    "GB": "United Kingdom",
    "HK": "Hong Kong SAR, China",
    "IL": "Israel",
    "IN": "India",
    "JP": "Japan",
    "KR": "Republic of Korea",
    "MO": "Macao SAR, China",
    "MY": "Malaysia",
    "NG": "Nigeria",
    "NL": "Netherlands",
    "RU": "Russian Federation",
    "SA": "Saudi Arabia",
    "SG": "Singapore",
    "TW": "Taiwan, China",
    "US": "United States",
    "VN": "Viet Nam",
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
    name = COUNTRIES.get(code.upper())
    return f"{name} ({code.upper()})" if name else code.upper()


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
