"""Opening, creating and checking vaults, for the window and the command line: the part of
`models` they may name (desktop imports casework, never models). Everything here is the vault's
own API re-exported under one roof; the use cases on an open vault are `Workspace`'s.
"""

from __future__ import annotations

from models.errors import (
    DamagedVaultError,
    KeychainUnavailableError,
    VaultExistsError,
    WrongSecretError,
)
from models.history import HistoryMark
from models.keychain import keychain_status
from models.keyfile import FORMAT_VERSION as KEY_FILE_FORMAT
from models.keyfile import read_keyfile
from models.killpoints import kill_point
from models.migrate import head_revision
from models.private_file import write_private_file
from models.vault import Vault

__all__ = [
    "KEY_FILE_FORMAT",
    "DamagedVaultError",
    "HistoryMark",
    "KeychainUnavailableError",
    "Vault",
    "VaultExistsError",
    "WrongSecretError",
    "head_revision",
    "keychain_status",
    "kill_point",
    "read_keyfile",
    "write_private_file",
]
