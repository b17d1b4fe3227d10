"""`outbound vault ...` as a user runs it: a separate process, secrets from the environment or
files, exit status 0 / 1 (check found problems) / 2 (usage or input error, one line on stderr).

The fast test KDF does not reach a subprocess, but a vault made in-process records its (cheap)
Argon2 parameters in its key file, so only `init` pays the production cost.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from models.entities import Matter
from models.vault import Vault

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery"
KEY_RE = re.compile(r"\b([0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){7})\b")


def outbound(*args: str | Path, passphrase: str | None = PASSPHRASE, **env: str):
    environ = {k: v for k, v in os.environ.items() if not k.startswith("OUTBOUND_")}
    environ["QT_QPA_PLATFORM"] = "offscreen"
    if passphrase is not None:
        environ["OUTBOUND_PASSPHRASE"] = passphrase
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        cwd=REPO,
        env=environ,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _one_error_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("outbound: ")
    assert "Traceback" not in result.stderr
    return lines[0]


def _digests(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


@pytest.fixture
def made(vault_factory, tmp_path: Path) -> tuple[Path, str]:
    vault, recovery = vault_factory("v.obv", PASSPHRASE)
    with vault.session() as session:
        session.add(Matter(reference="OB-2026-0042", kind="secondment", title="Chip architect"))
    vault.lock()
    return tmp_path / "v.obv", recovery


def _references(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    vault = Vault.unlock_passphrase(path, passphrase)
    try:
        with vault.session() as session:
            return [m.reference for m in session.query(Matter)]
    finally:
        vault.lock()


def test_init_then_check(tmp_path: Path) -> None:
    path = tmp_path / "new.obv"
    init = outbound("vault", "init", path)
    assert init.returncode == 0, init.stderr
    assert init.stderr == ""
    keys = KEY_RE.findall(init.stdout)
    assert len(keys) == 1, init.stdout  # printed exactly once
    assert "shown only this once" in init.stdout and "offline" in init.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.obv", "new.obv.keys"]

    check = outbound("vault", "check", path)
    assert check.returncode == 0, check.stderr
    assert "page authentication" in check.stdout and "audit chain" in check.stdout
    assert "No problems found." in check.stdout
    # The recovery key printed by init opens the vault.
    Vault.unlock_recovery(path, keys[0]).lock()


def test_init_refuses_an_existing_path(made) -> None:
    path, _ = made
    before = _digests(path, Path(f"{path}.keys"))
    result = outbound("vault", "init", path)
    assert result.returncode == 2
    assert "already exists" in _one_error_line(result)
    assert result.stdout == ""
    assert _digests(path, Path(f"{path}.keys")) == before


def test_init_writes_a_recovery_kit_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader

    path, kit = tmp_path / "k.obv", tmp_path / "kit.pdf"
    result = outbound("vault", "init", path, "--recovery-kit", kit)
    assert result.returncode == 0, result.stderr
    [key] = KEY_RE.findall(result.stdout)
    assert stat.S_IMODE(kit.stat().st_mode) == 0o600
    reader = PdfReader(kit)
    assert len(reader.pages) == 1
    extracted = re.sub(r"[\s\-]", "", reader.pages[0].extract_text())
    assert key.replace("-", "") in extracted
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_init_refuses_to_overwrite_a_kit_and_creates_nothing(tmp_path: Path) -> None:
    kit = tmp_path / "kit.pdf"
    kit.write_bytes(b"my other file")
    result = outbound("vault", "init", tmp_path / "k.obv", "--recovery-kit", kit)
    assert result.returncode == 2
    assert "already exists" in _one_error_line(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kit.pdf"]
    assert kit.read_bytes() == b"my other file"


def test_init_remember_without_a_keychain_is_refused_before_creating(tmp_path: Path) -> None:
    result = outbound(
        "vault",
        "init",
        tmp_path / "r.obv",
        "--remember",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    assert result.returncode == 2
    assert "cannot remember the vault on this computer" in _one_error_line(result)
    assert list(tmp_path.iterdir()) == []


def test_wrong_passphrase_exit_2_one_line(made) -> None:
    path, _ = made
    before = _digests(path, Path(f"{path}.keys"))
    result = outbound("vault", "check", path, passphrase="not the passphrase")
    assert result.returncode == 2
    assert _one_error_line(result) == "outbound: this passphrase does not open the vault"
    assert _digests(path, Path(f"{path}.keys")) == before


def test_no_passphrase_and_no_terminal_exit_2(made) -> None:
    path, _ = made
    result = outbound("vault", "check", path, passphrase=None)
    assert result.returncode == 2
    assert "OUTBOUND_PASSPHRASE" in _one_error_line(result)


def test_not_a_vault_exit_2(tmp_path: Path) -> None:
    result = outbound("vault", "check", tmp_path / "missing.obv")
    assert result.returncode == 2
    assert "there is no vault at" in _one_error_line(result)


def test_check_finds_problems_exit_1(made) -> None:
    path, _ = made
    vault = Vault.unlock_passphrase(path, PASSPHRASE)
    from models.audit import record_event

    with vault.session() as session:
        for n in range(3):
            record_event(
                session,
                actor="me",
                action=f"step.{n}",
                entity="matter",
                entity_id="m",
                matter_id="m",
            )
        session.execute(text("DELETE FROM audit_event WHERE action = 'step.1'"))
    vault.lock()
    result = outbound("vault", "check", path)
    assert result.returncode == 1
    assert "PROBLEM: matter m: event 2 (step.2" in result.stdout
    assert "1 problem found" in _one_error_line(result)


def test_check_of_a_truncated_vault_exit_1(made) -> None:
    path, _ = made
    path.write_bytes(path.read_bytes()[:8192])
    result = outbound("vault", "check", path)
    assert result.returncode == 1
    assert "PROBLEM:" in result.stdout and "truncated or damaged" in result.stdout
    assert "is damaged" in _one_error_line(result)


def test_passwd_from_the_environment_and_from_a_file(made, tmp_path: Path) -> None:
    path, recovery = made
    result = outbound("vault", "passwd", path, OUTBOUND_NEW_PASSPHRASE="second passphrase")
    assert result.returncode == 0, result.stderr
    assert outbound("vault", "check", path).returncode == 2  # the old one is retired
    assert _references(path, "second passphrase") == ["OB-2026-0042"]

    current, new = tmp_path / "current.txt", tmp_path / "new.txt"
    current.write_text("second passphrase\n")
    new.write_text("third passphrase\n")
    result = outbound(
        "vault",
        "passwd",
        path,
        "--passphrase-file",
        current,
        "--new-passphrase-file",
        new,
        passphrase=None,
    )
    assert result.returncode == 0, result.stderr
    assert _references(path, "third passphrase") == ["OB-2026-0042"]

    # A forgotten passphrase: the recovery key stands in for the current one.
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery.lower().replace("-", " ") + "\n")
    result = outbound(
        "vault",
        "passwd",
        path,
        "--recovery-key-file",
        key_file,
        passphrase=None,
        OUTBOUND_NEW_PASSPHRASE="fourth passphrase",
    )
    assert result.returncode == 0, result.stderr
    assert _references(path, "fourth passphrase") == ["OB-2026-0042"]


def test_passwd_without_a_new_passphrase_changes_nothing(made) -> None:
    path, _ = made
    before = _digests(path, Path(f"{path}.keys"))
    result = outbound("vault", "passwd", path)
    assert result.returncode == 2
    assert "OUTBOUND_NEW_PASSPHRASE" in _one_error_line(result)
    assert _digests(path, Path(f"{path}.keys")) == before


def test_rekey(made) -> None:
    path, recovery = made
    before = _digests(path)
    result = outbound("vault", "rekey", path)
    assert result.returncode == 0, result.stderr
    assert _digests(path) != before
    assert _references(path) == ["OB-2026-0042"]
    Vault.unlock_recovery(path, recovery).lock()
    assert outbound("vault", "check", path).returncode == 0


def test_backup(made, tmp_path: Path) -> None:
    path, recovery = made
    dest = tmp_path / "copies" / "v-copy.obv"
    dest.parent.mkdir()
    result = outbound("vault", "backup", path, dest)
    assert result.returncode == 0, result.stderr
    assert _references(dest) == ["OB-2026-0042"]
    Vault.unlock_recovery(dest, recovery).lock()
    again = outbound("vault", "backup", path, dest)
    assert again.returncode == 2
    assert "already exists" in _one_error_line(again)


def test_usage_error_exit_2(made) -> None:
    result = outbound("vault", "backup", made[0])  # DEST missing
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_vault_commands_do_not_import_qt(made) -> None:
    path, _ = made
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"rc = main(['vault', 'check', {str(path)!r}])\n"
        "assert rc == 0, rc\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT:', loaded)\n"
    )
    environ = {**os.environ, "OUTBOUND_PASSPHRASE": PASSPHRASE}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout
