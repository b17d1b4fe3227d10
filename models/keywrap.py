"""Key wrapping primitives: AES-256-GCM, Argon2id for passphrases, HKDF for recovery keys.

The data key (which keys SQLCipher) is wrapped by a random vault key; the vault key is wrapped
once per unlock slot (passphrase, recovery key, OS keychain). Rotating the data key therefore
re-wraps only the data key, and every slot keeps working.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16


class UnwrapError(Exception):
    """The wrapping key is wrong or the wrapped bytes were altered (GCM tag mismatch)."""


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost. The default is tuned to about half a second here (docs/vault-format.md)."""

    memory_kib: int = 65536
    time_cost: int = 6
    parallelism: int = 1

    def as_dict(self) -> dict[str, int]:
        return {
            "memory_kib": self.memory_kib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
        }


# Tests replace this with a cheap profile; production code never changes it.
DEFAULT_ARGON2 = Argon2Params()


def random_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_from_passphrase(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def derive_from_recovery(recovery_secret: bytes, salt: bytes) -> bytes:
    # The recovery key is 160 random bits: a fast KDF suffices, brute force is out of reach.
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"outbound recovery key"
    ).derive(recovery_secret)


def derive_subkey(vault_key: bytes, purpose: str) -> bytes:
    """A key for wrapping secrets stored inside the vault (signing keys), bound to its purpose."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode("utf-8")
    ).derive(vault_key)


def wrap(kek: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(kek).encrypt(nonce, plaintext, aad)


def unwrap(kek: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(nonce, ciphertext, aad)
    except InvalidTag as exc:
        raise UnwrapError("wrong key or altered ciphertext") from exc


def seal(kek: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """wrap() with the nonce prepended: one blob for storing in a column."""
    nonce, ct = wrap(kek, plaintext, aad)
    return nonce + ct


def open_sealed(kek: bytes, blob: bytes, aad: bytes) -> bytes:
    return unwrap(kek, blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
