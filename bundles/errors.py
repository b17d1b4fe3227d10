"""Errors of case bundles. Each message names the problem so counsel can act on it.

Exit codes follow the command line's convention: 2 for input the user can fix (a file that is not
a bundle, a missing or wrong passphrase, a matter already in the vault), 1 for a bundle that was
read but failed verification.
"""

from __future__ import annotations

from forms.errors import OutboundError


class BundleError(OutboundError):
    """Base of every expected failure in `bundles`."""


class NotABundleError(BundleError):
    """The file is not a zip (or age-encrypted zip), or it is truncated."""


class BundlePassphraseError(BundleError):
    """The bundle is encrypted and no passphrase, or the wrong one, was given."""


class BundleTooLargeError(BundleError):
    """The bundle exceeds a configured limit before anything is read (e.g. encrypted size)."""


class BundleExistsError(BundleError):
    """The export destination exists, or the matter is already in the vault."""


class BundleCancelledError(BundleError):
    """The user cancelled; nothing was written."""

    exit_code = 130


class BundleVerificationError(BundleError):
    """The bundle was read but failed a check; `report` holds every check made."""

    exit_code = 1

    def __init__(self, message: str, report: object | None = None) -> None:
        super().__init__(message)
        self.report = report


class BundleSignatureError(BundleVerificationError):
    """The bundle is unsigned (and that was not allowed) or its signature does not match."""
