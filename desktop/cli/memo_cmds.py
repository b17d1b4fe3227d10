"""`outbound memo draft|render|sign|verify` and `outbound counsel add`."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from desktop.cli.common import add_vault_argument, open_workspace
from desktop.cli.terminal import safe
from forms.errors import OutboundError


def register(sub: Any) -> None:
    memo = sub.add_parser("memo", help="draft, render, sign and verify review memos")
    msub = memo.add_subparsers(dest="memo_command", metavar="ACTION", required=True)

    draft = msub.add_parser("draft", help="save a new draft version regenerated from the matter")
    add_vault_argument(draft)
    draft.add_argument("ref", metavar="REF")
    draft.add_argument("--summary-file", metavar="FILE", help="counsel's summary text")
    draft.add_argument("--conditions-file", metavar="FILE", help="counsel's conditions text")
    draft.add_argument(
        "--from",
        dest="sender",
        metavar="NAME",
        help="the memo's From line (default: the previous version's, else $OUTBOUND_ACTOR)",
    )
    draft.add_argument(
        "--assume-missing",
        action="store_true",
        help="list every unanswered or unknown required fact as an assumption for counsel to "
        "edit or strike (a final signature needs each answered or assumed)",
    )
    draft.add_argument(
        "--language",
        choices=("en", "zh", "bilingual"),
        help="the language of the memo's composed parts: en, zh (中文) or bilingual (each "
        "section in Chinese, then English); default: the memo's own, else the vault's setting",
    )
    draft.set_defaults(handler=_draft)

    render = msub.add_parser("render", help="write a memo version as PDF")
    add_vault_argument(render)
    render.add_argument("ref", metavar="REF")
    render.add_argument("--version", type=int, help="version number (default: the latest)")
    render.add_argument("--out", required=True, metavar="FILE.pdf")
    render.set_defaults(handler=_render)

    sign = msub.add_parser("sign", help="sign the latest memo version (locks it for good)")
    add_vault_argument(sign)
    sign.add_argument("ref", metavar="REF")
    sign.add_argument("--counsel", required=True, metavar="NAME")
    sign.add_argument("--capacity", required=True, choices=("prepared", "reviewed", "approved"))
    sign.add_argument("--version", type=int, help="version number (default: the latest)")
    sign.add_argument("--p12", metavar="FILE", help="PKCS#12 certificate to import and sign with")
    _add_signer_passphrase_option(sign)
    sign.set_defaults(handler=_sign)

    verify = msub.add_parser("verify", help="check a memo PDF's signatures (and the vault)")
    verify.add_argument("pdf", metavar="FILE.pdf")
    verify.add_argument("--vault", metavar="VAULT", help="also compare with this vault")
    verify.add_argument("--passphrase-file", metavar="FILE")
    verify.set_defaults(handler=_verify)

    counsel = sub.add_parser("counsel", help="people who prepare, review and sign memos")
    csub = counsel.add_subparsers(dest="counsel_command", metavar="ACTION", required=True)
    add = csub.add_parser("add", help="add counsel to the vault")
    add_vault_argument(add)
    add.add_argument("name", metavar="NAME")
    add.add_argument("--title", default="", metavar="T")
    add.add_argument(
        "--new-certificate",
        action="store_true",
        help="generate a personal self-signed signing certificate, kept in the vault under "
        "the counsel's own signing passphrase",
    )
    _add_signer_passphrase_option(add)
    add.set_defaults(handler=_counsel_add)

    passphrase = csub.add_parser(
        "passphrase", help="change a counsel's signing passphrase (or give an old key one)"
    )
    add_vault_argument(passphrase)
    passphrase.add_argument("name", metavar="NAME")
    _add_signer_passphrase_option(passphrase)
    passphrase.add_argument(
        "--new-signer-passphrase-file",
        metavar="FILE",
        help=f"the new signing passphrase (else ${NEW_SIGNER_ENV}, else a prompt)",
    )
    passphrase.set_defaults(handler=_counsel_passphrase)

    rotate = csub.add_parser(
        "rotate", help="replace a counsel's certificate with a new personal one"
    )
    add_vault_argument(rotate)
    rotate.add_argument("name", metavar="NAME")
    _add_signer_passphrase_option(rotate)
    rotate.set_defaults(handler=_counsel_rotate)

    checklist = sub.add_parser("checklist", help="decide a matter's checklist items")
    chsub = checklist.add_subparsers(dest="checklist_command", metavar="ACTION", required=True)
    decide = chsub.add_parser("decide", help="record counsel's decision on one checklist item")
    add_vault_argument(decide)
    decide.add_argument("ref", metavar="REF")
    decide.add_argument("rule", metavar="RULE", help="the item's rule id, as 'matter show' lists")
    decide.add_argument(
        "--status", required=True, choices=("done", "not_applicable", "escalated", "open")
    )
    decide.add_argument("--note", required=True, metavar="TEXT", help="counsel's reason or note")
    decide.set_defaults(handler=_checklist_decide)


SIGNER_ENV = "OUTBOUND_SIGNER_PASSPHRASE"
NEW_SIGNER_ENV = "OUTBOUND_NEW_SIGNER_PASSPHRASE"


def _add_signer_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--signer-passphrase-file",
        metavar="FILE",
        help=f"the signing counsel's own passphrase, first line of FILE (else ${SIGNER_ENV}, "
        "else a prompt)",
    )


def _signer_passphrase(args: argparse.Namespace, who: str, *, confirm: bool = False) -> str:
    """The signer's own passphrase (never the vault's): a file, the environment, or a prompt."""
    return _secret(args.signer_passphrase_file, SIGNER_ENV, who, confirm=confirm)


def _secret(path: str | None, env_name: str, who: str, *, confirm: bool = False) -> str:
    import getpass
    import sys

    from desktop.cli.secrets_input import read_passphrase_file

    if path:
        return read_passphrase_file(path, "signing passphrase")
    env = os.environ.get(env_name)
    if env:
        return env
    if not sys.stdin.isatty():
        raise OutboundError(
            f"{who}'s signing passphrase is needed: set {env_name}, pass the passphrase "
            "file option, or run in a terminal"
        )
    value = getpass.getpass(f"Signing passphrase for {who}: ")
    if confirm and getpass.getpass("Repeat the signing passphrase: ") != value:
        raise OutboundError("the two signing passphrases differ; nothing was changed")
    if not value:
        raise OutboundError("an empty signing passphrase is not allowed")
    return value


def _read_text(path: str | None) -> str | None:
    """Counsel's text from a file, read no further than the memo's limit allows (UTF-8 takes at
    most four bytes a character), so a huge file or /dev/zero is refused, not read."""
    from forms.limits import MEMO_NARRATIVE, check_length

    if not path:
        return None
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(4 * MEMO_NARRATIVE + 1)
    except OSError as exc:
        raise OutboundError(f"cannot read {path}: {exc.strerror}") from exc
    if len(data) > 4 * MEMO_NARRATIVE:
        raise OutboundError(
            f"{path} is too long for a memo: the limit is {MEMO_NARRATIVE:,} characters"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise OutboundError(f"cannot read {path}: it is not UTF-8 text") from None
    return check_length(text, MEMO_NARRATIVE, f"text in {path}")


def _draft(args: argparse.Namespace) -> int:
    edits = {}
    summary, conditions = _read_text(args.summary_file), _read_text(args.conditions_file)
    if summary is not None:
        edits["summary"] = summary
    if conditions is not None:
        edits["conditions"] = conditions
    with open_workspace(args) as workspace:
        version = workspace.draft_memo(
            args.ref, edits=edits, counsel_from=args.sender, assume_missing=args.assume_missing,
            language=args.language,
        ).value
        reference = workspace.matter(version.matter_id).reference
    print(f"{reference}: draft version {version.number} saved (fingerprint {version.sha256})")
    return 0


def _checklist_decide(args: argparse.Namespace) -> int:
    from casework.memo_words import labels

    with open_workspace(args) as workspace:
        item = workspace.decide_rule(args.ref, args.rule, status=args.status, note=args.note).value
        reference = workspace.matter(item.matter_id).reference
    print(f"{reference}: “{item.title}” is now {labels.status(args.status)}")
    return 0


def _counsel_passphrase(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        name = args.name
        old = (
            _signer_passphrase(args, name) if workspace.needs_signer_passphrase(name) else None
        )
        new = _secret(args.new_signer_passphrase_file, NEW_SIGNER_ENV, f"{name} (new)",
                      confirm=True)
        person = workspace.change_signing_passphrase(name, old=old, new=new).value
    print(f"{person.name}'s signing passphrase " + ("changed" if old is not None else "set"))
    return 0


def _counsel_rotate(args: argparse.Namespace) -> int:
    passphrase = _signer_passphrase(args, args.name, confirm=True)
    with open_workspace(args) as workspace:
        person = workspace.rotate_certificate(args.name, passphrase=passphrase).value
    print(f"{person.name} has a new personal signing certificate")
    return 0


def _render(args: argparse.Namespace) -> int:
    from casework.vaults import write_private_file

    dest = Path(args.out)
    if dest.is_dir():
        raise OutboundError(f"{dest} is a folder; give a file name, e.g. {dest / 'memo.pdf'}")
    if not dest.parent.is_dir():
        raise OutboundError(f"the folder {dest.parent} does not exist")
    with open_workspace(args) as workspace:
        memo = workspace.render_memo(args.ref, args.version)
    try:
        write_private_file(dest, memo.pdf)
    except OSError as exc:
        raise OutboundError(f"cannot write {dest}: {exc.strerror}") from exc
    print(f"{memo.reference} version {memo.number} ({memo.state}) written to {dest}")
    return 0


def _sign(args: argparse.Namespace) -> int:
    import getpass
    import sys

    from casework.counsel import NO_PASSPHRASE

    p12 = p12_password = None
    if args.p12:
        try:
            p12 = Path(args.p12).read_bytes()
        except OSError as exc:
            raise OutboundError(f"cannot read {args.p12}: {exc.strerror}") from exc
        p12_password = os.environ.get("OUTBOUND_P12_PASSWORD")
        if p12_password is None and sys.stdin.isatty():
            p12_password = getpass.getpass("Certificate password: ")
    with open_workspace(args) as workspace:
        if p12 is None and workspace.signing_key_state(args.counsel) == NO_PASSPHRASE:
            raise OutboundError(  # before any prompt: a key the vault passphrase alone opens
                f"{args.counsel}'s signing key has no signing passphrase of its own yet, so "
                "nothing was signed; set one first: outbound counsel passphrase "
                f"{args.vault} \"{args.counsel}\""
            )
        needed = p12 is not None or workspace.needs_signer_passphrase(args.counsel)
        passphrase = (
            _signer_passphrase(args, args.counsel, confirm=p12 is not None) if needed else None
        )
        outcome = workspace.sign_memo(
            args.ref,
            counsel_name=args.counsel,
            capacity=args.capacity,
            version_number=args.version,
            p12=p12,
            p12_password=p12_password,
            signer_passphrase=passphrase,
        ).value
    pades = ", ".join(outcome.pades_signers) or "none (no certificate)"
    print(f"{args.ref} version {outcome.version} signed as {args.capacity} by {args.counsel}")
    print(f"fingerprint {outcome.fingerprint}; PDF signatures: {pades}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from casework.memo_verify import verify_memo_pdf

    try:
        pdf = Path(args.pdf).read_bytes()
    except OSError as exc:
        raise OutboundError(f"cannot read {args.pdf}: {exc.strerror}") from exc
    check = verify_memo_pdf(pdf)
    report, fp = check.report, check.fingerprint
    failed = False
    print(f"memo fingerprint: {fp or 'none found'}")
    if not report.signatures:
        # Keywords and a QR code are text anyone can write: only a PDF signature signs.
        print("PDF signatures: none")
        print("not signed: the file carries no PDF signature, whatever its metadata says")
        failed = True
    for sig in report.signatures:
        state = "intact" if sig.intact else "MODIFIED after signing or invalid"
        failed |= not sig.intact
        print(
            f"PDF signature by {safe(sig.signer)} at {safe(sig.signing_time)}: {state}"
            + (f" ({safe(sig.note)})" if sig.note else "")
        )
    if args.vault:
        named = argparse.Namespace(vault=args.vault, passphrase_file=args.passphrase_file)
        with open_workspace(named) as workspace:
            match = workspace.match_memo(fp, pdf)
        if match.found:
            same = "identical to" if match.identical_to_stored else "DIFFERENT bytes from"
            print(
                f"vault: matches signed {safe(match.reference)} version {match.version}; "
                f"file is {same} the stored PDF"
            )
            for signer in match.signers:
                print(f"vault: sign-off by {safe(signer)}")
        else:
            print("vault: NO signed memo version with this fingerprint")
            failed = True
    verdict = "not signed" if not report.signatures else ("FAILED" if failed else "ok")
    print("result: " + verdict)
    return 1 if failed else 0


def _counsel_add(args: argparse.Namespace) -> int:
    passphrase = (
        _signer_passphrase(args, args.name.strip(), confirm=True) if args.new_certificate else None
    )
    with open_workspace(args) as workspace:
        person = workspace.add_counsel(
            name=args.name, title=args.title, new_certificate=args.new_certificate,
            passphrase=passphrase,
        ).value
    print(
        f"added counsel {person.name}"
        + (" with a personal signing certificate" if args.new_certificate else "")
    )
    return 0
