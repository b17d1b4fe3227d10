"""The key file beside a vault (`<vault>.keys`): the wrapped vault key per slot and the wrapped
data key. It holds nothing but brute-force targets: random salts, KDF costs, nonces and
AES-GCM ciphertexts, plus the vault's random id (bound into every ciphertext as associated data).
Format: docs/vault-format.md.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.errors import DamagedVaultError, NewerVaultError, NotAVaultError, VaultNotFoundError

FORMAT_NAME = "outbound-vault-keys"
FORMAT_VERSION = 1
MAX_KEYFILE_BYTES = 64 * 1024


def keyfile_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".keys")


@dataclass
class KeyFile:
    vault_id: str
    # {"nonce", "ciphertext"}: the data key wrapped by the vault key; during a rekey also
    # "pending": the same for the new data key (docs/vault-format.md).
    data_key: dict[str, Any]
    slots: list[dict[str, Any]] = field(default_factory=list)

    def slot(self, kind: str) -> dict[str, Any] | None:
        return next((s for s in self.slots if s["type"] == kind), None)

    def replace_slot(self, new: dict[str, Any]) -> None:
        self.slots = [s for s in self.slots if s["type"] != new["type"]] + [new]

    def remove_slot(self, kind: str) -> None:
        self.slots = [s for s in self.slots if s["type"] != kind]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "data_key": self.data_key,
            "slots": self.slots,
        }


def read_keyfile(vault_path: Path) -> KeyFile:
    path = keyfile_path(vault_path)
    if not vault_path.exists():
        raise VaultNotFoundError(f"there is no vault at {vault_path}")
    if not path.exists():
        raise NotAVaultError(
            f"{vault_path} has no key file beside it ({path.name}); it is not an Outbound vault, "
            "or its key file was moved: put the .keys file back next to the vault"
        )
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_KEYFILE_BYTES + 1)
    except OSError as exc:
        raise NotAVaultError(
            f"the key file {path} cannot be read ({exc.strerror}); check its permissions"
        ) from exc
    if len(raw) > MAX_KEYFILE_BYTES:
        raise NotAVaultError(f"{path} is not an Outbound key file (it is far too large)")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise DamagedVaultError(
            f"the key file {path} is damaged (it is not readable JSON); restore it from a backup"
        ) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise NotAVaultError(f"{path} is not an Outbound key file")
    try:
        version = doc.get("version")
        if not isinstance(version, int):
            raise ValueError("no version")
        if version > FORMAT_VERSION:
            raise NewerVaultError(
                f"{vault_path} was made by a newer version of Outbound (key file format "
                f"{version}); update Outbound to open it"
            )
        vault_id = doc["vault_id"]
        data_key = doc["data_key"]
        slots = doc["slots"]
        if not isinstance(vault_id, str) or not isinstance(data_key, dict):
            raise ValueError("bad fields")
        if not isinstance(slots, list) or not all(
            isinstance(s, dict) and isinstance(s.get("type"), str) for s in slots
        ):
            raise ValueError("bad slots")
    except NewerVaultError:
        raise
    except (ValueError, KeyError) as exc:
        raise DamagedVaultError(
            f"the key file {path} is damaged (fields are missing or malformed); "
            "restore it from a backup"
        ) from exc
    return KeyFile(vault_id=vault_id, data_key=data_key, slots=slots)


def write_keyfile(vault_path: Path, keyfile: KeyFile) -> None:
    """Atomic replace: temporary file in the same folder, owner-only permissions, fsync, rename."""
    path = keyfile_path(vault_path)
    data = json.dumps(keyfile.to_json(), indent=2, sort_keys=True).encode("utf-8")
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp_name, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
