"""Crash suite: real `outbound` processes killed with SIGKILL at every step of a rekey, a
passphrase change and `vault init` (named kill points, `models/killpoints.py`, not sleeps).
Afterwards the vault opens with the secret the step implies, keeps every committed matter,
passes its audit chains, and the first `vault check` tells the truth.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from casework_support import create_from, scenario
from vault_support import run_outbound

from models.keyfile import keyfile_path, read_keyfile
from models.vault import Vault

REPO = Path(__file__).resolve().parent.parent
OLD, NEW = "correct horse battery", "a brand new passphrase"
KILLED = -signal.SIGKILL

REKEY_STEPS = [
    "rekey.locked",
    "keyfile.temp_written#1",  # the pending key half-written
    "keyfile.replaced#1",
    "rekey.pending_written",
    "rekey.reencrypted",  # the new pages committed to the write-ahead log only
    "rekey.checkpointed",
    "keyfile.temp_written#2",  # the promotion half-written
    "keyfile.replaced#2",
    "rekey.promoted",
]
PASSWD_STEPS = ["keyfile.temp_written", "keyfile.replaced"]
INIT_STEPS = [
    "init.database_built",
    "keyfile.temp_written",
    "init.keys_built",
    "init.database_placed",
    "init.keys_placed",
]


def outbound(*args: str | Path, kill_at: str | None = None, **env: str):
    if kill_at:
        env["OUTBOUND_KILL_AT"] = kill_at
    return run_outbound(*args, passphrase=OLD, **env)


@pytest.fixture
def vault_with_matters(vault_factory, tmp_path: Path) -> tuple[Path, str, list[str]]:
    vault, recovery = vault_factory("v.obv", OLD)
    with vault.session() as session:
        refs = [create_from(session, scenario(p)).reference for p in ("01", "03", "07")]
    vault.lock()
    return tmp_path / "v.obv", recovery, refs


def _assert_whole(path: Path, secret: str, refs: list[str]) -> None:
    """Opens with `secret`, keeps every matter, audit chains intact; the first CLI check of
    the crashed vault says "No problems found." and exits 0."""
    check = outbound("vault", "check", path, OUTBOUND_PASSPHRASE=secret)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No problems found." in check.stdout
    assert "HMAC" not in check.stdout
    vault = Vault.unlock_passphrase(path, secret)
    try:
        from models.entities import Matter

        with vault.session() as session:
            assert sorted(m.reference for m in session.query(Matter)) == sorted(refs)
        assert vault.check().ok
    finally:
        vault.lock()
    assert "pending" not in read_keyfile(path).data_key  # settled by the open
    leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith((".tmp", ".lock"))]
    assert leftovers == []


@pytest.mark.parametrize("step", REKEY_STEPS)
def test_rekey_killed_at_each_step(vault_with_matters, step: str) -> None:
    path, recovery, refs = vault_with_matters
    killed = outbound("vault", "rekey", path, kill_at=step)
    assert killed.returncode == KILLED, killed.stderr
    _assert_whole(path, OLD, refs)
    Vault.unlock_recovery(path, recovery).lock()
    # And the vault can be rotated again afterwards.
    again = outbound("vault", "rekey", path)
    assert again.returncode == 0, again.stderr
    _assert_whole(path, OLD, refs)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("rekey.reencrypted", "rekey.locked"),
        ("rekey.checkpointed", "rekey.pending_written"),
        ("rekey.pending_written", "rekey.reencrypted"),
        ("rekey.checkpointed", "rekey.checkpointed"),
    ],
)
def test_two_rekeys_killed_in_a_row(vault_with_matters, first: str, second: str) -> None:
    """The issue's case: a rekey killed after re-encrypting, then another killed before."""
    path, recovery, refs = vault_with_matters
    assert outbound("vault", "rekey", path, kill_at=first).returncode == KILLED
    assert outbound("vault", "rekey", path, kill_at=second).returncode == KILLED
    _assert_whole(path, OLD, refs)
    Vault.unlock_recovery(path, recovery).lock()


@pytest.mark.parametrize("step", PASSWD_STEPS)
def test_passphrase_change_killed_at_each_step(vault_with_matters, step: str) -> None:
    path, recovery, refs = vault_with_matters
    killed = outbound("vault", "passwd", path, kill_at=step, OUTBOUND_NEW_PASSPHRASE=NEW)
    assert killed.returncode == KILLED, killed.stderr
    # Before the rename the old passphrase is in force, from it on the new one.
    secret = OLD if step == "keyfile.temp_written" else NEW
    _assert_whole(path, secret, refs)
    other = NEW if secret == OLD else OLD
    assert outbound("vault", "check", path, OUTBOUND_PASSPHRASE=other).returncode == 2
    Vault.unlock_recovery(path, recovery).lock()


@pytest.mark.parametrize("step", INIT_STEPS)
def test_init_killed_at_each_step_leaves_no_half_vault(tmp_path: Path, step: str) -> None:
    path = tmp_path / "new.obv"
    killed = outbound("vault", "init", path, kill_at=step)
    assert killed.returncode == KILLED, killed.stderr
    if step == "init.keys_placed":  # both files were in place: a whole vault
        assert sorted(p.name for p in tmp_path.iterdir()) == ["new.obv", "new.obv.keys"]
        Vault.unlock_passphrase(path, OLD).lock()
        return
    # Never a database beside no key file that a user could mistake for a vault...
    if path.exists():
        opened = outbound("vault", "check", path)
        assert opened.returncode == 2
        assert "creation was interrupted" in opened.stderr
        assert "run `outbound vault init`" in opened.stderr
    # ...and running init again just works, leaving exactly the two files.
    again = outbound("vault", "init", path, OUTBOUND_PASSPHRASE=NEW)
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.obv", "new.obv.keys"]
    assert outbound("vault", "check", path, OUTBOUND_PASSPHRASE=NEW).returncode == 0


def test_matter_new_prints_the_reference_only_once_stored(vault_with_matters) -> None:
    """Killed the instant its reference line is out, the matter is stored all the same, and the
    next `matter new` gets a different reference."""
    path, _, refs = vault_with_matters
    scenario_file = sorted((REPO / "tests" / "scenarios").glob("02-*.yaml"))[0]
    killed = outbound(
        "matter", "new", path, "--scenario", scenario_file, kill_at="matter.new.printed"
    )
    assert killed.returncode == KILLED
    printed = killed.stdout.strip()
    assert printed.startswith("OB-")
    vault = Vault.unlock_passphrase(path, OLD)
    try:
        from models.entities import Matter

        with vault.session() as session:
            stored = sorted(m.reference for m in session.query(Matter))
    finally:
        vault.lock()
    assert stored == sorted([*refs, printed])
    following = outbound("matter", "new", path, "--scenario", scenario_file)
    assert following.returncode == 0, following.stderr
    assert following.stdout.strip() not in stored


def test_keyfile_written_atomically_has_no_leftover_after_a_kill(vault_with_matters) -> None:
    """A temporary key file left by a kill is owner-only and removed by the next change."""
    path, _, _ = vault_with_matters
    outbound("vault", "passwd", path, kill_at="keyfile.temp_written", OUTBOUND_NEW_PASSPHRASE=NEW)
    [tmp] = [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert tmp.stat().st_mode & 0o077 == 0
    done = outbound("vault", "passwd", path, OUTBOUND_NEW_PASSPHRASE=NEW)
    assert done.returncode == 0, done.stderr
    assert not tmp.exists()
    assert keyfile_path(path).stat().st_mode & 0o077 == 0
