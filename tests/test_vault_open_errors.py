"""A file that cannot be opened is named for what is wrong with it, and left exactly as it was:
no byte of the vault or its key file changes and no file appears beside them."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest
from vault_support import data_key_of

from models import keywrap
from models.engine import connect_raw
from models.entities import Matter
from models.errors import (
    DamagedVaultError,
    NewerVaultError,
    NotAVaultError,
    VaultNotFoundError,
)
from models.keyfile import keyfile_path
from models.vault import Vault

PASSPHRASE = "correct horse battery"


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def vault_file(vault_factory, tmp_path: Path) -> tuple[Path, str]:
    """A locked vault with enough rows to span many pages."""
    vault, recovery = vault_factory("v.obv", PASSPHRASE)
    with vault.session() as session:
        for n in range(60):
            session.add(
                Matter(reference=f"OB-2026-{n:04d}", kind="travel", title="Conference " * 40)
            )
    vault.lock()
    path = tmp_path / "v.obv"
    assert path.stat().st_size >= 40 * 4096
    return path, recovery


def _refused(path: Path, error: type[Exception], message: str) -> None:
    folder = path.parent
    before = _state(folder)
    with pytest.raises(error, match=message) as caught:
        Vault.unlock_passphrase(path, PASSPHRASE)
    assert type(caught.value) is error
    assert _state(folder) == before, "a refused open changed or added files"


def test_truncated_mid_page(vault_file) -> None:
    path, _ = vault_file
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 1000])
    _refused(path, DamagedVaultError, r"is truncated or damaged \(\d+ bytes\); restore it")


@pytest.mark.parametrize("keep_pages", [1, 2, 10, -1])
def test_truncated_on_a_page_boundary_dropping_pages(vault_file, keep_pages: int) -> None:
    path, _ = vault_file
    data = path.read_bytes()
    cut = len(data) + keep_pages * 4096 if keep_pages < 0 else keep_pages * 4096
    path.write_bytes(data[:cut])
    _refused(path, DamagedVaultError, r"is truncated or damaged \(database disk image")


def test_random_bytes_with_a_valid_key_file(vault_file) -> None:
    path, _ = vault_file
    path.write_bytes(os.urandom(16 * 4096))
    _refused(path, NotAVaultError, "does not belong to the key file beside it")


def test_a_plain_sqlite_file(vault_file) -> None:
    path, _ = vault_file
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES ('0002')")
    conn.commit()
    conn.close()
    _refused(path, NotAVaultError, "is an unencrypted SQLite database, not an Outbound vault")


def test_missing_key_file(vault_file) -> None:
    path, _ = vault_file
    keyfile_path(path).unlink()
    _refused(path, NotAVaultError, r"has no key file beside it \(v\.obv\.keys\)")


def test_damaged_key_file_json(vault_file) -> None:
    path, _ = vault_file
    keys = keyfile_path(path)
    keys.write_bytes(keys.read_bytes()[:200])
    _refused(path, DamagedVaultError, "key file .* is damaged \\(it is not readable JSON\\)")


def test_key_file_with_a_missing_field(vault_file) -> None:
    path, _ = vault_file
    keys = keyfile_path(path)
    doc = json.loads(keys.read_text())
    del doc["data_key"]
    keys.write_text(json.dumps(doc))
    _refused(path, DamagedVaultError, "fields are missing or malformed")


def test_key_file_asking_for_an_absurd_argon2_cost(vault_file) -> None:
    path, _ = vault_file
    keys = keyfile_path(path)
    doc = json.loads(keys.read_text())
    slot = next(s for s in doc["slots"] if s["type"] == "passphrase")
    slot["kdf"]["memory_kib"] = 2**40
    keys.write_text(json.dumps(doc))
    _refused(path, DamagedVaultError, r"key file v\.obv\.keys beside .* is damaged")


def test_altered_wrapped_data_key(vault_file) -> None:
    path, _ = vault_file
    keys = keyfile_path(path)
    doc = json.loads(keys.read_text())
    ct = bytearray(keywrap.b64d(doc["data_key"]["ciphertext"]))
    ct[0] ^= 1
    doc["data_key"]["ciphertext"] = keywrap.b64e(bytes(ct))
    keys.write_text(json.dumps(doc))
    _refused(path, DamagedVaultError, r"key file v\.obv\.keys beside .* is damaged")


def test_someone_elses_key_file(vault_file) -> None:
    path, _ = vault_file
    keyfile_path(path).write_text(json.dumps({"format": "something-else", "version": 1}))
    _refused(path, NotAVaultError, "is not an Outbound key file")


def test_newer_key_file_format(vault_file) -> None:
    path, _ = vault_file
    keys = keyfile_path(path)
    doc = json.loads(keys.read_text())
    doc["version"] = 2
    keys.write_text(json.dumps(doc))
    _refused(path, NewerVaultError, r"made by a newer version of Outbound \(key file format 2\)")


def test_newer_schema(vault_file) -> None:
    path, recovery = vault_file
    conn = connect_raw(path, data_key_of(path, recovery))
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    _refused(
        path,
        NewerVaultError,
        r"made by a newer version of Outbound \(schema 9999_from_the_future\); update Outbound",
    )
    with pytest.raises(NewerVaultError):
        Vault.unlock_recovery(path, recovery)


def test_no_file_at_all(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFoundError, match="there is no vault at"):
        Vault.unlock_passphrase(tmp_path / "nothing.obv", PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_the_intact_vault_still_opens(vault_file) -> None:
    path, _ = vault_file
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    try:
        assert vault.check().ok
    finally:
        vault.lock()


def test_an_interrupted_rekey_still_opens(vault_file) -> None:
    """The new data key is recorded as pending before the file is re-encrypted; whichever key
    the file is under when the process dies, the vault opens."""
    path, recovery = vault_file
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    vault.lock()
    keys = keyfile_path(path)
    doc = json.loads(keys.read_text())
    # A pending key that was never applied (the process died before PRAGMA rekey).
    vault_key_holder = Vault.unlock_recovery(path, recovery)
    vault_key = bytes(vault_key_holder._vault_key)
    vault_key_holder.lock()
    nonce, ct = keywrap.wrap(
        vault_key, keywrap.random_key(), f"outbound:{doc['vault_id']}:data-key".encode()
    )
    doc["data_key"]["pending"] = {"nonce": keywrap.b64e(nonce), "ciphertext": keywrap.b64e(ct)}
    keys.write_text(json.dumps(doc))
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    try:
        assert vault.check().ok
    finally:
        vault.lock()
