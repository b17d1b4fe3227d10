"""Display words for the codes stored in the vault, translated through Qt."""

from __future__ import annotations

from desktop.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication
from forms import vocabulary
from forms.definitions import KIND_NAMES

# The codes come from the one vocabulary (forms.vocabulary); the words below are translated.
KINDS = tuple(vocabulary.KINDS)
STATUSES = tuple(vocabulary.MATTER_STATUSES)
TIERS = tuple(vocabulary.TIERS)
# A secondary cue only: the tier is always written out too ("Tier 1").
TIER_COLOURS = {1: "#b3261e", 2: "#c25e00", 3: "#2e7d32"}
NO_TIER_COLOUR = "#546e7a"
RECOMMENDATIONS = tuple(vocabulary.RECOMMENDATIONS)


def mnemonic_safe(text: str) -> str:
    """Text from data (a form's question, an area name) for a widget that reads "&" as a
    keyboard mnemonic (a label with a buddy, a button): "M&A" must show as "M&A", not "MA"."""
    return text.replace("&", "&&")


# lupdate extracts literal strings only: the kinds' names (forms.definitions.KIND_NAMES) once
# more, so they reach the .ts; tests/test_translations.py checks the two lists agree.
KIND_NAMES_FOR_TRANSLATION = (
    QT_TRANSLATE_NOOP("labels", "Departure"),
    QT_TRANSLATE_NOOP("labels", "Overseas secondment"),
    QT_TRANSLATE_NOOP("labels", "Overseas travel"),
    QT_TRANSLATE_NOOP("labels", "Overseas collaboration"),
)


def kind_label(kind: str) -> str:
    """The kind's one name (forms.definitions.KIND_NAMES), translated."""
    name = KIND_NAMES.get(kind)
    return QCoreApplication.translate("labels", name) if name else kind


def kind_description(kind: str) -> str:
    return {
        "departure": QCoreApplication.translate(
            "labels",
            "Someone leaves the company — to a new employer, a start-up or abroad. Covers "
            "non-compete, confidentiality, return of materials and export of know-how.",
        ),
        "secondment": QCoreApplication.translate(
            "labels",
            "Someone is posted to work at an overseas affiliate, partner or customer for a "
            "period, keeping their employment.",
        ),
        "travel": QCoreApplication.translate(
            "labels",
            "A business trip abroad: conferences, customer visits, negotiations — what the "
            "person carries, presents and discusses.",
        ),
        "collaboration": QCoreApplication.translate(
            "labels",
            "Joint research, technical services or data exchange with an overseas party, "
            "including open-source releases.",
        ),
    }.get(kind, "")


def status_label(status: str) -> str:
    return {
        "intake": QCoreApplication.translate("labels", "Intake"),
        "review": QCoreApplication.translate("labels", "Review"),
        "memo_draft": QCoreApplication.translate("labels", "Memo draft"),
        "signed": QCoreApplication.translate("labels", "Signed"),
        "closed": QCoreApplication.translate("labels", "Closed"),
        "archived": QCoreApplication.translate("labels", "Archived"),
    }.get(status, status)


def tier_label(tier: int | None, *, short: bool = True) -> str:
    if tier is None:
        return QCoreApplication.translate("labels", "—")
    if short:
        return QCoreApplication.translate("labels", "Tier {0}").format(tier)
    return {
        1: QCoreApplication.translate("labels", "Tier 1 — critical knowledge carrier"),
        2: QCoreApplication.translate("labels", "Tier 2 — sensitive access"),
        3: QCoreApplication.translate("labels", "Tier 3 — general staff"),
    }.get(tier, str(tier))


def recommendation_label(code: str | None) -> str:
    if not code:
        return QCoreApplication.translate("labels", "—")
    return {
        "proceed": QCoreApplication.translate("labels", "Proceed"),
        "proceed_with_conditions": QCoreApplication.translate("labels", "Proceed with conditions"),
        "hold_pending_approval": QCoreApplication.translate("labels", "Hold pending approval"),
        "do_not_proceed": QCoreApplication.translate("labels", "Do not proceed"),
    }.get(code, code)
