"""A vault: one SQLCipher file plus its key file. Create, unlock, lock, re-wrap, rekey, back up,
check. Every failure to open leaves both files byte-identical.
"""

from __future__ import annotations

import binascii
import contextlib
import os
import stat
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from models import history, keychain, keywrap, migrate
from models.engine import BUSY_TIMEOUT_SECONDS, PAGE_SIZE, connect_raw, make_engine
from models.errors import (
    DamagedVaultError,
    KeychainUnavailableError,
    NewerVaultError,
    NotAVaultError,
    VaultBusyError,
    VaultError,
    VaultExistsError,
    VaultLockedError,
    WrongSecretError,
)
from models.keyfile import (
    KeyFile,
    changing,
    creating_path,
    fsync_folder,
    glob_escape,
    keyfile_path,
    lock_path,
    read_keyfile,
    remove_stale_temporaries,
    write_keyfile,
)
from models.killpoints import kill_point
from models.recovery import format_recovery_key, new_recovery_secret, parse_recovery_key
from models.search import reindex_touched_matters_on_commit

# Bounds on the Argon2id cost a key file may ask for: what Outbound writes (64 MiB, t = 6,
# p = 1; tests 8 MiB, t = 1) with headroom for a later, costlier default. A damaged or hostile
# key file must not make an unlock attempt allocate gigabytes or spin for minutes: the worst
# accepted cost is 256 MiB and 8x the default's work, a few seconds.
_MIN_ARGON2_MEMORY_KIB = 8 * 1024
_MAX_ARGON2_MEMORY_KIB = 256 * 1024
_MAX_ARGON2_TIME_COST = 12
_MAX_ARGON2_PARALLELISM = 4
_SQLITE_HEADER = b"SQLite format 3\x00"
_KEY_RACE_RETRIES = 4

