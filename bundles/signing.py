"""The bundle's detached Ed25519 signature over the exact bytes of `tagmanifest-sha256.txt`.

The tag manifest lists the hashes of bagit.txt, bag-info.txt (which carries the public key) and
the payload manifest, which lists the hash of every payload file: one signature covers it all.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


def key_fingerprint(public_raw: bytes) -> str:
    """SHA-256 of the raw public key, as 16 groups of four hex digits."""
    digest = hashlib.sha256(public_raw).hexdigest()
    return ":".join(digest[i : i + 4] for i in range(0, 64, 4))


def public_raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def encode_public_key(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(public_raw(key)).decode("ascii")


def signature_file(key: Ed25519PrivateKey, tagmanifest: bytes) -> bytes:
    return base64.b64encode(key.sign(tagmanifest)) + b"\n"


@dataclass(frozen=True)
class SignatureResult:
    status: str  # "valid" | "missing" | "invalid"
    message: str
    public_key: bytes | None = None
    fingerprint: str | None = None


def check_signature(
    public_key_b64: str | None, signature: bytes | None, tagmanifest: bytes
) -> SignatureResult:
    if public_key_b64 is None and signature is None:
        return SignatureResult("missing", "the bundle is not signed")
    if public_key_b64 is None:
        return SignatureResult("invalid", "the bundle has a signature but bag-info.txt names no "
                                          "signing key")
    try:
        raw = base64.b64decode(public_key_b64.strip(), validate=True)
        public = Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        return SignatureResult("invalid", "the signing key in bag-info.txt is not an Ed25519 key")
    fingerprint = key_fingerprint(raw)
    if signature is None:
        return SignatureResult(
            "invalid", f"bag-info.txt names signing key {fingerprint} but the signature file "
            f"is missing", raw, fingerprint,
        )
    try:
        public.verify(base64.b64decode(signature.strip(), validate=True), tagmanifest)
    except (binascii.Error, ValueError, InvalidSignature):
        return SignatureResult(
            "invalid",
            f"the signature does not match the tag manifest (key {fingerprint}): the bundle was "
            "changed after it was signed, or the signature is forged",
            raw, fingerprint,
        )
    return SignatureResult("valid", f"signed with key {fingerprint}", raw, fingerprint)
