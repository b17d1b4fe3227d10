"""Errors of the vault. Each says what happened and what to do; none changes the vault file."""

from __future__ import annotations

from forms.errors import OutboundError


class VaultError(OutboundError):
    """Base of every vault failure."""


class VaultNotFoundError(VaultError):
    pass


class VaultExistsError(VaultError):
    pass


class WrongSecretError(VaultError):
    """The passphrase or recovery key does not unwrap the vault key. Nothing was changed."""


class NotAVaultError(VaultError):
    pass


class DamagedVaultError(VaultError):
    pass


class NewerVaultError(VaultError):
    pass


class KeychainUnavailableError(VaultError):
    pass


class VaultLockedError(VaultError):
    pass


class VaultBusyError(VaultError):
    """Another process is changing the key file, or holds the database's write lock."""


class WeakPassphraseError(VaultError):
    pass


class RecordNotFoundError(OutboundError):
    pass


class InvalidTransitionError(OutboundError):
    pass


class SignedVersionError(OutboundError):
    """A signed memo version cannot change."""
