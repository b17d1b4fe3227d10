"""Keyboard use and the review fixes: Tab through the unlock and new-matter dialogs to their OK
buttons, the recovery key typed in groups, readable history wording for every audit action, the
empty matter list and checklist texts, and the memo's sender."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from test_ui_support import Dialogs, ui_env, wait_listed  # noqa: F401

from desktop.ui.qt import QApplication, Qt, QWidget

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery"


def activate(qtbot: Any, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5_000)


def tab(qtbot: Any, backwards: bool = False) -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
    return QApplication.focusWidget()


# ----- tab order ---------------------------------------------------------------------------------
def test_tab_through_the_unlock_dialog_to_unlock(
    ui_env: Dialogs, qtbot: Any, vault_factory: Any
) -> None:
    from desktop.ui.unlock import UnlockDialog

    vault, _ = vault_factory("office.outbound", PASSPHRASE)
    vault.lock()
    dialog = UnlockDialog(None, vault_path=vault.path)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    dialog.vaults.setFocus()
    # visual order: vault list, Other vault…, secret, recovery tick, then the buttons
    assert tab(qtbot) is dialog.browse
    assert tab(qtbot) is dialog.secret
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    assert tab(qtbot) is dialog.use_recovery
    assert tab(qtbot) is dialog.create_button
    assert tab(qtbot) is dialog.unlock_button
    assert tab(qtbot) is dialog.cancel_button
    assert tab(qtbot) is dialog.vaults  # and round again
    assert tab(qtbot, backwards=True) is dialog.cancel_button
    assert tab(qtbot, backwards=True) is dialog.unlock_button
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as unlocked:
        qtbot.keyClick(dialog.unlock_button, Qt.Key.Key_Space)
    unlocked.args[0].lock()


def test_tab_through_the_new_matter_dialog_to_open(ui_env: Dialogs, qtbot: Any) -> None:
    from desktop.ui.new_matter import NewMatterDialog

    dialog = NewMatterDialog()
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    first = dialog.radios["departure"]
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Down)  # arrows choose among the kinds
    assert dialog.kind() == "secondment"
    assert QApplication.focusWidget() is dialog.radios["secondment"]
    assert tab(qtbot) is dialog.title
    qtbot.keyClicks(dialog.title, "Posting to Munich")
    assert tab(qtbot) is dialog.person  # the person links the matter to the register
    qtbot.keyClicks(dialog.person, "Li Na")
    assert tab(qtbot) is dialog.ok
    assert tab(qtbot) is dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert tab(qtbot, backwards=True) is dialog.ok
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    assert dialog.kind() == "secondment"
    assert dialog.matter_title() == "Posting to Munich"
    assert dialog.person.text() == "Li Na"


def test_tab_leaves_the_matter_list_and_the_counsel_table(
    ui_env: Dialogs, qtbot: Any, vault_factory: Any
) -> None:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings_dialog import SettingsDialog

    vault, _ = vault_factory("office.outbound", PASSPHRASE)
    window = MainWindow(vault, actor="Wang Li")
    qtbot.addWidget(window)
    assert not window.panel.table.tabKeyNavigation()
    settings = SettingsDialog(vault, actor="Wang Li", parent=window)
    qtbot.addWidget(settings)
    activate(qtbot, settings)
    settings.counsel.setFocus()
    assert tab(qtbot) is settings.new_name
    assert tab(qtbot) is settings.new_title


# ----- recovery key ------------------------------------------------------------------------------
def test_recovery_key_is_shown_in_groups_as_typed(
    ui_env: Dialogs, qtbot: Any, vault_factory: Any
) -> None:
    from desktop.ui.qt import QLineEdit
    from desktop.ui.unlock import KEY_PLACEHOLDER, UnlockDialog, group_recovery_key

    assert group_recovery_key("7k2m 9qpr-w4") == "7K2M-9QPR-W4"
    vault, recovery_key = vault_factory("office.outbound", PASSPHRASE)
    vault.lock()
    dialog = UnlockDialog(None, vault_path=vault.path)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    dialog.use_recovery.setChecked(True)
    secret = dialog.secret
    assert secret.echoMode() == QLineEdit.EchoMode.Normal  # read from paper: shown in clear
    assert secret.placeholderText() == KEY_PLACEHOLDER
    assert secret.font().fixedPitch() or secret.font() != dialog.font()
    qtbot.keyClicks(secret, "7k2m 9q")
    assert secret.text() == "7K2M-9Q"
    qtbot.keyClick(secret, Qt.Key.Key_Backspace)
    qtbot.keyClick(secret, Qt.Key.Key_Backspace)
    assert secret.text() == "7K2M"
    qtbot.keyClick(secret, Qt.Key.Key_P)
    assert secret.text() == "7K2M-P"
    qtbot.keyClick(secret, Qt.Key.Key_Left)
    qtbot.keyClick(secret, Qt.Key.Key_Backspace)  # just after the dash: takes the M too
    assert secret.text() == "7K2P"
    secret.clear()
    qtbot.keyClicks(secret, recovery_key.lower().replace("-", " "))
    assert secret.text() == recovery_key.upper()
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as unlocked:
        qtbot.keyClick(secret, Qt.Key.Key_Return)
    unlocked.args[0].lock()
    dialog.use_recovery.setChecked(False)
    assert secret.echoMode() == QLineEdit.EchoMode.Password


# ----- wording -----------------------------------------------------------------------------------
def recorded_actions() -> set[str]:
    found: set[str] = set()
    for folder in ("models", "casework", "bundles", "memos"):
        for path in (REPO / folder).rglob("*.py"):
            found.update(re.findall(r'action="([a-z_]+\.[a-z_]+)"', path.read_text("utf-8")))
    return found


def test_every_recorded_action_has_wording(qapp: Any) -> None:
    from desktop.ui.history_tab import ACTIONS, action_label, summarise

    actions = recorded_actions()
    assert {"bundle.export", "memo.sign", "settings.update"} <= actions
    assert actions <= set(ACTIONS), f"no wording for {sorted(actions - set(ACTIONS))}"
    for action in ACTIONS:
        label = action_label(action)
        assert label and label != action and "." not in label
        assert summarise(action, {}) is not None
    assert action_label("vault.rekey") == "Vault: rekey"  # an unknown action still reads


def test_history_summaries_read_as_sentences(qapp: Any) -> None:
    from desktop.ui.history_tab import summarise

    export = summarise(
        "bundle.export",
        {"file": "LT-1.outbound-bundle.age", "sha256": "1a2b3c4d5e6f7a8b9c", "encrypted": True},
    )
    assert export.startswith("Exported a case bundle (encrypted) — SHA-256 1a2b3c4d…")
    imported = summarise(
        "bundle.import",
        {"original_reference": "LT-2026-0001", "signature": "valid", "as_copy": True},
    )
    assert imported == "Imported as a copy of LT-2026-0001; signature valid"
    assert summarise("matter.status", {"from": "memo_draft", "to": "signed"}) == (
        "Memo draft → Signed"
    )
    assert summarise(
        "memo.sign", {"number": 2, "signer": "Wang Li", "capacity": "approved"}
    ).startswith("Version 2 by Wang Li (approved)")
    assert summarise("settings.update", {"idle_lock_minutes": 10}) == "idle lock → 10 min"
    assert "Chen Yu, General Counsel" == summarise(
        "counsel.add", {"name": "Chen Yu", "title": "General Counsel"}
    )
    assert "fingerprint" in summarise("key.trust", {"label": "Sender", "fingerprint": "ab" * 16})


# ----- empty states and the memo sender ---------------------------------------------------------
def test_empty_matter_list_guidance_has_a_readable_width(
    ui_env: Dialogs, qtbot: Any, vault_factory: Any
) -> None:
    from desktop.ui.main_window import MainWindow

    vault, _ = vault_factory("empty.outbound", PASSPHRASE)
    window = MainWindow(vault, actor="Wang Li")
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    wait_listed(qtbot, window)
    empty = window.panel.no_matters
    assert window.panel.stack.currentWidget() is empty
    assert empty.detail.width() >= 400
    lines = empty.detail.height() // empty.detail.fontMetrics().lineSpacing()
    assert lines <= 3


def test_empty_checklist_says_why(qtbot: Any, vault_factory: Any, monkeypatch: Any) -> None:
    import casework.matters as matters
    from desktop.ui.checklist_tab import ChecklistTab

    vault, _ = vault_factory()
    with vault.session() as session:
        matter_id = matters.create_matter(session, kind="travel", actor="tester").id
    tab = ChecklistTab(vault, matter_id, actor="tester")
    qtbot.addWidget(tab)
    assert not tab.model.rows  # no answers yet: no rule applies
    assert "Answer the intake questions" in tab.empty.text()
    monkeypatch.setattr(matters, "current_assessment", lambda *a, **k: {"missing": []})
    tab.reload()
    assert tab.empty.text().startswith("No review items apply to these answers")


def test_memo_from_line_uses_the_counsel_name(vault_factory: Any) -> None:
    from casework.counsel import add_counsel
    from casework.matters import create_matter
    from casework.memo_workflow import counsel_name_for, memo_sender

    vault, _ = vault_factory()
    with vault.session() as session:
        add_counsel(session, name="Wang Li", title="Senior Legal Counsel", actor="setup")
        matter_id = create_matter(session, kind="travel", actor="setup").id
    with vault.session() as session:
        assert counsel_name_for(session, "wang  li") == "Wang Li"
        assert counsel_name_for(session, "root") == "root"  # at least the actor, never empty
        assert memo_sender(session, matter_id, "wang li") == "Wang Li"
