"""The key file beside a vault (`<vault>.keys`): the wrapped vault key per slot and the wrapped
data key. It holds nothing but brute-force targets: random salts, KDF costs, nonces and
AES-GCM ciphertexts, plus the vault's random id (bound into every ciphertext as associated data).
Format: docs/vault-format.md.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.errors import (
    DamagedVaultError,
    NewerVaultError,
    NotAVaultError,
    VaultBusyError,
    VaultError,
    VaultNotFoundError,
)
from models.killpoints import kill_point
from models.private_file import write_private_file

FORMAT_NAME = "outbound-vault-keys"
FORMAT_VERSION = 1
MAX_KEYFILE_BYTES = 64 * 1024


def keyfile_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".keys")


def lock_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")


def creating_path(vault_path: Path) -> Path:
    """Where `vault init` builds a vault before moving it into place (docs/vault-format.md)."""
    return vault_path.with_name(vault_path.name + ".creating")


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
        if keyfile_path(creating_path(vault_path)).exists():
            raise NotAVaultError(
                f"{vault_path} is a vault whose creation was interrupted (it never received its "
                "key file); run `outbound vault init` for it again"
            )
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
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
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
        _check_wrapped(data_key)
        if "pending" in data_key:
            _check_wrapped(data_key["pending"])
        for slot in slots:
            _check_slot(slot)
    except NewerVaultError:
        raise
    except (ValueError, KeyError) as exc:
        raise DamagedVaultError(
            f"the key file {path} is damaged (fields are missing or malformed); "
            "restore it from a backup"
        ) from exc
    return KeyFile(vault_id=vault_id, data_key=data_key, slots=slots)


def _check_wrapped(entry: Any) -> None:
    """A wrapped key: base64 text nonce and ciphertext (wrong types would crash base64)."""
    if not isinstance(entry, dict):
        raise ValueError("a wrapped key is not an object")
    for name in ("nonce", "ciphertext"):
        if not isinstance(entry.get(name), str):
            raise ValueError(f"{name} is not text")


def _check_slot(slot: dict[str, Any]) -> None:
    _check_wrapped(slot)
    kind = slot["type"]
    if kind in ("passphrase", "recovery"):
        kdf = slot.get("kdf")
        if not isinstance(kdf, dict) or not isinstance(kdf.get("salt"), str):
            raise ValueError("kdf is malformed")
        if kind == "passphrase":
            for name in ("memory_kib", "time_cost", "parallelism"):
                value = kdf.get(name)
                if not isinstance(value, int) or isinstance(value, bool):
                    raise ValueError(f"{name} is not a whole number")
    elif kind == "keychain" and not isinstance(slot.get("account"), str):
        raise ValueError("keychain account is not text")


def write_keyfile(vault_path: Path, keyfile: KeyFile) -> None:
    """Atomic replace: temporary file (mode 0600) in the same folder, fsync, rename, fsync the
    folder, so a crash leaves either the old key file or the new one, never a mix."""
    path = keyfile_path(vault_path)
    data = json.dumps(keyfile.to_json(), indent=2, sort_keys=True).encode("utf-8")
    write_private_file(path, data, before_replace=lambda: kill_point("keyfile.temp_written"))
    kill_point("keyfile.replaced")
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles to sync)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temporaries(vault_path: Path) -> None:
    """Temporary key files left by a process killed mid-write (call only under `changing`)."""
    path = keyfile_path(vault_path)
    for leftover in path.parent.glob(glob_escape(path.name) + ".*.tmp"):
        leftover.unlink(missing_ok=True)


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


@contextlib.contextmanager
def changing(vault_path: Path) -> Iterator[None]:
    """Hold the vault's change lock: only one process (or handle) at a time changes the key
    file. Never waits: a second one gets `VaultBusyError` at once.

    The lock is an OS lock on `NAME.lock`, released by the OS when the holder dies (a SIGKILL
    leaves no stale lock). The holder removes the file before unlocking; a process that opened
    the old file meanwhile sees that the name now points elsewhere and tries again.
    """
    path = lock_path(vault_path)
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise VaultError(
                f"cannot change the vault's keys: the folder {path.parent} is not writable "
                f"({exc.strerror}); nothing was changed"
            ) from exc
        try:
            _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        try:
            current = os.stat(path)
            mine = os.fstat(fd)
            if (current.st_ino, current.st_dev) == (mine.st_ino, mine.st_dev):
                break
        except FileNotFoundError:
            pass
        _unlock(fd)
        os.close(fd)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):  # Windows cannot remove an open file: left in place
            path.unlink()
        _unlock(fd)
        os.close(fd)


_BUSY = (
    "the vault is being changed by another process (a passphrase change or a data-key "
    "rotation); try again when it has finished"
)

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> None:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            raise VaultBusyError(_BUSY) from exc

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise VaultBusyError(_BUSY) from exc

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
