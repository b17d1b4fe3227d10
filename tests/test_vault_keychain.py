"""Remember on this computer: through the real `keyring` API with an in-memory backend standing
in for the OS keychain; unavailable (not a crash) where only keyring's fail backend exists."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from models import keychain
from models.entities import Matter
from models.errors import KeychainUnavailableError
from models.keyfile import keyfile_path
from models.vault import Vault

PASSPHRASE = "correct horse battery"


def _references(vault: Vault) -> list[str]:
    with vault.session() as session:
        return [m.reference for m in session.query(Matter).order_by(Matter.reference)]


def test_remember_then_unlock_without_a_passphrase(vault_factory, tmp_path, memory_keychain):
    vault, _ = vault_factory("v.obv", PASSPHRASE)
    with vault.session() as session:
        session.add(Matter(reference="OB-2026-0001", kind="travel"))
    assert keychain.keychain_status().available
    vault.remember_on_this_computer()
    assert vault.remembered
    vault.lock()

    # What went where: a random slot key in the keychain (through keyring.set_password), and
    # nothing secret in the key file.
    assert list(memory_keychain.items) == [(keychain.SERVICE, vault.vault_id)]
    stored = memory_keychain.items[(keychain.SERVICE, vault.vault_id)]
    assert keyring.get_password(keychain.SERVICE, vault.vault_id) == stored
    keys_text = keyfile_path(tmp_path / "v.obv").read_text()
    assert stored not in keys_text
    slot = next(s for s in json.loads(keys_text)["slots"] if s["type"] == "keychain")
    assert set(slot) == {"type", "service", "account", "nonce", "ciphertext"}

    again = Vault.unlock_keychain(tmp_path / "v.obv")
    try:
        assert _references(again) == ["OB-2026-0001"]
    finally:
        again.lock()


def test_forgetting_removes_the_secret(vault_factory, tmp_path, memory_keychain):
    vault, _ = vault_factory("v.obv", PASSPHRASE)
    vault.remember_on_this_computer()
    vault.forget_on_this_computer()
    assert not vault.remembered
    vault.lock()
    assert memory_keychain.items == {}
    with pytest.raises(KeychainUnavailableError, match="not remembered on this computer"):
        Vault.unlock_keychain(tmp_path / "v.obv")
    Vault.unlock_passphrase(tmp_path / "v.obv", PASSPHRASE).lock()  # the passphrase still works


def test_keychain_entry_gone_elsewhere(vault_factory, tmp_path, memory_keychain):
    """The key file copied to another computer, or the entry deleted by the user."""
    vault, _ = vault_factory("v.obv", PASSPHRASE)
    vault.remember_on_this_computer()
    vault.lock()
    memory_keychain.items.clear()
    with pytest.raises(KeychainUnavailableError, match="no longer holds this vault's key"):
        Vault.unlock_keychain(tmp_path / "v.obv")


def test_create_remembered(tmp_path: Path, memory_keychain) -> None:
    vault, recovery = Vault.create(tmp_path / "r.obv", PASSPHRASE, remember=True)
    vault.lock()
    assert recovery
    Vault.unlock_keychain(tmp_path / "r.obv").lock()


def test_without_a_keychain_remembering_is_unavailable_not_a_crash(vault_factory, tmp_path):
    # The autouse fixture leaves keyring with its fail backend, as on a headless Linux machine.
    status = keychain.keychain_status()
    assert status.available is False
    assert status.reason
    vault, _ = vault_factory("v.obv", PASSPHRASE)
    before = keyfile_path(tmp_path / "v.obv").read_bytes()
    with pytest.raises(KeychainUnavailableError, match="no secure system keychain"):
        vault.remember_on_this_computer()
    assert not vault.remembered
    assert keyfile_path(tmp_path / "v.obv").read_bytes() == before
    with pytest.raises(KeychainUnavailableError):
        Vault.unlock_keychain(tmp_path / "v.obv")


def test_create_remembered_without_a_keychain_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(KeychainUnavailableError):
        Vault.create(tmp_path / "r.obv", PASSPHRASE, remember=True)
    assert list(tmp_path.iterdir()) == []


def test_a_plaintext_keyring_backend_is_refused(vault_factory) -> None:
    class PlaintextKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service, username):  # type: ignore[no-untyped-def]
            return None

        def set_password(self, service, username, password):  # type: ignore[no-untyped-def]
            raise AssertionError("a plaintext backend must never receive the key")

        def delete_password(self, service, username):  # type: ignore[no-untyped-def]
            pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextKeyring())
    assert keychain.keychain_status().available is False
    vault, _ = vault_factory("v.obv", PASSPHRASE)
    with pytest.raises(KeychainUnavailableError):
        vault.remember_on_this_computer()


def test_a_keychain_that_refuses_to_store(vault_factory, memory_keychain, monkeypatch) -> None:
    def refuse(service: str, username: str, password: str) -> None:
        raise KeyringError("the user denied access")

    monkeypatch.setattr(memory_keychain, "set_password", refuse)
    vault, _ = vault_factory("v.obv", PASSPHRASE)
    with pytest.raises(KeychainUnavailableError, match="refused to store the key"):
        vault.remember_on_this_computer()
    assert not vault.remembered
