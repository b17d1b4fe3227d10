"""The OS keychain through `keyring`: holds a random slot key that wraps the vault key.

On a machine whose only backend is keyring's fail backend (headless Linux), "remember on this
computer" is simply unavailable: `keychain_status()` says why, nothing raises.
Plaintext backends (keyrings.alt) are refused: the data key must not sit in base64 on disk.
"""

from __future__ import annotations

from dataclasses import dataclass

SERVICE = "Outbound vault"
_REFUSED_BACKENDS = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


@dataclass(frozen=True)
class KeychainStatus:
    available: bool
    backend: str
    reason: str


def keychain_status() -> KeychainStatus:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return KeychainStatus(False, "none", "the keyring library is not installed")
    try:
        backend = keyring.get_keyring()
    except KeyringError as exc:
        return KeychainStatus(False, "none", f"no keychain: {exc}")
    name = _backend_name(backend)
    # A chain of backends stores in its first (highest-priority) member: judge that one.
    chained = list(getattr(backend, "backends", None) or [])
    storing = chained[0] if type(backend).__name__ == "ChainerBackend" and chained else backend
    storing_name = _backend_name(storing)
    if storing_name.startswith(_REFUSED_BACKENDS) or getattr(storing, "priority", 0) <= 0:
        return KeychainStatus(False, name, "this computer has no secure system keychain")
    return KeychainStatus(True, name, "")


def _backend_name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def store_secret(account: str, secret_b64: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    from models.errors import KeychainUnavailableError

    try:
        keyring.set_password(SERVICE, account, secret_b64)
    except KeyringError as exc:
        raise KeychainUnavailableError(
            f"the system keychain refused to store the key ({exc}); "
            "the vault still opens with its passphrase"
        ) from exc


def load_secret(account: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account)
    except KeyringError:
        return None


def delete_secret(account: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account)
    except (PasswordDeleteError, KeyringError):
        pass
