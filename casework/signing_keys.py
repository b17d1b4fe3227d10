"""The vault's Ed25519 key for signing case bundles, and public keys of known exporters."""

from __future__ import annotations

from collections.abc import Callable

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from bundles.signing import key_fingerprint
from models import keywrap
from models.audit import record_event
from models.entities import VaultKey
from models.vault import Vault

PURPOSE_OWN = "bundle-signing"
PURPOSE_KNOWN = "known-bundle-signer"
WRAP_PURPOSE = "outbound bundle signing key"


def bundle_signing_key(session: Session, wrapping_key: bytes, *, actor: str) -> Ed25519PrivateKey:
    """The vault's own signing key, made on first use."""
    row = session.execute(
        select(VaultKey).where(VaultKey.purpose == PURPOSE_OWN)
    ).scalar_one_or_none()
    if row is not None and row.private_key_wrapped is not None:
        raw = keywrap.open_sealed(wrapping_key, row.private_key_wrapped, row.id.encode())
        return Ed25519PrivateKey.from_private_bytes(raw)
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    private = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    row = VaultKey(purpose=PURPOSE_OWN, label="this vault", public_key=public)
    session.add(row)
    session.flush()
    row.private_key_wrapped = keywrap.seal(wrapping_key, private, row.id.encode())
    record_event(
        session,
        actor=actor,
        action="key.create",
        entity="vault_key",
        entity_id=row.id,
        details={"purpose": PURPOSE_OWN, "fingerprint": key_fingerprint(public)},
    )
    return key


def is_known_public_key(session: Session, public_raw: bytes) -> bool:
    return (
        session.execute(select(VaultKey.id).where(VaultKey.public_key == public_raw)).first()
        is not None
    )


def trust_public_key(session: Session, public_raw: bytes, *, label: str, actor: str) -> None:
    if is_known_public_key(session, public_raw):
        return
    row = VaultKey(purpose=PURPOSE_KNOWN, label=label, public_key=public_raw)
    session.add(row)
    session.flush()
    record_event(
        session,
        actor=actor,
        action="key.trust",
        entity="vault_key",
        entity_id=row.id,
        details={"label": label, "fingerprint": key_fingerprint(public_raw)},
    )


def known_in(vault: Vault) -> Callable[[bytes], bool]:
    """For `bundles.verify`: whether a raw public key is one this vault knows, each question in
    its own short session."""

    def key_known(public_raw: bytes) -> bool:
        with vault.session() as session:
            return is_known_public_key(session, public_raw)

    return key_known
