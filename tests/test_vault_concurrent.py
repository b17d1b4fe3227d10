"""Two handles on one vault: a `Vault` held open here and an `outbound` process interleaving
rekey and passphrase change in both orders. The vault always opens with the newest secret, or
the second change is refused with one clear line. Concurrent writers wait instead of failing."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from vault_support import run_outbound

from models import engine as engine_module
from models.entities import Matter
from models.errors import VaultBusyError, WrongSecretError
from models.keyfile import changing, keyfile_path, read_keyfile
from models.vault import Vault

REPO = Path(__file__).resolve().parent.parent
OLD, NEW, NEWER = "correct horse battery", "a brand new passphrase", "and yet another one"


def outbound(*args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    return run_outbound(*args, passphrase=OLD, **env)


@pytest.fixture
def held(vault_factory, tmp_path: Path):
    """A vault with one matter, held unlocked (as the window holds it)."""
    vault, recovery = vault_factory("v.obv", OLD)
    with vault.session() as session:
        session.add(Matter(reference="OB-2026-0001", kind="travel", title="Trip"))
    return vault, tmp_path / "v.obv", recovery


def _opens_with(path: Path, passphrase: str) -> list[str]:
    vault = Vault.unlock_passphrase(path, passphrase)
    try:
        assert vault.check().ok
        with vault.session() as session:
            return list(session.scalars(select(Matter.reference)))
    finally:
        vault.lock()


def _refused(path: Path, passphrase: str) -> None:
    with pytest.raises(WrongSecretError):
        Vault.unlock_passphrase(path, passphrase)


def test_window_changes_passphrase_after_another_process_rekeyed(held) -> None:
    vault, path, recovery = held
    assert outbound("vault", "rekey", path).returncode == 0
    vault.change_passphrase(NEW)  # the stale copy read at unlock must not be written back
    vault.lock()
    assert _opens_with(path, NEW) == ["OB-2026-0001"]
    _refused(path, OLD)
    Vault.unlock_recovery(path, recovery).lock()


def test_window_rekeys_after_another_process_changed_the_passphrase(held) -> None:
    vault, path, _ = held
    done = outbound("vault", "passwd", path, OUTBOUND_NEW_PASSPHRASE=NEW)
    assert done.returncode == 0, done.stderr
    vault.rekey()  # must not undo the passphrase change
    with vault.session() as session:  # and the window keeps working on the new key
        session.add(Matter(reference="OB-2026-0002", kind="travel", title="Second"))
    vault.lock()
    assert _opens_with(path, NEW) == ["OB-2026-0001", "OB-2026-0002"]
    _refused(path, OLD)


def test_window_rekeys_after_another_process_rekeyed(held) -> None:
    vault, path, _ = held
    assert outbound("vault", "rekey", path).returncode == 0
    vault.rekey()  # rotates from the key on disk, not the one it unlocked with
    vault.lock()
    assert _opens_with(path, OLD) == ["OB-2026-0001"]


def test_process_changes_passphrase_after_the_window_rekeyed(held) -> None:
    vault, path, _ = held
    vault.rekey()
    vault.change_passphrase(NEW)
    done = outbound("vault", "passwd", path, OUTBOUND_PASSPHRASE=NEW, OUTBOUND_NEW_PASSPHRASE=NEWER)
    assert done.returncode == 0, done.stderr
    vault.lock()
    assert _opens_with(path, NEWER) == ["OB-2026-0001"]
    _refused(path, NEW)


def test_process_rekeys_after_the_window_changed_the_passphrase(held) -> None:
    vault, path, _ = held
    vault.change_passphrase(NEW)
    vault.lock()
    done = outbound("vault", "rekey", path, OUTBOUND_PASSPHRASE=NEW)
    assert done.returncode == 0, done.stderr
    assert _opens_with(path, NEW) == ["OB-2026-0001"]
    _refused(path, OLD)


def _digests(path: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in (path, keyfile_path(path))]


@pytest.mark.parametrize("command", ["passwd", "rekey"])
def test_a_second_change_while_one_is_under_way_is_refused(held, command: str) -> None:
    vault, path, _ = held
    vault.lock()
    before = _digests(path)
    with changing(path):  # another process is mid-change
        result = outbound("vault", command, path, OUTBOUND_NEW_PASSPHRASE=NEW)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "the vault is being changed by another process" in lines[0]
    assert _digests(path) == before
    assert _opens_with(path, OLD) == ["OB-2026-0001"]


def test_the_window_is_refused_too_and_keeps_its_passphrase(held) -> None:
    vault, path, _ = held
    with changing(path), pytest.raises(VaultBusyError, match="being changed by another process"):
        vault.change_passphrase(NEW)
    vault.lock()
    assert _opens_with(path, OLD) == ["OB-2026-0001"]


def test_check_never_says_no_problems_while_a_pending_key_is_unsettled(held) -> None:
    vault, path, _ = held
    vault.lock()
    killed = outbound("vault", "rekey", path, OUTBOUND_KILL_AT="rekey.reencrypted")
    assert killed.returncode < 0
    assert "pending" in read_keyfile(path).data_key
    with changing(path):  # another process holds the lock, so the open cannot settle it
        check = outbound("vault", "check", path)
    assert check.returncode == 1, check.stdout + check.stderr
    assert "No problems found." not in check.stdout
    assert "data-key rotation was interrupted" in check.stdout
    assert "HMAC" not in check.stdout
    check = outbound("vault", "check", path)  # the lock is free now: settled by the open
    assert check.returncode == 0, check.stdout
    assert "pending" not in read_keyfile(path).data_key


def test_concurrent_matter_new_all_succeed(held, tmp_path: Path) -> None:
    vault, path, _ = held
    vault.lock()
    scenario = sorted((REPO / "tests" / "scenarios").glob("01-*.yaml"))[0]
    environ = {k: v for k, v in os.environ.items() if not k.startswith("OUTBOUND_")}
    environ.update({"OUTBOUND_PASSPHRASE": OLD, "QT_QPA_PLATFORM": "offscreen"})
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "desktop", "matter", "new", str(path), "--scenario", scenario],
            cwd=REPO,
            env=environ,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(8)
    ]
    results = [(p.communicate(timeout=300), p.returncode) for p in procs]
    assert [rc for _, rc in results] == [0] * 8, [err for (_, err), _ in results]
    printed = sorted(out.strip() for (out, _), _ in results)
    assert len(set(printed)) == 8
    assert sorted(_opens_with(path, OLD)) == sorted(["OB-2026-0001", *printed])


def test_a_writer_kept_out_too_long_gets_one_clear_error(held, monkeypatch) -> None:
    vault, path, _ = held
    vault.lock()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_SECONDS", 0)
    vault = Vault.unlock_passphrase(path, OLD)
    blocker = engine_module.connect_raw(path, bytes(vault._data_key))
    try:
        blocker.isolation_level = None
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(VaultBusyError, match="the vault is busy"), vault.session() as s:
            s.add(Matter(reference="OB-2026-0009", kind="travel", title="Blocked"))
        blocker.execute("ROLLBACK")
    finally:
        blocker.close()
        vault.lock()
    assert _opens_with(path, OLD) == ["OB-2026-0001"]


def test_remembering_in_the_window_keeps_a_passphrase_changed_elsewhere(
    held, memory_keychain
) -> None:
    vault, path, _ = held
    done = outbound("vault", "passwd", path, OUTBOUND_NEW_PASSPHRASE=NEW)
    assert done.returncode == 0, done.stderr
    vault.remember_on_this_computer()
    assert vault.remembered
    vault.forget_on_this_computer()
    assert not vault.remembered
    assert memory_keychain.items == {}
    vault.lock()
    assert _opens_with(path, NEW) == ["OB-2026-0001"]
    _refused(path, OLD)


def test_passwd_racing_rekey_in_two_processes(held) -> None:
    """Started together, whatever the interleaving: each exits 0 or is refused with the clear
    line, and the vault opens with the newest passphrase that was reported changed."""
    vault, path, _ = held
    vault.lock()
    environ = {k: v for k, v in os.environ.items() if not k.startswith("OUTBOUND_")}
    environ.update({"QT_QPA_PLATFORM": "offscreen", "OUTBOUND_NEW_PASSPHRASE": NEW})
    current = OLD
    for _ in range(3):
        env = {**environ, "OUTBOUND_PASSPHRASE": current}
        env["OUTBOUND_NEW_PASSPHRASE"] = NEW if current == OLD else OLD
        procs = {
            command: subprocess.Popen(
                [sys.executable, "-m", "desktop", "vault", command, str(path)],
                cwd=REPO,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for command in ("passwd", "rekey")
        }
        results = {c: (p.communicate(timeout=300), p.returncode) for c, p in procs.items()}
        for (_, err), rc in results.values():
            assert rc == 0 or (rc == 2 and "being changed by another process" in err), err
        if results["passwd"][1] == 0:
            current = env["OUTBOUND_NEW_PASSPHRASE"]
        assert _opens_with(path, current) == ["OB-2026-0001"]


def test_the_window_follows_a_rotation_made_by_another_process(held) -> None:
    """Its next action after a `vault rekey` elsewhere gets one clear message, not a raw
    "file is not a database"; the one after that works on the new key."""
    vault, path, _ = held
    assert outbound("vault", "rekey", path).returncode == 0
    with pytest.raises(VaultBusyError, match="re-encrypted with a new data key by another"):
        with vault.session() as session:
            session.add(Matter(reference="OB-2026-0002", kind="travel", title="Lost?"))
    with vault.session() as session:
        session.add(Matter(reference="OB-2026-0003", kind="travel", title="Again"))
    vault.lock()
    assert _opens_with(path, OLD) == ["OB-2026-0001", "OB-2026-0003"]
