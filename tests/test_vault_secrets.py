"""Unlocking with the passphrase and the recovery key, changing the passphrase, rotating the data
key and backing up: what a user sees when a secret is right or wrong, and that data survives."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select

from models import keywrap
from models.entities import Attachment, AttachmentChunk, Matter
from models.errors import WrongSecretError
from models.keyfile import keyfile_path, read_keyfile
from models.recovery import format_recovery_key, new_recovery_secret, parse_recovery_key
from models.vault import Vault

PASSPHRASE = "correct horse battery"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fingerprint(vault_path: Path) -> tuple[str, str]:
    return _digest(vault_path), _digest(keyfile_path(vault_path))


def data_key_from_recovery(vault_path: Path, recovery_key: str) -> bytes:
    """Walk the documented layering by hand: recovery key -> vault key -> data key."""
    keys = read_keyfile(vault_path)
    slot = keys.slot("recovery")
    assert slot is not None
    secret = parse_recovery_key(recovery_key)
    assert secret is not None
    kek = keywrap.derive_from_recovery(secret, keywrap.b64d(slot["kdf"]["salt"]))
    aad = f"outbound:{keys.vault_id}:".encode()
    nonce, wrapped = keywrap.b64d(slot["nonce"]), keywrap.b64d(slot["ciphertext"])
    vault_key = keywrap.unwrap(kek, nonce, wrapped, aad + b"slot:recovery")
    nonce, wrapped = keywrap.b64d(keys.data_key["nonce"]), keywrap.b64d(keys.data_key["ciphertext"])
    return keywrap.unwrap(vault_key, nonce, wrapped, aad + b"data-key")


def _add_matter(vault: Vault, reference: str = "OB-2026-0001") -> None:
    with vault.session() as session:
        matter = Matter(
            reference=reference, kind="departure", title="Chip architect", client="ACME"
        )
        session.add(matter)
        session.flush()
        attachment = Attachment(matter_id=matter.id, name="contract.pdf", size=6)
        session.add(attachment)
        session.flush()
        session.add(AttachmentChunk(attachment_id=attachment.id, seq=0, data=b"%PDF-1"))


def _snapshot(vault: Vault) -> list[tuple[str, str, str, bytes]]:
    with vault.session() as session:
        rows = session.execute(
            select(Matter.reference, Matter.title, Attachment.name, AttachmentChunk.data)
            .join(Attachment, Attachment.matter_id == Matter.id)
            .join(AttachmentChunk, AttachmentChunk.attachment_id == Attachment.id)
            .order_by(Matter.reference)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


@pytest.fixture
def filled(vault_factory, tmp_path: Path) -> tuple[Path, str, list]:
    vault, recovery = vault_factory("v.obv", PASSPHRASE)
    _add_matter(vault)
    rows = _snapshot(vault)
    assert rows == [("OB-2026-0001", "Chip architect", "contract.pdf", b"%PDF-1")]
    vault.lock()
    return tmp_path / "v.obv", recovery, rows


def test_wrong_passphrase_is_refused_and_changes_nothing(filled) -> None:
    path, _, rows = filled
    before = _fingerprint(path)
    with pytest.raises(WrongSecretError, match="this passphrase does not open the vault"):
        Vault.unlock_passphrase(path, "correct horse battery!")
    assert _fingerprint(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["v.obv", "v.obv.keys"]
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    try:
        assert _snapshot(vault) == rows
    finally:
        vault.lock()


def test_many_wrong_tries_never_lock_out_the_right_passphrase(filled) -> None:
    path, _, rows = filled
    before = _fingerprint(path)
    for attempt in range(25):
        with pytest.raises(WrongSecretError):
            Vault.unlock_passphrase(path, f"guess {attempt}")
    assert _fingerprint(path) == before
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    try:
        assert _snapshot(vault) == rows
    finally:
        vault.lock()


def test_empty_passphrase_is_refused_at_creation(tmp_path: Path) -> None:
    with pytest.raises(WrongSecretError, match="empty passphrase"):
        Vault.create(tmp_path / "e.obv", "")
    assert list(tmp_path.iterdir()) == []


def test_recovery_key_opens_also_typed_loosely(filled) -> None:
    path, recovery, rows = filled
    assert len(recovery.replace("-", "")) == 32  # 160 bits in Crockford base32
    for typed in (recovery, recovery.lower().replace("-", " "), f"  {recovery.lower()}\n"):
        vault = Vault.unlock_recovery(path, typed)
        try:
            assert _snapshot(vault) == rows
        finally:
            vault.lock()


def test_crockford_look_alikes_are_read_as_digits(filled) -> None:
    path, recovery, rows = filled
    typed = recovery.replace("0", "O").replace("1", "l")
    vault = Vault.unlock_recovery(path, typed)
    try:
        assert _snapshot(vault) == rows
    finally:
        vault.lock()


def test_wrong_recovery_key_is_refused_and_changes_nothing(filled) -> None:
    path, recovery, _ = filled
    before = _fingerprint(path)
    other = format_recovery_key(new_recovery_secret())
    for wrong in (other, recovery[:-1], "not a key", ""):
        with pytest.raises(WrongSecretError, match="this recovery key does not open the vault"):
            Vault.unlock_recovery(path, wrong)
    assert _fingerprint(path) == before


def test_changing_the_passphrase_keeps_data_and_retires_the_old_one(filled) -> None:
    path, recovery, rows = filled
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    vault.change_passphrase("a new and longer passphrase")
    vault.lock()
    with pytest.raises(WrongSecretError, match="this passphrase does not open the vault"):
        Vault.unlock_passphrase(path, PASSPHRASE)
    for vault in (
        Vault.unlock_passphrase(path, "a new and longer passphrase"),
        Vault.unlock_recovery(path, recovery),
    ):
        try:
            assert _snapshot(vault) == rows
        finally:
            vault.lock()


def test_the_recovery_key_can_reset_a_forgotten_passphrase(filled) -> None:
    path, recovery, rows = filled
    vault = Vault.unlock_recovery(path, recovery)
    vault.change_passphrase("after I forgot")
    vault.lock()
    vault = Vault.unlock_passphrase(path, "after I forgot")
    try:
        assert _snapshot(vault) == rows
    finally:
        vault.lock()


def _opens_with_raw_key(path: Path, data_key: bytes) -> bool:
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError as exc:
        assert "file is not a database" in str(exc)
        return False
    finally:
        conn.close()


def test_rekey_keeps_data_every_slot_and_retires_the_old_data_key(filled) -> None:
    path, recovery, rows = filled
    old_key = data_key_from_recovery(path, recovery)
    assert _opens_with_raw_key(path, old_key)
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    vault.rekey()
    assert _snapshot(vault) == rows  # usable straight away
    _add_matter(vault, "OB-2026-0002")
    vault.lock()

    assert "pending" not in read_keyfile(path).data_key
    new_key = data_key_from_recovery(path, recovery)
    assert new_key != old_key
    assert not _opens_with_raw_key(path, old_key)
    assert _opens_with_raw_key(path, new_key)
    for vault in (Vault.unlock_passphrase(path, PASSPHRASE), Vault.unlock_recovery(path, recovery)):
        try:
            assert [r[0] for r in _snapshot(vault)] == ["OB-2026-0001", "OB-2026-0002"]
            assert vault.check().ok
        finally:
            vault.lock()


def test_backup_opens_with_the_same_secrets_and_matches(filled, tmp_path: Path) -> None:
    path, recovery, rows = filled
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    dest = vault.backup(tmp_path / "copy.obv")
    vault.lock()
    assert dest == tmp_path / "copy.obv"
    assert dest.read_bytes()[:16] != b"SQLite format 3\x00"
    assert keyfile_path(dest).stat().st_mode & 0o077 == 0  # the key file copy is owner-only
    for copy in (Vault.unlock_passphrase(dest, PASSPHRASE), Vault.unlock_recovery(dest, recovery)):
        try:
            assert _snapshot(copy) == rows
            assert copy.check().ok
        finally:
            copy.lock()


def test_backup_refuses_to_overwrite(filled, tmp_path: Path) -> None:
    from models.errors import VaultExistsError

    path, _, _ = filled
    existing = tmp_path / "taken.obv"
    existing.write_bytes(b"keep me")
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    try:
        with pytest.raises(VaultExistsError, match="already exists"):
            vault.backup(existing)
    finally:
        vault.lock()
    assert existing.read_bytes() == b"keep me"
    assert not keyfile_path(existing).exists()


def test_a_locked_vault_refuses_work(filled) -> None:
    from models.errors import VaultLockedError

    path, _, _ = filled
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLockedError, match="locked"), vault.session():
        pass
