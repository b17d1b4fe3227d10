"""Helpers shared by the command groups: unlocking a vault, the acting user, output."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.secrets_input import add_passphrase_options, read_passphrase

if TYPE_CHECKING:
    from casework.workspace import Workspace


def add_vault_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("vault", metavar="VAULT", help="path of the vault file")
    add_passphrase_options(parser)


def actor_name() -> str:
    """Who the audit trail records for command-line actions."""
    return os.environ.get("OUTBOUND_ACTOR") or getpass.getuser()


def unlock(args: argparse.Namespace) -> Any:
    """The vault named by `args.vault`: by keychain when remembered, else by passphrase."""
    from casework.vaults import KeychainUnavailableError, Vault, read_keyfile

    path = Path(args.vault)
    keyfile = read_keyfile(path)
    explicit = getattr(args, "passphrase_file", None) or os.environ.get("OUTBOUND_PASSPHRASE")
    vault = None
    if keyfile.slot("keychain") is not None and not explicit:
        try:
            vault = Vault.unlock_keychain(path)
        except KeychainUnavailableError:
            pass
    if vault is None:
        vault = Vault.unlock_passphrase(path, read_passphrase(args))
    if vault.history_warning:  # a rolled-back vault (models/history.py): said, not refused
        print(f"outbound: warning: {vault.history_warning}", file=sys.stderr)
    return vault


@contextlib.contextmanager
def open_workspace(args: argparse.Namespace) -> Iterator[Workspace]:
    """The use cases on the vault named by `args.vault`, acting as `actor_name()`; locked after."""
    from casework.workspace import Workspace

    workspace = Workspace(unlock(args), actor_name())
    try:
        yield workspace
    finally:
        workspace.lock()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")
