"""Helpers for tests that reach under the vault's API (raw keyed connections)."""

from __future__ import annotations

from pathlib import Path

from models import keywrap
from models.keyfile import read_keyfile
from models.recovery import parse_recovery_key


def data_key_of(path: Path, recovery_key: str) -> bytes:
    """The vault's raw SQLCipher data key, unwrapped through the recovery slot."""
    keys = read_keyfile(path)
    slot = keys.slot("recovery")
    assert slot is not None
    secret = parse_recovery_key(recovery_key)
    assert secret is not None
    kek = keywrap.derive_from_recovery(secret, keywrap.b64d(slot["kdf"]["salt"]))
    aad = f"outbound:{keys.vault_id}:".encode()
    vault_key = keywrap.unwrap(
        kek, keywrap.b64d(slot["nonce"]), keywrap.b64d(slot["ciphertext"]), aad + b"slot:recovery"
    )
    return keywrap.unwrap(
        vault_key,
        keywrap.b64d(keys.data_key["nonce"]),
        keywrap.b64d(keys.data_key["ciphertext"]),
        aad + b"data-key",
    )
