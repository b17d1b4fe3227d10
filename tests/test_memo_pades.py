"""PAdES signing offline, verification, tampering, appended content and PKCS#12 files."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from test_memo_support import compose_scenario, scenario_paths

from memos.canonical import fingerprint
from memos.content import Signature
from memos.errors import CredentialError
from memos.pades import generate_self_signed, load_pkcs12, sign_pdf
from memos.render import render_pdf
from memos.verify import extract_fingerprint, verify_pdf

WHEN = dt.datetime(2026, 12, 2, 10, 15, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def credentials() -> tuple[bytes, bytes]:
    return generate_self_signed("Margaret Lin", "Hartwell & Lin LLP")


@pytest.fixture(scope="module")
def signed_pdf(credentials: tuple[bytes, bytes]) -> tuple[bytes, str]:
    content = compose_scenario(scenario_paths()[1]).with_signatures(
        [Signature("Margaret Lin", "Partner", "approved", "2026-12-02T10:15:00Z")]
    )
    fp = fingerprint(content.to_dict())
    pdf = render_pdf(content, page_size="A4", signed=True, fingerprint=fp)
    key, cert = credentials
    return sign_pdf(
        pdf, key, cert, signer_name="Margaret Lin", reason="Approved", signing_time=WHEN
    ), fp


def test_certificate_has_signing_key_usage(credentials: tuple[bytes, bytes]) -> None:
    cert = x509.load_pem_x509_certificate(credentials[1])
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert credentials[0].startswith(b"-----BEGIN PRIVATE KEY-----")


def test_signed_pdf_validates_with_pyhanko_and_verify(signed_pdf: tuple[bytes, str]) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    pdf, fp = signed_pdf
    sig = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
    status = validate_pdf_signature(
        sig, ValidationContext(trust_roots=[sig.signer_cert], allow_fetching=False)
    )
    assert status.intact and status.valid
    result = verify_pdf(pdf)
    assert result.all_intact
    (check,) = result.signatures
    assert check.signer == "Margaret Lin"
    assert check.self_signed
    assert check.signing_time == WHEN.isoformat()
    assert extract_fingerprint(pdf) == fp


def test_flipped_byte_is_not_intact(signed_pdf: tuple[bytes, str]) -> None:
    pdf = bytearray(signed_pdf[0])
    pdf[len(pdf) // 3] ^= 0x01
    result = verify_pdf(bytes(pdf))
    assert not result.all_intact


def test_appended_content_is_not_valid(signed_pdf: tuple[bytes, str]) -> None:
    result = verify_pdf(signed_pdf[0] + b"\n%% appended after signing\n")
    assert result.signatures and not result.all_intact
    assert not result.signatures[0].covers_document


def test_unsigned_pdf_has_no_signatures() -> None:
    content = compose_scenario(scenario_paths()[0])
    pdf = render_pdf(
        content, page_size="Letter", signed=False, fingerprint=fingerprint(content.to_dict())
    )
    assert not verify_pdf(pdf).signed


def test_pkcs12_round_trip_and_wrong_password(credentials: tuple[bytes, bytes]) -> None:
    key = serialization.load_pem_private_key(credentials[0], password=None)
    cert = x509.load_pem_x509_certificate(credentials[1])
    p12 = pkcs12.serialize_key_and_certificates(
        b"signer",
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(b"s3cret"),  # type: ignore[arg-type]
    )
    key_pem, cert_pem, chain = load_pkcs12(p12, "s3cret")
    assert cert_pem == credentials[1]
    assert chain == []
    signed = sign_pdf(
        render_pdf(
            compose_scenario(scenario_paths()[0]),
            page_size="A4",
            signed=False,
            fingerprint=fingerprint(compose_scenario(scenario_paths()[0]).to_dict()),
        ),
        key_pem,
        cert_pem,
        signer_name="Margaret Lin",
        reason="Reviewed",
        signing_time=WHEN,
    )
    assert verify_pdf(signed).all_intact
    with pytest.raises(CredentialError, match="password is wrong"):
        load_pkcs12(p12, "wrong")
    with pytest.raises(CredentialError):
        load_pkcs12(b"not a p12 file", "s3cret")
