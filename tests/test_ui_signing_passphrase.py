"""Counsel's own signing passphrase in the window (issue 14): Settings changes it and rotates the
certificate; a key kept without one cannot sign until it gets one, set in Settings or on the spot
in the Sign dialog; every new certificate is protected by one typed twice; the gates read in the
window's language."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_ui_support import chinese, ui_env  # noqa: F401

FIRST = "Wang Li's first signing phrase"
SECOND = "Wang Li's second signing phrase 2"


def _workspace(vault: Any) -> Any:
    from casework.workspace import Workspace

    return Workspace(vault, "Wang Li")


def _draft(vault: Any) -> str:
    workspace = _workspace(vault)
    ref = str(workspace.create_matter(kind="departure").value.reference)
    workspace.draft_memo(ref)
    return ref


def _settings(qtbot: Any, vault: Any, row_name: str) -> Any:
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(vault, actor="Wang Li")
    qtbot.addWidget(dialog)
    dialog.show()
    row = next(r for r in range(dialog.counsel.rowCount()) if dialog._name_at(r) == row_name)
    dialog.counsel.selectRow(row)
    return dialog


def _type_new(qtbot: Any, passphrase_dialog: Any, new: str, current: str = "") -> None:
    if current:
        passphrase_dialog.current.clear()
        qtbot.keyClicks(passphrase_dialog.current, current)
    passphrase_dialog.fields.clear()
    qtbot.keyClicks(passphrase_dialog.fields.first, new)
    qtbot.keyClicks(passphrase_dialog.fields.second, new)


def _store_legacy_key(vault: Any, name: str) -> None:
    """A key kept as before signing passphrases: sealed with the vault's subkey only."""
    from casework.counsel import SIGNING_KEY_PURPOSE, add_counsel
    from memos.pades import generate_self_signed
    from models import keywrap

    key_pem, cert_pem = generate_self_signed(name, "Lanting")
    with vault.session() as session:
        person = add_counsel(session, name=name, title="Counsel", actor="admin")
        person.certificate_pem = cert_pem
        person.private_key_wrapped = keywrap.seal(
            vault.subkey(SIGNING_KEY_PURPOSE), key_pem, f"counsel:{person.id}".encode()
        )


def test_settings_changes_the_signing_passphrase_and_a_wrong_current_one_changes_nothing(
    ui_env: Any, qtbot: Any, vault_factory: Any
) -> None:
    from casework.counsel import CounselError

    vault, _ = vault_factory()
    workspace = _workspace(vault)
    workspace.add_counsel(name="Wang Li", title="Counsel", new_certificate=True,
                          passphrase=FIRST)
    dialog = _settings(qtbot, vault, "Wang Li")
    assert dialog.counsel.item(dialog.counsel.currentRow(), 2).text() == "Yes"
    assert dialog.change_passphrase.isEnabled()
    dialog.change_passphrase.click()
    asked = dialog.passphrase_dialog
    assert asked.isVisible() and asked.current.isVisible()
    _type_new(qtbot, asked, "x")  # too short: the strength rules of the vault's passphrase
    assert not asked.ok.isEnabled()
    _type_new(qtbot, asked, SECOND, current="not the current one")
    assert asked.ok.isEnabled()
    asked.ok.click()
    qtbot.waitUntil(lambda: asked.error.isVisible(), timeout=30_000)
    assert "wrong" in asked.error.text() and asked.isVisible()
    ref = _draft(vault)
    with pytest.raises(CounselError, match="wrong"):  # nothing changed: the new one is refused
        workspace.sign_memo(ref, counsel_name="Wang Li", capacity="prepared",
                            signer_passphrase=SECOND)
    _type_new(qtbot, asked, SECOND, current=FIRST)
    asked.ok.click()
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is None, timeout=30_000)
    assert "Wang Li's signing passphrase was changed." in ui_env.texts()
    with pytest.raises(CounselError, match="wrong"):
        workspace.sign_memo(ref, counsel_name="Wang Li", capacity="prepared",
                            signer_passphrase=FIRST)
    signed = workspace.sign_memo(ref, counsel_name="Wang Li", capacity="prepared",
                                 signer_passphrase=SECOND)
    assert signed.value.pades_signers == ("Wang Li",)
    actions = [e.action for e in workspace.history(ref).events]
    assert "memo.sign" in actions
    from casework.counsel import find_counsel
    from models.audit import verify_chain
    from models.entities import AuditEvent

    with vault.session() as session:
        changed = session.query(AuditEvent).filter(AuditEvent.action == "counsel.passphrase")
        assert changed.count() == 1 and verify_chain(session).ok
        assert find_counsel(session, "Wang Li").certificate_pem


