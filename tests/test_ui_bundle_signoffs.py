"""The window tells counsel when an imported memo sign-off is not verified (issue 11, item 3):
the review lists it as a note under "Memo sign-offs", the result dialog repeats it."""
# ruff: noqa: F811 - `world`, the module fixture shared with test_bundle_hostile, is a parameter

from __future__ import annotations

from typing import Any

from test_bundle_hostile import world  # noqa: F401
from test_bundle_hostile_content import (
    _claim_signoff,
    _memo_fingerprint,
    _pdf_with_keywords,
    _resealed,
)

from casework.bundle_import import import_bundle
from casework.bundle_verify import verify_bundle
from casework.signing_keys import known_in


def test_unverified_signoff_is_shown_in_review_and_result(
    world: dict[str, Any], vault_factory: Any, qtbot: Any
) -> None:
    from desktop.ui.bundle_review import ImportResultDialog, ImportReviewDialog

    forged = _pdf_with_keywords(_memo_fingerprint(world))
    path = _resealed(world, "ui-forged", lambda f: _claim_signoff(f, forged, pades=True))
    vault, _ = vault_factory("ui.obv")
    review = ImportReviewDialog(verify_bundle(path, key_known=known_in(vault)), exists=False)
    qtbot.addWidget(review)
    rows = [[review.checks.topLevelItem(i).text(c) for c in range(3)]
            for i in range(review.checks.topLevelItemCount())]
    names = [row[1] for row in rows]
    assert "Memo sign-offs" in names and "memo sign-offs" not in names and "content" not in names
    notes = [row for row in rows if row[0] == "⚠ Note"]
    assert len(notes) == 1 and "Wang Fang, approved" in notes[0][2]
    assert "does not carry" in notes[0][2]
    assert review.importable  # a note, not a failure: the rest of the bundle is sound

    result = ImportResultDialog(import_bundle(vault, path, actor="importer"))
    qtbot.addWidget(result)
    assert [label.text() for label in result.warnings] == [f"⚠ {notes[0][2]}"]
