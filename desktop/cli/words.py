"""Plain words for the codes the command line prints to a person (`--json` keeps the codes).
Qt-free, so the command line never loads it."""

from __future__ import annotations

from casework.memo_words import FACTS, labels
from forms import vocabulary

MATTER_STATUSES = vocabulary.MATTER_STATUSES


def kind(code: str) -> str:
    return labels.KINDS.get(code, labels.humanise(code))


def status(code: str) -> str:
    return MATTER_STATUSES.get(code, labels.humanise(code))


def tier(level: int | None) -> str:
    return f"Tier {level}" if level is not None else "-"


def recommendation(code: str | None, *, overridden: bool = False) -> str:
    if not code:
        return "-"
    return labels.recommendation(code) + (" (overridden)" if overridden else "")


def incomplete(missing: int) -> str:
    facts = "fact" if missing == 1 else "facts"
    return f"Incomplete — {missing} required {facts} unanswered"


def fact(fact_id: str) -> str:
    return FACTS[fact_id][2] if fact_id in FACTS else labels.humanise(fact_id.rsplit(".", 1)[-1])