def test_settings_rotates_the_certificate_and_memos_signed_before_still_verify(
    ui_env: Any, qtbot: Any, vault_factory: Any
) -> None:
    from memos.verify import verify_pdf

    vault, _ = vault_factory()
    workspace = _workspace(vault)
    workspace.add_counsel(name="Wang Li", title="Counsel", new_certificate=True,
                          passphrase=FIRST)
    ref = _draft(vault)
    before = workspace.sign_memo(ref, counsel_name="Wang Li", capacity="prepared",
                                 signer_passphrase=FIRST).value.pdf
    old_cert = workspace.counsel()[0].certificate_pem
    dialog = _settings(qtbot, vault, "Wang Li")
    assert not dialog.create_certificate.isEnabled()  # no replacing it by mistake
    assert "Rotate certificate" in dialog.create_certificate.toolTip()
    assert dialog.rotate_certificate.isEnabled()
    dialog.rotate_certificate.click()
    asked = dialog.passphrase_dialog
    assert not asked.current.isVisible()  # a forgotten passphrase is what rotation mends
    _type_new(qtbot, asked, SECOND)
    asked.ok.click()
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is None, timeout=60_000)
    assert "Wang Li has a new personal certificate." in ui_env.texts()
    assert workspace.counsel()[0].certificate_pem != old_cert
    workspace.draft_memo(ref)
    after = workspace.sign_memo(ref, counsel_name="Wang Li", capacity="prepared",
                                signer_passphrase=SECOND).value.pdf
    assert verify_pdf(before).all_intact and verify_pdf(after).all_intact
    assert workspace.render_memo(ref, 1).pdf == before  # the old signed memo, as it was


def test_a_key_without_a_passphrase_is_flagged_in_settings_and_gets_one_there(
    ui_env: Any, qtbot: Any, vault_factory: Any
) -> None:
    from casework.counsel import PROTECTED

    vault, _ = vault_factory()
    _store_legacy_key(vault, "Old Key")
    dialog = _settings(qtbot, vault, "Old Key")
    assert dialog.counsel.item(0, 2).text() == "Yes — needs a signing passphrase"
    assert dialog.change_passphrase.text().replace("&", "") == "Set signing passphrase…"
    assert "cannot sign until one is set" in dialog.certificate_hint.text()
    dialog.change_passphrase.click()
    asked = dialog.passphrase_dialog
    assert not asked.current.isVisible()  # it has none to ask for
    _type_new(qtbot, asked, FIRST)
    asked.ok.click()
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is None, timeout=30_000)
    assert _workspace(vault).signing_key_state("Old Key") == PROTECTED
    assert dialog.counsel.item(0, 2).text() == "Yes"


def _memo_window(qtbot: Any, vault: Any) -> Any:
    from desktop.ui.matter_window import MatterWindow

    workspace = _workspace(vault)
    matter = workspace.create_matter(kind="departure").value
    window = MatterWindow(vault, matter.id, actor="Wang Li")
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.memo)
    assert window.memo.save_version() == 1
    return window


def _signed(vault: Any, matter_id: str) -> bool:
    return _workspace(vault).memo_versions(matter_id)[0].state == "signed"


def test_the_sign_dialog_refuses_a_key_without_a_passphrase_and_sets_one_on_the_spot(
    ui_env: Any, qtbot: Any, vault_factory: Any
) -> None:
    vault, _ = vault_factory()
    _store_legacy_key(vault, "Old Key")
    window = _memo_window(qtbot, vault)
    dialog = window.memo.open_sign_dialog()
    dialog.counsel.setCurrentIndex(dialog.counsel.findData("Old Key"))
    qtbot.keyClicks(dialog.signer_passphrase, "the vault passphrase, say")
    assert not dialog.ok.isEnabled()
    assert "no signing passphrase of its own" in dialog.certificate_state.text()
    assert "Set Old Key's signing passphrase first." in dialog.ok.toolTip()
    assert dialog.set_passphrase.isVisible()
    dialog.set_passphrase.click()
    asked = dialog.passphrase_dialog
    _type_new(qtbot, asked, FIRST)
    asked.ok.click()
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is None, timeout=30_000)
    assert not dialog.set_passphrase.isVisible()
    dialog.signer_passphrase.clear()
    qtbot.keyClicks(dialog.signer_passphrase, FIRST)
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: _signed(vault, window.matter_id), timeout=60_000)
    qtbot.waitUntil(lambda: not window.memo.busy, timeout=10_000)


