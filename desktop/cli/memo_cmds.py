"""`outbound memo draft|render|sign|verify` and `outbound counsel add`."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from desktop.cli.common import actor_name, add_vault_argument, unlock
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
        help="generate a personal self-signed signing certificate, kept in the vault",
    )
    add.set_defaults(handler=_counsel_add)


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
    from casework.matters import get_matter
    from casework.memo_store import list_versions
    from casework.memo_workflow import draft_memo, narrative_of

    vault = unlock(args)
    try:
        with vault.session() as session:
            matter = get_matter(session, args.ref)
            versions = list_versions(session, matter.id)
            narrative = narrative_of(versions[-1].content) if versions else {}
            summary, conditions = _read_text(args.summary_file), _read_text(args.conditions_file)
            if summary is not None:
                narrative["summary"] = summary
            if conditions is not None:
                narrative["conditions"] = conditions
            version = draft_memo(
                session,
                args.ref,
                actor=actor_name(),
                narrative=narrative,
                counsel_from=args.sender,
            )
            print(
                f"{matter.reference}: draft version {version.number} saved "
                f"(fingerprint {version.sha256})"
            )
    finally:
        vault.lock()
    return 0


def write_private_file(dest: Path, data: bytes) -> None:
    """Atomic write with owner-only permissions: a temporary name in the same folder, renamed."""
    fd, tmp = tempfile.mkstemp(prefix=dest.name + ".", suffix=".part", dir=dest.parent or ".")
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _render(args: argparse.Namespace) -> int:
    from casework.matters import get_matter
    from casework.memo_store import get_version
    from casework.memo_workflow import render_version

    dest = Path(args.out)
    if dest.is_dir():
        raise OutboundError(f"{dest} is a folder; give a file name, e.g. {dest / 'memo.pdf'}")
    if not dest.parent.is_dir():
        raise OutboundError(f"the folder {dest.parent} does not exist")
    vault = unlock(args)
    try:
        with vault.session() as session:
            matter = get_matter(session, args.ref)
            version = get_version(session, matter.id, args.version)
            pdf = render_version(session, version)
            state = version.state
    finally:
        vault.lock()
    try:
        write_private_file(dest, pdf)
    except OSError as exc:
        raise OutboundError(f"cannot write {dest}: {exc.strerror}") from exc
    print(f"{matter.reference} version {version.number} ({state}) written to {dest}")
    return 0


def _sign(args: argparse.Namespace) -> int:
    import getpass
    import sys

    from casework.memo_workflow import sign_memo

    p12 = p12_password = None
    if args.p12:
        try:
            p12 = Path(args.p12).read_bytes()
        except OSError as exc:
            raise OutboundError(f"cannot read {args.p12}: {exc.strerror}") from exc
        p12_password = os.environ.get("OUTBOUND_P12_PASSWORD")
        if p12_password is None and sys.stdin.isatty():
            p12_password = getpass.getpass("Certificate password: ")
    vault = unlock(args)
    try:
        with vault.session() as session:
            outcome = sign_memo(
                vault,
                session,
                args.ref,
                counsel_name=args.counsel,
                capacity=args.capacity,
                actor=actor_name(),
                version_number=args.version,
                p12=p12,
                p12_password=p12_password,
            )
    finally:
        vault.lock()
    pades = ", ".join(outcome.pades_signers) or "none (no certificate)"
    print(f"{args.ref} version {outcome.version} signed as {args.capacity} by {args.counsel}")
    print(f"fingerprint {outcome.fingerprint}; PDF signatures: {pades}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from memos.verify import extract_fingerprint, verify_pdf

    try:
        pdf = Path(args.pdf).read_bytes()
    except OSError as exc:
        raise OutboundError(f"cannot read {args.pdf}: {exc.strerror}") from exc
    report = verify_pdf(pdf)
    failed = False
    fp = extract_fingerprint(pdf)
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
        from casework.memo_workflow import match_in_vault

        vault = unlock(argparse.Namespace(vault=args.vault, passphrase_file=args.passphrase_file))
        try:
            with vault.session() as session:
                match = match_in_vault(session, fp, pdf)
        finally:
            vault.lock()
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
    from casework.counsel import SIGNING_KEY_PURPOSE, add_counsel, set_certificate
    from casework.settings import get_settings

    vault = unlock(args)
    try:
        with vault.session() as session:
            person = add_counsel(session, name=args.name, title=args.title, actor=actor_name())
            if args.new_certificate:
                from memos.pades import generate_self_signed

                org = str(get_settings(session)["organisation"]) or "Outbound"
                key_pem, cert_pem = generate_self_signed(person.name, org)
                set_certificate(
                    session,
                    person,
                    key_pem=key_pem,
                    cert_pem=cert_pem,
                    wrapping_key=vault.subkey(SIGNING_KEY_PURPOSE),
                    actor=actor_name(),
                )
            print(
                f"added counsel {person.name}"
                + (" with a personal signing certificate" if args.new_certificate else "")
            )
    finally:
        vault.lock()
    return 0
