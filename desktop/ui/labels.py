"""Display words for the codes stored in the vault, translated through Qt."""

from __future__ import annotations

from desktop.ui.qt import tr

KINDS = ("departure", "secondment", "travel", "collaboration")
STATUSES = ("intake", "review", "memo_draft", "signed", "closed", "archived")
TIERS = (1, 2, 3)
RECOMMENDATIONS = ("proceed", "proceed_with_conditions", "hold_pending_approval", "do_not_proceed")


def kind_label(kind: str) -> str:
    return {
        "departure": tr("labels", "Departure"),
        "secondment": tr("labels", "Secondment"),
        "travel": tr("labels", "Business travel"),
        "collaboration": tr("labels", "Collaboration"),
    }.get(kind, kind)


def kind_description(kind: str) -> str:
    return {
        "departure": tr(
            "labels",
            "Someone leaves the company — to a new employer, a start-up or abroad. Covers "
            "non-compete, confidentiality, return of materials and export of know-how.",
        ),
        "secondment": tr(
            "labels",
            "Someone is posted to work at an overseas affiliate, partner or customer for a "
            "period, keeping their employment.",
        ),
        "travel": tr(
            "labels",
            "A business trip abroad: conferences, customer visits, negotiations — what the "
            "person carries, presents and discusses.",
        ),
        "collaboration": tr(
            "labels",
            "Joint research, technical services or data exchange with an overseas party, "
            "including open-source releases.",
        ),
    }.get(kind, "")


def status_label(status: str) -> str:
    return {
        "intake": tr("labels", "Intake"),
        "review": tr("labels", "Review"),
        "memo_draft": tr("labels", "Memo draft"),
        "signed": tr("labels", "Signed"),
        "closed": tr("labels", "Closed"),
        "archived": tr("labels", "Archived"),
    }.get(status, status)


def tier_label(tier: int | None, *, short: bool = True) -> str:
    if tier is None:
        return tr("labels", "—")
    if short:
        return tr("labels", "Tier {0}").format(tier)
    return {
        1: tr("labels", "Tier 1 — critical knowledge carrier"),
        2: tr("labels", "Tier 2 — sensitive access"),
        3: tr("labels", "Tier 3 — general staff"),
    }.get(tier, str(tier))


def recommendation_label(code: str | None) -> str:
    if not code:
        return tr("labels", "—")
    return {
        "proceed": tr("labels", "Proceed"),
        "proceed_with_conditions": tr("labels", "Proceed with conditions"),
        "hold_pending_approval": tr("labels", "Hold pending approval"),
        "do_not_proceed": tr("labels", "Do not proceed"),
    }.get(code, code)
