"""`outbound vault init|check|passwd|rekey|backup`.

Secrets come from files or the environment for scripts (`--passphrase-file` or
`OUTBOUND_PASSPHRASE`; for `passwd`, `--new-passphrase-file` or `OUTBOUND_NEW_PASSPHRASE`) and
from a prompt without echo for people. `--recovery-key-file` unlocks with the recovery key
instead of the passphrase. Heavy libraries are imported inside the handlers; nothing here
imports Qt.

Exit status: 0 done, 1 `check` found problems, 2 usage or input error (one line on stderr).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.cli.secrets_input import add_passphrase_options, read_passphrase
from forms.errors import OutboundError

NEW_PASSPHRASE_ENV = "OUTBOUND_NEW_PASSPHRASE"  # noqa: S105 - the name of a variable


class VaultCommandError(OutboundError):
    """A usage or input error of a vault command (exit status 2)."""


class CheckFailedError(OutboundError):
    """`outbound vault check` found problems (exit status 1)."""

    exit_code = 1


def register(sub: Any) -> None:
    vault = sub.add_parser("vault", help="create, check and look after a vault")
    vsub = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    init = vsub.add_parser(
        "init",
        help="create a new vault and show its recovery key once",
        description="Create a new, empty vault at PATH (with its key file PATH.keys beside it). "
        "The recovery key is printed once: store it offline.",
    )
    init.add_argument("path", metavar="PATH", help="the vault file to create")
    add_passphrase_options(init)
    init.add_argument(
        "--recovery-kit",
        metavar="FILE.pdf",
        help="also write a one-page PDF recovery kit holding the recovery key, to print",
    )
    init.add_argument(
        "--remember",
        action="store_true",
        help="remember the vault on this computer (OS keychain) so it opens without a passphrase",
    )
    init.set_defaults(handler=_init)

    check = vsub.add_parser(
        "check",
        help="verify encryption, structure, schema and audit chains",
        description="Exit status 0 when the vault is sound, 1 when a problem was found.",
    )
    _add_unlock_arguments(check)
    check.add_argument(
        "--against",
        action="append",
        default=[],
        metavar="BUNDLE_OR_MEMO",
        help="a signed memo PDF or an exported bundle: confirm the vault still holds the audit "
        "history it recorded (may be repeated)",
    )
    check.add_argument(
        "--against-mark",
        action="append",
        default=[],
        metavar="MARK",
        help="the 'Vault history when signed' line of a printed memo: confirm the vault still "
        "holds that history (may be repeated)",
    )
    check.add_argument(
        "--bundle-passphrase-file",
        metavar="FILE",
        help="transport passphrase of an encrypted bundle given to --against "
        "(else $OUTBOUND_BUNDLE_PASSPHRASE, else a prompt)",
    )
    check.set_defaults(handler=_check)

    passwd = vsub.add_parser(
        "passwd",
        help="change the passphrase (the recovery key can stand in for a forgotten one)",
        description="Asks for the current passphrase, then the new one twice. Scripts give the "
        f"new one with --new-passphrase-file FILE or ${NEW_PASSPHRASE_ENV}.",
    )
    _add_unlock_arguments(passwd)
    passwd.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=f"read the new passphrase from the first line of FILE (else ${NEW_PASSPHRASE_ENV}, "
        "else a prompt)",
    )
    passwd.set_defaults(handler=_passwd)

    rekey = vsub.add_parser(
        "rekey",
        help="rotate the data key and re-encrypt the whole file",
        description="Passphrase, recovery key and keychain keep working; the old data key "
        "stops opening the file.",
    )
    _add_unlock_arguments(rekey)
    rekey.set_defaults(handler=_rekey)

    backup = vsub.add_parser(
        "backup",
        help="write an encrypted copy that opens with the same passphrase and recovery key",
    )
    _add_unlock_arguments(backup)
    backup.add_argument("dest", metavar="DEST", help="the copy to create (must not exist)")
    backup.set_defaults(handler=_backup)


    accept = vsub.add_parser(
        "accept-history",
        help="after restoring an older copy on purpose: stop warning that it is older",
        description="Records in the vault's audit trail that you accept its present history "
        "(the restore was deliberate), and makes it what this computer expects from now on. "
        "Run `vault check` first: it names what is missing.",
    )
    _add_unlock_arguments(accept)
    accept.set_defaults(handler=_accept_history)


def _add_unlock_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="the vault file")
    add_passphrase_options(parser)
    parser.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help="unlock with the recovery key read from FILE instead of the passphrase",
    )


# ----- handlers -------------------------------------------------------------------------------
def _init(args: argparse.Namespace) -> int:
    from casework import vaults as keychain
    from casework.vaults import (
        KeychainUnavailableError,
        Vault,
        VaultExistsError,
        write_private_file,
    )

    path = Path(args.path)
    kit = Path(args.recovery_kit) if args.recovery_kit else None
    if kit is not None:
        if kit.exists():
            raise VaultExistsError(f"{kit} already exists; choose another file for the kit")
        if not kit.parent.is_dir():
            raise VaultCommandError(f"the folder {kit.parent} for the recovery kit does not exist")
        if kit.resolve() in (path.resolve(), Path(f"{path}.keys").resolve()):
            raise VaultCommandError("the recovery kit must be a file of its own")
    if args.remember and not (status := keychain.keychain_status()).available:
        raise KeychainUnavailableError(
            f"cannot remember the vault on this computer: {status.reason}; "
            "run again without --remember"
        )
    passphrase = read_passphrase(args, prompt="New vault passphrase: ", confirm=True)
    vault, recovery_key = Vault.create(path, passphrase)
    try:
        created_at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        out = sys.stdout
        out.write(f"Created the vault {path}\n  key file: {path}.keys (keep it beside the vault)\n")
        out.write(
            "\nRECOVERY KEY (shown only this once):\n\n"
            f"    {recovery_key}\n\n"
            "Write it down or print it and store it offline, away from this computer (a safe,\n"
            "a sealed envelope with your firm's records). It opens the vault if the passphrase\n"
            "is forgotten. Anyone holding it and the vault files can read everything in it.\n"
        )
        out.flush()
        if args.remember:
            try:
                vault.remember_on_this_computer()
                out.write("Remembered on this computer: it opens without the passphrase here.\n")
            except KeychainUnavailableError as exc:
                print(f"outbound: warning: not remembered on this computer: {exc}", file=sys.stderr)
        if kit is not None:
            from casework.recovery_kit import render_recovery_kit

            pdf = render_recovery_kit(
                vault_path_display=str(path.resolve()),
                vault_id=vault.vault_id,
                recovery_key=recovery_key,
                created_at=created_at,
                page_size="A4",
            )
            write_private_file(kit, pdf)
            out.write(f"Recovery kit written to {kit}: print it, then delete the file.\n")
    finally:
        vault.lock()
    return 0


def _check(args: argparse.Namespace) -> int:
    from casework.vaults import DamagedVaultError
    from desktop.cli.witness import read_printed_mark, read_witness

    witnesses = [read_witness(Path(item), args) for item in args.against]
    witnesses += [read_printed_mark(text) for text in args.against_mark]
    try:
        vault = _unlock(args)
    except DamagedVaultError as exc:
        print(f"Checked {args.path}: it cannot be opened.\n  PROBLEM: {exc}")
        raise CheckFailedError(f"{args.path} is damaged; restore it from a backup") from exc
    try:
        report = vault.check(against=witnesses)
    finally:
        vault.lock()
    print(f"Checked {args.path}:")
    for item in report.checked:
        print(f"  checked: {item}")
    for problem in report.problems:
        print(f"  PROBLEM: {problem}")
    if report.problems:
        count = len(report.problems)
        raise CheckFailedError(
            f"{count} problem{'s' if count != 1 else ''} found in {args.path}; "
            "restore it from a backup or keep this report"
        )
    print("No problems found.")
    return 0


def _passwd(args: argparse.Namespace) -> int:
    vault = _unlock(args, prompt="Current passphrase: ")
    try:
        new = _read_new_passphrase(args)
        vault.change_passphrase(new)
    finally:
        vault.lock()
    print(f"The passphrase of {args.path} was changed; the old one no longer opens it.")
    return 0


def _rekey(args: argparse.Namespace) -> int:
    vault = _unlock(args)
    try:
        vault.rekey()
    finally:
        vault.lock()
    print(
        f"The data key of {args.path} was replaced and the file re-encrypted; "
        "passphrase, recovery key and keychain still open it."
    )
    return 0


def _accept_history(args: argparse.Namespace) -> int:
    from desktop.cli.common import actor_name

    vault = _unlock(args)
    try:
        if not vault.history_warning:
            print(f"{args.path}: its history is what this computer last saw; nothing to accept.")
            return 0
        vault.accept_history(actor=actor_name())
    finally:
        vault.lock()
    print(f"{args.path}: its present history is accepted (recorded in its audit trail); this "
          "computer will no longer warn that it is older.")
    return 0


def _backup(args: argparse.Namespace) -> int:
    vault = _unlock(args)
    try:
        dest = vault.backup(args.dest)
    finally:
        vault.lock()
    print(
        f"Encrypted copy written to {dest} (with {dest}.keys); it opens with the same "
        "passphrase and recovery key."
    )
    return 0


# ----- helpers --------------------------------------------------------------------------------
def _unlock(args: argparse.Namespace, *, prompt: str = "Vault passphrase: ") -> Any:
    from casework.vaults import Vault

    path = Path(args.path)
    if args.recovery_key_file:
        vault = Vault.unlock_recovery(path, _first_line(args.recovery_key_file, "recovery key"))
    else:
        # The key file is read (and its errors reported) before anyone is asked for a
        # passphrase.
        from casework.vaults import read_keyfile

        read_keyfile(path)
        vault = Vault.unlock_passphrase(path, read_passphrase(args, prompt=prompt))
    if vault.history_warning:
        print(f"outbound: warning: {vault.history_warning}", file=sys.stderr)
    return vault


def _read_new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        return _first_line(args.new_passphrase_file, "new passphrase")
    env = os.environ.get(NEW_PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise VaultCommandError(
            f"no new passphrase: set {NEW_PASSPHRASE_ENV}, pass --new-passphrase-file FILE, "
            "or run in a terminal"
        )
    new = getpass.getpass("New passphrase: ")
    if not new:
        raise VaultCommandError("an empty passphrase is not allowed; nothing was changed")
    if getpass.getpass("Repeat the new passphrase: ") != new:
        raise VaultCommandError("the two passphrases differ; nothing was changed")
    return new


def _first_line(path: str, what: str) -> str:
    from desktop.cli.secrets_input import read_passphrase_file

    return read_passphrase_file(path, what)  # size-capped: /dev/zero is refused, not read


