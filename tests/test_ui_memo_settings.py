"""Settings: the memo's confidentiality marking, the US counsel note and the one-person waiver
are chosen per vault in the Settings dialog (issue 14)."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from typing import Any

from test_ui_support import ui_env  # noqa: F401


def test_memo_marking_and_waiver_are_saved_for_the_vault(
    ui_env: Any, qtbot: Any, vault_factory: Any
) -> None:
    from casework.settings import get_settings
    from desktop.ui.settings_dialog import SettingsDialog

    vault, _ = vault_factory()
    dialog = SettingsDialog(vault, actor="Wang Li")
    qtbot.addWidget(dialog)
    assert dialog.marking.currentData() == "none" and not dialog.waiver.isChecked()
    dialog.marking.setCurrentIndex(dialog.marking.findData("organisation"))
    dialog.marking_text.setText("Confidential — Lanting legal (Restricted)")
    dialog.waiver.setChecked(True)
    assert dialog.save()
    with vault.session() as session:
        stored = get_settings(session)
    assert stored["memo_marking"] == "organisation"
    assert stored["memo_marking_text"] == "Confidential — Lanting legal (Restricted)"
    assert stored["one_person_waiver"] is True
    assert "US-qualified counsel" in stored["us_counsel_note"]


def test_memo_language_is_a_vault_setting_for_new_memos(
    ui_env: Any, qtbot: Any, vault_factory: Any
) -> None:
    from casework.settings import get_settings
    from desktop.ui.settings_dialog import SettingsDialog

    vault, _ = vault_factory()
    dialog = SettingsDialog(vault, actor="Wang Li")
    qtbot.addWidget(dialog)
    assert dialog.memo_language.currentData() == "en"
    assert [dialog.memo_language.itemData(i) for i in range(dialog.memo_language.count())] == [
        "en", "zh", "bilingual"
    ]
    dialog.memo_language.setCurrentIndex(dialog.memo_language.findData("bilingual"))
    assert dialog.save()
    with vault.session() as session:
        assert get_settings(session)["memo_language"] == "bilingual"
    reopened = SettingsDialog(vault, actor="Wang Li")
    qtbot.addWidget(reopened)
    assert reopened.memo_language.currentData() == "bilingual"
