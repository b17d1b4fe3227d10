"""`outbound bundle export|verify|import`: case bundles for archive and hand-over.

Exit status: 0 success, 1 a bundle that failed verification, 2 input errors (missing file, wrong
passphrase, matter already present), as every command group does through OutboundError.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import add_vault_argument, open_workspace
from desktop.cli.secrets_input import read_passphrase_file
from desktop.cli.terminal import safe
from forms.errors import OutboundError

BUNDLE_PASSPHRASE_ENV = "OUTBOUND_BUNDLE_PASSPHRASE"  # noqa: S105 - a variable name


def register(sub: Any) -> None:
    bundle = sub.add_parser("bundle", help="export, verify and import case bundles")
    bsub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    export = bsub.add_parser(
        "export",
        help="write a matter as a signed case bundle (BagIt in a zip)",
        description="The bundle is signed with the vault's bundle key. With --encrypt it is "
        "also encrypted for transport (age format) with a passphrase given by "
        f"--bundle-passphrase-file, ${BUNDLE_PASSPHRASE_ENV} or a prompt.",
    )
    add_vault_argument(export)
    export.add_argument("ref", metavar="REF", help="matter reference, e.g. OB-2026-0001")
    export.add_argument("--out", required=True, metavar="FILE", help="bundle to create")
    export.add_argument("--encrypt", action="store_true", help="encrypt with a passphrase")
    _add_bundle_passphrase(export)
    export.set_defaults(handler=_export)

    verify = bsub.add_parser(
        "verify",
        help="check a bundle without importing it",
        description="Prints every check made. Exit status 1 when any check fails.",
    )
    verify.add_argument("file", metavar="FILE")
    verify.add_argument("--vault", metavar="VAULT",
                        help="also say whether the signing key is known to this vault")
    verify.add_argument("--passphrase-file", metavar="FILE", help="the vault's passphrase file")
    verify.add_argument("--allow-unsigned", action="store_true",
                        help="do not count a missing signature as a failure")
    _add_bundle_passphrase(verify)
    verify.set_defaults(handler=_verify)

    imp = bsub.add_parser(
        "import",
        help="verify a bundle and add its matter to a vault",
        description="Nothing is written unless every check passes.",
    )
    add_vault_argument(imp)
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--as-copy", action="store_true",
                     help="import a matter already in the vault as a copy with a new reference")
    imp.add_argument("--allow-unsigned", action="store_true",
                     help="accept a bundle without a signature (a bad signature is never accepted)")
    _add_bundle_passphrase(imp)
    imp.set_defaults(handler=_import)


def _add_bundle_passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bundle-passphrase-file",
        metavar="FILE",
        help=f"transport passphrase from the first line of FILE (else ${BUNDLE_PASSPHRASE_ENV}, "
        "else a prompt)",
    )


def _bundle_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    path = getattr(args, "bundle_passphrase_file", None)
    if path:
        return read_passphrase_file(path)
    if env := os.environ.get(BUNDLE_PASSPHRASE_ENV):
        return env
    if not sys.stdin.isatty():
        raise OutboundError(
            f"no transport passphrase: set {BUNDLE_PASSPHRASE_ENV}, pass "
            "--bundle-passphrase-file FILE, or run in a terminal"
        )
    value = getpass.getpass("Bundle transport passphrase: ")
    if confirm and getpass.getpass("Repeat the transport passphrase: ") != value:
        raise OutboundError("the two passphrases differ; nothing was written")
    if not value:
        raise OutboundError("an empty passphrase is not allowed")
    return value


def _passphrase_if_encrypted(args: argparse.Namespace) -> str | None:
    from casework.bundle_files import is_encrypted

    return _bundle_passphrase(args) if is_encrypted(Path(args.file)) else None


def _export(args: argparse.Namespace) -> int:
    passphrase = _bundle_passphrase(args, confirm=True) if args.encrypt else None
    with open_workspace(args) as workspace:
        result = workspace.export_bundle(
            args.ref, Path(args.out), encrypt_passphrase=passphrase
        ).value
    print(f"Exported {result.reference} to {result.path}")
    print(f"  sha256: {result.sha256}")
    print(f"  signed with key: {result.signer_fingerprint}")
    print(f"  files: {result.payload_files}, {result.payload_bytes} bytes"
          + (", encrypted for transport" if result.encrypted else ""))
    return 0


def _verify(args: argparse.Namespace) -> int:
    from casework.bundle_verify import verify_bundle

    passphrase = _passphrase_if_encrypted(args)
    if args.vault:  # also says whether this vault knows the signing key
        named = argparse.Namespace(vault=args.vault, passphrase_file=args.passphrase_file)
        with open_workspace(named) as workspace:
            report = workspace.verify_bundle(Path(args.file), passphrase=passphrase)
    else:
        report = verify_bundle(Path(args.file), passphrase=passphrase)
    # bag-info values and check messages quote the bundle: escaped before they reach a terminal.
    print(f"bundle: {safe(report.path)} (sha256 {report.bundle_sha256})")
    if report.reference:
        print(safe(f"matter: {report.reference} ({report.matter_uuid}), format "
                   f"{report.format_version}, exported by {report.exporter or '?'} "
                   f"on {report.bagging_date or '?'}"))
    failed = False
    for check in report.checks:
        tolerated = (check.name == "signature" and report.signature == "missing"
                     and args.allow_unsigned)
        mark = "ok    " if check.ok else ("warn  " if tolerated else "FAILED")
        failed |= not check.ok and not tolerated
        print(f"  [{mark}] {check.name}: {safe(check.message)}")
    for warning in report.warnings:
        print(f"  [warn  ] {safe(warning)}")
    print("verification FAILED" if failed else "verification passed")
    return 1 if failed else 0


def _import(args: argparse.Namespace) -> int:
    passphrase = _passphrase_if_encrypted(args)
    with open_workspace(args) as workspace:
        result = workspace.import_bundle(
            Path(args.file),
            as_copy=args.as_copy,
            allow_unsigned=args.allow_unsigned,
            passphrase=passphrase,
        ).value
    what = f"as a copy of {result.original_reference}" if result.as_copy else ""
    print(safe(f"Imported {result.reference} {what}".rstrip()))
    if result.signature == "valid":
        known = "known to this vault" if result.key_known else "NOT known to this vault"
        print(f"  signed with key {result.signer_fingerprint} ({known})")
    else:
        print("  the bundle was not signed")
    print(f"  bundle sha256: {result.bundle_sha256}")
    for warning in result.warnings:
        print(f"  warning: {safe(warning)}")
    for candidate in result.person_duplicates:  # offered, never merged (issue 15)
        refs = ", ".join(candidate.references) or "no matters"
        print(safe(f"  the people register already has {candidate.name} ({refs}), who may be "
                   f"the same person: 'outbound people merge' joins them if so"))
    return 0
