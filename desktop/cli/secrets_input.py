"""Where a command gets a passphrase: --passphrase-file, OUTBOUND_PASSPHRASE, or a prompt.

As borg and restic do: scripts use the environment or a file, people get a prompt without echo.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from forms.errors import OutboundError

ENV_VAR = "OUTBOUND_PASSPHRASE"


def add_passphrase_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"read the passphrase from the first line of FILE (else ${ENV_VAR}, else a prompt)",
    )


def read_passphrase(
    args: argparse.Namespace, *, prompt: str = "Vault passphrase: ", confirm: bool = False
) -> str:
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise OutboundError(f"cannot read the passphrase file {path}: {exc.strerror}") from exc
        lines = text.splitlines()
        value = lines[0] if lines else ""
        if not value:
            raise OutboundError(f"the passphrase file {path} is empty")
        return value
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    if not sys.stdin.isatty():
        raise OutboundError(
            f"no passphrase: set {ENV_VAR}, pass --passphrase-file FILE, or run in a terminal"
        )
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != value:
        raise OutboundError("the two passphrases differ; nothing was changed")
    if not value:
        raise OutboundError("an empty passphrase is not allowed")
    return value
