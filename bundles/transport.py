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
# age's scrypt work factor is log2(N): memory is 128 * 8 * 2**N bytes. rage (behind pyrage) picks
# the factor that takes about a second where the bundle is encrypted: 16 to 18 on today's
# machines. Up to 20 (1 GiB) is accepted for headroom; a header asking for 22 would cost 4 GiB
# for each passphrase tried, so anything above 20 is refused before decryption starts.
MAX_SCRYPT_WORK_FACTOR = 20
_HEADER_BYTES = 64 * 1024


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
    _check_work_factor(path)
    try:
        return bytes(age_passphrase.decrypt(path.read_bytes(), passphrase))
    except pyrage.DecryptError as exc:
        raise BundlePassphraseError(
            f"{path.name} could not be decrypted: the transport passphrase is wrong or the file "
            "is damaged"
        ) from exc


def _check_work_factor(path: Path) -> None:
    """Refuse an scrypt stanza whose work factor Outbound would never write (see above)."""
    with path.open("rb") as handle:
        header = handle.read(_HEADER_BYTES)
    for line in header.split(b"\n")[1:]:
        if line.startswith(b"---"):
            return  # end of the header
        fields = line.split(b" ")
        if fields[:2] != [b"->", b"scrypt"]:
            continue
        factor = fields[3] if len(fields) > 3 else b""
        if not factor.isdigit() or len(factor) > 2:
            raise NotABundleError(f"{path.name} has a damaged encryption header")
        if int(factor) > MAX_SCRYPT_WORK_FACTOR:
            raise BundleTooLargeError(
                f"{path.name} asks for scrypt work factor {int(factor)} to decrypt "
                f"({2 ** int(factor) // 1024:,} MiB of memory per attempt); Outbound writes at "
                f"most {MAX_SCRYPT_WORK_FACTOR} and refuses more"
            )
