"""Helpers for tests that reach under the vault's API (raw keyed connections)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from models import keywrap
from models.keyfile import read_keyfile
from models.recovery import parse_recovery_key

REPO = Path(__file__).resolve().parent.parent


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


def run_outbound(
    *args: str | Path, passphrase: str, **env: str
) -> subprocess.CompletedProcess[str]:
    """`outbound ARGS` in a real process, as a script runs it: no inherited OUTBOUND_* settings,
    the passphrase from $OUTBOUND_PASSPHRASE, `env` on top (OUTBOUND_KILL_AT, ...)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("OUTBOUND_")}
    environ.update({"OUTBOUND_PASSPHRASE": passphrase, "QT_QPA_PLATFORM": "offscreen", **env})
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
