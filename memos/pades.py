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
) -> bytes:
    """Sign a PDF (PAdES B-B, invisible field), offline; returns the signed PDF's bytes.

    A PDF that already carries signatures gets a new field (`OutboundSignature2`, ...) in an
    incremental update, so the earlier signatures stay valid."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    if signing_time.tzinfo is None:
        raise SigningError("The signing time must carry a time zone (use UTC).")
    signer = _signer(key_pem, cert_pem)
    name = field_name or _free_field_name(pdf_bytes)

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
        pdf_signer = _FixedTimeSigner(meta, signer=signer, new_field_spec=fields.SigFieldSpec(name))
        out = pdf_signer.sign_pdf(writer)
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
