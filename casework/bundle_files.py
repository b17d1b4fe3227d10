"""What the window and the command line learn of a bundle file before (or instead of) verifying
it: whether it is encrypted for transport, so they know to ask its passphrase, and the vault
history its bag-info records (`vault check --against BUNDLE`)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from bundles import layout
from bundles.errors import BundleError, NotABundleError
from bundles.limits import Limits
from bundles.transport import decrypt_file, is_encrypted

__all__ = ["is_encrypted", "recorded_vault_history"]

_MAX_TAG_BYTES = 64 * 1024


def recorded_vault_history(path: Path, passphrase: Callable[[], str]) -> str | None:
    """The `Outbound-Vault-History` value of the bundle's bag-info (None when it records none),
    read without verifying the bundle; `passphrase` is asked only when the file is encrypted.
    A file that is no readable bundle raises NotABundleError with the reason."""
    try:
        data: io.BytesIO | Path = (
            io.BytesIO(decrypt_file(path, passphrase(), Limits())) if is_encrypted(path) else path
        )
        with zipfile.ZipFile(data) as zf:
            infos = [
                i
                for i in zf.infolist()
                if i.filename.count("/") == 1 and i.filename.endswith("/" + layout.BAG_INFO)
            ]
            if len(infos) != 1 or infos[0].file_size > _MAX_TAG_BYTES:
                return None
            with zf.open(infos[0]) as member:
                items = layout.parse_tag_file(member.read(_MAX_TAG_BYTES + 1))
    except (OSError, zipfile.BadZipFile, ValueError, UnicodeDecodeError, BundleError) as exc:
        raise NotABundleError(str(exc)) from exc
    return next((v for k, v in items if k == layout.L_VAULT_HISTORY), None)
