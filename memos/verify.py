"""Check the PDF signatures in a memo and read back the fingerprint it was rendered with."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from memos.errors import VerificationError

_PAYLOAD = re.compile(r"outbound:sha256:([0-9a-f]{64})")


@dataclass(frozen=True)
class SignatureCheck:
    field_name: str
    signer: str
    signing_time: str | None
    intact: bool
    covers_document: bool
    trusted: bool
    self_signed: bool
    note: str
    subject: str = ""  # the signing certificate's full subject (common name, organisation, ...)


@dataclass(frozen=True)
class PdfVerification:
    signatures: list[SignatureCheck] = field(default_factory=list)

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def all_intact(self) -> bool:
        return self.signed and all(s.intact for s in self.signatures)


def extract_fingerprint(pdf_bytes: bytes) -> str | None:
    """The fingerprint recorded in the PDF's metadata (/Keywords), or None."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        info = PdfReader(io.BytesIO(pdf_bytes)).metadata
    except (PdfReadError, ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise VerificationError("The file is not a readable PDF.") from exc
    if not info:
        return None
    for key in ("/Keywords", "/Subject"):
        match = _PAYLOAD.search(str(info.get(key, "")))
        if match:
            return match.group(1)
    return None


def verify_pdf(pdf_bytes: bytes) -> PdfVerification:
    """Every embedded signature: who, when, and whether the document is intact since signing.

    A signature only counts as intact when the cryptography checks out AND it covers the
    whole file, or everything added after it is a further signature (a reviewer signing after
    the preparer): any other change appended after signing makes it not intact.
    """
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise VerificationError("The file is not a readable PDF.") from exc
    checks = []
    signature_fields = {str(s.field_name) for s in embedded}
    validated: list[tuple[Any, Any, Exception | None]] = []
    for sig in embedded:
        context = ValidationContext(trust_roots=[sig.signer_cert], allow_fetching=False)
        try:
            validated.append(
                (sig, validate_pdf_signature(sig, signer_validation_context=context), None)
            )
        except Exception as exc:
            validated.append((sig, None, exc))
    # An earlier signature may be followed by later ones, but the newest must cover every byte.
    whole_file_signed = any(
        st is not None
        and st.intact
        and st.valid
        and st.coverage == SignatureCoverageLevel.ENTIRE_FILE
        for _sig, st, _exc in validated
    )
    for sig, status, error in validated:
        cert = sig.signer_cert
        if status is None:
            checks.append(
                SignatureCheck(
                    field_name=str(sig.field_name),
                    signer=_common_name(cert),
                    signing_time=None,
                    intact=False,
                    covers_document=False,
                    trusted=False,
                    self_signed=False,
                    note=f"The signature could not be validated: {error}",
                    subject=_subject(cert),
                )
            )
            continue
        covers = status.coverage == SignatureCoverageLevel.ENTIRE_FILE or (
            status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and whole_file_signed
            and _only_signatures_added(status, signature_fields)
        )
        intact = bool(status.intact and status.valid and covers)
        self_signed = cert.self_signed in ("yes", "maybe")
        if not status.intact or not status.valid:
            note = "The document was changed after it was signed, or the signature is damaged."
        elif not covers:
            note = "Content was added to the file after it was signed."
        elif self_signed:
            note = (
                "Intact. Signed with a self-signed certificate: identity not vouched for by a CA."
            )
        else:
            note = "Intact. The certificate chain was not checked against a trusted authority."
        when = status.signer_reported_dt
        checks.append(
            SignatureCheck(
                field_name=str(sig.field_name),
                signer=_common_name(cert),
                signing_time=when.isoformat() if when else None,
                intact=intact,
                covers_document=covers,
                trusted=not self_signed and bool(status.trusted),
                self_signed=self_signed,
                note=note,
                subject=_subject(cert),
            )
        )
    return PdfVerification(signatures=checks)


def _only_signatures_added(status: object, signature_fields: set[str]) -> bool:
    """Whether the revisions after a signature only fill in further signature fields."""
    from pyhanko.sign.diff_analysis import DiffResult, ModificationLevel

    diff = getattr(status, "diff_result", None)
    return (
        isinstance(diff, DiffResult)
        and diff.modification_level <= ModificationLevel.FORM_FILLING
        and set(diff.changed_form_fields) <= signature_fields
    )


def _subject(cert: object) -> str:
    try:
        return str(cert.subject.human_friendly)  # type: ignore[attr-defined]
    except AttributeError:
        return ""


def _common_name(cert: object) -> str:
    try:
        return str(cert.subject.native.get("common_name", ""))  # type: ignore[attr-defined]
    except AttributeError:
        return ""