def test_a_certificate_made_in_the_sign_dialog_needs_a_passphrase_typed_twice(
    ui_env: Any, qtbot: Any, vault_factory: Any
) -> None:
    vault, _ = vault_factory()
    _workspace(vault).add_counsel(name="Wang Li", title="Counsel")
    window = _memo_window(qtbot, vault)
    dialog = window.memo.open_sign_dialog()
    assert not dialog.ok.isEnabled()  # no certificate yet
    dialog.create_certificate.click()
    asked = dialog.passphrase_dialog
    qtbot.keyClicks(asked.fields.first, FIRST)
    qtbot.keyClicks(asked.fields.second, FIRST + " typo")
    assert not asked.ok.isEnabled() and "differ" in asked.fields.match.text()
    _type_new(qtbot, asked, FIRST)
    assert asked.ok.isEnabled()
    asked.ok.click()
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is None, timeout=60_000)
    assert "has a signing certificate" in dialog.certificate_state.text()
    qtbot.keyClicks(dialog.signer_passphrase, FIRST)
    dialog.ok.click()
    qtbot.waitUntil(lambda: _signed(vault, window.matter_id), timeout=60_000)
    qtbot.waitUntil(lambda: not window.memo.busy, timeout=10_000)


def test_the_gates_read_in_chinese(chinese: None, qtbot: Any) -> None:
    """The gates come as data (memos.gates.Blocker) and the dialog words them itself: the
    Chinese window reads Chinese, counts and all."""
    from desktop.ui.sign_dialog import SignDialog
    from memos.gates import NO_SUMMARY, OPEN_FACTS, UNDECIDED, Blocker

    gates = [Blocker(NO_SUMMARY), Blocker(OPEN_FACTS, count=3),
             Blocker(UNDECIDED, count=1, names=("出口管制分类",))]
    dialog = SignDialog([("王律师", "法务")], 2, gates=gates)
    qtbot.addWidget(dialog)
    text = dialog.gates.text()
    offered = [
        dialog.capacity.itemData(row)
        for row in range(dialog.capacity.count())
        if dialog.capacity.model().item(row).isEnabled()
    ]
    assert offered == ["prepared"]  # what the gates refuse is not offered
    assert "3 项必要事实既未回答，也未列为假设" in text
    assert "法务人员的摘要尚未撰写" in text and "“出口管制分类”" in text
    assert "required" not in text and "decision" not in text


def test_an_imported_certificate_file_is_kept_under_a_signing_passphrase(
    ui_env: Any, qtbot: Any, vault_factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings › Import a certificate file…: the file's password, then the signing passphrase
    that protects the key from now on (typed twice); the file's password does not sign."""
    from test_cli_memo import P12_PASSWORD, _make_p12

    from casework.counsel import PROTECTED, CounselError
    from desktop.ui import settings_dialog

    vault, _ = vault_factory()
    workspace = _workspace(vault)
    workspace.add_counsel(name="Wang Li", title="Counsel")
    p12 = tmp_path / "wang-li.p12"
    _make_p12(p12, "Wang Li")
    ui_env.open_path = str(p12)
    monkeypatch.setattr(
        settings_dialog.QInputDialog, "getText",
        staticmethod(lambda *a, **k: (P12_PASSWORD, True)),
    )
    dialog = _settings(qtbot, vault, "Wang Li")
    dialog.import_certificate.click()
    asked = dialog.passphrase_dialog
    assert asked is not None and not asked.ok.isEnabled()  # nothing kept without a passphrase
    _type_new(qtbot, asked, FIRST)
    asked.ok.click()
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is None, timeout=30_000)
    assert "The certificate was imported for Wang Li." in ui_env.texts()
    assert workspace.signing_key_state("Wang Li") == PROTECTED
    ref = _draft(vault)
    with pytest.raises(CounselError, match="wrong"):
        workspace.sign_memo(ref, counsel_name="Wang Li", capacity="prepared",
                            signer_passphrase=P12_PASSWORD)
    signed = workspace.sign_memo(ref, counsel_name="Wang Li", capacity="prepared",
                                 signer_passphrase=FIRST)
    assert signed.value.pades_signers == ("Wang Li",)


def test_the_sign_dialog_asks_twice_for_the_passphrase_of_an_imported_file(
    ui_env: Any, qtbot: Any, vault_factory: Any
) -> None:
    vault, _ = vault_factory()
    _workspace(vault).add_counsel(name="Wang Li", title="Counsel")
    window = _memo_window(qtbot, vault)
    dialog = window.memo.open_sign_dialog()
    assert not dialog.signer_repeat.isVisibleTo(dialog)  # signing alone asks once
    qtbot.keyClicks(dialog.p12, "/somewhere/wang-li.p12")
    assert dialog.signer_repeat.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.signer_passphrase, FIRST)
    assert not dialog.ok.isEnabled()
    assert "twice" in dialog.ok.toolTip()
    qtbot.keyClicks(dialog.signer_repeat, FIRST + "!")
    assert not dialog.ok.isEnabled()
    dialog.signer_repeat.clear()
    qtbot.keyClicks(dialog.signer_repeat, FIRST)
    assert dialog.ok.isEnabled()
