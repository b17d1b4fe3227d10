"""One signature on a memo version: the gates, then the PAdES signature itself.

The first signature renders the PDF (DRAFT while the version cannot be final) with empty
signature fields in the sign-off rows still to sign; every later signature is an incremental
update of the stored PDF that fills its row, so the printed PDF carries every signature and
each stays valid."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from memos import labels
from memos.content import MemoContent, Signature
from memos.errors import MemoError
from memos.gates import (
    NO_CERTIFICATE,
    ORDER,
    PriorSignature,
    Refusal,
    SigningRefusedError,
    check_signature,
    is_final,
    refusal_for,
)
from memos.pades import sign_pdf, signature_fields
from memos.render import render_pdf
from memos.signoff_stamp import field_name, stamp_pdf
from models.audit import record_event
from models.entities import Counsel, MemoVersion


@dataclass(frozen=True)
class Signed:
    pdf: bytes
    signed_at: str
    pades_signers: tuple[str, ...]


def certificate_fingerprint(cert_pem: bytes) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    der = x509.load_pem_x509_certificate(cert_pem).public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()


def apply_signature(
    session: Session,
    version: MemoVersion,
    counsel: Counsel,
    *,
    capacity: str,
    moment: datetime,
    material: tuple[bytes, bytes] | None,
    waiver: bool,
    page_size: str,
    reason: str,
    vault_history: str,
    actor: str,
) -> Signed:
    prior = [PriorSignature(s.counsel_id or s.signer_name, s.capacity) for s in version.signatures]
    check_signature(
        version.content, prior, signer=counsel.id, signer_name=counsel.name,
        capacity=capacity, waiver=waiver,
    )
    if material is None:
        raise SigningRefusedError(Refusal(NO_CERTIFICATE, signer=counsel.name))
    key_pem, cert_pem = material
    signed_at = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    stamp = Signature(
        name=counsel.name, title=counsel.title, capacity=capacity, signed_at=signed_at,
        certificate=certificate_fingerprint(cert_pem),
    )
    if version.pdf is None:
        content = MemoContent.from_dict(version.content).with_signatures([stamp])
        anchors: dict[str, tuple[int, tuple[float, ...]]] = {}
        pdf = render_pdf(
            content,
            page_size="Letter" if page_size == "Letter" else "A4",
            signed=is_final(version.content),
            fingerprint=version.sha256,
            vault_history=vault_history,
            anchors=anchors,
        )
        extra = tuple(
            (field_name(cap), page, box)
            for cap, (page, box) in anchors.items()
            if cap != capacity
        )
        pdf = sign_pdf(pdf, key_pem, cert_pem, signer_name=counsel.name, reason=reason,
                       signing_time=moment, add_fields=extra)  # type: ignore[arg-type]
    else:
        name = field_name(capacity)
        box = _field_box(version.pdf, name)
        appearance = None
        if box is not None:
            words = labels.CAPACITIES.get(capacity, capacity)
            if counsel.id in {p.signer for p in prior if p.capacity == "prepared"}:
                words += " (one-person waiver)"
            appearance = stamp_pdf(
                box[2] - box[0], box[3] - box[1], name=counsel.name, capacity_words=words,
                signed_at=signed_at.replace("T", " ").replace("Z", " UTC"),
            )
        pdf = sign_pdf(version.pdf, key_pem, cert_pem, signer_name=counsel.name,
                       reason=reason, signing_time=moment,
                       field_name=name if box is not None else None, stamp_pdf=appearance)
    preparers = {p.signer for p in prior if p.capacity == "prepared"}
    if capacity != "prepared" and counsel.id in preparers:
        record_event(  # the one-person waiver, used: on the audit chain, printed in sign-off
            session, actor=actor, action="memo.waiver", entity="memo_version",
            entity_id=version.id, matter_id=version.matter_id,
            details={"signer": counsel.name, "capacity": capacity},
        )
    signers = (*(s.signer_name for s in version.signatures), counsel.name)
    return Signed(pdf, signed_at, signers)


def _field_box(pdf: bytes, name: str) -> tuple[float, float, float, float] | None:
    """The box of an empty signature field left for this capacity, or None."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    if signature_fields(pdf).get(name) is not False:
        return None
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        for found, _value, ref in enumerate_sig_fields(reader, filled_status=False):
            if str(found) == name:
                rect = [float(v) for v in ref.get_object()["/Rect"]]
                return (rect[0], rect[1], rect[2], rect[3])
    except Exception as exc:  # a damaged stored PDF: say so, sign nothing
        raise MemoError(f"The stored memo PDF cannot be read: {exc}") from exc
    return None


def capacity_refusals(
    version: MemoVersion, people: Sequence[Counsel], *, waiver: bool
) -> dict[str, dict[str, Refusal]]:
    """For each counsel, the capacities the gates refuse on this version and why: what the
    Sign dialog greys, in words, before anyone types a passphrase. The entry under "" is for
    a counsel who has signed nothing yet (one added in the dialog): order and the final gates."""
    prior = [PriorSignature(s.counsel_id or s.signer_name, s.capacity) for s in version.signatures]
    signers = [("", ""), *((str(p.id), str(p.name)) for p in people)]
    out: dict[str, dict[str, Refusal]] = {}
    for signer, name in signers:
        out[name] = {
            capacity: refusal
            for capacity in ORDER
            if (refusal := refusal_for(
                version.content, prior, signer=signer, signer_name=name,
                capacity=capacity, waiver=waiver,
            )) is not None
        }
    return out
