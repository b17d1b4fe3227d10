"""Optional transport encryption with the age format (passphrase / scrypt recipient) via pyrage.

pyrage's passphrase mode works on whole byte strings, so an encrypted bundle is built and read in
memory (never as plaintext on disk, which is the point of encrypting for removable media). The
size is bounded by `Limits.max_encrypted_bytes`; larger matters are exported unencrypted and
carried on encrypted media instead. See docs/bundle-format.md.
"""

from __future__ import annotations

from pathlib import Path

from bundles.errors import BundlePassphraseError, BundleTooLargeError, NotABundleError
from bundles.limits import Limits

AGE_MAGIC = b"age-encryption.org/v1"


def is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(AGE_MAGIC)) == AGE_MAGIC
    except OSError as exc:
        raise NotABundleError(f"cannot read {path}: {exc.strerror}") from exc


def encrypt(data: bytes, passphrase: str) -> bytes:
    from pyrage import passphrase as age_passphrase

    if not passphrase:
        raise BundlePassphraseError("an empty transport passphrase is not allowed")
    return bytes(age_passphrase.encrypt(data, passphrase))


def decrypt_file(path: Path, passphrase: str | None, limits: Limits) -> bytes:
    import pyrage
    from pyrage import passphrase as age_passphrase

    if not passphrase:
        raise BundlePassphraseError(
            f"{path.name} is encrypted; give its transport passphrase to open it"
        )
    size = path.stat().st_size
    if size > limits.max_encrypted_bytes:
        raise BundleTooLargeError(
            f"{path.name} is an encrypted bundle of {size} bytes, more than the "
            f"{limits.max_encrypted_bytes} bytes an encrypted bundle may have"
        )
    try:
        return bytes(age_passphrase.decrypt(path.read_bytes(), passphrase))
    except pyrage.DecryptError as exc:
        raise BundlePassphraseError(
            f"{path.name} could not be decrypted: the transport passphrase is wrong or the file "
            "is damaged"
        ) from exc
