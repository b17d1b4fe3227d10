"""A vault: one SQLCipher file plus its key file. Create, unlock, lock, re-wrap, rekey, back up,
check. Every failure to open leaves both files byte-identical.
"""

from __future__ import annotations

import binascii
import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from models import keychain, keywrap, migrate
from models.engine import PAGE_SIZE, connect_raw, make_engine
from models.errors import (
    DamagedVaultError,
    KeychainUnavailableError,
    NewerVaultError,
    NotAVaultError,
    VaultExistsError,
    VaultLockedError,
    WrongSecretError,
)
from models.keyfile import KeyFile, keyfile_path, read_keyfile, write_keyfile
from models.recovery import format_recovery_key, new_recovery_secret, parse_recovery_key
from models.services.search import reindex_touched_matters_on_commit

# Bounds on the Argon2id cost a key file may ask for: a damaged or hostile key file must not
# make an unlock attempt allocate gigabytes or spin for minutes.
_MAX_ARGON2_MEMORY_KIB = 4 * 1024 * 1024
_MAX_ARGON2_TIME_COST = 64
_MAX_ARGON2_PARALLELISM = 16
_SQLITE_HEADER = b"SQLite format 3\x00"

DEFAULT_SETTINGS: dict[str, Any] = {
    "organisation": "",
    "reference_prefix": "OB",
    "idle_lock_minutes": 15,
    "page_size": "A4",
}


def _aad(vault_id: str, what: str) -> bytes:
    return f"outbound:{vault_id}:{what}".encode()


def _wrap_entry(kek: bytes, secret: bytes, aad: bytes) -> dict[str, str]:
    nonce, ct = keywrap.wrap(kek, secret, aad)
    return {"nonce": keywrap.b64e(nonce), "ciphertext": keywrap.b64e(ct)}


def _unwrap_entry(kek: bytes, entry: dict[str, Any], aad: bytes) -> bytes:
    return keywrap.unwrap(kek, keywrap.b64d(entry["nonce"]), keywrap.b64d(entry["ciphertext"]), aad)


def _passphrase_slot(vault_id: str, vault_key: bytes, passphrase: str) -> dict[str, Any]:
    params = keywrap.DEFAULT_ARGON2
    salt = keywrap.random_key()[: keywrap.SALT_BYTES]
    kek = keywrap.derive_from_passphrase(passphrase, salt, params)
    return {
        "type": "passphrase",
        "kdf": {"name": "argon2id", "salt": keywrap.b64e(salt), **params.as_dict()},
        **_wrap_entry(kek, vault_key, _aad(vault_id, "slot:passphrase")),
    }


def _recovery_slot(vault_id: str, vault_key: bytes, secret: bytes) -> dict[str, Any]:
    salt = keywrap.random_key()[: keywrap.SALT_BYTES]
    kek = keywrap.derive_from_recovery(secret, salt)
    return {
        "type": "recovery",
        "kdf": {"name": "hkdf-sha256", "salt": keywrap.b64e(salt)},
        **_wrap_entry(kek, vault_key, _aad(vault_id, "slot:recovery")),
    }


@dataclass
class VaultCheck:
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _session_factory(engine: Engine) -> sessionmaker[Session]:
    sessions = sessionmaker(engine, expire_on_commit=False)
    reindex_touched_matters_on_commit(sessions)
    return sessions


