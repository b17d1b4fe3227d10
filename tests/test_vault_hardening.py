"""Small hostile or unlucky inputs around the vault: key files with wrong-typed or deeply nested
fields or absurd Argon2 costs, a damaged last page, a backup into a missing folder, and file
permissions. Each is one clear line (exit 2, or 1 for a failed check) and changes nothing."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

from models.entities import Matter
from models.errors import DamagedVaultError
from models.keyfile import keyfile_path
from models.vault import Vault

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery"


def outbound(*args: str | Path) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("OUTBOUND_")}
    environ.update({"OUTBOUND_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"})
    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        cwd=REPO,
        env=environ,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def vault_file(vault_factory, tmp_path: Path) -> Path:
    vault, _ = vault_factory("v.obv", PASSPHRASE)
    with vault.session() as session:
        for n in range(40):
            session.add(Matter(reference=f"OB-2026-{n:04d}", kind="travel", title="Trip " * 50))
    vault.lock()
    return tmp_path / "v.obv"


def _edit_keys(path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    keys = keyfile_path(path)
    doc = json.loads(keys.read_text())
    edit(doc)
    keys.write_text(json.dumps(doc))


def _passphrase_kdf(doc: dict) -> dict:  # type: ignore[type-arg]
    return next(s for s in doc["slots"] if s["type"] == "passphrase")["kdf"]


WRONG_TYPES = {
    "nonce is a number": lambda d: d["data_key"].update(nonce=12345),
    "ciphertext is a list": lambda d: d["data_key"].update(ciphertext=["a"]),
    "pending is text": lambda d: d["data_key"].update(pending="soon"),
    "kdf is a list": lambda d: next(s for s in d["slots"] if s["type"] == "passphrase").update(
        kdf=[1, 2]
    ),
    "memory is text": lambda d: _passphrase_kdf(d).update(memory_kib="65536"),
    "time cost is true": lambda d: _passphrase_kdf(d).update(time_cost=True),
    "salt is a number": lambda d: _passphrase_kdf(d).update(salt=7),
    "recovery kdf missing": lambda d: next(s for s in d["slots"] if s["type"] == "recovery").pop(
        "kdf"
    ),
    "slot nonce is null": lambda d: d["slots"][0].update(nonce=None),
}


@pytest.mark.parametrize("case", sorted(WRONG_TYPES))
def test_key_file_fields_of_the_wrong_type(vault_file: Path, case: str) -> None:
    _edit_keys(vault_file, WRONG_TYPES[case])
    before = _state(vault_file.parent)
    with pytest.raises(DamagedVaultError, match="is damaged"):
        Vault.unlock_passphrase(vault_file, PASSPHRASE)
    assert _state(vault_file.parent) == before


def test_wrong_typed_key_file_from_the_command_line(vault_file: Path) -> None:
    _edit_keys(vault_file, WRONG_TYPES["nonce is a number"])
    before = _state(vault_file.parent)
    result = outbound("vault", "check", vault_file)
    assert result.returncode in (1, 2)
    assert "is damaged" in _one_line(result)
    assert _state(vault_file.parent) == before


def test_key_file_nested_30000_deep(vault_file: Path) -> None:
    keys = keyfile_path(vault_file)
    deep = '{"format": "outbound-vault-keys", "version": 1, "x": ' + "[" * 30000 + "]" * 30000
    keys.write_text(deep + "}")
    before = _state(vault_file.parent)
    result = outbound("vault", "check", vault_file)
    assert result.returncode in (1, 2)
    assert "is damaged" in _one_line(result)
    assert _state(vault_file.parent) == before


@pytest.mark.parametrize(
    ("memory_kib", "time_cost", "parallelism"),
    [
        (8, 1, 16),  # Argon2's own minimum is 8 KiB per lane: argon2 itself would raise
        (4 * 1024 * 1024, 64, 1),  # 4 GiB and t = 64: five minutes per attempt
        (1024 * 1024, 1, 1),  # 1 GiB: far above anything Outbound writes
        (65536, 100, 1),
        (65536, 6, 16),
    ],
)
def test_argon2_costs_beyond_what_outbound_writes_are_refused(
    vault_file: Path, memory_kib: int, time_cost: int, parallelism: int
) -> None:
    _edit_keys(
        vault_file,
        lambda d: _passphrase_kdf(d).update(
            memory_kib=memory_kib, time_cost=time_cost, parallelism=parallelism
        ),
    )
    before = _state(vault_file.parent)
    result = outbound("vault", "check", vault_file)
    assert result.returncode in (1, 2)
    assert "is damaged" in _one_line(result)
    assert _state(vault_file.parent) == before


def test_the_production_argon2_cost_is_within_the_bounds(vault_file: Path) -> None:
    from models import keywrap, vault

    production = keywrap.Argon2Params()
    assert production.memory_kib * 4 <= vault._MAX_ARGON2_MEMORY_KIB
    assert production.time_cost * 2 <= vault._MAX_ARGON2_TIME_COST
    assert production.parallelism < vault._MAX_ARGON2_PARALLELISM


def test_backup_into_a_missing_folder(vault_file: Path) -> None:
    before = _state(vault_file.parent)
    result = outbound("vault", "backup", vault_file, vault_file.parent / "missing-dir" / "x")
    assert result.returncode == 2
    assert "missing-dir does not exist" in _one_line(result)
    assert _state(vault_file.parent) == before


def test_check_reports_a_flipped_byte_in_the_last_page(vault_file: Path) -> None:
    """The vault still opens (page 1 is intact); `vault check` must report, not crash."""
    data = bytearray(vault_file.read_bytes())
    data[-100] ^= 0x01
    vault_file.write_bytes(bytes(data))
    result = outbound("vault", "check", vault_file)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "PROBLEM:" in result.stdout
    assert "No problems found." not in result.stdout
    assert "problem" in _one_line(result)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_vault_file_is_owner_only(vault_factory, tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # the usual default, under which files come out 0644
    try:
        vault, _ = vault_factory("m.obv", PASSPHRASE)
        path = tmp_path / "m.obv"
        with vault.session() as session:  # open and written: -wal and -shm exist
            session.add(Matter(reference="OB-2026-0001", kind="travel", title="Trip"))
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        copy = vault.backup(tmp_path / "copy.obv")
        files = [path, wal, shm, keyfile_path(path), copy, keyfile_path(copy)]
        assert {f.name: _mode(f) for f in files} == {f.name: 0o600 for f in files}
        vault.lock()
    finally:
        os.umask(old_umask)


def test_an_older_world_readable_vault_is_made_owner_only_on_open(vault_file: Path) -> None:
    os.chmod(vault_file, 0o644)
    Vault.unlock_passphrase(vault_file, PASSPHRASE).lock()
    assert _mode(vault_file) == 0o600


def test_nfc_and_nfd_names_are_called_what_they_are() -> None:
    from bundles.limits import Limits
    from bundles.zipsafety import directory_problems

    composed = unicodedata.normalize("NFC", "bag/data/résumé.pdf")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(composed, b"one")
        zf.writestr(decomposed, b"two")
        zf.writestr("bag/data/Notes.txt", b"x")
        zf.writestr("bag/data/notes.txt", b"y")
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as zf:
        problems = directory_problems(zf, buffer, Limits())
    [normalization] = [p for p in problems if "résumé" in unicodedata.normalize("NFC", p)]
    assert "Unicode normalization" in normalization
    assert "letter case" not in normalization
    [case] = [p for p in problems if "otes.txt" in p]
    assert "differ only by letter case" in case
