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
# Far beyond any passphrase; reading stops here, so /dev/zero or a huge file cannot exhaust memory.
MAX_PASSPHRASE_FILE_BYTES = 64 * 1024


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
        return read_passphrase_file(path)
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


def read_passphrase_file(path: str, what: str = "passphrase") -> str:
    """The first line of `path`, read with a size cap; OutboundError for anything unusable
    (`what` names the secret in messages: "passphrase", "recovery key", ...)."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(MAX_PASSPHRASE_FILE_BYTES + 1)
    except OSError as exc:
        raise OutboundError(f"cannot read the {what} file {path}: {exc.strerror}") from exc
    first, newline, _ = data.partition(b"\n")
    if not newline and len(data) > MAX_PASSPHRASE_FILE_BYTES:
        raise OutboundError(
            f"the {what} file {path} has no line break in its first "
            f"{MAX_PASSPHRASE_FILE_BYTES:,} bytes: it is not a {what} file"
        )
    try:
        value = first.decode("utf-8").rstrip("\r")
    except UnicodeDecodeError:
        raise OutboundError(
            f"the {what} file {path} is not UTF-8 text; save it as UTF-8"
        ) from None
    if "\x00" in value:
        raise OutboundError(f"the {what} file {path} contains a NUL byte: it is not text")
    if not value:
        raise OutboundError(f"the {what} file {path} is empty")
    return value