class Vault:
    """An unlocked vault. Hold it only while unlocked; `lock()` drops the keys and connections."""

    def __init__(self, path: Path, keyfile: KeyFile, vault_key: bytes, data_key: bytes) -> None:
        self.path = path
        self.vault_id = keyfile.vault_id
        self._keyfile = keyfile
        self._vault_key = bytearray(vault_key)
        self._data_key = bytearray(data_key)
        self._engine: Engine | None = make_engine(path, bytes(self._data_key))
        self._sessions = _session_factory(self._engine)

    # ----- creating and unlocking -------------------------------------------------------------
    @classmethod
    def create(
        cls, path: Path | str, passphrase: str, *, remember: bool = False
    ) -> tuple[Vault, str]:
        """A new vault at `path`; returns it and the recovery key to show the user once."""
        path = Path(path)
        if not passphrase:
            raise WrongSecretError("an empty passphrase is not allowed")
        if path.exists() or keyfile_path(path).exists():
            raise VaultExistsError(f"{path} already exists; choose another file name")
        if remember and not (status := keychain.keychain_status()).available:
            raise KeychainUnavailableError(status.reason)
        if not path.parent.is_dir():
            raise NotAVaultError(f"the folder {path.parent} does not exist")
        vault_id = str(uuid.uuid4())
        vault_key, data_key = keywrap.random_key(), keywrap.random_key()
        recovery_secret = new_recovery_secret()
        keyfile = KeyFile(
            vault_id=vault_id,
            data_key=_wrap_entry(vault_key, data_key, _aad(vault_id, "data-key")),
            slots=[
                _passphrase_slot(vault_id, vault_key, passphrase),
                _recovery_slot(vault_id, vault_key, recovery_secret),
            ],
        )
        try:
            engine = make_engine(path, data_key)
            try:
                migrate.upgrade(engine)
                with Session(engine) as session, session.begin():
                    from models.entities import Setting

                    for key, value in DEFAULT_SETTINGS.items():
                        session.add(Setting(key=key, value=value))
            finally:
                engine.dispose()
            write_keyfile(path, keyfile)
        except BaseException:
            _remove_vault_files(path)
            raise
        vault = cls(path, keyfile, vault_key, data_key)
        if remember:
            # A failure here must not leave a vault whose recovery key nobody has seen.
            try:
                vault.remember_on_this_computer()
            except BaseException:
                vault.lock()
                _remove_vault_files(path)
                raise
        return vault, format_recovery_key(recovery_secret)

    @classmethod
    def unlock_passphrase(cls, path: Path | str, passphrase: str) -> Vault:
        path = Path(path)
        keyfile = read_keyfile(path)
        slot = keyfile.slot("passphrase")
        if slot is None:
            raise WrongSecretError("this vault has no passphrase; unlock it with the recovery key")
        try:
            kdf = slot["kdf"]
            params = keywrap.Argon2Params(
                memory_kib=int(kdf["memory_kib"]),
                time_cost=int(kdf["time_cost"]),
                parallelism=int(kdf["parallelism"]),
            )
            salt = keywrap.b64d(kdf["salt"])
            if (
                kdf.get("name") != "argon2id"
                or not 8 <= params.memory_kib <= _MAX_ARGON2_MEMORY_KIB
                or not 1 <= params.time_cost <= _MAX_ARGON2_TIME_COST
                or not 1 <= params.parallelism <= _MAX_ARGON2_PARALLELISM
                or len(salt) < 8
            ):
                raise ValueError("passphrase slot parameters out of range")
            kek = keywrap.derive_from_passphrase(passphrase, salt, params)
            vault_key = _unwrap_entry(kek, slot, _aad(keyfile.vault_id, "slot:passphrase"))
        except keywrap.UnwrapError as exc:
            raise WrongSecretError("this passphrase does not open the vault") from exc
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise _damaged_keyfile(path) from exc
        return cls._open(path, keyfile, vault_key)

    @classmethod
    def unlock_recovery(cls, path: Path | str, recovery_key: str) -> Vault:
        path = Path(path)
        keyfile = read_keyfile(path)
        slot = keyfile.slot("recovery")
        secret = parse_recovery_key(recovery_key)
        if slot is None or secret is None:
            raise WrongSecretError("this recovery key does not open the vault")
        try:
            kek = keywrap.derive_from_recovery(secret, keywrap.b64d(slot["kdf"]["salt"]))
            vault_key = _unwrap_entry(kek, slot, _aad(keyfile.vault_id, "slot:recovery"))
        except keywrap.UnwrapError as exc:
            raise WrongSecretError("this recovery key does not open the vault") from exc
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise _damaged_keyfile(path) from exc
        return cls._open(path, keyfile, vault_key)

    @classmethod
    def unlock_keychain(cls, path: Path | str) -> Vault:
        path = Path(path)
        keyfile = read_keyfile(path)
        slot = keyfile.slot("keychain")
        if slot is None:
            raise KeychainUnavailableError("this vault is not remembered on this computer")
        stored = keychain.load_secret(slot["account"])
        if stored is None:
            raise KeychainUnavailableError(
                "the system keychain no longer holds this vault's key; unlock with the passphrase"
            )
        try:
            vault_key = _unwrap_entry(
                keywrap.b64d(stored), slot, _aad(keyfile.vault_id, "slot:keychain")
            )
        except (keywrap.UnwrapError, KeyError, TypeError, ValueError) as exc:
            raise KeychainUnavailableError(
                "the key in the system keychain does not open this vault; use the passphrase"
            ) from exc
        return cls._open(path, keyfile, vault_key)

    @classmethod
    def _open(cls, path: Path, keyfile: KeyFile, vault_key: bytes) -> Vault:
        candidates = [keyfile.data_key]
        if "pending" in keyfile.data_key:  # an interrupted rekey: the new key may be in force
            candidates.insert(0, keyfile.data_key["pending"])
        data_keys = []
        for entry in candidates:
            try:
                aad = _aad(keyfile.vault_id, "data-key")
                data_keys.append(_unwrap_entry(vault_key, entry, aad))
            except (keywrap.UnwrapError, KeyError, TypeError, ValueError) as exc:
                # The slot opened, so the secret was right: the data-key entry was altered.
                raise _damaged_keyfile(path) from exc
        data_key = _probe(path, data_keys)
        revision = _read_revision(path, data_key)
        if revision not in migrate.known_revisions():
            raise NewerVaultError(
                f"{path} was made by a newer version of Outbound (schema {revision}); "
                "update Outbound to open it"
            )
        if revision != migrate.head_revision():
            _backup_before_upgrade(path, data_key, revision)
        vault = cls(path, keyfile, vault_key, data_key)
        if revision != migrate.head_revision():
            migrate.upgrade(vault.engine)
        return vault

    # ----- using ------------------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLockedError("the vault is locked; unlock it first")
        return self._engine

    @property
    def is_locked(self) -> bool:
        return self._engine is None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one user action: committed when the block ends, rolled back on error."""
        self.engine  # noqa: B018 - raises when locked
        with self._sessions() as session, session.begin():
            yield session

    def subkey(self, purpose: str) -> bytes:
        """A key for wrapping secrets stored inside the vault (signing keys)."""
        if self.is_locked:
            raise VaultLockedError("the vault is locked; unlock it first")
        return keywrap.derive_subkey(bytes(self._vault_key), purpose)

    def lock(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        for buf in (self._vault_key, self._data_key):
            buf[:] = bytes(len(buf))  # overwrite as far as Python lets us

    # ----- key management ---------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str) -> None:
        if not new_passphrase:
            raise WrongSecretError("an empty passphrase is not allowed")
        self.engine  # noqa: B018 - raises when locked
        self._keyfile.replace_slot(
            _passphrase_slot(self.vault_id, bytes(self._vault_key), new_passphrase)
        )
        write_keyfile(self.path, self._keyfile)

    def new_recovery_key(self) -> str:
        """Replace the recovery key (the old one stops working); returns the new one."""
        self.engine  # noqa: B018
        secret = new_recovery_secret()
        self._keyfile.replace_slot(_recovery_slot(self.vault_id, bytes(self._vault_key), secret))
        write_keyfile(self.path, self._keyfile)
        return format_recovery_key(secret)

    def remember_on_this_computer(self) -> None:
        status = keychain.keychain_status()
        if not status.available:
            raise KeychainUnavailableError(status.reason)
        slot_key = keywrap.random_key()
        keychain.store_secret(self.vault_id, keywrap.b64e(slot_key))
        self._keyfile.replace_slot(
            {
                "type": "keychain",
                "service": keychain.SERVICE,
                "account": self.vault_id,
                **_wrap_entry(
                    slot_key, bytes(self._vault_key), _aad(self.vault_id, "slot:keychain")
                ),
            }
        )
        write_keyfile(self.path, self._keyfile)

    def forget_on_this_computer(self) -> None:
        slot = self._keyfile.slot("keychain")
        if slot is None:
            return
        keychain.delete_secret(slot["account"])
        self._keyfile.remove_slot("keychain")
        write_keyfile(self.path, self._keyfile)

    @property
    def remembered(self) -> bool:
        return self._keyfile.slot("keychain") is not None

    def rekey(self) -> None:
        """Rotate the data key: re-encrypt every page; the old data key stops working."""
        new_key = keywrap.random_key()
        aad = _aad(self.vault_id, "data-key")
        # Record the new key first, so an interruption mid-rekey never strands the data.
        self._keyfile.data_key = {
            **self._keyfile.data_key,
            "pending": _wrap_entry(bytes(self._vault_key), new_key, aad),
        }
        write_keyfile(self.path, self._keyfile)
        self.engine.dispose()
        conn = connect_raw(self.path, bytes(self._data_key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        finally:
            conn.close()
        self._keyfile.data_key = self._keyfile.data_key["pending"]
        write_keyfile(self.path, self._keyfile)
        self._data_key[:] = new_key
        self._engine = make_engine(self.path, bytes(self._data_key))
        self._sessions = _session_factory(self._engine)

    def backup(self, dest: Path | str) -> Path:
        """An encrypted copy (same keys) at `dest`, with its key file; refuses to overwrite."""
        dest = Path(dest)
        if dest.exists() or keyfile_path(dest).exists():
            raise VaultExistsError(f"{dest} already exists; choose another file name")
        try:
            _export_copy(self.engine, dest, bytes(self._data_key))
            write_keyfile(dest, read_keyfile(self.path))  # owner-only, like the original
        except BaseException:
            _remove_vault_files(dest)
            raise
        return dest

    def check(self) -> VaultCheck:
        from models.audit import verify_chain

        report = VaultCheck()
        with self.engine.connect() as conn:
            bad_pages = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            report.checked.append("page authentication (cipher_integrity_check)")
            report.problems += [f"encryption: {row[0]}" for row in bad_pages]
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
            report.checked.append("database structure (integrity_check)")
            if [r[0] for r in rows] != ["ok"]:
                report.problems += [f"structure: {row[0]}" for row in rows]
            revision = migrate.current_revision(conn)
            report.checked.append("schema is current")
            if revision != migrate.head_revision():
                report.problems.append(
                    f"schema is at {revision}, expected {migrate.head_revision()}"
                )
        with self.session() as session:
            chain = verify_chain(session)
            report.checked.append(f"audit chain ({chain.events} events)")
            report.problems += chain.problems
        return report


def _remove_vault_files(path: Path) -> None:
    """Undo a half-made vault or copy (only ever called on files this process just created)."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), keyfile_path(path)):
        leftover.unlink(missing_ok=True)


