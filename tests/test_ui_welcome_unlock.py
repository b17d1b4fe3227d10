"""First run (welcome screen, recovery-key gate) and the unlock dialog, driven through widgets."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments
from __future__ import annotations

from pathlib import Path
from typing import Any

from test_ui_support import Dialogs, ui_env  # noqa: F401

from desktop.ui.qt import Qt

PASSPHRASE = "maple quartz ember lantern"


def make_welcome(qtbot: Any, tmp_path: Path) -> Any:
    from desktop.ui.welcome import WelcomeWindow

    window = WelcomeWindow(default_path=tmp_path / "first.outbound")
    qtbot.addWidget(window)
    window.show()
    return window


def test_create_vault_through_the_welcome_screen(
    ui_env: Dialogs, qtbot: Any, tmp_path: Path
) -> None:
    from desktop.ui.prefs import recent_vaults
    from models.vault import Vault

    window = make_welcome(qtbot, tmp_path)
    page = window.create_page
    assert page.location.text() == str(tmp_path / "first.outbound")
    assert not page.create_button.isEnabled()

    qtbot.keyClicks(page.passphrase.first, PASSPHRASE)
    assert page.passphrase.meter.label.text() == "Strong"
    assert not page.create_button.isEnabled()  # not repeated yet
    qtbot.keyClicks(page.passphrase.second, PASSPHRASE[:-1] + "x")
    assert not page.create_button.isEnabled()
    assert "differ" in page.passphrase.match.text()
    page.passphrase.second.clear()
    qtbot.keyClicks(page.passphrase.second, PASSPHRASE)
    assert page.create_button.isEnabled()

    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    recovery = window.recovery_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is recovery, timeout=20_000)
    key_text = recovery.key_label.text()
    assert len(key_text.replace(" ", "").replace("\n", "")) == 32
    assert recovery.key_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert page.passphrase.passphrase() == ""  # the secret does not linger in the widget

    # the gate: Continue only once the key is acknowledged
    assert not recovery.continue_button.isEnabled()
    recovery.stored.setChecked(True)
    assert recovery.continue_button.isEnabled()
    recovery.stored.setChecked(False)
    assert not recovery.continue_button.isEnabled()
    recovery.stored.setChecked(True)

    with qtbot.waitSignal(window.vault_ready) as ready:
        qtbot.mouseClick(recovery.continue_button, Qt.MouseButton.LeftButton)
    vault = ready.args[0]
    assert vault.path == tmp_path / "first.outbound" and not vault.is_locked
    assert recovery.key_label.text() == ""
    assert recent_vaults() == [tmp_path / "first.outbound"]
    vault.lock()
    # the recovery key shown opens the vault
    Vault.unlock_recovery(tmp_path / "first.outbound", key_text).lock()
    Vault.unlock_passphrase(tmp_path / "first.outbound", PASSPHRASE).lock()


def test_weak_passphrase_cannot_create(ui_env: Dialogs, qtbot: Any, tmp_path: Path) -> None:
    window = make_welcome(qtbot, tmp_path)
    page = window.create_page
    for field in (page.passphrase.first, page.passphrase.second):
        qtbot.keyClicks(field, "password1")
    assert page.passphrase.meter.label.text() == "Weak"
    assert page.passphrase.meter.hint.text()
    assert not page.create_button.isEnabled()


def test_creation_failure_is_shown_inline(ui_env: Dialogs, qtbot: Any, tmp_path: Path) -> None:
    window = make_welcome(qtbot, tmp_path)
    page = window.create_page
    page.location.setText(str(tmp_path / "missing-folder" / "v.outbound"))
    for field in (page.passphrase.first, page.passphrase.second):
        qtbot.keyClicks(field, PASSPHRASE)
    page.create_button.click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=20_000)
    assert "does not exist" in page.error.text()
    assert window.stack.currentWidget() is page
    assert page.create_button.isEnabled()


def test_remember_needs_a_keychain(ui_env: Dialogs, qtbot: Any, tmp_path: Path) -> None:
    window = make_welcome(qtbot, tmp_path)
    remember = window.create_page.remember
    assert not remember.isEnabled()
    assert "keychain" in remember.toolTip()
    assert window.create_page.remember_note.text() == remember.toolTip()


def test_remember_on_this_computer_with_a_keychain(
    ui_env: Dialogs, qtbot: Any, tmp_path: Path, memory_keychain: Any
) -> None:
    window = make_welcome(qtbot, tmp_path)
    page = window.create_page
    assert page.remember.isEnabled()
    page.remember.setChecked(True)
    for field in (page.passphrase.first, page.passphrase.second):
        qtbot.keyClicks(field, PASSPHRASE)
    page.create_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.recovery_page, timeout=20_000)
    vault = window.recovery_page.vault
    assert vault.remembered
    assert memory_keychain.items


def test_save_recovery_kit(ui_env: Dialogs, qtbot: Any, tmp_path: Path) -> None:
    window = make_welcome(qtbot, tmp_path)
    page = window.create_page
    for field in (page.passphrase.first, page.passphrase.second):
        qtbot.keyClicks(field, PASSPHRASE)
    page.create_button.click()
    recovery = window.recovery_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is recovery, timeout=20_000)
    kit = tmp_path / "kit.pdf"
    ui_env.save_path = str(kit)
    recovery.save_kit.click()
    qtbot.waitUntil(lambda: recovery.note.isVisible(), timeout=30_000)
    assert kit.read_bytes().startswith(b"%PDF")
    assert not ui_env.messages
    recovery.vault.lock()


# ----- unlock ---------------------------------------------------------------------------------
def test_wrong_passphrase_then_right_one(ui_env: Dialogs, qtbot: Any, vault_factory: Any) -> None:
    from desktop.ui.prefs import recent_vaults
    from desktop.ui.unlock import UnlockDialog

    vault, _ = vault_factory("office.outbound", PASSPHRASE)
    vault.lock()
    dialog = UnlockDialog(None, vault_path=vault.path)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.selected_path() == vault.path
    assert dialog.secret.echoMode() == dialog.secret.EchoMode.Password
    assert not dialog.unlock_button.isEnabled()

    qtbot.keyClicks(dialog.secret, "not the passphrase")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert "does not open the vault" in dialog.error.text()
    assert dialog.secret.text() == ""  # only the secret is cleared
    assert dialog.selected_path() == vault.path
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as unlocked:
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    opened = unlocked.args[0]
    assert not opened.is_locked
    assert not dialog.isVisible()
    assert recent_vaults() == [vault.path]
    opened.lock()


def test_unlock_with_the_recovery_key(ui_env: Dialogs, qtbot: Any, vault_factory: Any) -> None:
    from desktop.ui.unlock import UnlockDialog

    vault, recovery_key = vault_factory("office.outbound", PASSPHRASE)
    vault.lock()
    dialog = UnlockDialog(None, vault_path=vault.path)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.use_recovery.setChecked(True)
    assert dialog.secret_label.text() == "&Recovery key:"
    qtbot.keyClicks(dialog.secret, recovery_key.lower().replace("-", " "))
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as unlocked:
        dialog.unlock_button.click()
    unlocked.args[0].lock()


def test_recent_vaults_are_paths_only(
    ui_env: Dialogs, qtbot: Any, vault_factory: Any, tmp_path: Path
) -> None:
    from desktop.ui.prefs import add_recent_vault, app_settings, recent_vaults
    from desktop.ui.unlock import UnlockDialog

    first, _ = vault_factory("a.outbound")
    second, _ = vault_factory("b.outbound")
    add_recent_vault(first.path)
    add_recent_vault(second.path)
    assert recent_vaults() == [second.path, first.path]
    dialog = UnlockDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.vaults.count() == 2 and dialog.selected_path() == second.path
    settings_file = Path(app_settings().fileName())
    assert settings_file.is_relative_to(tmp_path)  # never the home folder in tests
    stored = settings_file.read_text(encoding="utf-8")
    assert str(first.path) in stored and "passphrase" not in stored.lower()


def test_controller_unlocks_a_remembered_vault_without_asking(
    ui_env: Dialogs, qtbot: Any, vault_factory: Any, memory_keychain: Any
) -> None:
    from desktop.ui.app import AppController

    vault, _ = vault_factory("remembered.outbound", PASSPHRASE)
    vault.remember_on_this_computer()
    vault.lock()
    controller = AppController()
    controller.start(vault.path)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20_000)
    assert controller.unlock_dialog is None
    window = controller.main_window
    qtbot.addWidget(window)
    assert not window.vault.is_locked
    window.close()


def test_controller_asks_when_not_remembered(
    ui_env: Dialogs, qtbot: Any, vault_factory: Any
) -> None:
    from desktop.ui.app import AppController

    vault, _ = vault_factory("plain.outbound", PASSPHRASE)
    vault.lock()
    controller = AppController()
    controller.start(vault.path)
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20_000)
    qtbot.addWidget(controller.main_window)
    controller.main_window.close()


def test_first_run_without_recent_vault_shows_welcome(
    ui_env: Dialogs, qtbot: Any, tmp_path: Path
) -> None:
    from desktop.ui.app import AppController

    controller = AppController(default_vault_path=tmp_path / "v.outbound")
    controller.start(None)
    assert controller.welcome is not None and controller.welcome.isVisible()
    qtbot.addWidget(controller.welcome)
