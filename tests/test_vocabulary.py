"""One vocabulary owned by forms: every place that puts a code into words covers exactly the
codes forms.vocabulary lists, so a new status or recommendation cannot show as a raw code."""

from __future__ import annotations

from typing import Any

from forms import vocabulary


def test_stored_code_lists_are_the_vocabularys() -> None:
    from casework.matters import RECOMMENDATIONS as ACCEPTED_OVERRIDES
    from forms.rules import RECOMMENDATIONS, SEVERITIES
    from models.entities import CAPACITIES, ITEM_STATUSES, MATTER_STATUSES

    assert RECOMMENDATIONS == ACCEPTED_OVERRIDES == tuple(vocabulary.RECOMMENDATIONS)
    assert SEVERITIES == tuple(vocabulary.SEVERITIES)
    assert ITEM_STATUSES == tuple(vocabulary.ITEM_STATUSES)
    assert MATTER_STATUSES == tuple(vocabulary.MATTER_STATUSES)
    assert CAPACITIES == tuple(vocabulary.CAPACITIES)


def test_memo_and_command_line_words_come_from_the_vocabulary() -> None:
    from desktop.cli import words
    from memos import labels

    for code, word in vocabulary.RECOMMENDATIONS.items():
        assert labels.recommendation(code) == word == words.recommendation(code)
    for code, word in vocabulary.MATTER_STATUSES.items():
        assert words.status(code) == word
    for code, word in vocabulary.ITEM_STATUSES.items():
        assert labels.status(code) == word
    for code, word in vocabulary.SEVERITIES.items():
        assert labels.severity(code) == word
    for level, word in vocabulary.TIERS.items():
        assert labels.tier(level) == word
    for code, word in vocabulary.KINDS.items():
        assert words.kind(code) == word


def test_window_words_cover_every_code(qapp: Any) -> None:
    from desktop.ui import checklist_model, labels

    assert labels.RECOMMENDATIONS == tuple(vocabulary.RECOMMENDATIONS)
    assert labels.STATUSES == tuple(vocabulary.MATTER_STATUSES)
    assert labels.KINDS == tuple(vocabulary.KINDS)
    for code in vocabulary.RECOMMENDATIONS:
        assert labels.recommendation_label(code) != code
    for code in vocabulary.MATTER_STATUSES:
        assert labels.status_label(code) != code
    for code in vocabulary.KINDS:
        assert labels.kind_label(code) != code
    for level in vocabulary.TIERS:
        assert labels.tier_label(level, short=False) != str(level)
    for code in vocabulary.ITEM_STATUSES:
        assert checklist_model.status_word(code) != code
        assert checklist_model.status_text(code) != code
    for code in vocabulary.SEVERITIES:
        assert checklist_model.severity_text(code) != code