def _damaged_keyfile(path: Path) -> DamagedVaultError:
    return DamagedVaultError(
        f"the key file {keyfile_path(path).name} beside {path} is damaged; restore it from a backup"
    )


def _probe(path: Path, data_keys: list[bytes]) -> bytes:
    """The data key that reads `path`; classify what is wrong without writing anything."""
    size = path.stat().st_size
    if size == 0 or size % PAGE_SIZE:
        raise DamagedVaultError(
            f"{path} is truncated or damaged ({size} bytes); restore it from a backup"
        )
    with path.open("rb") as handle:
        if handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER:
            raise NotAVaultError(f"{path} is an unencrypted SQLite database, not an Outbound vault")
    for key in data_keys:
        try:
            conn = connect_raw(path, key, read_only=True)
        except Exception as exc:
            raise DamagedVaultError(f"{path} cannot be opened: {exc}") from exc
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return key
        except Exception as exc:
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
                continue  # page 1 does not authenticate under this key: try the next one
            # The key decrypted page 1, but the file is shorter than its header says or its
            # pages do not fit together: the right file, damaged.
            raise DamagedVaultError(
                f"{path} is truncated or damaged ({exc}); restore it from a backup"
            ) from exc
        finally:
            conn.close()
    raise NotAVaultError(
        f"{path} is not an Outbound vault, or it does not belong to the key file beside it"
    )


