"""The sign-offs a bundle's memo versions claim, checked against the PDF signatures their PDFs
actually carry (for `bundles.verify`, through `casework.bundle_verify.MEMO_CHECKS`: the bundle
format knows nothing of PAdES).

A bundle's memo JSON can claim "approved by Wang Fang" for anything; the bundle's own Ed25519
signature only proves who made the bundle. A sign-off counts as verified only when the version's
PDF carries an intact PAdES signature for it, validated against the certificate embedded in that
signature, and it is then recorded as "imported, signed by <certificate subject>". Everything
else is imported as not verified, and a claimed PDF signature the PDF does not carry is reported.
Nothing here links a sign-off to this vault's counsel: a name in a bundle is only a claim.
"""

from __future__ import annotations

from typing import Any

from bundles.memo_checks import SignoffReport


def check_signoffs(memos: list[dict[str, Any]], pdfs: dict[int, bytes]) -> SignoffReport:
    report = SignoffReport()
    for memo in memos:
        claims = memo["signatures"]
        if not claims:
            continue
        where = f"memo version {memo['number']}"
        intact = _intact_signatures(pdfs.get(memo["number"]), memo["sha256"], where, report)
        claimed = sorted((c for c in claims if c["pades"]), key=lambda c: c["signed_at"])
        matches = _pair(claimed, intact)
        for claim in claims:
            match = matches.get(claim["id"])
            report.verified_by[claim["id"]] = match.subject if match is not None else None
            if match is not None:
                continue
            said = f"{where}: the sign-off '{claim['signer_name']}, {claim['capacity']}'"
            if claim["pades"]:
                report.warnings.append(
                    f"{said} claims a PDF signature that the PDF does not carry: imported as "
                    "not verified"
                )
            else:
                report.warnings.append(f"{said} has no PDF signature: imported as not verified")
    return report


def _intact_signatures(
    pdf: bytes | None, fingerprint: str, where: str, report: SignoffReport
) -> list[Any]:
    """The PDF's intact signatures; none when the PDF is of other content than the version."""
    from memos.verify import extract_fingerprint, verify_pdf

    if pdf is None:
        return []
    try:
        recorded = extract_fingerprint(pdf)
        checks = verify_pdf(pdf).signatures
    except Exception:
        # Besides VerificationError, a hostile PDF may break a parser anywhere (RecursionError
        # on deep nesting, TypeError on odd objects): it then vouches for nothing.
        report.warnings.append(f"{where}: its PDF cannot be read as a PDF")
        return []
    if recorded != fingerprint:
        # A signature on another memo's PDF vouches for that memo, not this version.
        what = f"another memo (fingerprint {recorded[:12]}…)" if recorded else "no Outbound memo"
        if checks:
            report.warnings.append(f"{where}: its PDF is of {what}, so no PDF signature in it "
                                   "counts for this version")
        return []
    for check in checks:
        if not check.intact:
            report.warnings.append(
                f"{where}: the PDF signature by '{check.signer}' is not intact ({check.note})"
            )
    return [check for check in checks if check.intact]


def _pair(claimed: list[dict[str, Any]], intact: list[Any]) -> dict[str, Any]:
    """Claimed PDF sign-offs paired with intact PDF signatures: first by the certificate's common
    name, then the rest in signing order (a certificate's name need not be counsel's, as with a
    PKCS#12 file). Each PDF signature vouches for one sign-off at most."""
    left = list(intact)
    pairs: dict[str, Any] = {}
    for claim in claimed:
        named = next((c for c in left if c.signer == claim["signer_name"]), None)
        if named is not None:
            pairs[claim["id"]] = named
            left.remove(named)
    for claim in claimed:
        if claim["id"] not in pairs and left:
            pairs[claim["id"]] = left.pop(0)
    return pairs
