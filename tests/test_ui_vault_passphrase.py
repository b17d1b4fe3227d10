"""Changing the vault passphrase from the Vault menu: the new one is typed twice with the strength
meter, the change runs in a worker, the new passphrase opens the vault and the old one no longer
does; a refusal is said in the dialog, which stays open with the old passphrase still working."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from test_ui_support import Dialogs, chinese, ui_env  # noqa: F401

from models.errors import WrongSecretError
from models.keyfile import keyfile_path
from models.vault import Vault

OLD = "correct horse battery"
NEW = "willow harbour copper lantern"


def _opens_with_only(path: Path, passphrase: str, *, not_with: str) -> None:
    Vault.unlock_passphrase(path, passphrase).lock()
    with pytest.raises(WrongSecretError):
        Vault.unlock_passphrase(path, not_with)


def _dialog(qtbot: Any, vault: Any) -> Any:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    window.change_passphrase()
    from desktop.ui.vault_dialogs import ChangePassphraseDialog

    dialog = window.findChild(ChangePassphraseDialog)
    assert dialog is not None and dialog.isVisible()
    return window, dialog


def test_the_vault_passphrase_is_changed_from_the_vault_menu(
    ui_env: Dialogs, qtbot: Any, vault_factory: Any
) -> None:
    from desktop.ui.qt import QDialog

    vault, _ = vault_factory("office.outbound", OLD)
    window, dialog = _dialog(qtbot, vault)
    assert dialog.windowTitle() == "Change passphrase"
    assert not dialog.ok.isEnabled()  # nothing typed
    qtbot.keyClicks(dialog.fields.first, "short")
    qtbot.keyClicks(dialog.fields.second, "short")
    assert not dialog.ok.isEnabled()  # too weak
    dialog.fields.clear()
    qtbot.keyClicks(dialog.fields.first, NEW)
    qtbot.keyClicks(dialog.fields.second, NEW + "x")
    assert not dialog.ok.isEnabled()  # they differ
    dialog.fields.second.clear()
    qtbot.keyClicks(dialog.fields.second, NEW)
    assert dialog.ok.isEnabled()

    dialog.ok.click()
    assert not dialog.ok.isEnabled() and not dialog.fields.isEnabled()  # working
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    assert not dialog.isVisible()
    assert dialog.fields.passphrase() == ""  # not kept in the closed dialog
    assert "passphrase was changed" in window.statusBar().currentMessage()

    _opens_with_only(vault.path, NEW, not_with=OLD)


def test_a_refused_change_is_said_in_the_dialog_and_changes_nothing(
    ui_env: Dialogs, qtbot: Any, vault_factory: Any
) -> None:
    vault, _ = vault_factory("office.outbound", OLD)
    other, _ = vault_factory("other.outbound", OLD)
    window, dialog = _dialog(qtbot, vault)
    # the key file beside the vault was replaced by another vault's: the change must refuse
    ours = keyfile_path(vault.path).read_bytes()
    shutil.copyfile(keyfile_path(other.path), keyfile_path(vault.path))
    qtbot.keyClicks(dialog.fields.first, NEW)
    qtbot.keyClicks(dialog.fields.second, NEW)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert "another vault" in dialog.error.text()
    assert dialog.isVisible() and dialog.fields.isEnabled() and dialog.ok.isEnabled()
    assert not dialog.busy.isVisible()
    assert window.statusBar().currentMessage() == ""

    keyfile_path(vault.path).write_bytes(ours)
    _opens_with_only(vault.path, OLD, not_with=NEW)


def test_both_new_passphrase_dialogs_read_in_chinese(
    chinese: None, qtbot: Any, vault_factory: Any
) -> None:
    """The vault's and the signing passphrase's dialogs share their make-up; each keeps its own
    words, in the Chinese window too."""
    from desktop.ui.qt import QLabel
    from desktop.ui.signing_passphrase import (
        change_passphrase_dialog,
        new_certificate_dialog,
        rotate_certificate_dialog,
    )
    from desktop.ui.vault_dialogs import ChangePassphraseDialog

    vault, _ = vault_factory("office.outbound", OLD)
    ours = ChangePassphraseDialog(vault)
    signing = change_passphrase_dialog(vault, "王律师", "王律师", "protected")
    for dialog in (ours, signing):
        qtbot.addWidget(dialog)
    signing_labels = [
        label.text() for field in (signing.current, signing.fields.first)
        if isinstance(label := signing.fields.form.labelForField(field), QLabel)
    ]
    signing_tip = signing.ok.toolTip()
    new_title = new_certificate_dialog(lambda _passphrase: None, "王律师").windowTitle()
    rotate_title = rotate_certificate_dialog(vault, "王律师", "王律师").windowTitle()
    assert (ours.windowTitle(), ours.ok.text()) == ("更改口令", "更改口令(&C)")
    assert "新口令立即取代旧口令。恢复密钥和“在本机记住”仍然有效。" in [
        label.text() for label in ours.findChildren(QLabel)
    ]
    assert signing.windowTitle() == "更改签署口令"
    assert signing.intro.text() == (
        "自现在起由新口令保护王律师的签名密钥；旧口令不再能签署。证书保持不变。"
    )
    assert signing.ok.text() == "更改口令(&C)"
    assert new_title == "王律师的签署口令" and rotate_title == "轮换证书"
    assert signing_labels == ["当前签署口令(&U)：", "新签署口令(&N)："]
    assert signing_tip and not signing_tip.isascii()