def _read_revision(path: Path, data_key: bytes) -> str:
    conn = connect_raw(path, data_key, read_only=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception as exc:
        message = str(exc)
        if "no such table" in message:
            raise NotAVaultError(f"{path} holds no Outbound schema") from exc
        raise DamagedVaultError(f"{path} is damaged ({message}); restore it from a backup") from exc
    finally:
        conn.close()
    if row is None:
        raise NotAVaultError(f"{path} holds no Outbound schema")
    return str(row[0])


def _export_copy(engine: Engine, dest: Path, data_key: bytes) -> None:
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        target = connect_raw(dest, data_key)
        try:
            raw.backup(target)
        finally:
            target.close()


def _backup_before_upgrade(path: Path, data_key: bytes, revision: str) -> Path:
    """Encrypted copy of an older vault, kept beside it, before migrations touch it."""
    from models.entities import utc_now_iso

    stamp = utc_now_iso().replace(":", "").replace("-", "").split(".")[0]
    dest = path.with_name(f"{path.name}.before-upgrade-{revision}-{stamp}")
    engine = make_engine(path, data_key)
    try:
        _export_copy(engine, dest, data_key)
    finally:
        engine.dispose()
    write_keyfile(dest, read_keyfile(path))  # owner-only, like the original
    return dest


__all__ = ["DEFAULT_SETTINGS", "Vault", "VaultCheck"]
