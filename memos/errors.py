"""Errors raised by memo composition, rendering, signing and verification."""

from __future__ import annotations

from forms.errors import OutboundError


class MemoError(OutboundError):
    """Base of every expected failure in `memos`."""


class MemoContentError(MemoError):
    """Memo content is malformed (e.g. a stored content dict cannot be read back)."""


class RenderError(MemoError):
    """A memo or recovery kit could not be rendered to PDF."""


class CredentialError(MemoError):
    """A signing key or certificate could not be read (wrong password, damaged file)."""


class SigningError(MemoError):
    """A PDF could not be signed."""


class VerificationError(MemoError):
    """A PDF could not be read for verification."""
