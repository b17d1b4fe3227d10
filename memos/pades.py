"""PAdES baseline B-B signing, fully offline, with an invisible signature field.

pyHanko is imported inside the functions: importing it takes about half a second.
Signing is reproducible in content (fixed signing time, deterministic RSA PKCS#1 v1.5), but
the bytes of two signings of the same PDF need not be identical: pyHanko's incremental update
writes a fresh document ID. Store the signed bytes rather than re-deriving them.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from memos.errors import CredentialError, SigningError

SIGNATURE_FIELD = "OutboundSignature"
CERT_VALIDITY_DAYS = 5 * 365


def generate_self_signed(
    common_name: str, organisation: str, *, now: dt.datetime | None = None
) -> tuple[bytes, bytes]:
    """A new RSA-3072 key (PKCS#8 PEM) and a five-year self-signed certificate (PEM)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    start = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start - dt.timedelta(minutes=5))
        .not_valid_after(start + dt.timedelta(days=CERT_VALIDITY_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return key_pem, cert.public_bytes(serialization.Encoding.PEM)


def load_pkcs12(data: bytes, password: str | bytes | None) -> tuple[bytes, bytes, list[bytes]]:
    """Key (PKCS#8 PEM), certificate (PEM) and chain (PEM each) from a PKCS#12 file."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    secret = password.encode("utf-8") if isinstance(password, str) else password
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, secret or None)
    except ValueError as exc:
        raise CredentialError(
            "The certificate file could not be opened: the password is wrong or the file is "
            "not a valid PKCS#12 (.p12/.pfx) file."
        ) from exc
    if key is None or cert is None:
        raise CredentialError("The certificate file holds no private key and certificate pair.")
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    pem = serialization.Encoding.PEM
    return key_pem, cert.public_bytes(pem), [c.public_bytes(pem) for c in extra or []]


def _signer(key_pem: bytes, cert_pem: bytes) -> Any:
    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    try:
        key_obj = serialization.load_pem_private_key(key_pem, password=None)
        der_key = key_obj.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        from cryptography import x509 as cx509

        der_cert = cx509.load_pem_x509_certificate(cert_pem).public_bytes(
            serialization.Encoding.DER
        )
    except ValueError as exc:
        raise CredentialError("The signing key or certificate could not be read.") from exc
    cert = x509.Certificate.load(der_cert)
    return signers.SimpleSigner(
        signing_cert=cert,
        signing_key=keys.PrivateKeyInfo.load(der_key),
        cert_registry=SimpleCertificateStore.from_certs([cert]),  # type: ignore[no-untyped-call]
    )


Box = tuple[float, float, float, float]


def signature_fields(pdf_bytes: bytes) -> dict[str, bool]:
    """The PDF's signature fields: name -> already signed."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        return {str(n): v is not None for n, v, _ref in enumerate_sig_fields(reader)}
    except Exception as exc:
        raise SigningError(f"The memo could not be signed: {exc}") from exc


def _stamp_style(stamp_pdf: bytes) -> Any:
    """A visible signature's appearance: a small PDF page (ReportLab, embedded fonts) read from
    memory, never from a temporary file."""
    from pyhanko.pdf_utils.content import ImportedPdfPage
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.stamp import StaticStampStyle

    class _MemoryPage(ImportedPdfPage):
        def render(self) -> bytes:
            import binascii
            import uuid

            writer = self._ensure_writer
            xobj = writer.import_page_as_xobject(
                PdfFileReader(io.BytesIO(stamp_pdf), strict=False), page_ix=0
            )
            name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
            self.resources.xobject[name.decode("ascii")] = xobj
            x1, y1, x2, y2 = xobj.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return name + b" Do"

    from pyhanko.pdf_utils import layout

    return StaticStampStyle(
        background=_MemoryPage("<memory>"),  # type: ignore[no-untyped-call]
        border_width=0,
        background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(0),  # type: ignore[no-untyped-call]
        ),
    )


def sign_pdf(
    pdf_bytes: bytes,
    key_pem: bytes,
    cert_pem: bytes,
    *,
    signer_name: str,
    reason: str,
    location: str | None = None,
    signing_time: dt.datetime,
    field_name: str | None = None,
    add_fields: tuple[tuple[str, int, Box], ...] = (),
    stamp_pdf: bytes | None = None,
) -> bytes:
    """Sign a PDF (PAdES B-B), offline; returns the signed PDF's bytes.

    A PDF that already carries signatures gets its signature in an incremental update, so the
    earlier signatures stay valid: into `field_name` when the PDF has that empty field (a
    visible one, drawn with `stamp_pdf`), else into a new invisible field (`OutboundSignature2`,
    ...). `add_fields` creates empty visible fields (name, page index, box) for later signers
    in the same revision as this signature."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    if signing_time.tzinfo is None:
        raise SigningError("The signing time must carry a time zone (use UTC).")
    signer = _signer(key_pem, cert_pem)
    existing = signature_fields(pdf_bytes) if field_name else {}
    fill = field_name is not None and existing.get(field_name) is False
    name = field_name if fill and field_name else _free_field_name(pdf_bytes)

    class _FixedTimeSigner(signers.PdfSigner):
        def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
            session = super().init_signing_session(pdf_out, existing_fields_only)
            session.system_time = signing_time
            return session

    meta = signers.PdfSignatureMetadata(
        field_name=name,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location,
        name=signer_name,
    )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
        for extra, page, box in add_fields:
            fields.append_signature_field(
                writer,
                fields.SigFieldSpec(
                    extra, on_page=page, box=(int(box[0]), int(box[1]), int(box[2]), int(box[3]))
                ),
            )
        pdf_signer = _FixedTimeSigner(
            meta,
            signer=signer,
            new_field_spec=None if fill else fields.SigFieldSpec(name),
            stamp_style=_stamp_style(stamp_pdf) if fill and stamp_pdf else None,
        )
        out = pdf_signer.sign_pdf(writer, existing_fields_only=fill)
    except CredentialError:
        raise
    except Exception as exc:
        raise SigningError(f"The memo could not be signed: {exc}") from exc
    return bytes(out.getvalue())


def _free_field_name(pdf_bytes: bytes) -> str:
    """`OutboundSignature` for the first signature, then `OutboundSignature2`, ..."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        taken = {str(s.field_name) for s in reader.embedded_signatures}
    except Exception as exc:
        raise SigningError(f"The memo could not be signed: {exc}") from exc
    if SIGNATURE_FIELD not in taken:
        return SIGNATURE_FIELD
    n = 2
    while f"{SIGNATURE_FIELD}{n}" in taken:
        n += 1
    return f"{SIGNATURE_FIELD}{n}"
