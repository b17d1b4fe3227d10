"""A memo version that came in a bundle with a PAdES signature on it, then signed here: the
later signature is an incremental update of the imported PDF, so the imported signature
survives, still validates, and the printed PDF carries both."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from test_memo_signing import PEOPLE, _certificate, new_matter, ready, sign

from casework.bundle_export import export_matter
from casework.bundle_import import import_bundle
from casework.counsel import SIGNING_KEY_PURPOSE, add_counsel, set_certificate
from casework.matters import get_matter
from casework.memo_store import get_version
from casework.settings import update_settings
from desktop.cli import main as cli_main
from memos.verify import verify_pdf


def _vault_with(vault_factory: Any, name: str, people: tuple[str, ...]) -> Any:
    vault, _ = vault_factory(name)
    with vault.session() as session:
        update_settings(session, "admin", organisation="Lanting Intelligence Co., Ltd.")
        for person_name in people:
            title, phrase = PEOPLE[person_name]
            person = add_counsel(session, name=person_name, title=title, actor="admin")
            key_pem, cert_pem = _certificate(person_name)
            set_certificate(session, person, key_pem=key_pem, cert_pem=cert_pem,
                            wrapping_key=vault.subkey(SIGNING_KEY_PURPOSE), actor="admin",
                            passphrase=phrase)
    return vault


def _prepared_there_reviewed_here(
    vault_factory: Any, tmp_path: Path
) -> tuple[bytes, bytes, Any, str]:
    """Margaret Lin prepares and signs at the firm; the matter goes by bundle to the client,
    where 周文博 signs as reviewer. (prepared PDF, reviewed PDF, client vault, reference)"""
    firm = _vault_with(vault_factory, "firm.obv", ("Margaret Lin",))
    ref = new_matter(firm)
    ready(firm, ref)
    prepared_pdf = sign(firm, ref, "Margaret Lin", "prepared").pdf
    bundle = export_matter(firm, ref, tmp_path / "case.zip", actor="Margaret Lin").path
    client = _vault_with(vault_factory, "client.obv", ("周文博",))
    imported = import_bundle(client, bundle, actor="周文博")
    reviewed_pdf = sign(client, imported.reference, "周文博", "reviewed").pdf
    return prepared_pdf, reviewed_pdf, client, imported.reference


def test_an_imported_signature_survives_a_signature_added_after_import(
    vault_factory: Any, tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    prepared_pdf, reviewed_pdf, client, reference = _prepared_there_reviewed_here(
        vault_factory, tmp_path
    )

    assert reviewed_pdf.startswith(prepared_pdf)  # an incremental update of the imported bytes
    embedded = list(PdfFileReader(io.BytesIO(reviewed_pdf)).embedded_signatures)
    assert len(embedded) == 2
    for signature in embedded:
        status = validate_pdf_signature(
            signature,
            ValidationContext(trust_roots=[signature.signer_cert], allow_fetching=False),
        )
        assert status.intact and status.valid
    report = verify_pdf(reviewed_pdf)
    assert sorted(s.signer for s in report.signatures) == sorted(["Margaret Lin", "周文博"])
    assert report.all_intact

    with client.session() as session:
        stored = get_version(session, get_matter(session, reference).id)
        assert stored.pdf == reviewed_pdf
        assert [(s.capacity, bool(s.imported)) for s in stored.signatures] == [
            ("prepared", True), ("reviewed", False)]
    printed = tmp_path / "printed.pdf"
    printed.write_bytes(reviewed_pdf)
    assert cli_main(["memo", "verify", str(printed)]) == 0


@pytest.mark.parametrize("flip_at", ["imported part", "local part"])
def test_a_byte_flip_in_either_signature_fails_verification(
    vault_factory: Any, tmp_path: Path, flip_at: str
) -> None:
    prepared_pdf, pdf, _client, _reference = _prepared_there_reviewed_here(
        vault_factory, tmp_path
    )

    position = len(prepared_pdf) // 2 if flip_at == "imported part" else len(pdf) - 300
    flipped = bytearray(pdf)
    flipped[position] ^= 0x01
    assert not verify_pdf(bytes(flipped)).all_intact
