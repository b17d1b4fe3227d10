"""Counsel who prepare, review and sign memos, and their signing certificates (key wrapped)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from forms import limits
from forms.errors import OutboundError
from forms.limits import check_length
from memos.gates import (
    KEY_UNREADABLE,
    NO_SIGNING_PASSPHRASE,
    PASSPHRASE_NEEDED,
    WRONG_PASSPHRASE,
    Refusal,
    refusal_in_english,
)
from models import keywrap
from models.audit import record_event
from models.entities import Counsel
from models.errors import RecordNotFoundError

SIGNING_KEY_PURPOSE = "outbound counsel signing key"


class CounselError(OutboundError):
    pass


def list_counsel(session: Session) -> list[Counsel]:
    return list(session.execute(select(Counsel).order_by(Counsel.name)).scalars())


def find_counsel(session: Session, name_or_id: str) -> Counsel:
    found = (
        session.get(Counsel, name_or_id)
        or session.execute(select(Counsel).where(Counsel.name == name_or_id)).scalar_one_or_none()
    )
    if found is None:
        raise RecordNotFoundError(
            f"no counsel '{name_or_id}' in this vault; add them with 'outbound counsel add'"
        )
    return found


def add_counsel(session: Session, *, name: str, title: str = "", actor: str) -> Counsel:
    name = name.strip()
    if not name:
        raise CounselError("counsel need a name")
    check_length(name, limits.COUNSEL_NAME, "counsel's name")
    check_length(title.strip(), limits.COUNSEL_TITLE, "counsel's title")
    exists = session.execute(select(Counsel).where(Counsel.name == name)).scalar_one_or_none()
    if exists is not None:
        raise CounselError(f"counsel '{name}' already exist in this vault")
    person = Counsel(name=name, title=title.strip())
    session.add(person)
    session.flush()
    record_event(
        session,
        actor=actor,
        action="counsel.add",
        entity="counsel",
        entity_id=person.id,
        details={"name": name, "title": person.title},
    )
    return person


class SigningKeyError(CounselError):
    """A signing key that will not sign now (no passphrase given, a wrong one, ...): carries its
    `Refusal` (memos.gates) so the window words it in its own language."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal_in_english(refusal))
        self.refusal = refusal


class SigningPassphraseNotSetError(SigningKeyError):
    """A stored signing key with no signing passphrase of its own (a key kept before signing
    passphrases existed): it may not sign until counsel sets one."""

    def __init__(self, name: str) -> None:
        super().__init__(Refusal(NO_SIGNING_PASSPHRASE, signer=name))
        self.counsel_name = name


# What a counsel's stored signing key is: none, one without a signing passphrase (it may not
# sign until counsel sets one), or one under counsel's own signing passphrase.
NO_KEY = "none"
NO_PASSPHRASE = "no_passphrase"  # noqa: S105 - a state, not a secret
PROTECTED = "protected"


def set_certificate(
    session: Session,
    counsel: Counsel,
    *,
    key_pem: bytes,
    cert_pem: bytes,
    wrapping_key: bytes,
    actor: str,
    passphrase: str,
) -> Counsel:
    """Store a signing certificate; the private key is first encrypted under the counsel's own
    signing passphrase (PKCS#8), then sealed with a vault subkey, so the vault passphrase alone
    cannot sign as them. Every new key needs a signing passphrase."""
    key_pem = _encrypt_key(key_pem, passphrase)
    counsel.certificate_pem = cert_pem
    counsel.private_key_wrapped = keywrap.seal(
        wrapping_key, key_pem, f"counsel:{counsel.id}".encode()
    )
    record_event(
        session,
        actor=actor,
        action="counsel.certificate",
        entity="counsel",
        entity_id=counsel.id,
        details={"name": counsel.name},
    )
    return counsel


ENCRYPTED_PEM = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"


def _encrypt_key(key_pem: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives import serialization

    if not passphrase:
        raise CounselError("an empty signing passphrase is not allowed; nothing was changed")
    key = serialization.load_pem_private_key(key_pem, password=None)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def key_state(counsel: Counsel, wrapping_key: bytes) -> str:
    """NO_KEY, NO_PASSPHRASE or PROTECTED (see above)."""
    sealed = _sealed_key(counsel, wrapping_key)
    if sealed is None:
        return NO_KEY
    return PROTECTED if sealed.startswith(ENCRYPTED_PEM) else NO_PASSPHRASE


def has_signing_passphrase(counsel: Counsel, wrapping_key: bytes) -> bool:
    return key_state(counsel, wrapping_key) == PROTECTED


def _sealed_key(counsel: Counsel, wrapping_key: bytes) -> bytes | None:
    if counsel.certificate_pem is None or counsel.private_key_wrapped is None:
        return None
    try:
        return keywrap.open_sealed(
            wrapping_key, counsel.private_key_wrapped, f"counsel:{counsel.id}".encode()
        )
    except keywrap.UnwrapError as exc:
        raise SigningKeyError(Refusal(KEY_UNREADABLE, signer=counsel.name)) from exc


def signing_material(
    counsel: Counsel, wrapping_key: bytes, passphrase: str | None = None
) -> tuple[bytes, bytes] | None:
    """(private key PEM, certificate PEM), or None when the counsel has no certificate. The key
    opens only with counsel's own signing passphrase; a key stored without one is refused
    (SigningPassphraseNotSetError) until counsel sets one."""
    opened = _open_key(counsel, wrapping_key, passphrase)
    if opened is None or counsel.certificate_pem is None:
        return None
    key_pem, protected = opened
    if not protected:
        raise SigningPassphraseNotSetError(counsel.name)
    return key_pem, counsel.certificate_pem


def _open_key(
    counsel: Counsel, wrapping_key: bytes, passphrase: str | None
) -> tuple[bytes, bool] | None:
    """The stored key as plain PEM, and whether it was under a signing passphrase."""
    key_pem = _sealed_key(counsel, wrapping_key)
    if key_pem is None:
        return None
    if not key_pem.startswith(ENCRYPTED_PEM):
        return key_pem, False
    from cryptography.hazmat.primitives import serialization

    if not passphrase:
        raise SigningKeyError(Refusal(PASSPHRASE_NEEDED, signer=counsel.name))
    try:
        key = serialization.load_pem_private_key(key_pem, passphrase.encode("utf-8"))
    except ValueError:
        raise SigningKeyError(Refusal(WRONG_PASSPHRASE, signer=counsel.name)) from None
    plain = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return plain, True


def change_signing_passphrase(
    session: Session,
    counsel: Counsel,
    *,
    wrapping_key: bytes,
    old: str | None,
    new: str,
    actor: str,
) -> None:
    """Re-protect the counsel's stored key under a new signing passphrase (the old one, if the
    key has one, must be given). A key stored before signing passphrases existed gets its
    first one here (`old` is not needed then): the same key, so its certificate stays."""
    opened = _open_key(counsel, wrapping_key, old)
    if opened is None:
        raise CounselError(f"{counsel.name} has no signing certificate in this vault")
    key_pem, protected = opened
    if protected and new == old:
        raise CounselError(
            "the new signing passphrase is the same as the old one; nothing was changed"
        )
    counsel.private_key_wrapped = keywrap.seal(
        wrapping_key, _encrypt_key(key_pem, new), f"counsel:{counsel.id}".encode()
    )
    record_event(
        session,
        actor=actor,
        action="counsel.passphrase",
        entity="counsel",
        entity_id=counsel.id,
        details={"name": counsel.name, "first": not protected},
    )