DEFAULT_SETTINGS: dict[str, Any] = {
    "organisation": "",
    "reference_prefix": "OB",
    "idle_lock_minutes": 15,
    "page_size": "A4",
    # The memo's confidentiality marking: "none", "organisation" (memo_marking_text) or
    # "us_privilege" (the US attorney-client legend, of no effect under PRC law).
    "memo_marking": "none",
    "memo_marking_text": "",
    "us_counsel_note": (
        "Conclusions on US law are given for orientation only and are to be confirmed by "
        "US-qualified counsel before anyone relies on them."
    ),
    # A one-person team may let the preparer also review or approve (audited, printed).
    "one_person_waiver": False,
    # The language a new memo is composed in: "en", "zh" or "bilingual" (issue 16).
    "memo_language": "en",
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
        # What the per-computer history record says of this vault, checked at open; the record
        # is brought up to date at lock only while it agrees (a mismatch is kept as evidence).
        self.history_warning: str | None = None
        self._history_base: history.HistoryMark | None = None
        self._history_agrees = True

    # ----- creating and unlocking -------------------------------------------------------------
    @classmethod
    def create(
        cls, path: Path | str, passphrase: str, *, remember: bool = False
    ) -> tuple[Vault, str]:
        """A new vault at `path`; returns it and the recovery key to show the user once."""
        path = Path(path)
        if not passphrase:
            raise WrongSecretError("an empty passphrase is not allowed")
        if not path.parent.is_dir():
            raise NotAVaultError(f"the folder {path.parent} does not exist")
        _remove_interrupted_init(path)
        if path.exists() or keyfile_path(path).exists():
            raise VaultExistsError(f"{path} already exists; choose another file name")
        if remember and not (status := keychain.keychain_status()).available:
            raise KeychainUnavailableError(status.reason)
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
        # Built whole under a name of its own, then moved into place: the database first, the
        # key file last. A crash at any point leaves either nothing at `path` or a database
        # without a key file beside the `.creating.keys` that marks it as ours, which the next
        # `create` removes (docs/vault-format.md, "Creating a vault").
        building = creating_path(path)
        placed = False
        try:
            _create_private_file(building)
            engine = make_engine(building, data_key)
            try:
                migrate.upgrade(engine)
                with Session(engine) as session, session.begin():
                    from models.entities import Setting

                    for key, value in DEFAULT_SETTINGS.items():
                        session.add(Setting(key=key, value=value))
            finally:
                engine.dispose()  # checkpoints: no -wal/-shm left to move
            kill_point("init.database_built")
            write_keyfile(building, keyfile)
            kill_point("init.keys_built")
            if path.exists() or keyfile_path(path).exists():
                raise VaultExistsError(f"{path} already exists; choose another file name")
            os.replace(building, path)
            placed = True
            fsync_folder(path.parent)
            kill_point("init.database_placed")
            os.replace(keyfile_path(building), keyfile_path(path))
            fsync_folder(path.parent)
            kill_point("init.keys_placed")
        except BaseException:
            _remove_vault_files(building)
            if placed and not keyfile_path(path).exists():
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
                or not _MIN_ARGON2_MEMORY_KIB <= params.memory_kib <= _MAX_ARGON2_MEMORY_KIB
                or not 1 <= params.time_cost <= _MAX_ARGON2_TIME_COST
                or not 1 <= params.parallelism <= _MAX_ARGON2_PARALLELISM
                or params.memory_kib < 8 * params.parallelism  # Argon2's own minimum
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
        if "pending" in keyfile.data_key or _leftovers_of_a_change(path):
            # An interrupted change: settle a pending data key (promote or discard it) and
            # remove what the killed process left, unless another process holds the change
            # lock, i.e. may be mid-change right now.
            with contextlib.suppress(VaultError, OSError), changing(path):
                remove_stale_temporaries(path)
                keyfile = _settle_pending(path, vault_key)
        data_key, revision = _key_in_force(path, keyfile, vault_key)
        _make_private(path)
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
        vault._look_at_history()
        return vault

    def _look_at_history(self) -> None:
        """Compare with the history last seen on this computer (a quick count, not a rehash)."""
        try:
            recorded = history.recorded_mark(self.vault_id)
            if recorded is None:
                return
            with self.session() as session:
                problem = (
                    history.problem_against(session, recorded, history.ON_THIS_COMPUTER)
                    if history.missing_since(session, recorded)
                    else None
                )
        except Exception:  # the record is a witness, never a reason not to open
            return
        if problem is None:
            self._history_base = recorded
        else:
            self.history_warning, self._history_agrees = problem, False

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
        try:
            with self._sessions() as session, session.begin():
                yield session
        except DatabaseError as exc:
            reason = str(exc.orig)
            if "database is locked" in reason:
                raise VaultBusyError(
                    "the vault is busy: another Outbound kept it locked for "
                    f"{BUSY_TIMEOUT_SECONDS} seconds; nothing was saved, try again"
                ) from exc
            if "file is not a database" in reason and self._follow_rotation():
                raise VaultBusyError(
                    "the vault was re-encrypted with a new data key by another Outbound just "
                    "now; nothing was saved: do it again"
                ) from exc
            raise

    def _follow_rotation(self) -> bool:
        """After another process rotated the data key: connect with the key now in force."""
        try:
            keyfile = self._current_keyfile()
            current, pending = _data_keys(self.path, keyfile, bytes(self._vault_key))
            key = _probe(self.path, [k for k in (pending, current) if k is not None])
        except (OSError, VaultError):
            return False
        if key == bytes(self._data_key):
            return False
        self._disconnect()
        self._connect(key)
        return True

    def subkey(self, purpose: str) -> bytes:
        """A key for wrapping secrets stored inside the vault (signing keys)."""
        if self.is_locked:
            raise VaultLockedError("the vault is locked; unlock it first")
        return keywrap.derive_subkey(bytes(self._vault_key), purpose)

    def lock(self) -> None:
        if self._engine is not None:
            self._remember_history()
            self._engine.dispose()
        self._engine = None
        for buf in (self._vault_key, self._data_key):
            buf[:] = bytes(len(buf))  # overwrite as far as Python lets us

    def _remember_history(self) -> None:
        if not self._history_agrees:
            return
        # A witness that cannot be written must not stop the vault from locking.
        with contextlib.suppress(Exception):
            with self.session() as session:
                mark = history.current_mark(session, since=self._history_base)
            history.record_mark(self.vault_id, mark)

    def accept_history(self, *, actor: str) -> None:
        """Counsel restored an older copy on purpose: say so in the vault's own audit trail, and
        make its present history what this computer expects from now on."""
        from models.audit import record_event

        with self.session() as session:
            record_event(
                session,
                actor=actor,
                action="vault.history_accepted",
                entity="vault",
                entity_id=self.vault_id,
                details={"warning": self.history_warning or ""},
            )
        with self.session() as session:
            mark = history.current_mark(session)
        history.record_mark(self.vault_id, mark)
        self.history_warning, self._history_agrees, self._history_base = None, True, mark

    def history_mark(self) -> history.HistoryMark:
        """The vault's audit history now, for a signed memo or an exported bundle to carry."""
        with self.session() as session:
            return history.current_mark(session)

    # ----- key management ---------------------------------------------------------------------
    def _change_keyfile(self, change: Callable[[KeyFile], None]) -> None:
        """Read-modify-write of the key file on disk (never the copy read at unlock) under the
        change lock, so a change made meanwhile by another process or handle is kept."""
        self.engine  # noqa: B018 - raises when locked
        with changing(self.path):
            remove_stale_temporaries(self.path)
            keyfile = self._current_keyfile()
            change(keyfile)
            write_keyfile(self.path, keyfile)
            self._keyfile = keyfile

    def _current_keyfile(self) -> KeyFile:
        keyfile = read_keyfile(self.path)
        if keyfile.vault_id != self.vault_id:
            raise NotAVaultError(
                f"the key file beside {self.path} now belongs to another vault; nothing was changed"
            )
        return keyfile

    def change_passphrase(self, new_passphrase: str) -> None:
        if not new_passphrase:
            raise WrongSecretError("an empty passphrase is not allowed")
        slot = _passphrase_slot(self.vault_id, bytes(self._vault_key), new_passphrase)
        self._change_keyfile(lambda keyfile: keyfile.replace_slot(slot))

    def new_recovery_key(self) -> str:
        """Replace the recovery key (the old one stops working); returns the new one."""
        secret = new_recovery_secret()
        slot = _recovery_slot(self.vault_id, bytes(self._vault_key), secret)
        self._change_keyfile(lambda keyfile: keyfile.replace_slot(slot))
        return format_recovery_key(secret)

    def remember_on_this_computer(self) -> None:
        status = keychain.keychain_status()
        if not status.available:
            raise KeychainUnavailableError(status.reason)
        slot_key = keywrap.random_key()
        slot = {
            "type": "keychain",
            "service": keychain.SERVICE,
            "account": self.vault_id,
            **_wrap_entry(slot_key, bytes(self._vault_key), _aad(self.vault_id, "slot:keychain")),
        }

        def add_slot(keyfile: KeyFile) -> None:
            # Stored first: a crash between leaves an unused keychain entry, never a slot whose
            # key is nowhere.
            keychain.store_secret(self.vault_id, keywrap.b64e(slot_key))
            keyfile.replace_slot(slot)

        self._change_keyfile(add_slot)

    def forget_on_this_computer(self) -> None:
        accounts: list[str] = []

        def drop_slot(keyfile: KeyFile) -> None:
            slot = keyfile.slot("keychain")
            if slot is not None:
                accounts.append(slot["account"])
            keyfile.remove_slot("keychain")

        self._change_keyfile(drop_slot)
        for account in accounts:  # after the slot is gone from disk: never a slot without key
            keychain.delete_secret(account)

    @property
    def remembered(self) -> bool:
        with contextlib.suppress(OSError, VaultError):
            self._keyfile = self._current_keyfile()
        return self._keyfile.slot("keychain") is not None

    def rekey(self) -> None:
        """Rotate the data key: re-encrypt every page; the old data key stops working.

        Under the change lock, against the key file on disk: an earlier interrupted rekey is
        settled first, the new key is recorded as `pending` before the file is re-encrypted and
        promoted after (docs/vault-format.md, "The key file's states").
        """
        self.engine  # noqa: B018 - raises when locked
        vault_key = bytes(self._vault_key)
        with changing(self.path):
            remove_stale_temporaries(self.path)
            self._current_keyfile()
            keyfile = _settle_pending(self.path, vault_key)
            current, _ = _data_keys(self.path, keyfile, vault_key)
            kill_point("rekey.locked")
            new_key = keywrap.random_key()
            wrapped_new = _wrap_entry(vault_key, new_key, _aad(self.vault_id, "data-key"))
            keyfile.data_key = {**keyfile.data_key, "pending": wrapped_new}
            write_keyfile(self.path, keyfile)
            kill_point("rekey.pending_written")
            self._disconnect()
            try:
                _reencrypt(self.path, current, new_key)
            except BaseException:
                # Not killed, so we can look: keep whichever key the file is under.
                keyfile = _settle_pending(self.path, vault_key)
                self._connect(_data_keys(self.path, keyfile, vault_key)[0])
                raise
            keyfile.data_key = wrapped_new
            write_keyfile(self.path, keyfile)
            kill_point("rekey.promoted")
            self._keyfile = keyfile
        self._connect(new_key)

    def _disconnect(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    def _connect(self, data_key: bytes) -> None:
        self._data_key[:] = data_key
        self._engine = make_engine(self.path, bytes(self._data_key))
        self._sessions = _session_factory(self._engine)

    def backup(self, dest: Path | str) -> Path:
        """An encrypted copy (same keys) at `dest`, with its key file; refuses to overwrite."""
        dest = Path(dest)
        if not dest.parent.is_dir():
            raise NotAVaultError(f"the folder {dest.parent} does not exist; create it first")
        if dest.exists() or keyfile_path(dest).exists():
            raise VaultExistsError(f"{dest} already exists; choose another file name")
        # The copy's key file: this vault's slots, and the data key this handle reads with.
        keyfile = self._current_keyfile()
        keyfile.data_key = _wrap_entry(
            bytes(self._vault_key), bytes(self._data_key), _aad(self.vault_id, "data-key")
        )
        try:
            _create_private_file(dest)
            _export_copy(self.engine, dest, bytes(self._data_key))
            write_keyfile(dest, keyfile)
        except OSError as exc:
            _remove_vault_files(dest)
            raise NotAVaultError(
                f"cannot write the copy {dest}: {exc.strerror or exc}; choose another place"
            ) from exc
        except BaseException:
            _remove_vault_files(dest)
            raise
        return dest

    def check(
        self, against: list[tuple[history.HistoryMark, str]] | None = None
    ) -> VaultCheck:
        """Every check that can be made; damage is reported as a problem, never raised.
        `against`: outside witnesses (mark, what it is) the history must still contain."""
        from models.audit import verify_chain

        report = VaultCheck()
        with contextlib.suppress(OSError, VaultError):
            if "pending" in read_keyfile(self.path).data_key:
                report.problems.append(
                    "key file: a data-key rotation was interrupted and is not settled yet "
                    "(another Outbound may be rotating it now); open the vault again when no "
                    "other Outbound is running, then check again"
                )
        report.checked.append("key file state")
        try:
            with self.engine.connect() as conn:
                # Pages still in the write-ahead log (a crash mid-rekey leaves the whole file
                # there) go into the file first, or their stale copies would fail the HMAC.
                # On the DB-API connection: SQLAlchemy would open a transaction around it.
                raw = conn.connection.dbapi_connection
                assert raw is not None
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except Exception as exc:  # reported, not raised
            report.problems.append(f"write-ahead log: {_sqlite_message(exc)}")
        steps: list[tuple[str, Callable[[Any], list[str]]]] = [
            ("page authentication (cipher_integrity_check)", _cipher_problems),
            ("database structure (integrity_check)", _structure_problems),
            ("schema is current", _schema_problems),
        ]
        for label, step in steps:
            try:
                with self.engine.connect() as conn:
                    report.problems += step(conn)
            except Exception as exc:  # damage is a finding, not a crash
                report.problems.append(f"{label}: {_sqlite_message(exc)}")
            report.checked.append(label)
        try:
            with self.session() as session:
                chain = verify_chain(session)
            report.checked.append(f"audit chain ({chain.events} events)")
            report.problems += chain.problems
        except Exception as exc:  # unreadable: a finding
            report.checked.append("audit chain")
            report.problems.append(f"audit chain: cannot be read: {_sqlite_message(exc)}")
        witnesses = list(against or [])
        with contextlib.suppress(OSError):
            recorded = history.recorded_mark(self.vault_id)
            if recorded is not None:
                witnesses.insert(0, (recorded, history.ON_THIS_COMPUTER))
        for mark, witness in witnesses:
            try:
                with self.session() as session:
                    problem = history.problem_against(session, mark, witness)
            except Exception as exc:  # unreadable: a finding
                problem = f"history against {witness}: {_sqlite_message(exc)}"
            report.checked.append(f"history against {witness} ({mark.events} events)")
            if problem is not None:
                report.problems.append(problem)
        return report


def _cipher_problems(conn: Any) -> list[str]:
    rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
    return [f"encryption: {row[0]}" for row in rows]


def _structure_problems(conn: Any) -> list[str]:
    rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
    return [] if [r[0] for r in rows] == ["ok"] else [f"structure: {row[0]}" for row in rows]


def _schema_problems(conn: Any) -> list[str]:
    revision = migrate.current_revision(conn)
    if revision != migrate.head_revision():
        return [f"schema is at {revision}, expected {migrate.head_revision()}"]
    return []


def _sqlite_message(exc: BaseException) -> str:
    inner = getattr(exc, "orig", None) or exc
    return f"{inner}; the file is damaged: restore it from a backup or keep this report"


def _remove_vault_files(path: Path) -> None:
    """Undo a half-made vault or copy (only ever called on files this process just created)."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), keyfile_path(path)):
        leftover.unlink(missing_ok=True)


def _remove_interrupted_init(path: Path) -> None:
    """What a `create` killed part-way left: its `.creating` files, and a database moved into
    place whose key file never followed (the `.creating.keys` beside it proves it is ours)."""
    building = creating_path(path)
    if keyfile_path(building).exists() and not keyfile_path(path).exists():
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
    _remove_vault_files(building)
    for leftover in building.parent.glob(f"{glob_escape(keyfile_path(building).name)}.*.tmp"):
        leftover.unlink(missing_ok=True)


def _create_private_file(path: Path) -> None:
    """An empty file readable by its owner only, for SQLite to fill: SQLite gives the `-wal`
    and `-shm` files it makes the database file's permissions."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _make_private(path: Path) -> None:
    """Vaults made before files were created owner-only: take the group and world bits off."""
    for item in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            mode = stat.S_IMODE(item.stat().st_mode)
            if mode & 0o077:
                os.chmod(item, mode & 0o700)


def _leftovers_of_a_change(path: Path) -> bool:
    keys = keyfile_path(path)
    return lock_path(path).exists() or any(keys.parent.glob(glob_escape(keys.name) + ".*.tmp"))


def _data_keys(path: Path, keyfile: KeyFile, vault_key: bytes) -> tuple[bytes, bytes | None]:
    """The current data key and the pending one (None outside an interrupted rekey)."""
    aad = _aad(keyfile.vault_id, "data-key")
    try:
        current = _unwrap_entry(vault_key, keyfile.data_key, aad)
        entry = keyfile.data_key.get("pending")
        pending = None if entry is None else _unwrap_entry(vault_key, entry, aad)
    except (keywrap.UnwrapError, KeyError, TypeError, ValueError, binascii.Error) as exc:
        # The slot opened, so the secret was right: the data-key entry was altered.
        raise _damaged_keyfile(path) from exc
    return current, pending


def _key_in_force(path: Path, keyfile: KeyFile, vault_key: bytes) -> tuple[bytes, str]:
    """The data key that opens the database, and its schema revision. Another process may
    rotate the key between our reading the key file and the database: then the key file on
    disk has changed too, and we read it again (never more than a few times)."""
    for attempt in range(_KEY_RACE_RETRIES + 1):
        current, pending = _data_keys(path, keyfile, vault_key)
        try:
            data_key = _probe(path, [pending, current] if pending is not None else [current])
            return data_key, _read_revision(path, data_key)
        except (NotAVaultError, DamagedVaultError):
            fresh = read_keyfile(path)
            if attempt == _KEY_RACE_RETRIES or fresh.to_json() == keyfile.to_json():
                raise
            keyfile = fresh
    raise AssertionError("unreachable")  # pragma: no cover


def _settle_pending(path: Path, vault_key: bytes) -> KeyFile:
    """Under the change lock: the key file from disk with any pending data key settled, by
    testing which key opens the database (promote it, or discard it), written atomically."""
    keyfile = read_keyfile(path)
    current, pending = _data_keys(path, keyfile, vault_key)
    if pending is None:
        return keyfile
    in_force = _probe(path, [pending, current])
    if in_force == pending:
        keyfile.data_key = {k: v for k, v in keyfile.data_key["pending"].items()}
    else:
        keyfile.data_key = {k: v for k, v in keyfile.data_key.items() if k != "pending"}
    write_keyfile(path, keyfile)
    kill_point("settle.written")
    return keyfile


def _reencrypt(path: Path, current: bytes, new_key: bytes) -> None:
    conn = connect_raw(path, current)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        kill_point("rekey.reencrypted")
        # Into the main file now: until then its pages are still under the old key.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        kill_point("rekey.checkpointed")
    finally:
        conn.close()


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
        _create_private_file(dest)
        _export_copy(engine, dest, data_key)
    finally:
        engine.dispose()
    write_keyfile(dest, read_keyfile(path))  # owner-only, like the original
    return dest


__all__ = ["DEFAULT_SETTINGS", "Vault", "VaultCheck"]
