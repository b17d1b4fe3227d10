"""The bundle format's expected failures, under the application layer's roof: the window and
the command line catch these (a wrong transport passphrase asked again, a cancel ended quietly)
and may not import `bundles` themselves (pyproject.toml's import contracts)."""

from __future__ import annotations

from bundles.errors import (
    BundleCancelledError,
    BundleError,
    BundleExistsError,
    BundlePassphraseError,
    BundleSignatureError,
    BundleTooLargeError,
    BundleVerificationError,
    NotABundleError,
)

__all__ = [
    "BundleCancelledError",
    "BundleError",
    "BundleExistsError",
    "BundlePassphraseError",
    "BundleSignatureError",
    "BundleTooLargeError",
    "BundleVerificationError",
    "NotABundleError",
]
