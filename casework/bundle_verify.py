"""Verify a case bundle as this app reads it: the bundle format's checks (`bundles.verify`) with
the memo knowledge the format leaves to its caller (`MEMO_CHECKS`: what each memo version's
content means, `casework.bundle_semantics`; which claimed sign-offs a PAdES signature in the PDF
carries, `casework.bundle_signoffs`). `outbound bundle verify`, the import review and the import
itself all verify through here, so each sees the same checks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Unpack

from bundles import verify
from bundles.memo_checks import SignoffReport
from bundles.verify import VerifyOptions, VerifyReport


class _MemoChecks:
    """`bundles.memo_checks.MemoChecks` from the memo model and PAdES verification (imported
    when a bundle gets that far: `bundle verify` starts without ReportLab or pyHanko)."""

    def memo_problems(self, memo: dict[str, Any]) -> list[str]:
        from casework.bundle_semantics import memo_problems

        return memo_problems(memo)

    def signoffs(self, memos: list[dict[str, Any]], pdfs: dict[int, bytes]) -> SignoffReport:
        from casework.bundle_signoffs import check_signoffs

        return check_signoffs(memos, pdfs)


MEMO_CHECKS = _MemoChecks()


def verify_bundle(path: Path, **options: Unpack[VerifyOptions]) -> VerifyReport:
    """Every check, reported; raises only for a file that cannot be read as a bundle at all
    (NotABundleError, BundlePassphraseError, BundleTooLargeError). Without `key_known` (no
    vault) the report does not say whether the signing key is known. The options (passphrase,
    key_known, limits, progress, cancel) and their defaults are `bundles.verify.verify_bundle`'s."""
    return verify.verify_bundle(path, memo_checks=MEMO_CHECKS, **options)
