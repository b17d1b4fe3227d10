"""Shared fixtures: fast key derivation for tests, no real keychain, sockets blocked (pyproject)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCENARIOS_DIR = Path(__file__).resolve().parent / "scenarios"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The per-computer vault history record (models/history.py) of test vaults, in-process and in
# the `outbound` processes tests start (which drop OUTBOUND_* variables), stays out of the
# developer's own user data folder.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="outbound-test-data-")


@pytest.fixture(autouse=True)
def history_record(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory):
    """Each test its own per-computer history record."""
    folder = tmp_path_factory.mktemp("history")
    monkeypatch.setenv("OUTBOUND_HISTORY_DIR", str(folder))
    return folder


@pytest.fixture
def scenario_paths() -> list[Path]:
    return sorted(SCENARIOS_DIR.glob("*.yaml"))


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its production cost (about half a second) would make the suite crawl; tests
    use a cheap profile. The production default is exercised by `make bench` (unlock figure)."""
    import models.keywrap as keywrap

    monkeypatch.setattr(keywrap, "DEFAULT_ARGON2", keywrap.Argon2Params(8 * 1024, 1, 1))


@pytest.fixture(autouse=True)
def no_system_keychain(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory):
    """Tests never touch the developer's real keychain: keyring gets its fail backend unless a
    test installs an in-memory one (see `memory_keychain`)."""
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(previous)


class MemoryKeyring:
    """A keyring backend held in memory, standing in for an OS keychain on a headless machine."""

    priority = 10

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keychain() -> MemoryKeyring:
    import keyring
    from keyring.backend import KeyringBackend

    class _Backend(MemoryKeyring, KeyringBackend):  # type: ignore[misc]
        pass

    backend = _Backend()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def vault_factory(tmp_path: Path):
    """Create vaults in tmp_path; returns (vault, recovery_key); locks them at teardown."""
    from models.vault import Vault

    made: list[Vault] = []

    def make(
        name: str = "test.obv", passphrase: str = "correct horse battery"
    ) -> tuple[Vault, str]:
        vault, recovery = Vault.create(tmp_path / name, passphrase)
        made.append(vault)
        return vault, recovery

    yield make
    for vault in made:
        vault.lock()
