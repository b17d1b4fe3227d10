"""An in-memory keyring backend standing in for an OS keychain on a headless machine."""

from __future__ import annotations

from typing import Any


def install(seed: dict[tuple[str, str], str] | None = None) -> Any:
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):  # type: ignore[misc]
        priority = 10  # > 0: models.keychain treats it as a usable keychain

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = dict(seed or {})

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend
